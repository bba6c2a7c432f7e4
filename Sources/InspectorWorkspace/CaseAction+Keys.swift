import API
import Casework
import Commands
import Foundation
import Keys
import Sodium
import Triage

/// The two actions that hand over records' content keys (Events.md, "transfer" and "grant").
extension CaseAction {
    /// A transfer of `item` to `target`: the reason, and the content key of every record of the case the
    /// inspector opens, sealed to the case's units and `target`'s current key, never to the citizen.
    public static func transfer(
        to target: String, reason: String, book: CaseBook, item: CaseBook.Case, server: String?,
        workspace: Workspace
    ) throws -> CaseAction {
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
        return CaseAction(
            .transfer, details: EventDetails(reason: reason, grants: grants), item: item,
            server: try Self.server(server, workspace), unit: target, book: book)
    }

    /// A grant to `recipient` of the keys of `item`'s records they cannot open yet (not sealed to their
    /// key, not granted before); nil when there are none.
    public static func grant(
        to recipient: InspectorKey, book: CaseBook, item: CaseBook.Case, server: HTTPClient.ServerURL
    ) -> CaseAction? {
        let name = recipient.name
        let alreadyGranted = Set(
            item.events.filter { $0.verdict == .valid && $0.event.action == .grant && $0.details?.assignee == name }
                .flatMap { $0.details?.grants?.map(\.record) ?? [] })
        var grants: [EventDetails.Grant] = []
        for record in book.openableRecords(of: item) where !alreadyGranted.contains(record) {
            guard let envelope = book.envelope(record: record),
                !envelope.isSealed(to: recipient.sealingKey),
                let key = book.contentKey(record: record)
            else { continue }
            grants.append(EventDetails.Grant(record: record, key: Data(key.unsafeCopiedBytes()).base64EncodedString()))
        }
        guard !grants.isEmpty else { return nil }
        return CaseAction(
            .grant, details: EventDetails(assignee: name, grants: grants), item: item, server: server, book: book)
    }
}

extension Workspace {
    /// Refuses a grant in a deployment with units, where a member added to a unit opens its older cases
    /// with no grant.
    public func checkGrantsAllowed(to name: String) throws(InspectionError) {
        guard inspectorates.isFlat else {
            throw .usage(
                "grant is for a flat Keys/; with units, a member added to a unit opens its older cases with no "
                    + "grant: `candor-inspect unit add-member --unit \(inspectorates.unit(of: key.name) ?? "ID") \(name)`"
            )
        }
    }

    /// The current inspector called `name`, who is to be granted keys.
    public func grantRecipient(_ name: String) throws(InspectionError) -> InspectorKey {
        guard let recipient = inspectors.inspectors.first(where: { $0.name == name }) else {
            throw .usage("\(name) is not a current inspector of \(keysDirectory): add Keys/\(name).pub first")
        }
        return recipient
    }
}

extension Workspace {
    /// What `grant --all --to NAME` signs: a grant for each case with records `recipient` cannot open yet.
    public func grantsOfEveryCase(to recipient: InspectorKey, server: HTTPClient.ServerURL) throws -> [CaseAction] {
        let ids = try withIndex { index in
            var ids: [UInt64] = []
            try index.forEachSummary(locations: false) { ids.append($0.id) }
            return ids
        }
        return try ids.compactMap { id in
            let (book, item) = try book(of: id)
            return CaseAction.grant(to: recipient, book: book, item: item, server: server)
        }
    }
}
