import Foundation
import Ledger
import LedgerTesting
import Sodium
import Synchronization
import TestSupport
import Testing

@testable import Casework
@testable import Stores

/// The server's side of inspector events: every check before an append, and what the citizen sees.
@Suite("IntakeStore: inspector events")
struct IntakeStoreEventTests {
    static let now = Int64(FixedClock.may2026.now.timeIntervalSince1970)

    struct Case {
        let store: IntakeStore
        let receipt: Receipt
        let folder: TemporaryDirectory
        var replyKey: SealedBox.PublicKey { receipt.token.replyKey().publicKey }

        func event(
            _ action: InspectorEvent.Action, _ details: EventDetails = EventDetails(), signer: UInt8 = 1,
            name: String = "inspector-1", time: Int64 = IntakeStoreEventTests.now,
            inspectors: [SealedBox.PublicKey] = TestInspectors.two.sealingKeys, replyKey: SealedBox.PublicKey? = nil
        ) throws -> InspectorEvent {
            try InspectorEvent.make(
                action: action, details: details, caseTag: receipt.caseTag, replyKey: replyKey ?? self.replyKey,
                inspectors: inspectors, time: time, inspector: name, signingKey: TestInspectors.signingKey(signer))
        }

        @discardableResult
        func append(_ event: InspectorEvent) throws(EventRejection) -> UInt64 {
            try store.appendEvent(event.bytes)
        }
    }

    static func makeCase(configure: (inout IntakeStore.Configuration) -> Void = { _ in }) throws -> Case {
        let folder = TemporaryDirectory("events")
        let store = try makeStore(folder, configure: configure)
        let receipt = try store.submit(report: sampleReport())
        return Case(store: store, receipt: receipt, folder: folder)
    }

    static func rejection(_ body: () throws -> Void) -> EventRejection? {
        do {
            try body()
            return nil
        } catch let error as EventRejection {
            return error
        } catch {
            Issue.record("unexpected error: \(error)")
            return nil
        }
    }

    @Test func theWholeLifeOfACase() throws {
        let c = try Self.makeCase()
        defer { c.store.close() }
        #expect(try c.store.canRate(token: c.receipt.token) == false)
        try c.append(try c.event(.accept))
        try c.append(try c.event(.assign, EventDetails(assignee: "inspector-2")))
        try c.append(try c.event(.note, EventDetails(text: "Gọi cho phường")))
        try c.append(try c.event(.reply, EventDetails(text: "Chúng tôi đang xác minh.")))
        try c.append(try c.event(.extend, EventDetails(reason: "Cần xác minh thêm")))
        #expect(try c.store.isResolved(c.receipt.caseTag) == false)
        try c.append(try c.event(.resolve, EventDetails(outcome: "can-bo-canh-cao", summary: "Cán bộ bị cảnh cáo.")))
        #expect(try c.store.isResolved(c.receipt.caseTag))
        #expect(try c.store.canRate(token: c.receipt.token))

        // The citizen sees the report, the decision, the reply, the extension and the result; not the
        // note or the assignment.
        let timeline = try c.store.timeline(token: c.receipt.token)
        #expect(timeline.map(\.action) == [nil, .accept, .reply, .extend, .resolve])
        #expect(timeline[2].details?.text == "Chúng tôi đang xác minh.")
        #expect(timeline[4].details?.outcome == "can-bo-canh-cao")
        #expect(timeline.allSatisfy { $0.isReadable })
        #expect(timeline[1].day == CalendarDay(FixedClock.may2026.now))

        _ = try c.store.rate(token: c.receipt.token, rating: Rating(level: .satisfied))
        #expect(try c.store.canRate(token: c.receipt.token) == false)
    }

    @Test func aForgedSignatureAppendsNothing() throws {
        let c = try Self.makeCase()
        defer { c.store.close() }
        let before = c.store.recordCount
        var bytes = try c.event(.accept).bytes
        bytes[bytes.count - 1] ^= 1
        #expect(Self.rejection { _ = try c.store.appendEvent(bytes) } == .invalidSignature)
        // Signed by inspector-2's key under inspector-1's name.
        let impostor = try c.event(.accept, signer: 2, name: "inspector-1")
        #expect(
            Self.rejection { try c.append(impostor) }
                == .unknownSigner("the event's key is not the one Keys/inspector-1.pub lists"))
        #expect(c.store.recordCount == before)
    }

    @Test func everyCheckHasItsRejection() throws {
        let c = try Self.makeCase { $0.revokedInspectors = ["old": Date(timeIntervalSince1970: 0)] }
        defer { c.store.close() }
        let before = c.store.recordCount
        #expect(
            Self.rejection { _ = try c.store.appendEvent([1, 2, 3]) }.map {
                if case .malformed(.malformedEnvelope) = $0 { true } else { false }
            } == true)
        // Unknown and revoked signers.
        let stranger = try c.event(.accept, signer: 3, name: "stranger")
        #expect(
            Self.rejection { try c.append(stranger) }.map { if case .unknownSigner = $0 { true } else { false } }
                == true)
        let revoked = try c.event(.accept, signer: 4, name: "old")
        #expect(Self.rejection { try c.append(revoked) } == .revokedKey)
        // The requester must be the signer.
        #expect(
            Self.rejection { _ = try c.store.appendEvent(try c.event(.accept).bytes, requester: TestInspectors.key(2)) }
                == .signerMismatch)
        // Time: a version 2 event is of the server's day; a version 1 event within ±5 minutes.
        #expect(Self.rejection { try c.append(try c.event(.accept, time: Self.now - 86_400)) } == .staleTime)
        #expect(Self.rejection { try c.append(try c.event(.accept, time: Self.now + 86_400)) } == .staleTime)
        let version1 = try InspectorEvent.sign(
            version: 1, caseTag: c.receipt.caseTag, action: .accept, time: Self.now - 301, inspector: "inspector-1",
            envelope: try c.event(.accept).envelope, with: TestInspectors.signingKey(1))
        #expect(Self.rejection { try c.append(version1) } == .staleTime)
        // Recipients: an inspector left out; a note sealed to the citizen; another reply key.
        let partial = try c.event(.accept, inspectors: [TestInspectors.key(1).sealingKey])
        #expect(
            Self.rejection { try c.append(partial) }.map { if case .recipients = $0 { true } else { false } } == true)
        let envelope = try Envelope.seal(
            plaintext: EventDetails(text: "x").encoded(), kind: .inspectorEvent, caseTag: c.receipt.caseTag,
            replyKey: c.replyKey, recipients: TestInspectors.two.sealingKeys + [c.replyKey])
        let leakyNote = try InspectorEvent.sign(
            caseTag: c.receipt.caseTag, action: .note, time: Self.now, inspector: "inspector-1", envelope: envelope,
            with: TestInspectors.signingKey(1))
        #expect(
            Self.rejection { try c.append(leakyNote) }.map { if case .recipients = $0 { true } else { false } } == true)
        let wrongReply = try c.event(.accept, replyKey: TestInspectors.privateKey(5).publicKey)
        #expect(
            Self.rejection { try c.append(wrongReply) }.map { if case .recipients = $0 { true } else { false } } == true
        )
        // No such case.
        let orphan = try InspectorEvent.make(
            action: .accept, details: EventDetails(),
            caseTag: try CaseTag(rawRepresentation: [UInt8](repeating: 1, count: 32)),
            replyKey: c.replyKey, inspectors: TestInspectors.two.sealingKeys, time: Self.now, inspector: "inspector-1",
            signingKey: TestInspectors.signingKey(1))
        #expect(Self.rejection { try c.append(orphan) } == .noSuchCase)
        // State: resolve before accept, a third extension.
        #expect(
            Self.rejection { try c.append(try c.event(.resolve, EventDetails(outcome: "khong-vi-pham", summary: "x"))) }
                .map { if case .conflict = $0 { true } else { false } } == true)
        #expect(c.store.recordCount == before)
        try c.append(try c.event(.accept))
        try c.append(try c.event(.extend, EventDetails(reason: "1")))
        try c.append(try c.event(.extend, EventDetails(reason: "2")))
        let third = Self.rejection { try c.append(try c.event(.extend, EventDetails(reason: "3"))) }
        #expect(third.map { if case .conflict = $0 { true } else { false } } == true)
        #expect(c.store.recordCount == before + 3)
    }

    @Test func aRetriedEventIsStoredOnce() throws {
        let c = try Self.makeCase()
        defer { c.store.close() }
        let accept = try c.event(.accept)
        let first = try c.append(accept)
        let second = try c.append(accept)
        #expect(first == second)
        #expect(c.store.recordCount == first + 1)
    }

    @Test func eventsSurviveARestart() throws {
        let c = try Self.makeCase()
        try c.append(try c.event(.accept))
        try c.append(try c.event(.resolve, EventDetails(outcome: "khong-vi-pham", summary: "Không có vi phạm.")))
        c.store.close()
        let reopened = try makeStore(c.folder)
        defer { reopened.close() }
        #expect(try reopened.isResolved(c.receipt.caseTag))
        #expect(try reopened.timeline(token: c.receipt.token).count == 3)
    }
}

/// The public tally of satisfaction levels: five numbers, no case, kept across restarts.
@Suite("IntakeStore: rating tally")
struct RatingTallyTests {
    @Test func levelsAreCountedWithoutTheirCase() throws {
        let folder = TemporaryDirectory("tally")
        let clock = SteppingClock()
        let store = try makeStore(folder, resolved: true) { $0.clock = clock }
        #expect(store.ratingLevels.values.reduce(0, +) == 0)
        for level in Array(repeating: Rating.Level.satisfied, count: 9) + [.veryDissatisfied] {
            let receipt = try store.submit(report: sampleReport())
            _ = try store.rate(token: receipt.token, rating: Rating(level: level, comment: "CANARY-COMMENT"))
        }
        clock.advance(days: 1)
        #expect(store.ratingLevels[.satisfied] == 9)
        #expect(store.ratingLevels[.veryDissatisfied] == 1)
        store.close()
        let file = try #require(
            FileManager.default.contents(atPath: folder.child("data/") + IntakeStore.ratingTallyFileName))
        let text = String(decoding: file, as: UTF8.self)
        #expect(!text.contains("CANARY"))
        #expect(
            text
                == #"{"counts":{"dissatisfied":0,"neutral":0,"satisfied":9,"very-dissatisfied":1,"very-satisfied":0},"format":"candor-rating-tally-v2","through":"2026-05-04"}"#
        )
        let reopened = try makeStore(folder, resolved: true) { $0.clock = clock }
        defer { reopened.close() }
        #expect(
            reopened.publishedRatingTally
                == IntakeStore.RatingTally(
                    counts: [
                        .satisfied: 9, .veryDissatisfied: 1, .neutral: 0, .dissatisfied: 0, .verySatisfied: 0,
                    ], through: CalendarDay(iso: "2026-05-04")))
    }

    @Test("the tally file is written durably: temp file, fsync, rename, fsync of the folder")
    func theTallyIsWrittenDurably() throws {
        let folder = TemporaryDirectory("tally-durable")
        let clock = SteppingClock()
        let seen = Mutex<[String]>([])
        let data = folder.child("data")
        let files = FaultInjectingFileSystem { operation, path, _ in
            if path.contains(IntakeStore.ratingTallyFileName) || path == data {
                seen.withLock { $0.append("\(operation) \(path)") }
            }
            return nil
        }
        let store = try makeStore(folder, resolved: true) {
            $0.clock = clock
            $0.ledgerOptions.fileSystem = files
        }
        defer { store.close() }
        for _ in 0..<IntakeStore.minimumRatingBatch {
            _ = try store.rate(token: store.submit(report: sampleReport()).token, rating: Rating(level: .neutral))
        }
        clock.advance(days: 1)
        #expect(store.ratingLevels[.neutral] == IntakeStore.minimumRatingBatch)
        let path = folder.child("data/") + IntakeStore.ratingTallyFileName
        #expect(
            seen.withLock { $0 } == [
                "open \(path).tmp", "write \(path).tmp", "fsync \(path).tmp", "rename \(path)",
                "directorySync \(data)",
            ])
    }

    @Test("a tally file written before batches is read as published counts")
    func aVersion1FileIsRead() throws {
        let folder = TemporaryDirectory("tally-v1")
        try FileManager.default.createDirectory(atPath: folder.child("data"), withIntermediateDirectories: true)
        let v1 =
            #"{"counts":{"dissatisfied":0,"neutral":0,"satisfied":2,"very-dissatisfied":1,"very-satisfied":0},"format":"candor-rating-tally-v1"}"#
        try Data(v1.utf8).write(to: URL(fileURLWithPath: folder.child("data/") + IntakeStore.ratingTallyFileName))
        let store = try makeStore(folder, resolved: true)
        defer { store.close() }
        #expect(store.ratingLevels[.satisfied] == 2 && store.publishedRatingTally.through == nil)
    }

    @Test("ratings reach the published tally in daily batches of at least 10, never one by one")
    func theTallyIsPublishedInDailyBatches() throws {
        let folder = TemporaryDirectory("tally-batches")
        let clock = SteppingClock()
        let store = try makeStore(folder, resolved: true) { $0.clock = clock }
        defer { store.close() }
        func rate(_ level: Rating.Level) throws {
            _ = try store.rate(token: store.submit(report: sampleReport()).token, rating: Rating(level: level))
        }
        let file = folder.child("data/") + IntakeStore.ratingTallyFileName
        func fileText() -> String? {
            FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) }
        }
        for _ in 0..<10 { try rate(.satisfied) }
        try rate(.neutral)
        // The day is not over: nothing is published, and nothing per rating is written.
        #expect(store.ratingLevels.values.reduce(0, +) == 0)
        #expect(fileText() == nil)
        clock.advance(days: 1)
        #expect(store.ratingLevels[.satisfied] == 10 && store.ratingLevels[.neutral] == 1)
        let published = fileText()
        // One more rating changes nothing, not even the next day: a batch of one would show its level.
        try rate(.veryDissatisfied)
        #expect(store.ratingLevels[.veryDissatisfied] ?? 0 == 0)
        clock.advance(days: 1)
        #expect(store.ratingLevels[.veryDissatisfied] ?? 0 == 0)
        #expect(fileText() == published)
    }
}
