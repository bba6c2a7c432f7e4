import Testing

@testable import Casework

@Suite("CaseworkError: messages that say what to do and leak nothing")
struct CaseworkErrorTests {
    static let all: [CaseworkError] = [
        .malformedToken, .badCheckCharacter, .malformedEnvelope("x"), .unsupportedEnvelopeVersion(2), .notARecipient,
        .authenticationFailed, .malformedPlaintext("x"), .malformedAttachment("x"), .noInspectorKeys(directory: "Keys"),
        .malformedKeyFile(path: "a.pub", reason: "x"), .io(path: "data", reason: "x"),
    ]

    @Test("every error has a message", arguments: all)
    func described(error: CaseworkError) {
        #expect(error.description.count > 10)
    }

    @Test("the citizen's errors say what to do; authentication failures say nothing more")
    func wording() {
        #expect(CaseworkError.badCheckCharacter.description.contains("typo"))
        #expect(CaseworkError.malformedToken.description.contains("21"))
        #expect(CaseworkError.authenticationFailed.description == "authentication failed")
    }

    @Test("a token error never repeats what was typed")
    func noEcho() {
        let typed = "7K2Q-MX9D-A1B2-C3D4-E5F6U"
        let error = caseworkError { try CaseToken(parsing: typed) }
        #expect(error == .malformedToken)
        #expect(error.map { !$0.description.contains("E5F6") } == true)
    }
}
