import Testing

@testable import Casework

@Suite("Rating")
struct RatingTests {
    @Test("five levels, from Rất hài lòng to Rất không hài lòng, with stable ids")
    func levels() {
        #expect(
            Rating.Level.allCases.map(\.vi) == [
                "Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng", "Rất không hài lòng",
            ])
        #expect(
            Rating.Level.allCases.map(\.rawValue) == [
                "very-satisfied", "satisfied", "neutral", "dissatisfied", "very-dissatisfied",
            ])
        #expect(Rating.Level.allCases.allSatisfy { !$0.en.isEmpty })
    }

    @Test("the comment is optional and bounded")
    func comment() {
        #expect(Rating(level: .satisfied).validate() == [])
        #expect(
            Rating(level: .neutral, comment: String(repeating: "x", count: 2_001)).validate() == [
                FieldError(.comment, .tooLong, limit: 2_000)
            ])
        #expect(Rating(level: .neutral, comment: "  ").normalized().comment == nil)
    }
}
