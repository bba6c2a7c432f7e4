import Casework
import Foundation
import TestSupport
import Testing

@testable import Keys
@testable import Unlocking

/// Transcripts of the real `candor-inspect` binary: command, stdout, stderr, exit status.
@Suite("candor-inspect: CLI transcripts")
struct CandorInspectTests {
    /// Runs the tool in `directory` with CANDOR_PASSPHRASE (unless nil) and fast key files.
    static func run(_ arguments: [String], in directory: String, passphrase: String? = "thanh tra tỉnh") throws
        -> Transcript
    {
        var environment = ["PATH": "/usr/bin:/bin", "CANDOR_KDF_LIMITS": "interactive"]
        environment["CANDOR_PASSPHRASE"] = passphrase
        return try ChildProcess.run(
            try BuiltProducts.path("candor-inspect"), arguments, in: directory, environment: environment)
    }

    @Test func keygenThenWhoami() throws {
        let folder = TemporaryDirectory("cli")
        let keygen = try Self.run(["keygen", "--name", "lan"], in: folder.path)
        #expect(keygen.status == 0, "\(keygen.stderr)")
        let line = keygen.stdout.trimmingCharacters(in: .newlines)
        #expect(!line.contains("\n"), "stdout is the public line only")
        let key = try InspectorKey(line: line)
        #expect(key.name == "lan")
        #expect(keygen.stderr.contains("Keys/lan.pub"))
        let path = folder.child("lan.candor-key")
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        let header = try KeyFile.header(of: KeyFile.read(path: path), path: path)
        #expect(header.limits == .interactive)

        // Again to the same file: refused, and the file is untouched.
        let before = try KeyFile.read(path: path)
        let again = try Self.run(["keygen", "--name", "lan"], in: folder.path)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already exists"))
        #expect(again.stdout.isEmpty)
        #expect(try KeyFile.read(path: path) == before)

        // whoami against a Keys folder without the line, then with it.
        try FileManager.default.createDirectory(atPath: folder.child("Keys"), withIntermediateDirectories: true)
        let other = try InspectorPrivateKey.generate(name: "minh").publicKey
        try "\(other.line)\n".write(toFile: folder.child("Keys/minh.pub"), atomically: true, encoding: .utf8)
        let missing = try Self.run(["whoami", "--key", "lan.candor-key"], in: folder.path)
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("name:           lan"))
        #expect(missing.stderr.contains("not listed in Keys"))
        #expect(missing.stderr.contains(line))

        try (line + "\n").write(toFile: folder.child("Keys/lan.pub"), atomically: true, encoding: .utf8)
        let listed = try Self.run(["whoami", "--key", "lan.candor-key", "--keys", "Keys"], in: folder.path)
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout.contains(key.keyID.map { String(format: "%02x", $0) }.joined()))
        #expect(listed.stderr.isEmpty)

        let json = try Self.run(["whoami", "--key", "lan.candor-key", "--json"], in: folder.path)
        #expect(json.status == 0)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["name"] as? String == "lan")
        #expect(object["listed"] as? Bool == true)
        #expect(object["status"] as? String == "listed")
        #expect(object["line"] as? String == line)
    }

    @Test func whoamiErrors() throws {
        let folder = TemporaryDirectory("cli")
        #expect(try Self.run(["keygen", "--name", "lan"], in: folder.path).status == 0)
        let wrong = try Self.run(["whoami", "--key", "lan.candor-key"], in: folder.path, passphrase: "sai")
        #expect(wrong.status == 1)
        #expect(wrong.stderr == "candor-inspect whoami: wrong passphrase for lan.candor-key: try again\n")

        try "candor-inspector v1 lan x y\n".write(toFile: folder.child("lan.pub"), atomically: true, encoding: .utf8)
        let pub = try Self.run(["whoami", "--key", "lan.pub"], in: folder.path)
        #expect(pub.status == 1)
        #expect(pub.stderr.contains("public key"))

        try "hello\n".write(toFile: folder.child("notes.txt"), atomically: true, encoding: .utf8)
        let stray = try Self.run(["whoami", "--key", "notes.txt"], in: folder.path)
        #expect(stray.status == 1)
        #expect(stray.stderr.contains("not a Candor key file"))

        var bytes = try KeyFile.read(path: folder.child("lan.candor-key"))
        bytes.removeLast()
        try Data(bytes).write(to: URL(fileURLWithPath: folder.child("cut.candor-key")))
        #expect(chmod(folder.child("cut.candor-key"), 0o600) == 0)
        let cut = try Self.run(["whoami", "--key", "cut.candor-key"], in: folder.path)
        #expect(cut.status == 1)
        #expect(cut.stderr.contains("damaged"))

        let noKeys = try Self.run(["whoami", "--key", "lan.candor-key"], in: folder.path)
        #expect(noKeys.status == 1)
        #expect(noKeys.stderr.contains("--keys"))
    }

    @Test(arguments: [
        ["--help"], ["-h"], ["help"], ["help", "keygen"], ["help", "whoami"], ["keygen", "--help"],
        ["keygen", "-h"], ["whoami", "--help"], ["whoami", "--key", "x", "-h"],
    ])
    func help(arguments: [String]) throws {
        let folder = TemporaryDirectory("cli")
        let result = try Self.run(arguments, in: folder.path, passphrase: nil)
        #expect(result.status == 0)
        #expect(result.stdout.contains("usage: candor-inspect"))
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: [
        [], ["frobnicate"], ["keygen"], ["keygen", "--name"], ["keygen", "--name", "lan", "--bogus"],
        ["keygen", "--name", "Lan"], ["whoami"], ["whoami", "--bogus"], ["help", "frobnicate"],
        ["keygen", "--name", "lan", "extra"],
    ])
    func usageErrors(arguments: [String]) throws {
        let folder = TemporaryDirectory("cli")
        let result = try Self.run(arguments, in: folder.path)
        // A name keygen cannot use is refused by the key file's rules, not the parser: 1 as any error.
        #expect(result.status == (arguments == ["keygen", "--name", "Lan"] ? 1 : 2))
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("candor-inspect"))
        if arguments != ["keygen", "--name", "Lan"] { #expect(result.stderr.contains("usage: candor-inspect")) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing written")
    }

    @Test func unknownOptionIsNamed() throws {
        let folder = TemporaryDirectory("cli")
        let result = try Self.run(["whoami", "--bogus"], in: folder.path)
        #expect(result.stderr.contains("unknown option \"--bogus\""))
    }

    @Test func emptyPassphraseIsRefused() throws {
        let folder = TemporaryDirectory("cli")
        let result = try Self.run(["keygen", "--name", "lan", "--out", "k"], in: folder.path, passphrase: "")
        #expect(result.status == 1)
        #expect(result.stderr.contains("empty"))
        #expect(!FileManager.default.fileExists(atPath: folder.child("k")))
    }

    /// Issue 12, L5: keygen refuses a passphrase of fewer than 12 characters (counted as Unicode code
    /// points of its NFC form, not bytes), from CANDOR_PASSPHRASE as from the prompt.
    @Test(arguments: ["ngắn quá", "mật khẩu ng", "abcdefghijk"])
    func keygenRefusesAShortPassphrase(_ passphrase: String) throws {
        let folder = TemporaryDirectory("cli")
        let result = try Self.run(["keygen", "--name", "lan", "--out", "k"], in: folder.path, passphrase: passphrase)
        #expect(result.status == 1)
        #expect(result.stderr.contains("at least 12 characters"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.child("k")))
    }

    @Test func keygenTakesTwelveCharactersTypedWithCombiningAccents() throws {
        let folder = TemporaryDirectory("cli")
        let twelve = "mật khẩu dài".decomposedStringWithCanonicalMapping
        let result = try Self.run(["keygen", "--name", "lan"], in: folder.path, passphrase: twelve)
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// Issue 12, L5: a key file others can read is refused with the command that fixes it.
    @Test func aKeyFileOthersCanReadIsRefusedWithTheFix() throws {
        let folder = TemporaryDirectory("cli")
        #expect(try Self.run(["keygen", "--name", "lan"], in: folder.path).status == 0)
        #expect(chmod(folder.child("lan.candor-key"), 0o644) == 0)
        let exposed = try Self.run(["whoami", "--key", "lan.candor-key"], in: folder.path)
        #expect(exposed.status == 1)
        #expect(exposed.stderr.contains("chmod 600 lan.candor-key"), "\(exposed.stderr)")
        #expect(exposed.stdout.isEmpty)
        #expect(chmod(folder.child("lan.candor-key"), 0o600) == 0)
        try FileManager.default.createDirectory(atPath: folder.child("Keys"), withIntermediateDirectories: true)
        let fixed = try Self.run(["whoami", "--key", "lan.candor-key"], in: folder.path)
        #expect(fixed.stdout.contains("name:           lan"))
    }

    /// `--help` works on every command, exits 0 and prints the command's usage.
    @Test(arguments: [
        "keygen", "whoami", "sanitize", "sync", "list", "show", "history", "accept", "decline", "assign", "note",
        "reply",
        "extend", "resolve", "grant", "publish", "export", "remind", "unlock", "lock",
    ])
    func helpWorksOnEveryCommand(_ command: String) throws {
        let folder = TemporaryDirectory("cli-help")
        let help = try Self.run([command, "--help"], in: folder.path)
        #expect(help.status == 0, "\(help.stderr)")
        #expect(help.stdout.contains("usage: candor-inspect \(command)"), "\(help.stdout)")
        let other = try Self.run(["help", command], in: folder.path)
        #expect(other.stdout == help.stdout)
    }

    /// The case commands say what to do when nothing has been synced yet or the ID is not a number.
    @Test func caseCommandsExplainWhatIsMissing() throws {
        let folder = TemporaryDirectory("cli-cases")
        #expect(try Self.run(["keygen", "--name", "lan"], in: folder.path).status == 0)
        let noMirror = try Self.run(["list", "--key", "lan.candor-key", "--keys", "."], in: folder.path)
        #expect(noMirror.status == 1)
        let noKeys = try Self.run(["list", "--key", "lan.candor-key", "--keys", "nowhere"], in: folder.path)
        #expect(noKeys.status == 1)
        #expect(noKeys.stderr.contains("nowhere"))
        let noKey = try Self.run(["list"], in: folder.path)
        #expect(noKey.status == 2)
        #expect(noKey.stderr.contains("--key FILE"))
        let badFilter = try Self.run(["list", "--status", "open", "--key", "lan.candor-key"], in: folder.path)
        #expect(badFilter.status == 2)
        #expect(badFilter.stderr.contains("--status is one of new, accepted, declined, resolved"))
    }
}
