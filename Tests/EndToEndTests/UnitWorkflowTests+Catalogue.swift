import Catalogue
import Foundation
import TestSupport
import Testing

/// A deployment's own catalogue (`--catalog DIR`): the server routes by it, a member of the unit it
/// names opens and acts on the case, and a folder that does not load stops both with exit status 2.
extension UnitWorkflowTests {
    /// The shipped catalogue, with Cà Mau's province received by the Hà Nội unit under another name.
    func deploymentCatalogue() throws -> String {
        let catalog = folder + "/catalog"
        let shipped = try #require(Catalog.bundledDirectory)
        try FileManager.default.copyItem(atPath: shipped, toPath: catalog)
        var units = try String(contentsOfFile: catalog + "/units.json", encoding: .utf8)
        for (old, new) in [
            (
                #""Hanoi City Inspectorate", "provinces": ["ha-noi"]"#,
                #""Hanoi and Ca Mau Inspectorate", "provinces": ["ha-noi", "ca-mau"]"#
            ),
            (#""provinces": ["ca-mau"]"#, #""provinces": []"#),
        ] {
            try #require(units.contains(old))
            units = units.replacingOccurrences(of: old, with: new)
        }
        try units.write(toFile: catalog + "/units.json", atomically: true, encoding: .utf8)
        return catalog
    }

    @Test func aDeploymentsCatalogueRoutesForTheServerAndTheTool() throws {
        let catalog = try deploymentCatalogue()
        for name in ["lan", "tuan"] { try keygen(name) }
        for (lead, unit) in [("lan", "ha-noi"), ("tuan", "chinh-phu")] {
            let made = try inspect(lead, ["unit", "create", "--unit", unit, "--members", lead, "--catalog", catalog])
            try #require(made.status == 0, "\(made.stderr)")
        }
        try restartServer(["--catalog", catalog])

        let token = try report("ca-mau", "The Cà Mau clerk asked for a gift.")
        #expect(try statusPage(token).contains("Handled by: <strong>Hanoi and Ca Mau Inspectorate</strong>"))
        let synced = try inspect("lan", ["sync", "--server", url, "--catalog", catalog])
        try #require(synced.status == 0, "\(synced.stderr)")
        let listed = try inspect("lan", ["list", "--json", "--catalog", catalog])
        let object = try #require(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
        let id = String(try #require((object["cases"] as? [[String: Any]])?.first?["id"] as? Int))
        #expect(try inspect("lan", ["show", id, "--catalog", catalog]).stdout.contains("asked for a gift"))

        // The tool reads a case's units from whom its report was sealed to, as the server routed it.
        let accepted = try inspect("lan", ["accept", id, "--catalog", catalog])
        #expect(accepted.status == 0, "\(accepted.stderr)")
    }

    @Test func aCatalogueFolderThatDoesNotLoadStopsBothTools() throws {
        try keygen("lan")
        let missing = folder + "/no-catalog"
        let server = try Binaries.run(
            "candor-server",
            ["--keys", keys, "--data", folder + "/data", "--listen", "127.0.0.1:0", "--catalog", missing], in: folder)
        #expect(server.status == 2)
        #expect(server.stderr.contains("the catalogue is missing at \(missing)"), "\(server.stderr)")

        let catalog = try deploymentCatalogue()
        try "{\"format\": \"candor-units-v1\", \"units\": []}".write(
            toFile: catalog + "/units.json", atomically: true, encoding: .utf8)
        let listed = try inspect("lan", ["list", "--catalog", catalog])
        #expect(listed.status == 2)
        #expect(listed.stderr.contains("catalogue file \(catalog)/units.json is invalid"), "\(listed.stderr)")
    }
}
