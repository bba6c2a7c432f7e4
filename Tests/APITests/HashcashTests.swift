import API
import Testing

@Suite("Hashcash: the proof of work's solver")
struct HashcashTests {
    @Test func aSolvedCounterHasTheZeroBitsItsChallengeAsks() throws {
        for challenge in ["0.a", "8.b", "12.some-ticket"] {
            let counter = try #require(Hashcash.solve(challenge))
            let bits = Int(challenge.split(separator: ".")[0])!
            #expect(Hashcash.leadingZeroBits(challenge: challenge, counter: counter) >= bits)
            if counter > 0 { #expect(Hashcash.leadingZeroBits(challenge: challenge, counter: counter - 1) < bits) }
        }
    }

    @Test func aChallengeWithoutADifficultyHasNoSolution() {
        #expect(Hashcash.solve("abc") == nil)
        #expect(Hashcash.solve("") == nil)
    }
}
