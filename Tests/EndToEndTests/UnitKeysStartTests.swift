import Foundation
import TestSupport
import Testing

/// candor-server with Keys/units/: a unit file it cannot route to stops the start, with what to fix.
@Suite("End to end: candor-server refuses bad unit files")
struct UnitKeysStartTests {
    @Test func aUnitTheCatalogueDoesNotKnowStopsTheStart() throws {
        let folder = NSTemporaryDirectory() + "candor-units-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let keys = folder + "/Keys"
        try FileManager.default.createDirectory(atPath: keys + "/units", withIntermediateDirectories: true)
        _ = try TestInspector(name: "lan", folder: folder, keys: keys)
        let key = Data(repeating: 9, count: 32).base64EncodedString()
        try "candor-unit v1 nowhere\nepoch 1 \(key)\n".write(
            toFile: keys + "/units/nowhere.unit", atomically: true, encoding: .utf8)

        let run = try Binaries.run(
            "candor-server", ["--keys", keys, "--data", folder + "/data", "--listen", "127.0.0.1:0"], in: folder)
        #expect(run.status != 0)
        #expect(run.stderr.contains("the catalogue has no unit \"nowhere\""), "\(run.stderr)")
        #expect(run.stderr.contains("refuses to start"))
    }
}
