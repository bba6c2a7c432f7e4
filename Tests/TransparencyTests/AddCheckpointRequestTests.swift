import Testing

@testable import Transparency

@Suite struct AddCheckpointRequestTests {
    @Test func parsesTheSpecsExampleAndWritesItBackByteForByte() throws {
        let body = Array(C2SPWitnessVectors.requestBody.utf8)
        let request = try AddCheckpointRequest(parsing: body)
        #expect(request.oldSize == 20_852_014)
        #expect(request.proof.count == 4)
        #expect(request.note.text == C2SPWitnessVectors.checkpointText)
        #expect(request.note.signatures.count == 2)
        #expect(request.serialized == body)
    }

    static let note = C2SPWitnessVectors.checkpointText + "\n" + C2SPWitnessVectors.logLine
    static let hash = "PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=\n"

    @Test(arguments: [
        ("no old line", "\n" + note),
        ("a leading zero", "old 01\n\n" + note),
        ("a sign", "old +1\n\n" + note),
        ("two spaces", "old  1\n\n" + note),
        ("another word", "new 1\n\n" + note),
        ("no blank line", "old 1\n" + hash),
        ("a short hash", "old 1\nPlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpk==\n\n" + note),
        ("non-canonical base64", "old 1\nPlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw\n\n" + note),
        ("64 proof lines", "old 1\n" + String(repeating: hash, count: 64) + "\n" + note),
        ("no checkpoint", "old 1\n\n"),
        ("a checkpoint without signatures", "old 1\n\n" + C2SPWitnessVectors.checkpointText),
        ("CRLF", "old 1\r\n\r\n" + note),
    ])
    func refuses(_ what: String, _ body: String) {
        #expect(throws: TransparencyError.self, "\(what)") { try AddCheckpointRequest(parsing: Array(body.utf8)) }
    }

    @Test func acceptsSixtyThreeProofLinesAndRefusesInvalidUTF8() throws {
        let body = "old 1\n" + String(repeating: Self.hash, count: 63) + "\n" + Self.note
        #expect(try AddCheckpointRequest(parsing: Array(body.utf8)).proof.count == 63)
        #expect(throws: TransparencyError.self) {
            try AddCheckpointRequest(parsing: Array("old 1\n\n".utf8) + [0xFF] + Array(Self.note.utf8))
        }
    }
}
