import Testing

@testable import Casework

@Suite("CaseworkError: messages that say what to do and leak nothing")
struct CaseworkErrorTests {
    static let all: [CaseworkError] = [
        .catalogMissing(path: "/srv/candor/Catalog/provinces.json"),
        .malformedCatalog(file: "provinces.json", reason: "x"),
        .malformedToken, .badCheckCharacter, .noSuchCase, .invalid([FieldError(.agency, .tooLong, limit: 300)]),
        .notResolved, .alreadyRated, .malformedEnvelope("x"), .unsupportedEnvelopeVersion(2), .notARecipient,
        .authenticationFailed, .unacceptableEnvelope("x"), .malformedPlaintext("x"), .malformedAttachment("x"),
        .attachmentTooLarge(limit: 100), .noInspectorKeys(directory: "Keys"),
        .malformedKeyFile(path: "a.pub", reason: "x"),
        .insecureKeyFile(path: "case-tag.key"), .io(path: "data", reason: "x"), .storage("x"),
        .recordsRemoved(log: "intake", records: 1, checkpointSize: 2),
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
        #expect(
            CaseworkError.invalid([FieldError(.agency, .tooLong, limit: 300)]).description.contains(
                "agency: tooLong (limit 300)"))
    }

    @Test("a log cut back names both sizes, grouped for the operator")
    func recordsRemoved() {
        let error = CaseworkError.recordsRemoved(log: "intake", records: 1203, checkpointSize: 1_250_000)
        #expect(
            error.description == "the intake log has 1,203 records but its last signed checkpoint covers 1,250,000: "
                + "records were removed")
        #expect(
            CaseworkError.recordsRemoved(log: "outcomes", records: 999, checkpointSize: 1000).description.contains(
                "has 999 records but its last signed checkpoint covers 1,000"))
    }

    @Test("a token error never repeats what was typed")
    func noEcho() {
        let typed = "7K2Q-MX9D-A1B2-C3D4-E5F6U"
        let error = caseworkError { try CaseToken(parsing: typed) }
        #expect(error == .malformedToken)
        #expect(error.map { !$0.description.contains("E5F6") } == true)
    }
}
