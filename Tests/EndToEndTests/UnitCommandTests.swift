import Foundation
import TestSupport
import Testing

/// `candor-inspect unit …` with the real binary: a lead makes a unit, adds and removes members, and
/// every refusal says what is wrong.
@Suite("End to end: candor-inspect unit", .serialized)
final class UnitCommandTests {
    let folder: String
    let keys: String

    init() throws {
        folder = NSTemporaryDirectory() + "candor-unit-\(UUID().uuidString.prefix(8))"
        keys = folder + "/Keys"
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
        for name in ["lan", "minh", "hoa", "tuan"] {
            let made = try Binaries.run(
                "candor-inspect", ["keygen", "--name", name, "--out", "\(folder)/\(name).candor-key"], in: folder)
            try #require(made.status == 0, "\(made.stderr)")
            try made.stdout.write(toFile: "\(keys)/\(name).pub", atomically: true, encoding: .utf8)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func unit(_ lead: String?, _ arguments: [String]) throws -> Transcript {
        let key = lead.map { ["--key", "\(folder)/\($0).candor-key"] } ?? []
        return try Binaries.run(
            "candor-inspect", ["unit"] + arguments + key + ["--keys", keys], in: folder)
    }

    func show(_ id: String) throws -> [String: Any] {
        let shown = try unit(nil, ["show", "--unit", id, "--json"])
        #expect(shown.status == 0, "\(shown.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
    }

    func members(_ id: String) throws -> [String] {
        try (show(id)["members"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }

    @Test func aLeadMakesAUnitAddsAndRemovesMembers() throws {
        let created = try unit("lan", ["create", "--unit", "ca-mau", "--members", "lan,minh"])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("wrote \(keys)/units/ca-mau.unit"), "\(created.stdout)")
        #expect(created.stdout.contains("deploy: copy it to the server's"))
        // The national unit is not made yet: the tool says the server would refuse the deployment.
        #expect(created.stdout.contains("chinh-phu"), "\(created.stdout)")
        #expect(try members("ca-mau") == ["lan", "minh"])

        let added = try unit("lan", ["add-member", "--unit", "ca-mau", "hoa"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try members("ca-mau") == ["hoa", "lan", "minh"])
        #expect(try show("ca-mau")["currentEpoch"] as? Int == 1)

        let removed = try unit("hoa", ["remove-member", "--unit", "ca-mau", "minh"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout.contains("minh keeps what was sealed to the epochs they held"), "\(removed.stdout)")
        #expect(try members("ca-mau") == ["hoa", "lan"])
        #expect(try show("ca-mau")["currentEpoch"] as? Int == 2)

        // minh, removed, can no longer change the unit.
        let refused = try unit("minh", ["rotate", "--unit", "ca-mau"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("minh is not a member of unit ca-mau"), "\(refused.stderr)")

        let rotated = try unit("lan", ["rotate", "--unit", "ca-mau", "--out", "\(folder)/next.unit"])
        #expect(rotated.status == 0, "\(rotated.stderr)")
        #expect(try show("ca-mau")["currentEpoch"] as? Int == 2)
        let next = try String(contentsOfFile: "\(folder)/next.unit", encoding: .utf8)
        #expect(next.contains("\nepoch 3 "))

        let national = try unit("tuan", ["create", "--unit", "chinh-phu", "--members", "tuan"])
        #expect(national.status == 0, "\(national.stderr)")
        #expect(!national.stdout.contains("before the server starts"), "\(national.stdout)")
        let mine = try unit("hoa", ["show", "--unit", "ca-mau"])
        #expect(mine.status == 0 && mine.stdout.contains("your copy (hoa) opens every epoch"), "\(mine.stdout)")
        let whoami = try Binaries.run(
            "candor-inspect", ["whoami", "--key", "\(folder)/lan.candor-key", "--keys", keys], in: folder)
        #expect(whoami.stdout.contains("unit:           ca-mau (Thanh tra tỉnh Cà Mau), epoch 2"), "\(whoami.stdout)")
    }

    @Test func refusals() throws {
        #expect(try unit("lan", ["create", "--unit", "ca-mau", "--members", "lan"]).status == 0)
        let cases: [([String], String?, Int32, String)] = [
            (
                ["create", "--unit", "atlantis", "--members", "lan"], "lan", 2,
                "\"atlantis\" is not a unit of the catalogue"
            ),
            (["create", "--unit", "ha-noi", "--members", "minh,nobody"], "minh", 1, "nobody has no"),
            (["create", "--unit", "ha-noi", "--members", "minh,lan"], "minh", 1, "lan is a member of unit ca-mau"),
            (["create", "--unit", "ha-noi", "--members", "hoa"], "minh", 1, "you (minh) are not among --members"),
            (["create", "--unit", "ca-mau", "--members", "lan"], "lan", 1, "already has"),
            (["add-member", "--unit", "ca-mau", "nobody"], "lan", 1, "nobody has no"),
            (["add-member", "--unit", "ha-noi", "minh"], "lan", 1, "unit ha-noi has no file"),
            (["remove-member", "--unit", "ca-mau", "lan"], "lan", 1, "the last member"),
            (["show", "--unit", "hue"], nil, 1, "unit hue has no file"),
        ]
        for (arguments, lead, status, message) in cases {
            let run = try unit(lead, arguments)
            #expect(run.status == status, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        }
        // A copy sealed to another key: lan's line relabelled with minh's key id.
        let path = "\(keys)/units/ca-mau.unit"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let swapped = text.replacingOccurrences(
            of: #"member lan [0-9a-f]{16} "#, with: "member lan 0123456789abcdef ", options: .regularExpression)
        try swapped.write(toFile: path, atomically: true, encoding: .utf8)
        let shown = try unit("lan", ["show", "--unit", "ca-mau"])
        #expect(shown.status == 1)
        #expect(shown.stderr.contains("does not open with your key"), "\(shown.stderr)")
    }

    /// The case commands read the whole deployment as the server does: a broken one stops them with
    /// the file and what to do.
    @Test func aBrokenDeploymentStopsTheCaseCommands() throws {
        #expect(try unit("lan", ["create", "--unit", "ca-mau", "--members", "lan"]).status == 0)
        #expect(try unit("tuan", ["create", "--unit", "chinh-phu", "--members", "tuan"]).status == 0)
        let list = ["list", "--key", "\(folder)/lan.candor-key", "--keys", keys, "--mirror", "\(folder)/mirror"]
        let units = "\(keys)/units"
        let camau = try String(contentsOfFile: "\(units)/ca-mau.unit", encoding: .utf8)
        let lanLine = try #require(camau.split(separator: "\n").first { $0.hasPrefix("member lan ") })
        // lan listed in the national unit too.
        let national = try String(contentsOfFile: "\(units)/chinh-phu.unit", encoding: .utf8)
        try (national + lanLine + "\n").write(toFile: "\(units)/chinh-phu.unit", atomically: true, encoding: .utf8)
        var run = try Binaries.run("candor-inspect", list, in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("lan is a member of both"), "\(run.stderr)")
        // A unit with no epoch.
        try national.write(toFile: "\(units)/chinh-phu.unit", atomically: true, encoding: .utf8)
        try "candor-unit v1 ca-mau\n".write(toFile: "\(units)/ca-mau.unit", atomically: true, encoding: .utf8)
        run = try Binaries.run("candor-inspect", list, in: folder)
        #expect(run.status == 1)
        #expect(run.stderr.contains("unit ca-mau has no current epoch"), "\(run.stderr)")
    }

    @Test func transferHasItsHelp() throws {
        let run = try Binaries.run("candor-inspect", ["transfer", "--help"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("usage: candor-inspect transfer ID --to UNIT --reason TEXT"), "\(run.stdout)")
        #expect(run.stdout.contains("\nExit status:\n  0  "), "\(run.stdout)")
    }

    @Test(arguments: ["create", "add-member", "remove-member", "rotate", "show"])
    func everyUnitCommandHasItsHelp(command: String) throws {
        let run = try Binaries.run("candor-inspect", ["unit", command, "--help"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("usage: candor-inspect unit \(command) --unit ID"), "\(run.stdout)")
        #expect(run.stdout.contains("\nExit status:\n  0  "), "\(run.stdout)")
    }
}
