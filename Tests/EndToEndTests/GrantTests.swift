import API
import Foundation
import TestSupport
import Testing

/// Rotation and a new colleague, with the real binaries: a report sealed while lan was the only
/// inspector; thu joins (Keys/thu.pub, server restarted); lan grants; thu opens the case.
@Suite("End to end: a new inspector is granted the older cases", .serialized)
final class GrantTests {
    let folder: String
    let keys: String

    init() throws {
        folder = NSTemporaryDirectory() + "candor-grant-\(UUID().uuidString.prefix(8))"
        keys = folder + "/Keys"
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func keygen(_ name: String) throws {
        let made = try Binaries.run(
            "candor-inspect", ["keygen", "--name", name, "--out", "\(folder)/\(name).candor-key"], in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        try made.stdout.write(toFile: "\(keys)/\(name).pub", atomically: true, encoding: .utf8)
    }

    func inspect(_ name: String, _ arguments: [String]) throws -> Transcript {
        let common = ["--key", "\(folder)/\(name).candor-key", "--keys", keys, "--mirror", "\(folder)/mirror-\(name)"]
        return try Binaries.run("candor-inspect", [arguments[0]] + common + Array(arguments.dropFirst()), in: folder)
    }

    @Test func thuOpensACaseSealedBeforeSheJoined() throws {
        try keygen("lan")
        var (server, url, port) = try Binaries.startServer(data: folder + "/data", keys: keys)
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        let client = HTTPClient(server: try HTTPClient.ServerURL("http://127.0.0.1:\(port)"))
        let form = try client.send(method: "GET", target: "/en/report")
        let ticket = try #require(HTMLForms.hiddenValue("ticket", in: String(decoding: form.body, as: UTF8.self)))
        let (type, body) = HTMLForms.multipart(
            [
                ("ticket", ticket), ("province", "lam-dong"), ("procedure", "cap-lai-the-bao-hiem-y-te"),
                ("agency", "BHXH cơ sở"),
                ("misconduct", "sach-nhieu"), ("account", "Told to come back five times for a health-insurance card."),
                ("month", "9"), ("year", "2026"),
            ], files: [])
        let receipt = try client.send(
            method: "POST", target: "/en/report", headers: [("Content-Type", type)], body: body)
        #expect(receipt.status == 200, "\(String(decoding: receipt.body, as: UTF8.self).prefix(400))")
        #expect(try inspect("lan", ["sync", "--server", url]).status == 0)
        // Case 1: record 0 is the day mark.
        #expect(try inspect("lan", ["accept", "1"]).status == 0)
        #expect(try inspect("lan", ["note", "1", "Ask the district office for the queue log."]).status == 0)

        // thu joins: her key goes into Keys/ and the server restarts.
        try keygen("thu")
        server.terminate()
        server.waitUntilExit()
        (server, url, port) = try Binaries.startServer(data: folder + "/data", keys: keys)
        #expect(try inspect("thu", ["sync", "--server", url]).status == 0)
        let before = try inspect("thu", ["show", "1"])
        #expect(before.stdout.contains("not sealed to your key"), "\(before.stdout)")
        #expect(!before.stdout.contains("five times"))

        let grant = try inspect("lan", ["grant", "--all", "--to", "thu", "--server", url])
        #expect(grant.status == 0, "\(grant.stderr)")
        #expect(grant.stdout.contains("keys of 3 records to thu"), "\(grant.stdout)")
        let again = try inspect("lan", ["grant", "--all", "--to", "thu"])
        #expect(again.stdout.contains("can already open"), "a second grant sends nothing: \(again.stdout)")

        #expect(try inspect("thu", ["sync"]).status == 0)
        let after = try inspect("thu", ["show", "1"])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stdout.contains("Told to come back five times"))
        #expect(after.stdout.contains("Ask the district office"))
        // thu can act on it now; a stranger's name cannot be granted to.
        #expect(try inspect("thu", ["reply", "1", "We are checking the queue log."]).status == 0)
        #expect(try inspect("lan", ["grant", "1", "--to", "nobody"]).status == 1)
    }
}
