import API
import Casework
import Commands
import Foundation
import Keys
import Ledger
import Mirroring
import Sodium
import Stores

/// One service feedback record of the mirror, opened with the inspector's keys.
public struct FeedbackItem: Sendable {
    /// The record's index in the intake log: the id `feedback` shows (#N) and `open-case` takes.
    public let index: UInt64
    public let feedback: ServiceFeedback
    /// The sealed record: its case tag and reply key are those of a case opened from it.
    public let envelope: Envelope
}

extension Workspace {
    /// Every verified feedback record of the mirror that one of the inspector's keys opens; the others
    /// (another unit's, a stand-in) are skipped.
    public func openedFeedback() throws -> [FeedbackItem] {
        let mirror = try openMirror()
        defer { mirror.close() }
        var items: [FeedbackItem] = []
        for index in mirror.feedbackRecords where index < verifiedSize {
            if let item = Self.opened(try mirror.record(at: index), index, openingKeys) { items.append(item) }
        }
        return items
    }

    /// The case each opened feedback record became, by feedback record: the first record under its tag.
    public func casesOpened(from items: [FeedbackItem]) throws -> [UInt64: UInt64] {
        let mirror = try openMirror()
        defer { mirror.close() }
        var cases: [UInt64: UInt64] = [:]
        for item in items {
            if let id = mirror.firstRecord(ofCase: item.envelope.caseTag), id < verifiedSize { cases[item.index] = id }
        }
        return cases
    }

    static func opened(_ record: LedgerRecord, _ index: UInt64, _ keys: [SealedBox.PrivateKey]) -> FeedbackItem? {
        guard record.type == IntakeRecord.feedbackType, let envelope = try? Envelope(parsing: record.payload),
            envelope.kind == .feedback, envelope.isSignatureValid
        else { return nil }
        for key in keys {
            guard var plaintext = try? envelope.open(with: key) else { continue }
            defer { wipe(&plaintext) }
            return ServiceFeedback(json: plaintext).map { FeedbackItem(index: index, feedback: $0, envelope: envelope) }
        }
        return nil
    }
}

/// Opening a case from a feedback comment (Events.md, "Opening a case from feedback"), checked as the
/// server would check it before anything is signed: what `candor-inspect feedback open-case` and the
/// workbench's Feedback page both run.
public struct FeedbackOpening {
    public let item: FeedbackItem
    /// The comment: the new case's report text.
    public let comment: String
    /// The units the feedback was sealed to: the new case's units, whose current keys the event is sealed to.
    public let units: [String]
    public let details: EventDetails
    public let server: HTTPClient.ServerURL

    /// Checks that feedback record `index` is in the mirror, opens with the inspector's keys, carries a
    /// comment and was not opened yet; that `reason` is a valid reason; that the inspector's key is
    /// current and, with units, that they are a member of a unit the feedback was sent to.
    public init(record index: UInt64, reason: String, server: String?, workspace: Workspace) throws {
        let mirror = try workspace.openMirror()
        defer { mirror.close() }
        guard index < workspace.verifiedSize,
            let item = Workspace.opened(try mirror.record(at: index), index, workspace.openingKeys)
        else {
            throw InspectionError.usage(
                "#\(index) is not a feedback record your keys open: use an id that `candor-inspect feedback` shows")
        }
        guard let comment = item.feedback.comment else {
            throw InspectionError.usage("feedback #\(index) has no comment: there is nothing to open a case from")
        }
        if let id = mirror.firstRecord(ofCase: item.envelope.caseTag) {
            throw InspectionError.usage(
                "feedback #\(index) was already opened as case \(id): see `candor-inspect show \(id)`")
        }
        var details = EventDetails()
        details.reason = reason
        if let problem = details.problem(for: .open) { throw InspectionError.usage(problem) }
        try workspace.checkKeyIsCurrent()
        let inspectorates = workspace.inspectorates
        let units = inspectorates.caseUnits(
            reportRecipients: item.envelope.recipientKeyIDs, routes: inspectorates.possibleRoutes())
        guard inspectorates.mayAct(workspace.key.name, onCaseOf: units) else {
            throw InspectionError.usage(
                "feedback #\(index) was sent to \(units.joined(separator: ", ")), and you (\(workspace.key.name)) are a "
                    + "member of \(inspectorates.unit(of: workspace.key.name) ?? "no unit"): only their members open a case from it"
            )
        }
        self.item = item
        self.comment = comment
        self.units = units
        self.details = details
        self.server = try CaseAction.server(server, workspace)
    }

    /// What is signed, as (label, value) pairs for the inspector to confirm: the feedback it opens, the
    /// comment that becomes the report, the reason, who it is sealed to, and that the case has no
    /// citizen. The values are the citizen's and the inspector's text: escape them where they are shown.
    public func summary(_ workspace: Workspace) -> [(label: String, value: String)] {
        let f = item.feedback
        return [
            (
                "feedback",
                "#\(item.index): \(f.province), \(f.agency), \(f.procedure), \(f.month), overall \(f.levels[.overall] ?? 0)/5"
            ),
            ("comment (the case's report text)", comment),
            ("reason (sealed)", details.reason ?? ""),
            ("sealed to", units.isEmpty ? "every current inspector" : units.joined(separator: ", ")),
            ("signed as", workspace.key.name),
            ("citizen", "none: no reply can be sent, and nobody is told"),
        ]
    }

    /// Signs the opening, posts it and syncs the mirror, so that the new case is listed at once. Returns
    /// the new case's id (the record the server appended the event as; nil when its answer did not say)
    /// and the sync's outcome.
    public func send(_ workspace: Workspace) throws -> (index: Int?, synced: Sync.Outcome) {
        let connection = InspectorConnection(server: server, key: workspace.key)
        let event = try InspectorEvent.make(
            action: .open, details: details, caseTag: item.envelope.caseTag, replyKey: item.envelope.replyKey,
            inspectors: workspace.inspectorates.sealingKeys(forUnits: units),
            time: Int64(Date().timeIntervalSince1970), inspector: workspace.key.name, feedbackRecord: item.index,
            signingKey: workspace.key.signingKey, catalog: workspace.catalog)
        let response = try connection.send(
            method: "POST", target: Sync.apiPrefix + "events", body: event.bytes,
            contentType: "application/octet-stream")
        let index = IndexReply(jsonBytes: response.body).map { Int($0.index) }
        return (index, try workspace.syncAfterPosting(connection: connection))
    }
}
