import Foundation
import Sodium
import TestSupport
import Testing

@testable import Casework
@testable import Deadlines

/// Version 3 events: the transfer and its target unit in clear (Events.md).
@Suite("InspectorEvent: transfer, version 3")
struct InspectorEventTransferTests {
    static let tag = InspectorEventTests.tag
    static let grants = [EventDetails.Grant(record: 0, key: Data(repeating: 2, count: 32).base64EncodedString())]

    static func transfer(to unit: String = "chinh-phu") throws -> InspectorEvent {
        try InspectorEvent.make(
            action: .transfer, details: EventDetails(reason: "Chính quyền địa phương có liên quan", grants: grants),
            caseTag: tag, replyKey: InspectorEventTests.replyKey.publicKey,
            inspectors: [TestUnits.epochKey("chinh-phu", 1).publicKey], time: 1_777_863_600, inspector: "lan",
            unit: unit, signingKey: TestInspectors.signingKey(1))
    }

    @Test("a transfer is version 3, names its unit after the signer's name, and round-trips")
    func layout() throws {
        let event = try Self.transfer()
        #expect(event.version == 3 && event.unit == "chinh-phu")
        let bytes = event.bytes
        #expect(bytes[0] == 3 && bytes[InspectorEvent.actionOffset] == 9)
        let nameEnd = InspectorEvent.nameLengthOffset + 1 + 3
        #expect(Array(bytes[InspectorEvent.nameLengthOffset + 1..<nameEnd]) == Array("lan".utf8))
        #expect(bytes[nameEnd] == 9)
        #expect(Array(bytes[nameEnd + 1..<nameEnd + 10]) == Array("chinh-phu".utf8))
        let parsed = try InspectorEvent(parsing: bytes)
        #expect(parsed == event && parsed.isSignatureValid)
        #expect(!parsed.parsedEnvelope.isSealed(to: InspectorEventTests.replyKey.publicKey))
        let details = try parsed.openDetails(with: TestUnits.epochKey("chinh-phu", 1))
        #expect(details.grants == Self.grants)
    }

    @Test("the unit is signed: changing it breaks the signature")
    func unitIsSigned() throws {
        var bytes = try Self.transfer().bytes
        bytes[InspectorEvent.nameLengthOffset + 1 + 3 + 1] = UInt8(ascii: "d")
        #expect(try !InspectorEvent(parsing: bytes).isSignatureValid)
    }

    @Test("other actions stay version 2; a version 3 event with no unit is still read")
    func otherActions() throws {
        #expect(try InspectorEventTests.event().version == 2)
        let v3 = try InspectorEvent.sign(
            version: 3, caseTag: Self.tag, action: .reply, time: 1_777_827_600, inspector: "lan",
            envelope: InspectorEventTests.event().envelope, with: TestInspectors.signingKey(1))
        let parsed = try InspectorEvent(parsing: v3.bytes)
        #expect(parsed.unit == nil && parsed.isSignatureValid && parsed.bytes == v3.bytes)
    }

    @Test("refused: a transfer without a unit or below version 3, a unit on another action, a bad unit id")
    func refusals() throws {
        let envelope = try Self.transfer().envelope
        func sign(_ version: UInt8, _ action: InspectorEvent.Action, _ unit: String?) -> CaseworkError? {
            caseworkError {
                try InspectorEvent.sign(
                    version: version, caseTag: Self.tag, action: action, time: 1_777_827_600, inspector: "lan",
                    unit: unit, envelope: envelope, with: TestInspectors.signingKey(1))
            }
        }
        #expect(sign(3, .transfer, nil) != nil)
        #expect(sign(2, .transfer, "chinh-phu") != nil)
        #expect(sign(3, .note, "chinh-phu") != nil)
        #expect(sign(3, .transfer, "Chinh Phu") != nil)
        // A version 2 event whose action byte says transfer is refused by the reader.
        var bytes = try InspectorEventTests.event(.note, details: EventDetails(text: "x")).bytes
        bytes[InspectorEvent.actionOffset] = 9
        #expect(caseworkError { try InspectorEvent(parsing: bytes) } != nil)
        // A version 3 note whose unit length runs past the end.
        var cut = try Self.transfer().bytes
        cut[InspectorEvent.nameLengthOffset + 1 + 3] = 250
        #expect(caseworkError { try InspectorEvent(parsing: cut) } != nil)
    }

    @Test("a transfer needs a reason and the records' keys")
    func details() {
        #expect(EventDetails(reason: "x", grants: Self.grants).problem(for: .transfer) == nil)
        #expect(EventDetails(reason: "x").problem(for: .transfer) != nil)
        #expect(EventDetails(grants: Self.grants).problem(for: .transfer) != nil)
    }

    @Test("a transfer reopens the decision: new again, no extension, allowed while new or accepted")
    func progress() {
        var progress = CaseProgress()
        let day = Date(timeIntervalSince1970: 1_777_827_600)
        #expect(progress.apply(.transfer, at: day) == nil)
        progress.apply(.accept, at: day)
        progress.apply(.extend, at: day)
        #expect(progress.apply(.transfer, at: day + 86_400) == nil)
        #expect(progress.status == .new && progress.extensions == 0 && progress.decidedAt == nil)
        #expect(progress.transferredAt == day + 86_400)
        progress.apply(.decline, at: day)
        #expect(progress.refusal(of: .transfer) != nil)
    }

    @Test("the decision period runs again from the transfer day; the resolution from the new acceptance")
    func deadlines() throws {
        let policy = try DeadlinePolicy.bundled()
        let received = CalendarDay(year: 2026, month: 5, day: 4)
        let transferred = CalendarDay(year: 2026, month: 5, day: 8)
        let open = try CaseDeadlines(policy: policy, receivedOn: received, transferredOn: transferred)
        #expect(open.decisionDue == CalendarDay(year: 2026, month: 5, day: 19))
        let accepted = try CaseDeadlines(
            policy: policy, receivedOn: received, transferredOn: transferred,
            acceptedOn: CalendarDay(year: 2026, month: 5, day: 11))
        #expect(accepted.resolutionDue == CalendarDay(year: 2026, month: 6, day: 10))
        #expect(
            throws: DeadlineError.self,
            performing: {
                try CaseDeadlines(
                    policy: policy, receivedOn: received, transferredOn: transferred, acceptedOn: received)
            })
    }
}
