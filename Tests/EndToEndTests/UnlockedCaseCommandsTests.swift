import Foundation
import System
import TestSupport
import Testing

/// `list` and `show` on a synced mirror after `candor-inspect unlock`: no passphrase and no terminal,
/// with the real binaries; after `lock` they fail as without an unlock.
@Suite("End to end: the case commands after unlock", .serialized)
final class UnlockedCaseCommandsTests {
    let folder: String
    let keys: String

    init() throws {
        folder = NSTemporaryDirectory() + "candor-unlock-\(UUID().uuidString.prefix(8))"
        keys = folder + "/Keys"
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    static var keyringIsAvailable: Bool { KernelKeyring.isAvailable }

    /// candor-inspect in a new session (no terminal to prompt on) and without CANDOR_PASSPHRASE.
    func withoutPassphrase(_ arguments: [String]) throws -> Transcript {
        var environment = Binaries.environment
        environment["CANDOR_PASSPHRASE"] = nil
        let key = ["--key", "\(folder)/lan.candor-key"]
        let common = arguments[0] == "lock" ? key : key + ["--keys", keys, "--mirror", "\(folder)/mirror"]
        return try ChildProcess.run(
            "/usr/bin/setsid",
            ["--wait", try BuiltProducts.path("candor-inspect"), arguments[0]] + common + arguments.dropFirst(),
            in: folder, environment: environment)
    }

    @Test(.enabled(if: keyringIsAvailable)) func listAndShowAskNoPassphraseUntilLocked() throws {
        let made = try Binaries.run(
            "candor-inspect", ["keygen", "--name", "lan", "--out", "\(folder)/lan.candor-key"], in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        try made.stdout.write(toFile: "\(keys)/lan.pub", atomically: true, encoding: .utf8)
        let (server, url, port) = try Binaries.startServer(data: folder + "/data", keys: keys)
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        try Binaries.report(port: port, account: "The clerk asked for an envelope of cash.", agency: "Phòng CSGT số 7")
        let sync = try Binaries.run(
            "candor-inspect",
            [
                "sync", "--server", url, "--key", "\(folder)/lan.candor-key", "--keys", keys, "--mirror",
                "\(folder)/mirror",
            ],
            in: folder)
        try #require(sync.status == 0, "\(sync.stderr)")

        let locked = try withoutPassphrase(["list", "--json"])
        #expect(locked.status == 1)
        #expect(locked.stderr.contains("no terminal"), "\(locked.stderr)")

        let unlock = try Binaries.run(
            "candor-inspect", ["unlock", "--key", "\(folder)/lan.candor-key", "--for", "5m"], in: folder)
        #expect(unlock.status == 0, "\(unlock.stderr)")
        defer { _ = try? withoutPassphrase(["lock"]) }
        let list = try withoutPassphrase(["list", "--json"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("\"id\":1"), "\(list.stdout)")
        let show = try withoutPassphrase(["show", "1", "--json"])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("envelope of cash"))

        let lock = try withoutPassphrase(["lock"])
        #expect(lock.status == 0, "\(lock.stderr)")
        let relocked = try withoutPassphrase(["show", "1", "--json"])
        #expect(relocked.status == 1)
        #expect(relocked.stderr.contains("no terminal"), "\(relocked.stderr)")
    }
}
