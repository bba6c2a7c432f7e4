import API
import Casework
import Commands
import Foundation
import Keys
import Mirroring
import Transparency
import Triage

/// An action on a case (Events.md: accept, decline, assign, note, reply, extend, resolve), checked as the
/// server would check it and sent as a signed event: what `candor-inspect ACTION` and the workbench's
/// action forms both run.
public struct CaseAction {
    public let action: InspectorEvent.Action
    public let details: EventDetails
    public let item: CaseBook.Case
    /// Where the event goes: `--server`, else the server the mirror is pinned to.
    public let server: HTTPClient.ServerURL
    /// The unit a transfer hands the case to, named in clear in the event.
    public let unit: String?
    let book: CaseBook

    init(
        _ action: InspectorEvent.Action, details: EventDetails, item: CaseBook.Case, server: HTTPClient.ServerURL,
        unit: String? = nil, book: CaseBook
    ) {
        self.action = action
        self.details = details
        self.item = item
        self.server = server
        self.unit = unit
        self.book = book
    }

    /// Checks `details` for `action` on `item` before anything is signed, so the inspector hears what to
    /// do: the assignee, the outcome code, the details' own rules, the case's progress, the inspector's
    /// key and unit, and the server to send to.
    public init(
        _ action: InspectorEvent.Action, details: EventDetails, book: CaseBook, item: CaseBook.Case,
        server: String?, workspace: Workspace
    ) throws {
        if let assignee = details.assignee, !workspace.inspectors.inspectors.contains(where: { $0.name == assignee }) {
            throw InspectionError.usage(
                "\(assignee) is not an inspector of \(workspace.keysDirectory): assign to one of "
                    + workspace.inspectors.inspectors.map(\.name).joined(separator: ", "))
        }
        if let outcome = details.outcome, !workspace.catalog.isValidOutcome(outcome) {
            throw InspectionError.usage(
                "\"\(outcome)\" is not an outcome code; use one of: "
                    + workspace.catalog.outcomes.ids.joined(separator: ", "))
        }
        if let problem = details.problem(for: action, catalog: workspace.catalog) {
            throw InspectionError.usage(problem)
        }
        if action == .reply, let source = item.feedbackRecord {
            throw InspectionError.usage(
                "case \(item.id) was opened from feedback #\(source): it has no citizen, so no reply can be sent "
                    + "(nobody holds its token); write a note for your unit instead")
        }
        if let refusal = item.progress.refusal(of: action) {
            throw InspectionError.usage("case \(item.id): \(refusal)")
        }
        try workspace.checkKeyIsCurrent()

        try workspace.checkMayAct(on: item, in: book)

        self.init(action, details: details, item: item, server: try Self.server(server, workspace), book: book)
    }

    /// `--server`, else the server the mirror is pinned to.
    public static func server(_ given: String?, _ workspace: Workspace) throws -> HTTPClient.ServerURL {
        let pinned = try workspace.pin()?.server
        guard let serverText = given ?? pinned else {
            throw Problem.usage("--server URL is required (the mirror has not been synced yet)")
        }
        return try MirrorSync.serverURL(serverText)
    }

    /// The units whose keys the event is sealed to (besides the citizen's reply key, for what they read).
    public func recipientUnits(in workspace: Workspace) -> [String] {
        var units = book.units(of: item, in: workspace.inspectorates)
        if let unit, !units.contains(unit) { units.append(unit) }
        return units
    }

    /// Signs the event, posts it, and syncs the mirror so the case shows it at once. Returns the record
    /// the server appended it as (nil when its answer did not say) and the sync's outcome.
    public func send(_ workspace: Workspace) throws -> (index: Int?, synced: Sync.Outcome) {
        let connection = InspectorConnection(server: server, key: workspace.key)
        let index = try post(workspace, connection)
        return (index, try workspace.syncAfterPosting(connection: connection))
    }

    /// Signs the event and posts it on `connection`, without the sync (grant --all posts many, then syncs).
    public func post(_ workspace: Workspace, _ connection: InspectorConnection) throws -> Int? {
        let event = try InspectorEvent.make(
            action: action, details: details, caseTag: item.tag, replyKey: item.replyKey,
            inspectors: workspace.eventRecipients(of: item, in: book, transferTo: unit),
            time: Int64(Date().timeIntervalSince1970), inspector: workspace.key.name, unit: unit,
            signingKey: workspace.key.signingKey, catalog: workspace.catalog)
        let response = try connection.send(
            method: "POST", target: Sync.apiPrefix + "events", body: event.bytes,
            contentType: "application/octet-stream")
        return IndexReply(jsonBytes: response.body).map { Int($0.index) }
    }
}

extension Workspace {
    /// Pulls the posted events (and anything newer) into the mirror, verified like any sync.
    /// The case index then takes the new records in.
    public func syncAfterPosting(connection: InspectorConnection) throws -> Sync.Outcome {
        let mirror = try openMirror()
        defer { mirror.close() }
        let logKey = try NoteVerifier(verifierKey: try mirror.pin?.logKey ?? "")
        let previous = try Workspace.verifiedCheckpoint(mirror.directory)
        let lateBefore = mirror.lateRecordCount
        let outcome = try Sync(connection: connection, mirror: mirror, logKey: logKey).run()
        IndexUpdate.afterSync(
            mirror: mirror, previous: previous, lateBefore: lateBefore,
            context: try Workspace.indexContext(
                mirror: mirror.directory, key: key, openingKeys: openingKeys, signers: signers, open: mirror))
        return outcome
    }
}
