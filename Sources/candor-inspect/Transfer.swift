import API
import Casework
import Commands
import Foundation
import InspectorWorkspace
import Keys
import Mirroring

/// `candor-inspect transfer ID --to UNIT --reason TEXT`: hands a case to another unit (Events.md,
/// "transfer"). The event names UNIT in clear; its details carry the reason and the content key of
/// every record of the case this inspector opens, sealed to the case's units and UNIT's current key,
/// never to the citizen, so UNIT's members open the case with no further grant.
enum Transfer {
    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let json = arguments.flag("--json")
        let target = try arguments.required("--to", "UNIT (the unit that takes the case, such as chinh-phu)")
        let reason = try arguments.required("--reason", "TEXT (why, for the inspectors)")
        let workspace = try Workspace.open(arguments)
        let (book, item) = try workspace.book(of: try workspace.caseID(arguments.positionals.first))
        let transfer = try CaseAction.transfer(
            to: target, reason: reason, book: book, item: item, server: arguments.value("--server"),
            workspace: workspace)
        let grants = transfer.details.grants ?? []
        let (index, synced) = try transfer.send(workspace)
        if json {
            print(
                try Output.json(
                    [
                        "case": Int(item.id), "action": "transfer", "to": target, "records": grants.count,
                        "index": index ?? NSNull(), "logSize": Int(synced.size),
                    ] as [String: Any]))
        } else {
            print(
                "transfer: case \(item.id) to \(target) — keys of \(grants.count) records, signed and recorded "
                    + "(record \(index.map(String.init) ?? "?")); mirror synced to \(synced.size) records")
        }
        return .success
    }
}
