import Casework
import Catalogue
import Commands
import Foundation
import InspectorWorkspace
import Keys
import Unlocking

/// `candor-inspect unit show --unit ID [--key FILE] [--json]`: a unit file's epochs and members, each
/// member checked against their `Keys/NAME.pub`; with `--key`, whether your own copy opens.
enum UnitShow {
    static func run(_ unit: Units.Unit, _ deployment: UnitDeployment, _ arguments: ParsedArguments) throws -> ExitCode {
        guard let file = deployment.files[unit.id] else {
            throw InspectionError.usage(
                "unit \(unit.id) has no file \(deployment.path(of: unit.id)): make it with "
                    + "`candor-inspect unit create --unit \(unit.id) --members NAME,…`")
        }
        // Opening your copy checks it: a refusal says what is wrong with it.
        var opened: String?
        if let path = arguments.value("--key") {
            let key = try Workspace.unlock(path)
            let oldKeys = try arguments.values("--old-key").map(Workspace.unlock)
            _ = try file.keys(openedWith: key, oldKeys: oldKeys)
            opened = key.name
        }
        let members = file.members.map { member in
            let listed = deployment.inspectors.inspectors.first { $0.name == member.name }
            return (member, listed?.keyID == member.keyID)
        }
        if arguments.flag("--json") {
            var object: [String: Any] = [
                "unit": unit.id, "vi": unit.vi, "en": unit.en, "file": deployment.path(of: unit.id),
                "currentEpoch": file.currentEpoch.number,
                "epochs": file.epochs.map {
                    [
                        "number": $0.number, "keyID": $0.keyID.hexString,
                        "sealingKey": Data($0.sealingKey.rawRepresentation).base64EncodedString(),
                    ] as [String: Any]
                },
                "members": members.map {
                    ["name": $0.0.name, "keyID": $0.0.keyID.hexString, "epochs": $0.0.epochCount, "listed": $0.1]
                        as [String: Any]
                },
            ]
            if let opened { object["opened"] = opened }
            print(try Output.json(object))
        } else {
            print("unit \(unit.id): \(unit.vi) (\(unit.en))")
            print("file: \(deployment.path(of: unit.id))")
            for epoch in file.epochs {
                let current = epoch.number == file.currentEpoch.number ? " (current)" : ""
                print("epoch \(epoch.number): key id \(epoch.keyID.hexString)\(current)")
            }
            print(
                Output.table(
                    [["member", "key id", "epochs", "Keys/NAME.pub"]]
                        + members.map {
                            [$0.0.name, $0.0.keyID.hexString, "\($0.0.epochCount)", $0.1 ? "matches" : "DIFFERS"]
                        }))
            if let opened { print("your copy (\(opened)) opens every epoch") }
        }
        if members.contains(where: { !$0.1 }) {
            Tool.say(
                "candor-inspect: a member's copy is sealed to a key that is not their Keys/NAME.pub: run "
                    + "`candor-inspect unit add-member --unit \(unit.id) NAME` for them again")
            return .failure
        }
        return .success
    }
}
