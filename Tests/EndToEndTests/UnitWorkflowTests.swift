import API
import Foundation
import TestSupport
import Testing

/// Units with the real binaries: Hà Nội (lan, minh; hoa joins later), Cà Mau (cuong) and the national
/// unit (tuan), made with `candor-inspect unit`, deployed, the server restarted after each change.
@Suite("End to end: units open their own cases", .serialized)
final class UnitWorkflowTests {
    let folder: String
    let keys: String
    var server: Process?
    var url = ""
    var port: UInt16 = 0

    init() throws {
        folder = NSTemporaryDirectory() + "candor-units-e2e-\(UUID().uuidString.prefix(8))"
        keys = folder + "/Keys"
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
    }

    deinit {
        stopServer()
        try? FileManager.default.removeItem(atPath: folder)
    }

    func keygen(_ name: String) throws {
        let made = try Binaries.run(
            "candor-inspect", ["keygen", "--name", name, "--out", "\(folder)/\(name).candor-key"], in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        try made.stdout.write(toFile: "\(keys)/\(name).pub", atomically: true, encoding: .utf8)
    }

    func inspect(_ name: String, _ arguments: [String]) throws -> Transcript {
        let common = ["--key", "\(folder)/\(name).candor-key", "--keys", keys]
        let mirror = arguments[0] == "unit" ? [] : ["--mirror", "\(folder)/mirror-\(name)"]
        let head = arguments[0] == "unit" ? Array(arguments.prefix(2)) : [arguments[0]]
        return try Binaries.run(
            "candor-inspect", head + common + mirror + Array(arguments.dropFirst(head.count)), in: folder)
    }

    func restartServer(_ arguments: [String] = []) throws {
        stopServer()
        let (process, url, port) = try Binaries.startServer(data: folder + "/data", keys: keys, arguments: arguments)
        (server, self.url, self.port) = (process, url, port)
    }

    func stopServer() {
        server?.terminate()
        server?.waitUntilExit()
        server = nil
    }

    /// Files a report through the web form; returns its token.
    @discardableResult
    func report(_ province: String, _ account: String, localAuthorityInvolved: Bool = false) throws -> String {
        let client = HTTPClient(server: try HTTPClient.ServerURL("http://127.0.0.1:\(port)"))
        let form = try client.send(method: "GET", target: "/en/report")
        let ticket = try #require(HTMLForms.hiddenValue("ticket", in: String(decoding: form.body, as: UTF8.self)))
        let (type, body) = HTMLForms.multipart(
            [
                ("ticket", ticket), ("province", province), ("procedure", "doi-giay-phep-lai-xe"),
                ("agency", "Phòng CSGT"), ("misconduct", "hoi-lo"), ("account", account), ("month", "10"),
                ("year", "2026"),
            ] + (localAuthorityInvolved ? [("localAuthorityInvolved", "yes")] : []), files: [])
        let receipt = try client.send(
            method: "POST", target: "/en/report", headers: [("Content-Type", type)], body: body)
        try #require(receipt.status == 200, "\(String(decoding: receipt.body, as: UTF8.self).prefix(400))")
        return try #require(HTMLForms.receiptToken(in: String(decoding: receipt.body, as: UTF8.self)))
    }

    /// The citizen's status page for `token`, in English.
    func statusPage(_ token: String) throws -> String {
        let client = HTTPClient(server: try HTTPClient.ServerURL("http://127.0.0.1:\(port)"))
        let (type, body) = Binaries.urlencoded([("token", token)])
        let page = try client.send(method: "POST", target: "/en/status", headers: [("Content-Type", type)], body: body)
        return String(decoding: page.body, as: UTF8.self)
    }

    /// Syncs `name`'s mirror and returns the id of the newest case it lists.
    func newestCase(_ name: String) throws -> String {
        let synced = try inspect(name, ["sync", "--server", url])
        try #require(synced.status == 0, "\(synced.stderr)")
        let listed = try inspect(name, ["list", "--json"])
        let object = try #require(JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [String: Any])
        let ids = (object["cases"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
        return String(try #require(ids.max()))
    }

    /// Whether `name`'s tool, after a sync, opens case `id` and shows `text`.
    func opens(_ name: String, _ id: String, _ text: String) throws -> Bool {
        _ = try inspect(name, ["sync", "--server", url])
        return try inspect(name, ["show", id]).stdout.contains(text)
    }

    @Test func eachUnitOpensItsCasesMembersComeAndGo() throws {
        for name in ["lan", "minh", "hoa", "tuan", "cuong"] { try keygen(name) }
        for (lead, unit, members) in [
            ("lan", "ha-noi", "lan,minh"), ("tuan", "chinh-phu", "tuan"), ("cuong", "ca-mau", "cuong"),
        ] {
            let made = try inspect(lead, ["unit", "create", "--unit", unit, "--members", members])
            try #require(made.status == 0, "\(made.stderr)")
        }
        try restartServer()

        // A Hà Nội report opens for Hà Nội and the national unit, not for Cà Mau.
        let hanoiToken = try report("ha-noi", "The clerk in Hà Nội asked for 500,000 dong.")
        let hanoi = try newestCase("tuan")
        #expect(try statusPage(hanoiToken).contains("Handled by: <strong>Hanoi City Inspectorate</strong>"))
        #expect(try opens("lan", hanoi, "asked for 500,000 dong"))
        #expect(try opens("minh", hanoi, "asked for 500,000 dong"))
        #expect(try opens("tuan", hanoi, "asked for 500,000 dong"))
        #expect(!(try opens("cuong", hanoi, "asked for 500,000 dong")))
        let refused = try inspect("cuong", ["accept", hanoi])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is not a case of your unit"), "\(refused.stderr)")
        // An event of the case is sealed to its units: the national unit reads Hà Nội's note.
        let noted = try inspect("lan", ["note", hanoi, "Ask the ward office for the queue log."])
        #expect(noted.status == 0, "\(noted.stderr)")
        #expect(try opens("tuan", hanoi, "Ask the ward office"))

        // The conflict choice: the national unit only.
        try report("ca-mau", "The commune chairman himself takes the fees.", localAuthorityInvolved: true)
        let conflict = try newestCase("tuan")
        #expect(try opens("tuan", conflict, "takes the fees"))
        #expect(!(try opens("cuong", conflict, "takes the fees")))

        // minh leaves Hà Nội: the unit rotates. minh still opens the older case, not the new one.
        let removed = try inspect("lan", ["unit", "remove-member", "--unit", "ha-noi", "minh"])
        try #require(removed.status == 0, "\(removed.stderr)")
        try restartServer()
        try report("ha-noi", "A second clerk in Hà Nội wanted a gift.")
        let later = try newestCase("tuan")
        #expect(try opens("lan", later, "wanted a gift"))
        #expect(!(try opens("minh", later, "wanted a gift")))
        #expect(try opens("minh", hanoi, "asked for 500,000 dong"))

        // hoa joins Hà Nội: she opens both Hà Nội cases at once, with no grant.
        let added = try inspect("lan", ["unit", "add-member", "--unit", "ha-noi", "hoa"])
        try #require(added.status == 0, "\(added.stderr)")
        try restartServer()
        #expect(try opens("hoa", hanoi, "asked for 500,000 dong"))
        #expect(try opens("hoa", hanoi, "Ask the ward office"))
        #expect(try opens("hoa", later, "wanted a gift"))
        let grant = try inspect("lan", ["grant", "--all", "--to", "hoa"])
        #expect(grant.status == 1 && grant.stderr.contains("unit add-member"), "\(grant.stderr)")

        // Cà Mau hands its case to Hà Nội: the transfer's keys open the case for Hà Nội.
        try report("ca-mau", "The Cà Mau office lost my file twice.")
        let camau = try newestCase("tuan")
        #expect(!(try opens("lan", camau, "lost my file twice")))
        #expect(try opens("cuong", camau, "lost my file twice"))
        let transferred = try inspect(
            "cuong", ["transfer", camau, "--to", "ha-noi", "--reason", "The agency is in Hà Nội."])
        #expect(transferred.status == 0, "\(transferred.stderr)")
        #expect(try opens("lan", camau, "lost my file twice"))
        #expect(try inspect("lan", ["accept", camau]).status == 0)

        // The national unit takes the Hà Nội case over and resolves it: the citizen sees the new unit.
        let takenOver = try inspect(
            "tuan", ["transfer", hanoi, "--to", "chinh-phu", "--reason", "The ward chairman is involved."])
        #expect(takenOver.status == 0, "\(takenOver.stderr)")
        #expect(try inspect("tuan", ["accept", hanoi]).status == 0)
        let summary = folder + "/summary.txt"
        try "The clerk was reprimanded.".write(toFile: summary, atomically: true, encoding: .utf8)
        let resolved = try inspect("tuan", ["resolve", hanoi, "--outcome", "can-bo-khien-trach", "--summary", summary])
        #expect(resolved.status == 0, "\(resolved.stderr)")
        let status = try statusPage(hanoiToken)
        #expect(status.contains("Handled by: <strong>Government Inspectorate</strong>"), "\(status)")
        #expect(!status.contains("Hanoi City Inspectorate"))
    }
}
