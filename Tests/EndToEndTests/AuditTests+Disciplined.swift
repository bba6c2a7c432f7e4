import Casework
import Catalogue
import Deployment
import Foundation
import Outcomes
import Stores
import Testing

/// The named-official field (Outcomes.md, "The disciplined official") under candor-audit: a log with
/// the field verifies, and a named entry verifies only when the auditor's Keys folder allows names.
extension AuditTests {
    @Test func aLogWithTheDisciplinedOfficialVerifiesAndANameNeedsTheSetting() throws {
        try publish(1)
        let store = try OutcomeStore(
            dataDirectory: data, origin: Self.origin, catalog: try Catalog.bundled(), namesAllowed: true)
        for (number, name) in [(50, nil), (51, "Nguyễn Văn An")] as [(Int, String?)] {
            var outcome = Self.outcome(number)
            outcome.disciplined = DisciplinedOfficial(
                position: "Phó Đội trưởng", unit: "Đội CSGT số 3, Công an phường Ba Đình", name: name)
            _ = try store.publish(outcome.entry(signedWith: signingKey), signer: inspector)
        }
        store.close()
        try start()

        let refused = try audit()
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("NAME NOT ALLOWED: entry 2 (outcome 000000000000a033)"), "\(refused.stderr)")

        try "# Quyết định kỷ luật được công khai.\n\(OutcomeNames.line)\n".write(
            toFile: keys + "/" + OutcomeNames.fileName, atomically: true, encoding: .utf8)
        let verified = try audit()
        #expect(verified.status == 0, "\(verified.stderr)")
        #expect(verified.stdout.hasPrefix("verified 3 outcomes"))
    }
}
