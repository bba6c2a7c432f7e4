import Deployment
import Foundation
import Ledger
import Sodium
import TestSupport
import Testing

@testable import Attachments
@testable import Casework
@testable import Stores
@testable import Transparency

@Suite("IntakeStore: reports, follow-ups, ratings and the citizen's timeline")
struct IntakeStoreTests {
    /// Stores a JPEG with GPS metadata as an attachment, the way the web layer streams one.
    static func uploadPhoto(_ store: IntakeStore, pieces: Int = 5) throws -> SealedAttachment {
        let upload = store.beginAttachment(name: "IMG_0042.jpg", mediaType: "image/jpeg")
        var index = 0
        let file = JPEGFixture.withMetadata
        while index < file.count {
            try upload.write(file[index..<min(index + pieces, file.count)])
            index += pieces
        }
        return try upload.finish()
    }

    @Test("submit a report with a photo, then read the timeline by token; inspectors open both")
    func reportWithAttachment() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder)
        defer { store.close() }
        let photo = try Self.uploadPhoto(store)
        #expect(photo.metadata == .removed && photo.metadataStripped && photo.name == "IMG_0042.jpg")
        let receipt = try store.submit(report: sampleReport(), attachments: [photo])
        #expect(receipt.inclusion == nil)
        #expect(receipt.caseTag == store.caseTag(for: receipt.token))

        // The citizen comes back with the token as they wrote it down.
        let typed = try CaseToken(parsing: receipt.token.grouped.lowercased())
        let timeline = try store.timeline(token: typed)
        #expect(timeline.count == 1)
        let entry = try #require(timeline.first)
        #expect(entry.kind == .report && entry.logIndex == receipt.logIndex && entry.isReadable)
        #expect(entry.message?.body == .report(sampleReport()))
        #expect(entry.message?.receivedOn == CalendarDay(year: 2026, month: 5, day: 4))
        #expect(entry.message?.attachments == [photo])

        // An inspector opens the same record with a private key, then the photo's chunks.
        let record = try store.ledger.record(at: receipt.logIndex)
        let envelope = try Envelope(parsing: record.payload)
        #expect(envelope.recipients.count == 3)
        let message = try CaseMessage(decoding: envelope.open(with: TestInspectors.privateKey(2)), kind: envelope.kind)
        let attachment = try #require(message.attachments.first)
        let file = try AttachmentOpener.open(attachment, payloads: store.attachmentChunkPayloads(attachment.id))
        #expect(file == JPEGFixture.clean)
    }

    @Test("follow-ups join the timeline, oldest first")
    func followUps() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder)
        defer { store.close() }
        let receipt = try store.submit(report: sampleReport())
        let other = try store.submit(report: sampleReport(account: "Một vụ khác"))
        let first = try store.addFollowUp(token: receipt.token, followUp: FollowUp(text: "Tên cán bộ là …"))
        let upload = store.beginAttachment(name: "bien-lai.pdf", mediaType: "application/pdf")
        try upload.write(Array("%PDF-1.4 biên lai".utf8))
        let pdf = try upload.finish()
        #expect(pdf.metadata == .unsupported && !pdf.metadataStripped)
        let second = try store.addFollowUp(token: receipt.token, followUp: FollowUp(text: ""), attachments: [pdf])
        #expect(first.kind == .followUp && first.caseTag == receipt.caseTag)
        let timeline = try store.timeline(token: receipt.token)
        #expect(timeline.map(\.logIndex) == [receipt.logIndex, first.logIndex, second.logIndex])
        #expect(timeline.map(\.kind) == [.report, .followUp, .followUp])
        #expect(timeline[2].message?.attachments.map(\.name) == ["bien-lai.pdf"])
        #expect(try store.timeline(token: other.token).count == 1)
    }

    @Test("an unknown token is noSuchCase for every read and write")
    func unknownToken() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder, resolved: true)
        defer { store.close() }
        _ = try store.submit(report: sampleReport())
        let stranger = CaseToken(random: SeededRandom(seed: 99))
        #expect(storeError { try store.timeline(token: stranger) } == .noSuchCase)
        #expect(storeError { try store.canRate(token: stranger) } == .noSuchCase)
        #expect(storeError { try store.addFollowUp(token: stranger, followUp: FollowUp(text: "x")) } == .noSuchCase)
        #expect(storeError { try store.rate(token: stranger, rating: Rating(level: .satisfied)) } == .noSuchCase)
        #expect(store.recordCount == 2, "the day mark and the report")
    }

    @Test("a case is rated once, and only when it is resolved")
    func rating() throws {
        let folder = TemporaryDirectory()
        let resolved = ResolvedCases()
        let store = try makeStore(folder) { $0.isResolved = { resolved.contains($0) } }
        defer { store.close() }
        let receipt = try store.submit(report: sampleReport())
        #expect(try store.canRate(token: receipt.token) == false)
        #expect(
            storeError { try store.rate(token: receipt.token, rating: Rating(level: .satisfied)) } == .notResolved)
        resolved.insert(receipt.caseTag)
        #expect(try store.canRate(token: receipt.token))
        let rated = try store.rate(
            token: receipt.token, rating: Rating(level: .veryDissatisfied, comment: "Không ai trả lời"))
        #expect(rated.kind == .rating)
        #expect(try store.canRate(token: receipt.token) == false)
        #expect(
            storeError { try store.rate(token: receipt.token, rating: Rating(level: .satisfied)) } == .alreadyRated)
        #expect(
            try store.timeline(token: receipt.token).last?.message?.body
                == .rating(Rating(level: .veryDissatisfied, comment: "Không ai trả lời")))
    }

    @Test("invalid input is refused field by field, and nothing is stored")
    func invalidInput() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder, resolved: true)
        defer { store.close() }
        var report = sampleReport()
        report.province = "sai-gon"
        report.account = ""
        #expect(
            storeError { try store.submit(report: report) }
                == .invalid([FieldError(.province, .unknownProvince), FieldError(.account, .missing)]))
        let receipt = try store.submit(report: sampleReport())
        #expect(
            storeError { try store.addFollowUp(token: receipt.token, followUp: FollowUp(text: "")) }
                == .invalid([FieldError(.text, .missing)]))
        let long = Rating(level: .neutral, comment: String(repeating: "x", count: 3000))
        #expect(
            storeError { try store.rate(token: receipt.token, rating: long) }
                == .invalid([FieldError(.comment, .tooLong, limit: 2000)]))
        #expect(store.recordCount == 2, "the day mark and the report")
    }

    @Test("with a checkpoint signer, every receipt carries a signed checkpoint and an inclusion proof that verify")
    func inclusion() throws {
        let folder = TemporaryDirectory()
        let signer = try CheckpointSignerKey.loadOrCreate(in: folder.child("data"), name: "candor.test/intake")
        let store = try makeStore(folder, signer: signer)
        defer { store.close() }
        #expect(store.checkpointVerifierKey == signer.verifierKey)
        var inclusions: [LogInclusion] = []
        for _ in 0..<3 {
            let receipt = try store.submit(report: sampleReport())
            inclusions.append(try #require(receipt.inclusion))
        }
        inclusions.append(
            try #require(
                try store.addFollowUp(
                    token: try store.submit(report: sampleReport()).token, followUp: FollowUp(text: "x")
                ).inclusion))
        for inclusion in inclusions {
            try inclusion.verify(with: signer.verifier)
            #expect(inclusion.checkpoint.origin == "candor.test/intake")
            #expect(inclusion.checkpoint.size == inclusion.leafIndex + 1)
        }
        let other = try NoteSigner(name: "candor.test/intake", privateKey: Signing.PrivateKey())
        #expect(storeError { try inclusions[0].verify(with: other.verifier) } != nil)
    }

    @Test("after a log key transition, receipts of old records carry a checkpoint signed by the new key")
    func receiptsAfterAKeyTransition() throws {
        let folder = TemporaryDirectory()
        let oldSigner = try CheckpointSignerKey.loadOrCreate(in: folder.child("data"), name: "candor.test/intake")
        var store = try makeStore(folder, signer: oldSigner)
        let first = try #require(try store.submit(report: sampleReport()).inclusion)
        try first.verify(with: oldSigner.verifier)
        store.close()

        // Same name, new key: the documented transition (SECURITY.md, "The log keys").
        let newSigner = try NoteSigner(name: "candor.test/intake", privateKey: Signing.PrivateKey())
        store = try makeStore(folder, signer: newSigner)
        defer { store.close() }
        let again = try #require(try store.inclusion(of: 0))
        try again.verify(with: newSigner.verifier)
        #expect(storeError { try again.verify(with: oldSigner.verifier) } != nil)
        #expect(again.checkpoint.size == first.checkpoint.size)
        #expect(again.checkpoint.rootHash == first.checkpoint.rootHash)
        #expect(try store.signedCheckpoint() == again.signedCheckpoint, "the new key's checkpoint is reused")
    }

    @Test("attachments must be fully stored and not too many")
    func attachmentChecks() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder) { $0.maximumAttachmentsPerMessage = 2 }
        defer { store.close() }
        let photo = try Self.uploadPhoto(store, pieces: 1000)
        #expect(
            storeError { try store.submit(report: sampleReport(), attachments: [photo, photo]) }.map { "\($0)" }?
                .contains("twice") == true)
        let extra = [try Self.uploadPhoto(store), try Self.uploadPhoto(store), photo]
        #expect(
            storeError { try store.submit(report: sampleReport(), attachments: extra) }
                == .invalid([FieldError(.attachments, .tooMany, limit: 2)]))
        let sealer = AttachmentSealer()
        let unstored = sealer.finish(name: "x", mediaType: "a/b", metadata: .unsupported).attachment
        guard
            case .casework(.malformedAttachment)? = storeError({
                try store.submit(report: sampleReport(), attachments: [unstored])
            })
        else {
            Issue.record("expected malformedAttachment")
            return
        }
    }

    @Test("the store survives a restart: the index is rebuilt and old tokens still work")
    func restart() throws {
        let folder = TemporaryDirectory()
        let token: CaseToken
        do {
            let store = try makeStore(folder)
            token = try store.submit(report: sampleReport()).token
            _ = try store.addFollowUp(token: token, followUp: FollowUp(text: "thêm"))
            store.close()
        }
        let store = try makeStore(folder)
        defer { store.close() }
        #expect(try store.timeline(token: token).count == 2)
    }

    @Test("the store refuses to start without inspectors, and with a data folder it cannot use")
    func startup() throws {
        let folder = TemporaryDirectory()
        #expect(caseworkError { try InspectorKeys(directory: folder.path) } == .noInspectorKeys(directory: folder.path))
        _ = FileManager.default.createFile(atPath: folder.child("file"), contents: Data())
        var configuration = IntakeStore.Configuration(catalog: bundledCatalog)
        configuration.clock = FixedClock.may2026
        #expect(
            storeError {
                try IntakeStore(
                    dataDirectory: folder.child("file"), inspectorKeys: TestInspectors.two, configuration: configuration
                )
            } != nil)
    }

    @Test("many threads submit at once; every report lands, each under its own case")
    func concurrent() async throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder)
        defer { store.close() }
        let tokens = try await withThrowingTaskGroup(of: CaseToken.self) { group in
            for i in 0..<16 {
                group.addTask { try store.submit(report: sampleReport(account: "vụ \(i)")).token }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(tokens.map(\.canonical)).count == 16)
        for token in tokens { #expect(try store.timeline(token: token).count == 1) }
    }
}

/// A set of resolved cases that a test can change while the store runs.
final class ResolvedCases: @unchecked Sendable {
    private let lock = NSLock()
    private var tags: Set<CaseTag> = []

    func insert(_ tag: CaseTag) {
        lock.lock()
        defer { lock.unlock() }
        tags.insert(tag)
    }

    func contains(_ tag: CaseTag) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return tags.contains(tag)
    }
}
