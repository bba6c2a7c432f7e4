import Foundation
import Sodium
import TestSupport
import Testing

@testable import Casework
@testable import Stores

/// Opening a case from a feedback comment (Events.md, "Opening a case from feedback"), with units:
/// Hà Nội feedback is sealed to ha-noi (inspector-1) and chinh-phu (inspector-4), never to ca-mau.
@Suite("IntakeStore: opening a case from feedback")
struct IntakeStoreOpeningTests {
    static let units = ["ha-noi", "chinh-phu"]

    struct Feedback {
        let store: IntakeStore
        let index: UInt64
        let envelope: Envelope
        let folder: TemporaryDirectory

        /// An opening of the feedback by test inspector `signer`, sealed to `units`' current keys (and to
        /// the reply key when `toReplyKey`).
        func opening(
            signer: UInt8, units: [String] = IntakeStoreOpeningTests.units, record: UInt64? = nil,
            reason: String = "Cán bộ đòi tiền", toReplyKey: Bool = false
        ) throws -> InspectorEvent {
            let keys = units.map { ThreeUnits.key($0).publicKey }
            let sealed = try Envelope.seal(
                plaintext: EventDetails(reason: reason).encoded(), kind: .inspectorEvent, caseTag: envelope.caseTag,
                replyKey: envelope.replyKey, recipients: keys + (toReplyKey ? [envelope.replyKey] : []))
            return try InspectorEvent.sign(
                caseTag: envelope.caseTag, action: .open, time: IntakeStoreTransferTests.now,
                inspector: "inspector-\(signer)", feedbackRecord: record ?? index, envelope: sealed,
                with: TestInspectors.signingKey(signer))
        }

        func event(_ action: InspectorEvent.Action, _ details: EventDetails, signer: UInt8) throws -> InspectorEvent {
            try InspectorEvent.make(
                action: action, details: details, caseTag: envelope.caseTag, replyKey: envelope.replyKey,
                inspectors: IntakeStoreOpeningTests.units.map { ThreeUnits.key($0).publicKey },
                time: IntakeStoreTransferTests.now, inspector: "inspector-\(signer)",
                signingKey: TestInspectors.signingKey(signer))
        }
    }

    static func feedback() throws -> Feedback {
        let folder = TemporaryDirectory("opening")
        let store = try ThreeUnits.store(folder)
        let index = try store.submitFeedback(
            sampleFeedback(province: "ha-noi", overall: 1, comment: "Đòi 200.000 đồng"))
        let envelope = try Envelope(parsing: store.record(at: index).payload)
        return Feedback(store: store, index: index, envelope: envelope, folder: folder)
    }

    @Test("a member of a unit the feedback was sent to opens a case; its units read it; a retry is stored once")
    func memberOpens() throws {
        let f = try Self.feedback()
        defer { f.store.close() }
        let opening = try f.opening(signer: 1)
        #expect(opening.version == 4 && opening.feedbackRecord == f.index)
        let index = try f.store.appendEvent(opening.bytes)
        #expect(try f.store.appendEvent(opening.bytes) == index)
        let state = try #require(try f.store.caseState(f.envelope.caseTag))
        #expect(state.feedbackRecord == f.index && state.units == Self.units && state.progress.status == .new)
        #expect(f.store.mayRead("inspector-4", caseTag: f.envelope.caseTag))
        #expect(!f.store.mayRead("inspector-2", caseTag: f.envelope.caseTag))
        // The case is worked as any case: the national unit's member accepts it.
        _ = try f.store.appendEvent(f.event(.accept, EventDetails(), signer: 4).bytes)
        #expect(try f.store.caseState(f.envelope.caseTag)?.progress.status == .accepted)
    }

    @Test("a member of another unit gets not_your_unit (403), and nothing is appended")
    func outsiderRefused() throws {
        let f = try Self.feedback()
        defer { f.store.close() }
        let count = f.store.recordCount
        let error = IntakeStoreTransferTests.rejection { _ = try f.store.appendEvent(f.opening(signer: 2).bytes) }
        #expect(
            error
                == .notYourUnit(
                    "inspector-2 is a member of ca-mau; feedback record \(f.index) was sent to ha-noi, chinh-phu, "
                        + "and only their members may open a case from it"))
        #expect(f.store.recordCount == count)
    }

    @Test("a second opening of the same comment is a 409 conflict naming the case")
    func secondOpeningRefused() throws {
        let f = try Self.feedback()
        defer { f.store.close() }
        let index = try f.store.appendEvent(f.opening(signer: 1).bytes)
        let count = f.store.recordCount
        let error = IntakeStoreTransferTests.rejection {
            _ = try f.store.appendEvent(f.opening(signer: 4, reason: "Lần nữa").bytes)
        }
        #expect(
            error
                == .conflict(
                    "feedback record \(f.index) was already opened as case \(index): a comment is opened as a case once"
                ))
        #expect(f.store.recordCount == count)
    }

    @Test("no such feedback (404): a record past the log, a report, a feedback of another tag")
    func noSuchFeedback() throws {
        let f = try Self.feedback()
        defer { f.store.close() }
        let report = try f.store.submit(report: ThreeUnits.report("ha-noi"))
        let other = try f.store.submitFeedback(sampleFeedback(province: "ha-noi", comment: "Khác"))
        let count = f.store.recordCount
        for record in [UInt64(999), report.logIndex, other] {
            let error = IntakeStoreTransferTests.rejection {
                _ = try f.store.appendEvent(f.opening(signer: 1, record: record).bytes)
            }
            guard case .noSuchFeedback? = error else {
                Issue.record("record \(record): \(String(describing: error))")
                continue
            }
        }
        #expect(f.store.recordCount == count)
    }

    @Test("an opening sealed to the reply key, or not to every unit, is refused (422)")
    func recipients() throws {
        let f = try Self.feedback()
        defer { f.store.close() }
        for event in [try f.opening(signer: 1, toReplyKey: true), try f.opening(signer: 1, units: ["ha-noi"])] {
            let error = IntakeStoreTransferTests.rejection { _ = try f.store.appendEvent(event.bytes) }
            guard case .recipients? = error else {
                Issue.record("\(String(describing: error))")
                continue
            }
        }
        #expect(try f.store.caseState(f.envelope.caseTag) == nil)
    }

    @Test("a reply to a case opened from feedback is a 409: nobody can read it")
    func replyRefused() throws {
        let f = try Self.feedback()
        defer { f.store.close() }
        _ = try f.store.appendEvent(f.opening(signer: 1).bytes)
        let count = f.store.recordCount
        let reply = try InspectorEvent.make(
            action: .reply, details: EventDetails(text: "Cảm ơn"), caseTag: f.envelope.caseTag,
            replyKey: f.envelope.replyKey, inspectors: Self.units.map { ThreeUnits.key($0).publicKey },
            time: IntakeStoreTransferTests.now, inspector: "inspector-1", signingKey: TestInspectors.signingKey(1))
        let error = IntakeStoreTransferTests.rejection { _ = try f.store.appendEvent(reply.bytes) }
        #expect(
            error
                == .conflict(
                    "this case was opened from a feedback comment: it has no citizen, so nobody can read a reply"))
        #expect(f.store.recordCount == count)
    }
}
