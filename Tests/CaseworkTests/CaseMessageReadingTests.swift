import TestSupport
import Testing

@testable import Casework

/// The plaintext reader that stands in for `JSONDecoder` on the intake's own bytes must decode exactly
/// what `JSONDecoder` decodes, and leave everything else to it.
@Suite("CaseMessage reading: the hand-written layout, read back as JSONDecoder reads it")
struct CaseMessageReadingTests {
    typealias Generator = CaseMessageJSONTests.Generator

    static func randomMessage(_ random: inout Generator, round: Int) -> CaseMessage {
        let body: CaseMessage.Body
        switch round % 3 {
        case 0:
            body = .report(
                Report(
                    province: random.text(), procedure: random.text(), agency: random.text(), commune: random.maybe(),
                    official: random.maybe(), misconduct: (0..<random.below(4)).map { _ in random.text() },
                    account: random.text(), month: random.below(2) == 0 ? nil : random.below(13) - 1,
                    year: 1990 + random.below(60) - (random.below(10) == 0 ? 5000 : 0), contact: random.maybe(),
                    localAuthorityInvolved: random.below(2) == 0 ? true : nil))
        case 1: body = .followUp(FollowUp(text: random.text()))
        default: body = .rating(Rating(level: Rating.Level.allCases[random.below(5)], comment: random.maybe()))
        }
        let day =
            random.below(4) == 0 ? nil : CalendarDay(year: 2026, month: 1 + random.below(12), day: 1 + random.below(28))
        return CaseMessage(body: body, receivedOn: day)
    }

    @Test func theIntakesBytesReadBackAsJSONDecoderReadsThem() throws {
        var random = Generator(splitMix: SplitMix64(seed: 20_261_205))
        for round in 0..<600 {
            let message = Self.randomMessage(&random, round: round)
            let bytes = message.encoded()
            let read = try #require(CaseMessage.readHandWritten(bytes), "round \(round)")
            #expect(read == message)
            #expect(read == (try CaseMessage(decodingWithJSONDecoder: bytes, kind: message.kind)))
        }
    }

    /// Valid JSON in another form than the intake writes: `JSONDecoder` reads it, as before.
    @Test(arguments: [
        #"{"attachments":[], "followUp":{"text":"a"},"v":1}"#,
        #"{"v":1,"attachments":[],"followUp":{"text":"a"}}"#,
        #"{"attachments":[],"followUp":{"text":"a","extra":1},"v":1}"#,
        #"{"attachments":[],"followUp":{"text":"\u00e9\/"},"v":1}"#,
        #"{"followUp":{"text":"a"},"v":1}"#,
        #"{"attachments":[],"receivedOn":"2026-01-02","report":{"account":"x","agency":"y","misconduct":[],"procedure":"p","province":"q","year":02026},"v":1}"#,
        #"{"attachments":[],"receivedOn":"2026-01-02","report":{"account":"x","agency":"y","localAuthorityInvolved":false,"misconduct":[],"procedure":"p","province":"q","year":2026},"v":1}"#,
    ])
    func otherFormsAreLeftToJSONDecoder(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(CaseMessage.readHandWritten(bytes) == nil)
        let kind: Envelope.Kind = text.contains("report") ? .report : .followUp
        let decoded = try? CaseMessage(decoding: bytes, kind: kind)
        #expect(decoded == (try? CaseMessage(decodingWithJSONDecoder: bytes, kind: kind)))
    }

    @Test func aMessageOfAnotherKindIsRefusedAsBefore() {
        let bytes = CaseMessage(body: .followUp(FollowUp(text: "a"))).encoded()
        #expect(throws: CaseworkError.malformedPlaintext("a follow-up message sealed as a report envelope")) {
            try CaseMessage(decoding: bytes, kind: .report)
        }
        #expect(throws: CaseworkError.malformedPlaintext("a follow-up message sealed as a report envelope")) {
            try CaseMessage(decodingWithJSONDecoder: bytes, kind: .report)
        }
    }

    /// Bytes changed at random: whatever the reader accepts, `JSONDecoder` decodes to the same message.
    @Test func changedBytesNeverDecodeOtherwiseThanJSONDecoder() throws {
        var random = Generator(splitMix: SplitMix64(seed: 7))
        var accepted = 0
        for round in 0..<3000 {
            var bytes = Self.randomMessage(&random, round: round).encoded()
            for _ in 0..<1 + random.below(3) {
                let at = random.below(bytes.count)
                switch random.below(3) {
                case 0: bytes[at] = UInt8(truncatingIfNeeded: random.next())
                case 1: bytes.remove(at: at)
                default: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at)
                }
            }
            guard let read = CaseMessage.readHandWritten(bytes) else { continue }
            accepted += 1
            #expect(read == (try CaseMessage(decodingWithJSONDecoder: bytes, kind: read.kind)), "round \(round)")
        }
        #expect(accepted > 0)
    }
}
