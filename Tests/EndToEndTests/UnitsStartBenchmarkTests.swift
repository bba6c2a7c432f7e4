import Foundation
import Testing

/// `candor-bench units-start --cases N`: the intake's start with units, one JSON object (figures, not a
/// timed test).
@Suite("End to end: candor-bench units-start")
struct UnitsStartBenchmarkTests {
    @Test func theMapIsBuiltAtStartAndTheFirstQuestionsReadNoCase() throws {
        let run = try Binaries.run(
            "candor-bench", ["units-start", "--cases", "40", "--json"], in: NSTemporaryDirectory())
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["mappedCases"] as? Int == 40)
        #expect(object["linkedAttachments"] as? Int == 4, "every tenth report has an attachment")
        #expect(object["caseReadsForFirstThousandQuestions"] as? Int == 0)
        #expect((object["openSeconds"] as? Double ?? -1) >= 0)
        #expect((object["flatOpenSeconds"] as? Double ?? -1) >= 0)
    }
}
