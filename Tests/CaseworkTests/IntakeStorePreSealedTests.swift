import Foundation
import Sodium
import TestSupport
import Testing

@testable import Attachments
@testable import Casework
@testable import Stores

@Suite("IntakeStore: envelopes sealed on the citizen's device")
struct IntakeStorePreSealedTests {
    /// What a citizen's own software does: mint a token, get its tag, seal to the published keys.
    struct Client {
        let token = CaseToken()
        let tag: CaseTag
        init(store: IntakeStore) { tag = store.caseTag(for: token) }

        func seal(
            _ body: CaseMessage.Body, kind: Envelope.Kind? = nil, recipients: [SealedBox.PublicKey]? = nil,
            replyKey: SealedBox.PublicKey? = nil, signingKey: Signing.PrivateKey? = nil
        ) throws -> [UInt8] {
            let message = CaseMessage(body: body)
            let reply = replyKey ?? token.replyKey().publicKey
            let kind = kind ?? message.kind
            return try Envelope.seal(
                plaintext: message.encoded(), kind: kind, caseTag: tag, replyKey: reply,
                signingKey: kind.isSignedByCitizen ? (signingKey ?? token.signingKey()) : nil,
                recipients: recipients ?? (TestInspectors.two.sealingKeys + [reply]))
        }
    }

    @Test("a pre-sealed report opens a case the citizen can read; follow-ups and a rating join it")
    func accepted() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder, resolved: true)
        defer { store.close() }
        let client = Client(store: store)
        let report = try client.seal(.report(sampleReport()))
        let acknowledgement = try store.submit(sealedEnvelope: report)
        #expect(acknowledgement.kind == .report && acknowledgement.caseTag == client.tag)
        #expect(try store.ledger.record(at: acknowledgement.logIndex).payload == report, "stored unchanged")
        _ = try store.submit(sealedEnvelope: client.seal(.followUp(FollowUp(text: "thêm"))))
        _ = try store.addFollowUp(token: client.token, followUp: FollowUp(text: "qua web"))
        _ = try store.submit(sealedEnvelope: client.seal(.rating(Rating(level: .satisfied))))
        let timeline = try store.timeline(token: client.token)
        #expect(timeline.map(\.kind) == [.report, .followUp, .followUp, .rating])
        #expect(timeline.allSatisfy { $0.isReadable })
    }

    @Test("a pre-sealed message's own receivedOn is not the received day: the intake's clock is")
    func receivedDayIsTheServers() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder)
        defer { store.close() }
        let client = Client(store: store)
        let reply = client.token.replyKey().publicKey
        let claimed = CaseMessage(body: .report(sampleReport()), receivedOn: CalendarDay(iso: "2020-01-01"))
        _ = try store.submit(
            sealedEnvelope: Envelope.seal(
                plaintext: claimed.encoded(), kind: .report, caseTag: client.tag, replyKey: reply,
                signingKey: client.token.signingKey(), recipients: TestInspectors.two.sealingKeys + [reply]))
        _ = try store.submit(sealedEnvelope: client.seal(.followUp(FollowUp(text: "không ghi ngày"))))
        let timeline = try store.timeline(token: client.token)
        #expect(timeline.map(\.day) == [CalendarDay(iso: "2026-05-04"), CalendarDay(iso: "2026-05-04")])
    }

    @Test("what the intake cannot check shows as an unreadable entry, not an error")
    func unreadablePlaintext() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder)
        defer { store.close() }
        let client = Client(store: store)
        let reply = client.token.replyKey().publicKey
        let garbage = try Envelope.seal(
            plaintext: Array("not json".utf8), kind: .report, caseTag: client.tag, replyKey: reply,
            signingKey: client.token.signingKey(), recipients: TestInspectors.two.sealingKeys + [reply])
        _ = try store.submit(sealedEnvelope: garbage)
        let timeline = try store.timeline(token: client.token)
        #expect(timeline.count == 1 && !timeline[0].isReadable)
    }

    @Test("refused: wrong kind, wrong recipients, an existing case, no case, a foreign reply key, too large")
    func refused() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder) { $0.maximumEnvelopeByteCount = 4096 }
        defer { store.close() }
        let client = Client(store: store)
        let reply = client.token.replyKey().publicKey
        let inspectors = TestInspectors.two.sealingKeys
        func isUnacceptable(_ bytes: [UInt8]) -> Bool {
            if case .unacceptableEnvelope? = storeError({ try store.submit(sealedEnvelope: bytes) }) { return true }
            return false
        }
        #expect(isUnacceptable(try client.seal(.report(sampleReport()), kind: .reply)))
        #expect(isUnacceptable(try client.seal(.report(sampleReport()), kind: Envelope.Kind(rawValue: 0x40))))
        #expect(isUnacceptable(try client.seal(.report(sampleReport()), recipients: [inspectors[0], reply])))
        #expect(isUnacceptable(try client.seal(.report(sampleReport()), recipients: inspectors)))
        #expect(
            isUnacceptable(
                try client.seal(
                    .report(sampleReport()), recipients: inspectors + [reply, TestInspectors.privateKey(7).publicKey])))
        #expect(isUnacceptable(try client.seal(.report(sampleReport(account: String(repeating: "x", count: 5000))))))
        #expect(
            storeError { try store.submit(sealedEnvelope: client.seal(.followUp(FollowUp(text: "x")))) }
                == .noSuchCase)

        _ = try store.submit(sealedEnvelope: client.seal(.report(sampleReport())))
        #expect(isUnacceptable(try client.seal(.report(sampleReport()))), "a second report on one case")
        let stranger = TestInspectors.privateKey(9).publicKey
        #expect(
            isUnacceptable(
                try client.seal(.followUp(FollowUp(text: "x")), recipients: inspectors + [stranger], replyKey: stranger)
            ))
        #expect(
            storeError { try store.submit(sealedEnvelope: client.seal(.rating(Rating(level: .neutral)))) }
                == .notResolved)
        #expect(storeError { try store.submit(sealedEnvelope: [1, 2, 3]) } != nil)
        #expect(storeError { try store.submit(sealedEnvelope: []) } != nil)
        #expect(store.recordCount == 2, "the day mark and the report")
    }

    @Test("a second pre-sealed rating is refused")
    func ratedOnce() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder, resolved: true)
        defer { store.close() }
        let client = Client(store: store)
        _ = try store.submit(sealedEnvelope: client.seal(.report(sampleReport())))
        _ = try store.submit(sealedEnvelope: client.seal(.rating(Rating(level: .neutral))))
        #expect(
            storeError { try store.submit(sealedEnvelope: client.seal(.rating(Rating(level: .satisfied)))) }
                == .alreadyRated)
        #expect(
            storeError { try store.rate(token: client.token, rating: Rating(level: .satisfied)) } == .alreadyRated)
    }

    @Test("pre-sealed attachment chunks are stored in order, then listed by a pre-sealed report")
    func chunks() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder)
        defer { store.close() }
        let file = AttachmentSealerTests.file(70_000)
        var sealer = AttachmentSealer()
        let records = sealer.feed(file)
        let (last, attachment) = sealer.finish(
            name: "a.bin", mediaType: "application/octet-stream", metadata: .unsupported)
        #expect(storeError { try store.submit(sealedAttachmentChunk: last) } != nil, "chunk 1 before chunk 0")
        _ = try store.submit(sealedAttachmentChunk: records[0])
        #expect(storeError { try store.submit(sealedAttachmentChunk: records[0]) } != nil, "chunk 0 twice")
        _ = try store.submit(sealedAttachmentChunk: last)
        #expect(storeError { try store.submit(sealedAttachmentChunk: [9, 9, 9]) } != nil)

        let client = Client(store: store)
        let reply = client.token.replyKey().publicKey
        let message = CaseMessage(body: .report(sampleReport()), attachments: [attachment])
        _ = try store.submit(
            sealedEnvelope: Envelope.seal(
                plaintext: message.encoded(), kind: .report, caseTag: client.tag, replyKey: reply,
                signingKey: client.token.signingKey(), recipients: TestInspectors.two.sealingKeys + [reply]))
        let listed = try #require(try store.timeline(token: client.token).first?.message?.attachments.first)
        #expect(try AttachmentOpener.open(listed, payloads: store.attachmentChunkPayloads(listed.id)) == file)
    }
}
