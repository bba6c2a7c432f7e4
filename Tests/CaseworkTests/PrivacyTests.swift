import Foundation
import TestSupport
import Testing

@testable import Casework
@testable import Stores

/// DESIGN.md's first promise: no plaintext report, token or IP address is ever written to disk.
@Suite("Privacy: what reaches the data folder")
struct PrivacyTests {
    /// Every byte of every file under `path`.
    static func allFiles(under path: String) throws -> [(String, [UInt8])] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: path))
        var files: [(String, [UInt8])] = []
        while let relative = enumerator.nextObject() as? String {
            let full = path + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append((relative, Array(try Data(contentsOf: URL(fileURLWithPath: full)))))
            }
        }
        return files
    }

    @Test("after a report, a photo, a PDF, a follow-up, a rating and reads, no file holds the canary or the token")
    func noSecretsOnDisk() throws {
        let folder = TemporaryDirectory()
        let signer = try CheckpointSignerKey.loadOrCreate(in: folder.child("data"), name: "candor.test/intake")
        let store = try makeStore(folder, signer: signer, resolved: true)
        var report = sampleReport(account: "Cán bộ \(canary) đòi tiền")
        report.agency = "Phòng \(canary)"
        report.official = canary
        report.contact = "\(canary)@example.vn"
        let photo = try IntakeStoreTests.uploadPhoto(store)
        let pdfUpload = store.beginAttachment(name: "\(canary).pdf", mediaType: "application/pdf")
        try pdfUpload.write(Array("%PDF-1.4 \(canary) %%EOF".utf8))
        let pdf = try pdfUpload.finish()
        let receipt = try store.submit(report: report, attachments: [photo, pdf])
        _ = try store.addFollowUp(token: receipt.token, followUp: FollowUp(text: "thêm \(canary)"))
        _ = try store.rate(token: receipt.token, rating: Rating(level: .dissatisfied, comment: canary))
        let timeline = try store.timeline(token: receipt.token)
        #expect(timeline.count == 3 && timeline.allSatisfy { $0.isReadable })
        store.close()

        let secrets: [(String, [UInt8])] = [
            ("canary", Array(canary.utf8)),
            ("canary in NFD", Array(canary.decomposedStringWithCanonicalMapping.utf8)),
            ("ASCII part of the canary", Array("0912345678".utf8)),
            ("token, grouped", Array(receipt.token.grouped.utf8)),
            ("token, canonical", Array(receipt.token.canonical.utf8)),
            ("token, lowercase", Array(receipt.token.canonical.lowercased().utf8)),
            ("token's first group", Array(receipt.token.grouped.prefix(9).utf8)),
            ("reply private key", receipt.token.replyKey().rawRepresentation.unsafeCopiedBytes()),
            ("photo key", photo.key.unsafeCopiedBytes()),
            ("EXIF block", Array(JPEGFixture.app1ExifGPS.dropFirst(4).prefix(40))),
        ]
        let files = try Self.allFiles(under: folder.child("data"))
        #expect(files.contains { $0.0.hasSuffix(".log") } && files.contains { $0.0 == CaseTagKey.fileName })
        for (name, bytes) in files {
            for (what, secret) in secrets {
                #expect(!bytes.contains(bytes: secret), "\(what) found in \(name)")
            }
        }
    }
}
