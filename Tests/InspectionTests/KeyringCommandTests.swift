import Foundation
import System
import TestSupport
import Testing

@testable import Keys
@testable import Unlocking

/// `candor-inspect unlock` and `lock` with the real binary: a key file unlocked once opens without a
/// passphrase in the commands after it, and only that file, only until it expires or is locked.
@Suite("candor-inspect unlock and lock: CLI transcripts", .enabled(if: keyringIsAvailable))
struct KeyringCommandTests {
    let folder = TemporaryDirectory("cli-unlock")

    /// Runs the tool in a new session (`setsid`), so that it has no terminal to prompt on whatever runs
    /// the tests, and with CANDOR_PASSPHRASE only when given.
    func run(_ arguments: [String], passphrase: String? = nil) throws -> Transcript {
        var environment = ["PATH": "/usr/bin:/bin", "CANDOR_KDF_LIMITS": "interactive"]
        environment["CANDOR_PASSPHRASE"] = passphrase
        return try ChildProcess.run(
            "/usr/bin/setsid", ["--wait", try BuiltProducts.path("candor-inspect")] + arguments, in: folder.path,
            environment: environment)
    }

    /// A new key file NAME.candor-key, listed in ./Keys so that whoami exits 0.
    func keygen(_ name: String, passphrase: String = "thanh tra tỉnh") throws {
        let made = try run(["keygen", "--name", name], passphrase: passphrase)
        try #require(made.status == 0, "\(made.stderr)")
        try FileManager.default.createDirectory(atPath: folder.child("Keys"), withIntermediateDirectories: true)
        try made.stdout.write(toFile: folder.child("Keys/\(name).pub"), atomically: true, encoding: .utf8)
    }

    func whoami(_ name: String) throws -> Transcript {
        try run(["whoami", "--key", "\(name).candor-key", "--keys", "Keys"])
    }

    @Test func unlockedThenLocked() throws {
        try keygen("lan")
        let locked = try whoami("lan")
        #expect(locked.status == 1)
        #expect(locked.stderr.contains("no terminal"), "\(locked.stderr)")

        let unlock = try run(["unlock", "--key", "lan.candor-key"], passphrase: "thanh tra tỉnh")
        #expect(unlock.status == 0, "\(unlock.stderr)")
        #expect(unlock.stdout.contains("unlocked lan.candor-key (lan) for 15m, until "), "\(unlock.stdout)")
        #expect(!unlock.stdout.contains("thanh tra"))
        let unlocked = try whoami("lan")
        #expect(unlocked.status == 0, "\(unlocked.stderr)")
        #expect(unlocked.stdout.contains("name:           lan"))

        let lock = try run(["lock", "--key", "lan.candor-key"])
        #expect(lock.status == 0, "\(lock.stderr)")
        #expect(lock.stdout == "locked lan.candor-key\n")
        #expect(try whoami("lan").status == 1)
        let again = try run(["lock", "--key", "lan.candor-key"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("was not unlocked"), "\(again.stdout)")
    }

    @Test func aWrongPassphraseUnlocksNothing() throws {
        try keygen("lan")
        let wrong = try run(["unlock", "--key", "lan.candor-key"], passphrase: "sai mật khẩu rồi")
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("wrong passphrase"), "\(wrong.stderr)")
        #expect(try whoami("lan").status == 1)
    }

    @Test func anUnlockForOneSecondExpires() throws {
        try keygen("lan")
        let unlock = try run(["unlock", "--key", "lan.candor-key", "--for", "1s"], passphrase: "thanh tra tỉnh")
        #expect(unlock.status == 0, "\(unlock.stderr)")
        Thread.sleep(forTimeInterval: 2)
        let expired = try whoami("lan")
        #expect(expired.status == 1)
        #expect(expired.stderr.contains("no terminal"), "\(expired.stderr)")
    }

    @Test func anotherKeyFileWithTheSamePassphraseStaysLocked() throws {
        try keygen("lan")
        try keygen("minh")
        #expect(try run(["unlock", "--key", "lan.candor-key"], passphrase: "thanh tra tỉnh").status == 0)
        defer { _ = try? run(["lock", "--key", "lan.candor-key"]) }
        let other = try whoami("minh")
        #expect(other.status == 1)
        #expect(other.stderr.contains("no terminal"), "\(other.stderr)")
        #expect(try whoami("lan").status == 0)
    }

    @Test func aKeyFileSealedAgainAfterTheUnlockAsksThePassphrase() throws {
        try keygen("lan")
        #expect(try run(["unlock", "--key", "lan.candor-key"], passphrase: "thanh tra tỉnh").status == 0)
        let path = folder.child("lan.candor-key")
        let old = try KeyFile.read(path: path)
        defer {
            // The old file's unlock, locked by its header since the file on disk is now another.
            _ = try? KeyringUnlock.forget(try KeyFile.header(of: old, path: path))
        }
        let key = try KeyFile.open(old, passphrase: Passphrase.bytes("thanh tra tỉnh"), path: path)
        let resealed = try KeyFile.seal(key, passphrase: Passphrase.bytes("một mật khẩu mới"), limits: fastLimits)
        try Data(resealed).write(to: URL(fileURLWithPath: path))
        #expect(chmod(path, 0o600) == 0)
        let asked = try whoami("lan")
        #expect(asked.status == 1)
        #expect(asked.stderr.contains("no terminal"), "\(asked.stderr)")
        let given = try run(["whoami", "--key", "lan.candor-key", "--keys", "Keys"], passphrase: "một mật khẩu mới")
        #expect(given.status == 0, "\(given.stderr)")
    }

    @Test(arguments: ["0s", "9h", "481m", "15", "2d", "soon", "-1h", ""])
    func badDurationsAreUsageErrors(_ duration: String) throws {
        try keygen("lan")
        let refused = try run(["unlock", "--key", "lan.candor-key", "--for", duration], passphrase: "thanh tra tỉnh")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--for needs a duration from 1s to 8h"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
        #expect(try whoami("lan").status == 1, "nothing unlocked")
    }

    @Test func unlockAndLockNeedAKey() throws {
        #expect(try run(["unlock"]).status == 2)
        #expect(try run(["lock"]).status == 2)
        #expect(try run(["unlock", "--help"]).stdout.contains("usage: candor-inspect unlock"))
        #expect(try run(["lock", "--help"]).stdout.contains("usage: candor-inspect lock"))
    }
}
