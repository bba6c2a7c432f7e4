import API
import Casework
import Catalogue
import Commands
import Deployment
import Foundation
import InspectorWorkspace
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
        var plan = try MirrorSync(
            mirror: mirror, serverText: serverText, keysDirectory: keys, logKeyText: logKeyText,
            catalogDirectory: arguments.value("--catalog"))
        let witnesses = arguments.values("--witness")
        if !witnesses.isEmpty || arguments.value("--quorum") != nil {
            do {
                plan.witnesses = try WitnessPolicy.parse(witnesses: witnesses, quorum: arguments.value("--quorum"))
            } catch {
                throw Problem.usage(error.description)
            }
        }
        let key = try Workspace.unlock(keyPath)
        let oldKeys = try arguments.values("--old-key").map(Workspace.unlock)

        let showsProgress = Terminal.isTerminal(2)
        var progress: (@Sendable (UInt64, UInt64) -> Void)?
        if showsProgress {
            progress = { have, total in
                FileHandle.standardError.write(Data("\rsynced \(have)/\(total) records".utf8))
            }
        }
        let outcome: Sync.Outcome
        do {
            outcome = try plan.run(key: key, oldKeys: oldKeys, progress: progress) { outcome in
                if showsProgress && outcome.newRecords > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
            }
        } catch MirroringError.verificationFailed(let what, let evidence) {
            if showsProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            Tool.say("candor-inspect sync: \(MirroringError.verificationFailed(what, evidence: evidence))")
            return .needsOperator
        } catch let error as MirroringError {
            if showsProgress { FileHandle.standardError.write(Data("\n".utf8)) }
            throw error
        }
        if json {
            print(
                try Output.json(
                    [
                        "previousSize": Int(outcome.previousSize), "size": Int(outcome.size),
                        "newRecords": Int(outcome.newRecords), "downloaded": Int(outcome.downloaded),
                        "verified": true,
                    ] as [String: Any]))
        } else {
            print(MirrorSync.sentence(outcome))
        }
        return .success
    }
}
