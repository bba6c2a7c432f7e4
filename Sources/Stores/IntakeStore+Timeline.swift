import Casework
import Catalogue
import Sodium

/// Reading a case back: for its citizen (the timeline) and for the intake's own checks.
extension IntakeStore {
    /// The well-formed envelopes stored under `tag`, oldest first.
    func envelopes(of tag: CaseTag) throws(StoreError) -> [(index: UInt64, envelope: Envelope)] {
        var result: [(UInt64, Envelope)] = []
        for index in ledger.records(forKey: IntakeRecord.indexKey(for: tag)) {
            let record = try record(at: index)
            guard record.type == IntakeRecord.envelopeType, let envelope = try? Envelope(parsing: record.payload),
                envelope.caseTag == tag
            else { continue }
            result.append((index, envelope))
        }
        return result
    }

    /// The case of `token` as its citizen may see it: the ``OpenedCase/entries`` of ``openCase(token:)``.
    ///
    /// - Throws: ``StoreError/noSuchCase`` when no case has this token.
    public func timeline(token: CaseToken) throws(StoreError) -> [TimelineEntry] {
        try openCase(token: token).entries
    }

    /// The number of records filed under the case of `token` (envelopes and events), from the index
    /// alone: what opening the case will read, known before anything is read.
    public func recordCount(caseOf token: CaseToken) -> Int {
        ledger.records(forKey: IntakeRecord.indexKey(for: tagKey.tag(for: token))).count
    }

    /// The case of `token` as its citizen may see it, read in one pass: every record of the case is
    /// read once, and those sealed to the reply key are opened once (a status page needs nothing more).
    ///
    /// The entries are every envelope sealed to the reply key and every inspector event shown to the
    /// citizen, opened in memory, oldest first. Nothing opened is kept or written anywhere. Envelopes
    /// not sealed to the citizen and inspectors' notes and assignments are left out of the entries;
    /// every event still counts towards the case's state. Each citizen's record says whether it provably
    /// comes from the token's holder (``TimelineEntry/authorship``), checked against the token's keys.
    ///
    /// - Throws: ``StoreError/noSuchCase`` when no case has this token.
    public func openCase(token: CaseToken) throws(StoreError) -> OpenedCase {
        let tag = tagKey.tag(for: token)
        let replyKey = token.replyKey()
        let signingKey = token.signingKey().publicKey
        var entries: [TimelineEntry] = []
        // Version 2 until the report says otherwise: no case opens with anything but its report.
        var reportVersion = Envelope.version
        var opened = false
        var rated = false
        var progress = CaseProgress()
        var handlingUnit: String?
        for index in ledger.records(forKey: IntakeRecord.indexKey(for: tag)) {
            let record = try record(at: index)
            switch record.type {
            case IntakeRecord.envelopeType:
                guard let envelope = try? Envelope(parsing: record.payload), envelope.caseTag == tag else { continue }
                if envelope.kind == .report, !opened {
                    opened = true
                    reportVersion = envelope.version
                    handlingUnit = units(ofReport: envelope).first
                }
                if opened, envelope.kind == .rating { rated = true }
                guard envelope.isSealed(to: replyKey.publicKey) else { continue }
                var message: CaseMessage?
                if var plaintext = try? envelope.open(with: replyKey) {
                    message = try? CaseMessage(decoding: plaintext, kind: envelope.kind)
                    wipe(&plaintext)
                }
                let authorship = envelope.authorship(
                    caseSigningKey: signingKey, caseReplyKey: replyKey.publicKey, reportVersion: reportVersion)
                entries.append(
                    TimelineEntry(
                        logIndex: index, kind: envelope.kind, message: message, day: receivedDay(ofRecord: index),
                        authorship: authorship))
            case IntakeRecord.eventType:
                guard opened, let event = try? InspectorEvent(parsing: record.payload), event.caseTag == tag else {
                    continue
                }
                progress.apply(event.action, at: event.date)
                if event.action == .transfer, let unit = event.unit, !inspectorates.isFlat { handlingUnit = unit }
                guard event.action.isShownToCitizen else { continue }
                let envelope = event.parsedEnvelope
                guard envelope.isSealed(to: replyKey.publicKey) else { continue }
                var details: EventDetails?
                if var plaintext = try? envelope.open(with: replyKey) {
                    details = try? EventDetails(decoding: plaintext, for: event.action)
                    wipe(&plaintext)
                }
                entries.append(
                    TimelineEntry(
                        logIndex: index, kind: envelope.kind, action: event.action, details: details,
                        day: CalendarDay(event.date)))
            default:
                continue
            }
        }
        guard opened else { throw .noSuchCase }
        let resolved = isResolved(tag, progress)
        return OpenedCase(
            entries: entries, isResolved: resolved, canRate: resolved && !rated,
            handlingUnit: handlingUnit.flatMap { inspectorates.catalog[$0] })
    }

    /// Whether the citizen of `token` may rate the case now: it is resolved and not rated yet.
    ///
    /// - Throws: ``StoreError/noSuchCase`` when no case has this token.
    public func canRate(token: CaseToken) throws(StoreError) -> Bool {
        try openCase(token: token).canRate
    }
}

/// A case as its citizen sees it, from one read of its records (``IntakeStore/openCase(token:)``).
public struct OpenedCase: Sendable {
    /// The citizen's messages and the inspectors' events shown to the citizen, oldest first.
    public let entries: [TimelineEntry]
    /// Whether the case is resolved.
    public let isResolved: Bool
    /// Whether the citizen may rate it now: resolved and not rated yet.
    public let canRate: Bool
    /// The unit that handles it (the last transfer's target, or the first unit of its route); nil for a
    /// flat `Keys/`.
    public var handlingUnit: Units.Unit? = nil
}
