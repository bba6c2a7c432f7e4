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
        let inspectorates = workspace.inspectorates
        guard !inspectorates.isFlat else {
            throw InspectionError.usage(
                "a transfer hands a case to another unit, and \(workspace.keysDirectory) has no units: every "
                    + "inspector already reads every case")
        }
        guard inspectorates.units[target] != nil else {
            throw InspectionError.usage(
                "\"\(target)\" is not a deployed unit: use one of "
                    + inspectorates.units.keys.sorted().joined(separator: ", "))
        }
        try workspace.checkMayAct(on: item, in: book)
        if let refusal = item.progress.refusal(of: .transfer) {
            throw InspectionError.usage("case \(item.id): \(refusal)")
        }
        var grants: [EventDetails.Grant] = []
        for record in book.openableRecords(of: item) {
            guard let key = book.contentKey(record: record) else { continue }
            grants.append(EventDetails.Grant(record: record, key: Data(key.unsafeCopiedBytes()).base64EncodedString()))
        }
        guard !grants.isEmpty else {
            throw InspectionError.usage("your keys open no record of case \(item.id): there is nothing to hand over")
        }
        let pinned = try workspace.pin()?.server
        guard let serverText = arguments.value("--server") ?? pinned else {
            throw Problem.usage("--server URL is required (the mirror has not been synced yet)")
        }
        let event = try InspectorEvent.make(
            action: .transfer, details: EventDetails(reason: reason, grants: grants), caseTag: item.tag,
            replyKey: item.replyKey, inspectors: workspace.eventRecipients(of: item, in: book, transferTo: target),
            time: Int64(Date().timeIntervalSince1970), inspector: workspace.key.name, unit: target,
            signingKey: workspace.key.signingKey, catalog: workspace.catalog)
        let connection = InspectorConnection(server: try MirrorSync.serverURL(serverText), key: workspace.key)
        let response = try connection.send(
            method: "POST", target: Sync.apiPrefix + "events", body: event.bytes,
            contentType: "application/octet-stream")
        let index = IndexReply(jsonBytes: response.body).map { Int($0.index) }
        let synced = try workspace.syncAfterPosting(connection: connection)
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
