import Foundation
import Testing

/// `candor-bench seal --units N --members M`: both ways measured in one run, one JSON object.
@Suite("End to end: candor-bench seal --units")
struct UnitSealBenchmarkTests {
    @Test func sealingForUnitsIsMeasuredBesideTheFlatWay() throws {
        let run = try Binaries.run(
            "candor-bench", ["seal", "--units", "2", "--members", "3", "--seconds", "1", "--json"],
            in: NSTemporaryDirectory())
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        // 2 unit keys and the reply key, against 3 inspectors and the reply key.
        #expect(object["unitRecipients"] as? Int == 3)
        #expect(object["flatRecipients"] as? Int == 4)
        #expect((object["unitSealsPerSecond"] as? Double ?? 0) > 0)
        #expect((object["unitToFlatRatio"] as? Double ?? 0) > 0)
    }

    @Test func tooManyUnitsIsAUsageError() throws {
        let run = try Binaries.run("candor-bench", ["seal", "--units", "36"], in: NSTemporaryDirectory())
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("--units must be 1 to 35"))
    }
}
