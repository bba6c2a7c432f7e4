import Sodium
import Testing

@Suite("SodiumError")
struct SodiumErrorTests {
    @Test("an authentication failure says nothing more")
    func authenticationFailed() {
        #expect(SodiumError.authenticationFailed.description == "authentication failed")
    }

    @Test("other errors say what was wrong")
    func descriptions() {
        #expect(
            SodiumError.invalidLength(what: "X25519 public key", expected: 32, actual: 31).description
                == "invalid X25519 public key length: expected 32 bytes, got 31")
        #expect(SodiumError.truncated.description.contains("final tag"))
        #expect(SodiumError.invalidInput("no marker").description == "invalid input: no marker")
        #expect(SodiumError.operationFailed("Argon2id").description.contains("Argon2id"))
    }
}
