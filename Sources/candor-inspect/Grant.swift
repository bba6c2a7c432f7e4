import API
import Casework
import Commands
import Foundation
import InspectorWorkspace
import Keys
import Mirroring
import Sodium

/// `candor-inspect grant (ID | --all) --to NAME`: gives an inspector added after a case was sealed
/// the content keys of its records, as a signed event sealed to every current inspector (Events.md,
/// "grant"). The new inspector's tool then opens the case like any other.
enum Grant {
    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let all = arguments.flag("--all")
        let json = arguments.flag("--json")
        let server = arguments.value("--server")
        let name = try arguments.required("--to", "NAME (the inspector of Keys/ who needs the keys)")
        let workspace = try Workspace.open(arguments)
        try workspace.checkGrantsAllowed(to: name)
        // One case is opened here, so that an unknown ID is refused first; with --all, each in turn below.
        let single = all ? nil : try workspace.book(of: try workspace.caseID(arguments.positionals.first))
        let recipient = try workspace.grantRecipient(name)
        let connection = InspectorConnection(server: try CaseAction.server(server, workspace), key: workspace.key)
        let grants: [CaseAction]
        if let single {
            grants = [
                CaseAction.grant(to: recipient, book: single.book, item: single.item, server: connection.client.server)
            ].compactMap { $0 }
        } else {
            grants = try workspace.grantsOfEveryCase(to: recipient, server: connection.client.server)
        }

        var granted: [(case: UInt64, records: Int, index: Int?)] = []
        for grant in grants {
            let index = try grant.post(workspace, connection)
            granted.append((grant.item.id, grant.details.grants?.count ?? 0, index))
        }
        let synced = try workspace.syncAfterPosting(connection: connection)
        if json {
            print(
                try Output.json(
                    [
                        "to": name, "logSize": Int(synced.size),
                        "granted": granted.map {
                            ["case": Int($0.case), "records": $0.records, "index": $0.index ?? -1]
                        },
                    ] as [String: Any]))
        } else if granted.isEmpty {
            print(
                "\(name) can already open every record of \(single.map { "case \($0.item.id)" } ?? "every case") that you can open"
            )
        } else {
            for entry in granted {
                print(
                    "grant: case \(entry.case) — keys of \(entry.records) records to \(name) (record \(entry.index.map(String.init) ?? "?"))"
                )
            }
            print("mirror synced to \(synced.size) records")
        }
        return .success
    }
}
