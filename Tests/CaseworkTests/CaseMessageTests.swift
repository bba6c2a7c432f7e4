import Foundation
import Sodium
import Testing

@testable import Attachments
@testable import Casework

@Suite("CaseMessage: the sealed JSON")
struct CaseMessageTests {
    static let bodies: [CaseMessage.Body] = [
        .report(sampleReport()), .followUp(FollowUp(text: "Thêm ảnh hóa đơn")),
        .rating(Rating(level: .dissatisfied, comment: "Chậm")),
    ]

    @Test("each body round-trips and names its kind", arguments: bodies)
    func roundTrip(body: CaseMessage.Body) throws {
        let message = CaseMessage(body: body, receivedOn: CalendarDay(year: 2026, month: 5, day: 4))
        #expect(try CaseMessage(decoding: message.encoded(), kind: message.kind) == message)
        let json = String(decoding: message.encoded(), as: UTF8.self)
        #expect(json.hasSuffix(#""v":1}"#) && json.contains(#""receivedOn":"2026-05-04""#))
    }

    @Test("attachments round-trip with their key and header")
    func attachments() throws {
        var sealer = AttachmentSealer(random: SeededRandom(seed: 3))
        _ = sealer.feed([1, 2, 3])
        let attachment = sealer.finish(name: "hoa-don.pdf", mediaType: "application/pdf", metadata: .unsupported)
            .attachment
        let message = CaseMessage(body: .followUp(FollowUp(text: "")), attachments: [attachment])
        let decoded = try CaseMessage(decoding: message.encoded(), kind: .followUp)
        #expect(decoded == message)
        #expect(decoded.attachments[0].key == attachment.key)
    }

    static let malformed: [(String, Envelope.Kind)] = [
        (#"{"v":1,"rating":{"level":"neutral"}}"#, .report),
        (#"{"v":2,"rating":{"level":"neutral"}}"#, .rating),
        (#"{"v":1}"#, .report),
        (#"{"v":1,"rating":{"level":"neutral"},"followUp":{"text":"x"}}"#, .rating),
        (#"{"v":1,"rating":{"level":"furious"}}"#, .rating),
        (#"{"v":1,"report":{"province":"ha-noi"}}"#, .report),
        (#"{"v":1,"receivedOn":"yesterday","followUp":{"text":"x"}}"#, .followUp),
        (#"{"v":1,"followUp":{"text":"x"},"attachments":[{"id":"00"}]}"#, .followUp),
        ("not json", .report),
        ("", .report),
        ("[]", .report),
    ]

    @Test("anything else is malformedPlaintext", arguments: malformed)
    func malformedJSON(json: String, kind: Envelope.Kind) {
        guard case .malformedPlaintext? = caseworkError({ try CaseMessage(decoding: Array(json.utf8), kind: kind) })
        else {
            Issue.record("expected malformedPlaintext for \(json)")
            return
        }
    }

    @Test("unknown extra keys are ignored, so later versions can add optional fields")
    func extraKeys() throws {
        let json = #"{"v":1,"followUp":{"text":"x","mood":"calm"},"future":true}"#
        #expect(try CaseMessage(decoding: Array(json.utf8), kind: .followUp).body == .followUp(FollowUp(text: "x")))
    }
}
