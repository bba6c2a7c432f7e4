import API
import Foundation
import Keys
import Ledger
import Mirroring
import System
import Transparency
import Unlocking

/// `candor-inspect sync [--server URL] --key FILE [--keys DIR] [--mirror DIR] [--log-key KEY]`.
enum SyncCommand {
    static func run(_ arguments: inout Arguments) throws -> Int32 {
        try arguments.allow(flags: ["--json"], values: ["--server", "--key", "--keys", "--mirror", "--log-key"])
        let json = arguments.flag("--json")
        let serverText = try arguments.value("--server")
        guard let keyPath = try arguments.value("--key") ?? ProcessInfo.processInfo.environment["CANDOR_KEY"] else {
            throw Arguments.Problem(description: "--key FILE (your private key file) is required, or set CANDOR_KEY")
        }
        let keys = try arguments.value("--keys") ?? "Keys"
        let mirrorPath =
            try arguments.value("--mirror") ?? ProcessInfo.processInfo.environment[Mirror.environmentVariable]
            ?? Mirror.defaultDirectory
        let logKeyText = try arguments.value("--log-key")
        try arguments.finish()

        // Everything that can be checked before the passphrase and the network, is.
        let mirror = try Mirror(directory: mirrorPath)
        defer { mirror.close() }
        let pin = try mirror.pin
        guard let serverText = serverText ?? pin?.server else {
            throw Arguments.Problem(
                description: "--server URL is required for the first sync (like http://127.0.0.1:8080)")
        }
        let server = try HTTPClient.ServerURL(serverText)
        let logKey = try self.logKey(given: logKeyText, keys: keys, pinned: pin?.logKey)
        let bytes = try KeyFile.read(path: keyPath)
        _ = try KeyFile.header(of: bytes, path: keyPath)
        let passphrase =
            try Passphrase.fromEnvironment() ?? Passphrase.prompt("Passphrase for \(keyPath): ", confirm: false)
        let key = try KeyFile.open(bytes, passphrase: passphrase, path: keyPath)

        var sync = Sync(connection: InspectorConnection(server: server, key: key), mirror: mirror, logKey: logKey)
        let showsProgress = Terminal.isTerminal(2)
        if showsProgress {
            sync.progress = { have, total in
                FileHandle.standardError.write(Data("\rsynced \(have)/\(total) records".utf8))
            }
        }
        let outcome: Sync.Outcome
        do throws(InspectionError) {
            outcome = try sync.run()
        } catch .verificationFailed(let what, let evidence) {
            if showsProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            Tool.say("candor-inspect sync: \(InspectionError.verificationFailed(what, evidence: evidence))")
            return Tool.verificationFailure
        } catch {
            if showsProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            throw error
        }
        if showsProgress && outcome.newRecords > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
        if json {
            print(
                try Output.json(
                    [
                        "previousSize": Int(outcome.previousSize), "size": Int(outcome.size),
                        "newRecords": Int(outcome.newRecords),
                        "verified": true,
                    ] as [String: Any]))
        } else if outcome.newRecords == 0 {
            print("up to date: \(outcome.size) records")
        } else {
            print(
                "synced \(outcome.newRecords) new record\(outcome.newRecords == 1 ? "" : "s"); "
                    + "the log has \(outcome.size) record\(outcome.size == 1 ? "" : "s"), checkpoint verified")
        }
        return Tool.success
    }

    /// The log's verifier key: --log-key, else KEYS/log.key, else the one the mirror is pinned to.
    static func logKey(given: String?, keys: String, pinned: String?) throws -> NoteVerifier {
        let path = (keys as NSString).appendingPathComponent("log.key")
        var text = given
        var source = "--log-key"
        if text == nil, let data = FileManager.default.contents(atPath: path) {
            text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            source = path
        }
        if text == nil, let pinned {
            text = pinned
            source = "the mirror's server.json"
        }
        guard let text else {
            throw Arguments.Problem(
                description: "no log verifier key: put it in \(path) or give --log-key KEY; candor-server prints it "
                    + "at startup as \"log verifier key: …\" (the demo server writes DATA/demo-keys/log.key)")
        }
        do {
            return try NoteVerifier(verifierKey: text)
        } catch {
            throw Arguments.Problem(description: "the log verifier key from \(source) is not valid: \(error)")
        }
    }
}
