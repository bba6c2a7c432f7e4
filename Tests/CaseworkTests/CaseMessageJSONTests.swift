import TestSupport
import Testing

@testable import Attachments
@testable import Casework

/// The hand-written plaintext JSON must be exactly `JSONEncoder`'s: envelopes sealed before and after
/// the change, and by a citizen's own software, all carry the same bytes for the same message.
@Suite("CaseMessage JSON: the hand-written bytes are JSONEncoder's")
struct CaseMessageJSONTests {
    /// Characters that stress escaping: quotes, backslash, slash, every control character, DEL, the
    /// Unicode line separators, Vietnamese with combining marks, an emoji, a BOM.
    static let pool: [String] =
        (0..<32).map { String(Character(Unicode.Scalar($0)!)) }
        + [
            "\"", "\\", "/", "\u{7F}", "\u{2028}", "\u{2029}", "ệ", "e\u{0302}\u{0323}", "😀", "\u{FEFF}", "a", "Z", " ",
            "0",
        ]

    /// A deterministic generator (SplitMix64), so a failure can be replayed.
    struct Generator {
        var splitMix: SplitMix64
        mutating func next() -> UInt64 { splitMix.next() }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func text() -> String {
            (0..<below(12)).map { _ in CaseMessageJSONTests.pool[below(CaseMessageJSONTests.pool.count)] }.joined()
        }
        mutating func maybe() -> String? { below(3) == 0 ? nil : text() }
    }

    @Test func randomMessagesMatchJSONEncoder() throws {
        var random = Generator(splitMix: SplitMix64(seed: 20_261_122))
        for round in 0..<600 {
            let body: CaseMessage.Body
            switch round % 3 {
            case 0:
                body = .report(
                    Report(
                        province: random.text(), procedure: random.text(), agency: random.text(),
                        commune: random.maybe(),
                        official: random.maybe(), misconduct: (0..<random.below(4)).map { _ in random.text() },
                        account: random.text(), month: random.below(2) == 0 ? nil : random.below(13) - 1,
                        year: 1990 + random.below(60) - (random.below(10) == 0 ? 5000 : 0), contact: random.maybe()))
            case 1: body = .followUp(FollowUp(text: random.text()))
            default:
                body = .rating(
                    Rating(level: Rating.Level.allCases[random.below(5)], comment: random.maybe()))
            }
            let day =
                random.below(4) == 0
                ? nil : CalendarDay(year: 2026, month: 1 + random.below(12), day: 1 + random.below(28))
            let message = CaseMessage(body: body, receivedOn: day)
            let fast = try #require(message.handWrittenJSON())
            #expect(fast == message.encodedByJSONEncoder(), "round \(round): \(String(decoding: fast, as: UTF8.self))")
            #expect(try CaseMessage(decoding: fast, kind: message.kind) == message)
        }
    }

    @Test func aMessageWithAttachmentsIsLeftToJSONEncoder() throws {
        var sealer = AttachmentSealer(random: SeededRandom(seed: 3))
        _ = sealer.feed([1, 2, 3])
        let attachment = sealer.finish(name: "a/b \"c\".pdf", mediaType: "application/pdf", metadata: .unsupported)
            .attachment
        let message = CaseMessage(body: .followUp(FollowUp(text: "")), attachments: [attachment])
        #expect(message.handWrittenJSON() == nil)
        #expect(message.encoded() == message.encodedByJSONEncoder())
    }
}
