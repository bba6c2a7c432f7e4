import Foundation
import Sodium
import TestSupport
import Testing

@testable import Casework

/// The signed event format (Events.md): signing, strict parsing, tampering.
@Suite("InspectorEvent: format and signature")
struct InspectorEventTests {
    static let tag = try! CaseTag(rawRepresentation: [UInt8](repeating: 7, count: 32))
    static let replyKey = TestInspectors.privateKey(9)

    static func event(
        _ action: InspectorEvent.Action = .reply, details: EventDetails = EventDetails(text: "Chúng tôi đã nhận."),
        name: String = "inspector-1"
    ) throws -> InspectorEvent {
        try InspectorEvent.make(
            action: action, details: details, caseTag: tag, replyKey: replyKey.publicKey,
            inspectors: TestInspectors.two.sealingKeys, time: 1_777_863_600, inspector: name,
            signingKey: TestInspectors.signingKey(1))
    }

    @Test func roundTripsAndVerifies() throws {
        let event = try Self.event()
        let parsed = try InspectorEvent(parsing: event.bytes)
        #expect(parsed == event)
        #expect(parsed.bytes == event.bytes)
        #expect(parsed.isSignatureValid)
        #expect(parsed.action == .reply)
        #expect(parsed.inspector == "inspector-1")
        #expect(parsed.time == 1_777_827_600, "signed at 10:00, it says 4 May 2026 only")
        #expect(parsed.version == 2)
        #expect(parsed.parsedEnvelope.kind == .reply)
        // The citizen and both inspectors open it; a stranger does not.
        #expect(try parsed.openDetails(with: Self.replyKey).text == "Chúng tôi đã nhận.")
        #expect(try parsed.openDetails(with: TestInspectors.privateKey(2)).text == "Chúng tôi đã nhận.")
        #expect(caseworkError { try parsed.openDetails(with: TestInspectors.privateKey(3)) } == .notARecipient)
    }

    @Test func notesAreNotSealedToTheCitizen() throws {
        let note = try Self.event(.note, details: EventDetails(text: "nội bộ"))
        #expect(!note.parsedEnvelope.isSealed(to: Self.replyKey.publicKey))
        #expect(note.parsedEnvelope.kind == .inspectorEvent)
        #expect(caseworkError { try note.openDetails(with: Self.replyKey) } == .notARecipient)
        let accept = try Self.event(.accept, details: EventDetails())
        #expect(accept.parsedEnvelope.isSealed(to: Self.replyKey.publicKey))
    }

    /// Every byte of the event is covered: flipping any one bit breaks the signature or the parse.
    @Test func everyByteIsSigned() throws {
        let bytes = try Self.event(.accept, details: EventDetails()).bytes
        for index in stride(from: 0, to: bytes.count, by: 1) {
            let flipped = bytes.flippingBit(index % 8, ofByte: index)
            if let parsed = try? InspectorEvent(parsing: flipped) {
                #expect(!parsed.isSignatureValid, "byte \(index) is not covered by the signature")
            }
        }
    }

    @Test func detailsMustFitTheAction() {
        let cases: [(InspectorEvent.Action, EventDetails)] = [
            (.decline, EventDetails()),
            (.decline, EventDetails(reason: "  ")),
            (.assign, EventDetails(assignee: "Not A Name")),
            (.assign, EventDetails()),
            (.note, EventDetails()),
            (.reply, EventDetails(text: "a", outcome: "khong-vi-pham")),
            (.extend, EventDetails()),
            (.resolve, EventDetails(outcome: "khong-vi-pham")),
            (.resolve, EventDetails(summary: "x")),
            (.accept, EventDetails(reason: "why")),
            (.reply, EventDetails(text: String(repeating: "a", count: EventDetails.maximumTextLength + 1))),
        ]
        for (action, details) in cases {
            #expect(throws: CaseworkError.self, "\(action) \(details)") { try Self.event(action, details: details) }
        }
        #expect(
            EventDetails(outcome: "no-such-outcome", summary: "x").problem(for: .resolve, catalog: bundledCatalog)
                != nil)
        #expect(
            EventDetails(outcome: "khong-vi-pham", summary: "x").problem(for: .resolve, catalog: bundledCatalog) == nil)
    }

    @Test func strictParsing() throws {
        let good = try Self.event().bytes
        var wrongVersion = good
        wrongVersion[0] = 3
        var notAMidnight = good
        notAMidnight[34] ^= 1  // a version 2 time says a day
        var badAction = good
        badAction[33] = 9
        var badName = good
        badName[75] = UInt8(ascii: "A")
        var zeroName = good
        zeroName[74] = 0
        let bad: [[UInt8]] = [
            [], [1], Array(good.prefix(100)), wrongVersion, notAMidnight, badAction, badName, zeroName, good + [0],
            Array(good.dropLast()),
        ]
        for bytes in bad {
            #expect(throws: CaseworkError.self, "\(bytes.count) bytes") { try InspectorEvent(parsing: bytes) }
        }
    }

    @Test func anEnvelopeOfAnotherCaseOrKindIsRefused() throws {
        let other = try CaseTag(rawRepresentation: [UInt8](repeating: 8, count: 32))
        let envelope = try Envelope.seal(
            plaintext: EventDetails().encoded(), kind: .inspectorEvent, caseTag: other,
            replyKey: Self.replyKey.publicKey, recipients: TestInspectors.two.sealingKeys)
        #expect(throws: CaseworkError.self) {
            try InspectorEvent.sign(
                caseTag: Self.tag, action: .accept, time: 1, inspector: "inspector-1", envelope: envelope,
                with: TestInspectors.signingKey(1))
        }
        let replyKind = try Envelope.seal(
            plaintext: EventDetails().encoded(), kind: .reply, caseTag: Self.tag,
            replyKey: Self.replyKey.publicKey, recipients: TestInspectors.two.sealingKeys)
        #expect(throws: CaseworkError.self) {
            try InspectorEvent.sign(
                caseTag: Self.tag, action: .accept, time: 1, inspector: "inspector-1", envelope: replyKind,
                with: TestInspectors.signingKey(1))
        }
    }

    @Test func progressFollowsTheLaw() {
        var progress = CaseProgress()
        let now = Date(timeIntervalSince1970: 0)
        #expect(progress.refusal(of: .resolve) != nil)
        #expect(progress.refusal(of: .extend) != nil)
        #expect(progress.apply(.note, at: now) == nil)
        #expect(progress.apply(.accept, at: now) == nil)
        #expect(progress.status == .accepted)
        #expect(progress.apply(.accept, at: now) != nil)
        #expect(progress.apply(.decline, at: now) != nil)
        #expect(progress.apply(.extend, at: now) == nil)
        #expect(progress.apply(.extend, at: now) == nil)
        #expect(progress.apply(.extend, at: now)?.contains("90 days") == true)
        #expect(progress.extensions == 2)
        #expect(progress.apply(.resolve, at: now) == nil)
        #expect(progress.status == .resolved)
        #expect(progress.apply(.assign, at: now) != nil)
        #expect(progress.apply(.reply, at: now) == nil)
        var declined = CaseProgress()
        #expect(declined.apply(.decline, at: now) == nil)
        #expect(declined.refusal(of: .resolve) != nil)
        #expect(declined.status.isClosed)
    }
}
