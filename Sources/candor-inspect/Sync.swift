import API
import Casework
import Catalogue
import Commands
import Deployment
import Foundation
import Keys
import Ledger
import Mirroring
import System
import Transparency
import Unlocking

/// `candor-inspect sync [--server URL] --key FILE [--keys DIR] [--mirror DIR] [--log-key KEY]`.
enum SyncCommand {
    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let json = arguments.flag("--json")
        let serverText = arguments.value("--server")
        guard let keyPath = arguments.value("--key") ?? ProcessInfo.processInfo.environment["CANDOR_KEY"] else {
            throw Problem.usage("--key FILE (your private key file) is required, or set CANDOR_KEY")
        }
        let keys = arguments.value("--keys") ?? "Keys"
        let mirrorPath =
            arguments.value("--mirror") ?? ProcessInfo.processInfo.environment[Mirror.environmentVariable]
            ?? Mirror.defaultDirectory
        let logKeyText = arguments.value("--log-key")

        // Everything that can be checked before the passphrase and the network, is.
        let mirror = try Mirror(directory: mirrorPath)
        defer { mirror.close() }
        let pin = try mirror.pin
        guard let serverText = serverText ?? pin?.server else {
            throw Problem.usage("--server URL is required for the first sync (like http://127.0.0.1:8080)")
        }
        let server = try Tool.serverURL(serverText)
        let logKey = try self.logKey(given: logKeyText, keys: keys, pinned: pin?.logKey)
        let catalog = try Catalog.deployment(directory: arguments.value("--catalog"))
        let bytes = try KeyFile.read(path: keyPath)
        _ = try KeyFile.header(of: bytes, path: keyPath)
        let passphrase =
            try Passphrase.fromEnvironment() ?? Passphrase.prompt("Passphrase for \(keyPath): ", confirm: false)
        let key = try KeyFile.open(bytes, passphrase: passphrase, path: keyPath)
        let oldKeys = try arguments.values("--old-key").map(Workspace.unlock)
        let previous = try Workspace.verifiedCheckpoint(mirrorPath)
        let lateBefore = mirror.lateRecordCount

        var sync = Sync(connection: InspectorConnection(server: server, key: key), mirror: mirror, logKey: logKey)
        let witnesses = arguments.values("--witness")
        if !witnesses.isEmpty || arguments.value("--quorum") != nil {
            do {
                sync.witnesses = try WitnessPolicy.parse(witnesses: witnesses, quorum: arguments.value("--quorum"))
            } catch {
                throw Problem.usage(error.description)
            }
        }
        let showsProgress = Terminal.isTerminal(2)
        if showsProgress {
            sync.progress = { have, total in
                FileHandle.standardError.write(Data("\rsynced \(have)/\(total) records".utf8))
            }
        }
        let outcome: Sync.Outcome
        do throws(MirroringError) {
            outcome = try sync.run()
        } catch .verificationFailed(let what, let evidence) {
            if showsProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            Tool.say("candor-inspect sync: \(MirroringError.verificationFailed(what, evidence: evidence))")
            return .needsOperator
        } catch {
            if showsProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            throw error
        }
        if showsProgress && outcome.newRecords > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
        try updateIndex(
            mirror: mirror, previous: previous, lateBefore: lateBefore, key: key, oldKeys: oldKeys, keys: keys,
            catalog: catalog)
        if json {
            print(
                try Output.json(
                    [
                        "previousSize": Int(outcome.previousSize), "size": Int(outcome.size),
                        "newRecords": Int(outcome.newRecords), "downloaded": Int(outcome.downloaded),
                        "verified": true,
                    ] as [String: Any]))
        } else if outcome.newRecords == 0 && outcome.downloaded == 0 {
            print("up to date: \(outcome.size) records")
        } else {
            print(
                "verified \(outcome.verifiedRecords) record\(outcome.verifiedRecords == 1 ? "" : "s") "
                    + "(\(outcome.newRecords) new); downloaded \(outcome.downloaded)")
        }
        return .success
    }

    /// Files the newly verified records into the case index. Without a readable Keys/ folder (the
    /// signers) there is no index to keep; the first case command says so.
    static func updateIndex(
        mirror: Mirror, previous: (size: UInt64, rootHash: [UInt8]), lateBefore: UInt64, key: InspectorPrivateKey,
        oldKeys: [InspectorPrivateKey], keys: String, catalog: Catalog
    ) throws {
        guard let inspectorates = try? Inspectorates(keysDirectory: keys, catalog: catalog.units),
            let revoked = try? RevokedInspectorKeys(
                directory: (keys as NSString).appendingPathComponent(RevokedInspectorKeys.folderName))
        else { return }
        let context = try Workspace.indexContext(
            mirror: mirror.directory, key: key,
            openingKeys: OpeningKeys.of(
                key: key, oldKeys: oldKeys, inspectorates: inspectorates, mirror: mirror.directory),
            signers: Workspace.signers(inspectorates.inspectors, revoked), open: mirror)
        IndexUpdate.afterSync(mirror: mirror, previous: previous, lateBefore: lateBefore, context: context)
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
            throw Problem.usage(
                "no log verifier key: put it in \(path) or give --log-key KEY; candor-server prints it "
                    + "at startup as \"log verifier key: …\" (the demo server writes DATA/demo-keys/log.key)")
        }
        do {
            return try NoteVerifier(verifierKey: text)
        } catch {
            throw Problem.usage("the log verifier key from \(source) is not valid: \(error)")
        }
    }
}
