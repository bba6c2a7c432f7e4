import API
import Foundation
import Sodium
import TestSupport
import Testing
import Transparency

/// A case exported with `candor-inspect export` from a real server's log, checked with
/// `candor-audit verify-bundle`: it verifies with public keys only, and a byte changed anywhere is
/// named (CaseBundle.docc).
@Suite("End to end: a case bundle a court can verify", .serialized)
struct CaseBundleTests {
    /// One real case, exported once (sealed and open) for every test of the suite.
    struct Exported {
        let folder: String
        let keys: String
        let sealed: String
        let open: String
        let account: String
        let openWarning: String
    }

    static let exported: Result<Exported, any Error> = Result { try export() }

    static func export() throws -> Exported {
        let folder = NSTemporaryDirectory() + "candor-bundle-\(UUID().uuidString.prefix(8))"
        let keys = folder + "/Keys"
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
        let made = try Binaries.run(
            "candor-inspect", ["keygen", "--name", "lan", "--out", "\(folder)/lan.candor-key"], in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        try made.stdout.write(toFile: "\(keys)/lan.pub", atomically: true, encoding: .utf8)
        let (server, url, port) = try Binaries.startServer(data: folder + "/data", keys: keys)
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        // A report with a photo, so that the bundle holds an attachment's chunks too.
        let client = HTTPClient(server: try HTTPClient.ServerURL("http://127.0.0.1:\(port)"))
        let form = try client.send(method: "GET", target: "/en/report", headers: [], body: [])
        let ticket = try #require(HTMLForms.hiddenValue("ticket", in: String(decoding: form.body, as: UTF8.self)))
        let account = "The clerk at the land office asked for 2,000,000 dong to stamp the file."
        let (type, body) = HTMLForms.multipart(
            [
                ("ticket", ticket), ("province", "ha-noi"), ("procedure", "doi-giay-phep-lai-xe"),
                ("agency", "Land office"), ("misconduct", "hoi-lo"), ("account", account), ("month", "10"),
                ("year", "2026"),
            ], files: [("file", "IMG_0042.jpg", "image/jpeg", HTMLForms.jpegWithGPS())])
        let receipt = try client.send(
            method: "POST", target: "/en/report", headers: [("Content-Type", type)], body: body)
        try #require(receipt.status == 200)

        func inspect(_ arguments: [String]) throws -> Transcript {
            let common = ["--key", "\(folder)/lan.candor-key", "--keys", keys, "--mirror", "\(folder)/mirror"]
            let done = try Binaries.run(
                "candor-inspect", [arguments[0]] + common + Array(arguments.dropFirst()), in: folder)
            try #require(done.status == 0, "\(arguments[0]): \(done.stderr)")
            return done
        }
        _ = try inspect(["sync", "--server", url])
        let listed = try inspect(["list", "--json"]).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(listed.utf8)) as? [String: Any])
        let id = String(try #require((object["cases"] as? [[String: Any]])?.first?["id"] as? Int))
        _ = try inspect(["accept", id])
        _ = try inspect(["reply", id, "We have opened a file on your report."])
        _ = try inspect(["sync"])
        _ = try inspect(["export", id, "--out", folder + "/sealed"])
        let open = try inspect(["export", id, "--out", folder + "/open", "--open"])
        return Exported(
            folder: folder, keys: keys, sealed: folder + "/sealed", open: folder + "/open", account: account,
            openWarning: open.stderr)
    }

    func verify(_ bundle: String, keys: String) throws -> Transcript {
        try Binaries.run("candor-audit", ["verify-bundle", bundle, "--keys", keys], in: NSTemporaryDirectory())
    }

    @Test func anExportedCaseVerifies() throws {
        let exported = try Self.exported.get()
        for bundle in [exported.sealed, exported.open] {
            let verified = try verify(bundle, keys: exported.keys)
            #expect(verified.status == 0, "\(verified.stderr)")
            #expect(verified.stdout.contains("verified case"), "\(verified.stdout)")
        }
        let files = snapshot(exported.sealed)
        #expect(files.keys.contains { $0.hasPrefix("records/") })
        #expect(files.keys.contains { $0.hasPrefix("proofs/") })
        #expect(!files.keys.contains { $0.hasPrefix("open/") })
        // Two events (accept, reply), the report, its day mark and the photo's chunk at least.
        #expect(files.keys.filter { $0.hasPrefix("records/") }.count >= 5)
        let manifest = String(decoding: try #require(files["manifest.txt"]), as: UTF8.self)
        #expect(manifest.hasPrefix("candor-case-bundle 1\norigin "))
        #expect(manifest.contains("\nexporter lan\n"))
        #expect(manifest.contains("\nopen no\n"))
        for (path, bytes) in files {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("2,000,000 dong"), "plaintext in \(path)")
        }
    }

    @Test func anOpenExportHoldsThePlaintextAndSaysSo() throws {
        let exported = try Self.exported.get()
        #expect(exported.openWarning.contains("plaintext"), "\(exported.openWarning)")
        let files = snapshot(exported.open)
        #expect(String(decoding: try #require(files["open/case.json"]), as: UTF8.self).contains(exported.account))
        let page = String(decoding: try #require(files["open/summary.html"]), as: UTF8.self)
        #expect(page.contains(exported.account))
        #expect(page.contains("We have opened a file on your report."))
        let photo = try #require(files.first { $0.key.hasPrefix("open/attachments/") }?.value)
        #expect(Array(photo.prefix(2)) == [0xFF, 0xD8])
        let mode = try FileManager.default.attributesOfItem(atPath: exported.open + "/open/case.json")[
            .posixPermissions]
        #expect(mode as? Int == 0o600)
    }

    enum Position: String, CaseIterable { case first, middle, last }

    /// Every file of the bundle in turn, one byte changed: exit 2, and the file named.
    @Test(arguments: Position.allCases)
    func aChangedByteInAnyFileIsNamed(_ position: Position) throws {
        let exported = try Self.exported.get()
        let files = snapshot(exported.open)
        #expect(files.count >= 15, "\(files.keys.sorted())")
        for (path, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let copy = exported.folder + "/flip-\(position)-\(UUID().uuidString.prefix(8))"
            try copyBundle(files, to: copy)
            var changed = bytes
            let at = position == .first ? 0 : position == .middle ? bytes.count / 2 : bytes.count - 1
            changed[at] ^= 0x01
            try Data(changed).write(to: URL(fileURLWithPath: copy + "/" + path))
            let verified = try verify(copy, keys: exported.keys)
            #expect(verified.status == 2, "\(path) byte \(at) changed, but: \(verified.stdout)")
            #expect(verified.stderr.contains(path), "\(path) byte \(at) changed: \(verified.stderr)")
            try? FileManager.default.removeItem(atPath: copy)
        }
    }

    @Test func anAddedOrMissingFileIsNamed() throws {
        let exported = try Self.exported.get()
        let files = snapshot(exported.sealed)
        let added = exported.folder + "/added"
        try copyBundle(files, to: added)
        try Data("x".utf8).write(to: URL(fileURLWithPath: added + "/records/note.txt"))
        let extra = try verify(added, keys: exported.keys)
        #expect(extra.status == 2)
        #expect(extra.stderr.contains("records/note.txt"), "\(extra.stderr)")

        let folder = exported.folder + "/added-folder"
        try copyBundle(files, to: folder)
        try FileManager.default.createDirectory(atPath: folder + "/.hidden", withIntermediateDirectories: true)
        let emptyFolder = try verify(folder, keys: exported.keys)
        #expect(emptyFolder.status == 2)
        #expect(emptyFolder.stderr.contains(".hidden"), "\(emptyFolder.stderr)")

        let removed = exported.folder + "/removed"
        try copyBundle(files, to: removed)
        let proof = try #require(files.keys.first { $0.hasPrefix("proofs/") })
        try FileManager.default.removeItem(atPath: removed + "/" + proof)
        let missing = try verify(removed, keys: exported.keys)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains(proof), "\(missing.stderr)")
    }

    /// A machine with the public keys only: log.key and NAME.pub, no key file anywhere near.
    @Test func aBundleVerifiesWithPublicKeysOnly() throws {
        let exported = try Self.exported.get()
        let publicKeys = exported.folder + "/public-only"
        try FileManager.default.createDirectory(atPath: publicKeys, withIntermediateDirectories: true)
        for name in ["log.key", "lan.pub"] {
            try FileManager.default.copyItem(atPath: exported.keys + "/" + name, toPath: publicKeys + "/" + name)
        }
        for (_, bytes) in snapshot(publicKeys) {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("candor-key"))
        }
        let verified = try verify(exported.sealed, keys: publicKeys)
        #expect(verified.status == 0, "\(verified.stderr)")

        // Another log's key: the checkpoint is not that log's.
        let otherLog = exported.folder + "/other-log"
        try FileManager.default.createDirectory(atPath: otherLog, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: exported.keys + "/lan.pub", toPath: otherLog + "/lan.pub")
        let other = try NoteVerifier(name: "candor.example/other", publicKey: Signing.PrivateKey().publicKey)
        try (other.verifierKey + "\n").write(toFile: otherLog + "/log.key", atomically: true, encoding: .utf8)
        let refused = try verify(exported.sealed, keys: otherLog)
        #expect(refused.status == 2, "\(refused.stdout)")
    }

    @Test func anExportNeverOverwritesAndNeedsOut() throws {
        let exported = try Self.exported.get()
        let common = [
            "--key", "\(exported.folder)/lan.candor-key", "--keys", exported.keys, "--mirror",
            "\(exported.folder)/mirror",
        ]
        let manifest = try #require(snapshot(exported.sealed)["manifest.txt"])
        let id = try #require(
            String(decoding: manifest, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("case ") }?
                .dropFirst(5))
        let again = try Binaries.run(
            "candor-inspect", ["export", String(id), "--out", exported.sealed] + common, in: exported.folder)
        #expect(again.status == 1, "\(again.stderr)")
        #expect(again.stderr.contains("never overwrites"), "\(again.stderr)")
        #expect(snapshot(exported.sealed)["manifest.txt"] == manifest)
        let noOut = try Binaries.run("candor-inspect", ["export", String(id)] + common, in: exported.folder)
        #expect(noOut.status == 2)
        #expect(noOut.stderr.contains("--out"), "\(noOut.stderr)")
        let noCase = try Binaries.run(
            "candor-inspect", ["export", "999", "--out", exported.folder + "/none"] + common, in: exported.folder)
        // As show: a case the mirror does not hold is exit 1, with what to do.
        #expect(noCase.status == 1, "\(noCase.stderr)")
        #expect(!FileManager.default.fileExists(atPath: exported.folder + "/none"))
    }

    func copyBundle(_ files: [String: [UInt8]], to folder: String) throws {
        for (path, bytes) in files {
            let target = folder + "/" + path
            try FileManager.default.createDirectory(
                atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: target))
        }
    }
}
