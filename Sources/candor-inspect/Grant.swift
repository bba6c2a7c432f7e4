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
        guard workspace.inspectorates.isFlat else {
            throw InspectionError.usage(
                "grant is for a flat Keys/; with units, a member added to a unit opens its older cases with no "
                    + "grant: `candor-inspect unit add-member --unit \(workspace.inspectorates.unit(of: workspace.key.name) ?? "ID") \(name)`"
            )
        }
        // One case is opened here, so that an unknown ID is refused first; with --all, each in turn below.
        let single = all ? nil : try workspace.book(of: try workspace.caseID(arguments.positionals.first))
        var ids: [UInt64] = []
        if let single {
            ids = [single.item.id]
        } else {
            ids = try workspace.withIndex { index in
                var ids: [UInt64] = []
                try index.forEachSummary(locations: false) { ids.append($0.id) }
                return ids
            }
        }
        guard let recipient = workspace.inspectors.inspectors.first(where: { $0.name == name }) else {
            throw InspectionError.usage(
                "\(name) is not a current inspector of \(workspace.keysDirectory): add Keys/\(name).pub first")
        }
        let pinned = try workspace.pin()?.server
        guard let serverText = server ?? pinned else {
            throw Problem.usage("--server URL is required (the mirror has not been synced yet)")
        }
        let connection = InspectorConnection(server: try MirrorSync.serverURL(serverText), key: workspace.key)

        var granted: [(case: UInt64, records: Int, index: Int?)] = []
        for id in ids {
            let (book, item) = try single ?? workspace.book(of: id)
            // The records the recipient cannot open yet: not sealed to their key, not granted before.
            let alreadyGranted = Set(
                item.events.filter { $0.verdict == .valid && $0.event.action == .grant && $0.details?.assignee == name }
                    .flatMap { $0.details?.grants?.map(\.record) ?? [] })
            var grants: [EventDetails.Grant] = []
            for record in book.openableRecords(of: item) where !alreadyGranted.contains(record) {
                guard let envelope = book.envelope(record: record),
                    !envelope.isSealed(to: recipient.sealingKey),
                    let key = book.contentKey(record: record)
                else { continue }
                grants.append(
                    EventDetails.Grant(record: record, key: Data(key.unsafeCopiedBytes()).base64EncodedString()))
            }
            guard !grants.isEmpty else { continue }
            let event = try InspectorEvent.make(
                action: .grant, details: EventDetails(assignee: name, grants: grants), caseTag: item.tag,
                replyKey: item.replyKey, inspectors: workspace.eventRecipients(of: item, in: book),
                time: Int64(Date().timeIntervalSince1970), inspector: workspace.key.name,
                signingKey: workspace.key.signingKey)
            let response = try connection.send(
                method: "POST", target: Sync.apiPrefix + "events", body: event.bytes,
                contentType: "application/octet-stream")
            let index = IndexReply(jsonBytes: response.body).map { Int($0.index) }
            granted.append((item.id, grants.count, index))
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
                "\(name) can already open every record of \(all ? "every case" : "case \(ids[0])") that you can open"
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
