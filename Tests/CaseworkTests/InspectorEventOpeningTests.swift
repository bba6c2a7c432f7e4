import Foundation
import Sodium
import TestSupport
import Testing

@testable import Casework

/// Version 4 events: the opening of a case from a feedback record, whose index is in clear (Events.md).
@Suite("InspectorEvent: opening from feedback, version 4")
struct InspectorEventOpeningTests {
    static let tag = InspectorEventTests.tag

    static func opening(record: UInt64 = 0x0102_0304_0506_0708) throws -> InspectorEvent {
        try InspectorEvent.make(
            action: .open, details: EventDetails(reason: "Bình luận tố cáo cán bộ đòi tiền"), caseTag: tag,
            replyKey: InspectorEventTests.replyKey.publicKey, inspectors: [TestUnits.epochKey("ha-noi", 1).publicKey],
            time: 1_777_863_600, inspector: "lan", feedbackRecord: record, signingKey: TestInspectors.signingKey(1))
    }

    @Test("an opening is version 4, names its feedback record after the signer's name, and round-trips")
    func layout() throws {
        let event = try Self.opening()
        #expect(event.version == 4 && event.feedbackRecord == 0x0102_0304_0506_0708 && event.unit == nil)
        let bytes = event.bytes
        #expect(bytes[0] == 4 && bytes[InspectorEvent.actionOffset] == 10)
        let nameEnd = InspectorEvent.nameLengthOffset + 1 + 3
        #expect(Array(bytes[nameEnd..<nameEnd + 8]) == [8, 7, 6, 5, 4, 3, 2, 1])
        let parsed = try InspectorEvent(parsing: bytes)
        #expect(parsed == event && parsed.isSignatureValid)
        #expect(
            !parsed.parsedEnvelope.isSealed(to: InspectorEventTests.replyKey.publicKey), "nobody holds the reply key")
        #expect(
            try parsed.openDetails(with: TestUnits.epochKey("ha-noi", 1)).reason == "Bình luận tố cáo cán bộ đòi tiền")
    }

    @Test("the feedback record is signed: changing it breaks the signature")
    func recordIsSigned() throws {
        var bytes = try Self.opening().bytes
        bytes[InspectorEvent.nameLengthOffset + 1 + 3] ^= 1
        #expect(try !InspectorEvent(parsing: bytes).isSignatureValid)
    }

    @Test("refused when signing: an opening of another version or without its record, a record on another action")
    func signingRefusals() throws {
        let envelope = try Self.opening().envelope
        func sign(_ version: UInt8, _ action: InspectorEvent.Action, _ record: UInt64?) -> Bool {
            (try? InspectorEvent.sign(
                version: version, caseTag: Self.tag, action: action, time: 1_777_827_600, inspector: "lan",
                feedbackRecord: record, envelope: envelope, with: TestInspectors.signingKey(1))) == nil
        }
        #expect(sign(2, .open, 5))
        #expect(sign(4, .open, nil))
        #expect(sign(4, .note, 5))
        #expect(sign(2, .note, 5))
        #expect(!sign(4, .open, 5))
    }

    @Test(
        "the parser refuses a version 4 event of another action, an opening of another version, a truncation",
        arguments: [
            (4 as UInt8, 4 as UInt8, 0), (2, 10, 0), (3, 10, 0), (4, 10, -1), (4, 10, -70), (5, 10, 0),
        ])
    func parserRefusals(version: UInt8, action: UInt8, cut: Int) throws {
        var bytes = try Self.opening().bytes
        bytes[0] = version
        bytes[InspectorEvent.actionOffset] = action
        if cut < 0 { bytes.removeLast(-cut) }
        #expect(throws: CaseworkError.self) { try InspectorEvent(parsing: bytes) }
    }

    @Test("the fuzz target's opening seed parses as a version 4 opening of record 5")
    func fuzzSeed() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let seed = try Data(contentsOf: root.appendingPathComponent(".fuzz/corpus/fuzz-inspector-event/open"))
        let event = try InspectorEvent(parsing: Array(seed))
        #expect(event.action == .open && event.version == 4 && event.feedbackRecord == 5)
        #expect(event.bytes == Array(seed))
    }

    @Test("an opening is internal, carries a reason, and opens a case once")
    func actionRules() {
        #expect(!InspectorEvent.Action.open.isShownToCitizen)
        #expect(InspectorEvent.Action(name: "open") == .open)
        #expect(EventDetails().problem(for: .open) != nil)
        #expect(CaseProgress().refusal(of: .open) != nil)
    }
}
