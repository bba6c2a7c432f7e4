import Casework
import Catalogue
import Commands
import Deployment
import Foundation
import InspectorWorkspace
import Keys
import Sodium
import Unlocking

/// `candor-inspect unit create|add-member|remove-member|rotate|show --unit ID`: a unit's lead makes the
/// unit file `Keys/units/ID.unit` (KeyFiles.md, "Unit keys") that the operator deploys. No private key
/// is ever written: the file holds public keys and copies sealed to each member's key.
enum UnitCommand {
    static let subcommands = ["create", "add-member", "remove-member", "rotate", "show"]

    static func run(_ subcommand: String, _ arguments: ParsedArguments) throws -> ExitCode {
        let id = try arguments.required("--unit", "ID (a unit of the catalogue: a province id, or chinh-phu)")
        let catalog = try Catalog.deployment(directory: arguments.value("--catalog")).units
        guard let unit = catalog[id] else {
            throw Problem.usage(
                "\"\(id)\" is not a unit of the catalogue: use a province id (such as ca-mau or ha-noi) or chinh-phu")
        }
        let deployment = try UnitDeployment(keysDirectory: arguments.value("--keys") ?? "Keys")
        if subcommand == "show" { return try UnitShow.run(unit, deployment, arguments) }

        let lead = try Workspace.unlock(try arguments.required("--key", "FILE (your NAME.candor-key file)"))
        let oldKeys = try arguments.values("--old-key").map(Workspace.unlock)
        guard deployment.inspectors.inspectors.contains(lead.publicKey) else {
            throw InspectionError.usage(
                "your key (\(lead.name)) is not the one in \(deployment.keysDirectory)/\(lead.name).pub: "
                    + "check it with `candor-inspect whoami`")
        }
        let existing = deployment.files[id]
        let written: UnitKeyFile
        var said: [String] = []
        if subcommand == "create" {
            written = try create(unit, lead: lead, deployment: deployment, arguments: arguments)
        } else {
            guard let existing else {
                throw InspectionError.usage(
                    "unit \(id) has no file \(deployment.path(of: id)) yet: make it with "
                        + "`candor-inspect unit create --unit \(id) --members NAME,…`")
            }
            let keys = try existing.keys(openedWith: lead, oldKeys: oldKeys)
            let name = arguments.positionals.first
            switch subcommand {
            case "add-member":
                guard let name else { throw Problem.usage("the NAME of the inspector to add is required") }
                let member = try deployment.inspector(name)
                try deployment.checkNotInAnotherUnit(name, than: id)
                if existing.member(name)?.keyID == member.keyID {
                    print("\(name) is already a member of unit \(id), with their current key: nothing to write")
                    return .success
                }
                written = try existing.adding(member, keys: keys)
                said.append("\(name) opens every case of unit \(id), older ones included, once this file is deployed")
            case "remove-member":
                guard let name else { throw Problem.usage("the NAME of the member to remove is required") }
                guard existing.member(name) != nil else {
                    throw InspectionError.usage("\(name) is not a member of unit \(id): nothing to remove")
                }
                let remaining = existing.members.map(\.name).filter { $0 != name }
                guard !remaining.isEmpty else {
                    throw InspectionError.usage("\(name) is the last member of unit \(id): add another member first")
                }
                written = try existing.rotated(members: try remaining.map(deployment.inspector), keys: keys).file
                said.append(
                    "\(name) keeps what was sealed to the epochs they held (1 to \(existing.epochs.count)); records sealed "
                        + "after the restart go to epoch \(written.epochs.count), which they never hold")
            case "rotate":
                let members = try existing.members.map(\.name).map(deployment.inspector)
                written = try existing.rotated(members: members, keys: keys).file
            default:
                throw Problem.usage("unknown unit command \"\(subcommand)\"")
            }
        }
        let path = arguments.value("--out") ?? deployment.path(of: id)
        try UnitDeployment.write(written, to: path)
        print(
            "wrote \(path): unit \(id) (\(unit.vi)), epoch \(written.currentEpoch.number) "
                + "(key id \(written.currentEpoch.keyID.hexString)), members \(written.members.map(\.name).joined(separator: ", "))"
        )
        for line in said { print(line) }
        print(
            "deploy: copy it to the server's \(deployment.path(of: id)) and restart candor-server; new reports for "
                + "unit \(id) are then sealed to epoch \(written.currentEpoch.number)")
        if let problem = deployment.problem(with: written, catalog: catalog) {
            print("before the server starts with it: \(problem)")
        }
        return .success
    }

    /// A new unit whose members are `--members`, the lead among them.
    private static func create(
        _ unit: Units.Unit, lead: InspectorPrivateKey, deployment: UnitDeployment, arguments: ParsedArguments
    ) throws -> UnitKeyFile {
        let list = try arguments.required("--members", "NAME,NAME,… (the unit's inspectors, you among them)")
        let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !names.contains(where: \.isEmpty), Set(names).count == names.count else {
            throw Problem.usage("--members needs distinct names separated by commas, not \"\(list)\"")
        }
        guard names.contains(lead.name) else {
            throw InspectionError.usage(
                "you (\(lead.name)) are not among --members: the lead who makes a unit is one of its members")
        }
        if deployment.files[unit.id] != nil {
            throw InspectionError.usage(
                "unit \(unit.id) already has \(deployment.path(of: unit.id)): add members with `candor-inspect unit "
                    + "add-member`, or rotate with `candor-inspect unit rotate`")
        }
        let members = try names.map(deployment.inspector)
        for name in names { try deployment.checkNotInAnotherUnit(name, than: unit.id) }
        return try UnitKeyFile.create(unit: unit.id, members: members, comment: unit.vi).file
    }
}
