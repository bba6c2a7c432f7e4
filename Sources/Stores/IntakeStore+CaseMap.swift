import Attachments
import Casework
import Ledger

/// The server's map of each case's units and each linked attachment's case, built when the store
/// opens and kept current as records are appended, so that the inspectors' sync decides what a
/// record's reader may see without reading a case (Stores.md; Envelope.md, "Attachment links").
extension IntakeStore {
    /// Whether `inspector` may read `record`'s payload: always in a flat `Keys/`; for an envelope, an
    /// event or an attachment link, ``mayRead(_:caseTag:)`` of its case; for an attachment chunk, that
    /// of the case its attachment's link names, and yes when no link names it (a log written before
    /// links, or a chunk sealed on a citizen's device); yes for every other record (day marks, feedback).
    public func mayRead(_ inspector: String, record: LedgerRecord) -> Bool {
        guard !inspectorates.isFlat else { return true }
        if let tag = IntakeRecord.caseTag(of: record) { return mayRead(inspector, caseTag: tag) }
        guard record.type == IntakeRecord.attachmentChunkType,
            let id = IntakeRecord.attachmentID(ofChunk: record.payload),
            let tag = attachmentCases.caseTag(of: id)
        else { return true }
        return mayRead(inspector, caseTag: tag)
    }

    /// How many cases and linked attachments the map holds (for tests and figures).
    public var caseMapCounts: (cases: Int, attachments: Int) { (caseUnits.count, attachmentCases.count) }

    /// Reads the whole log once, opening nothing: each report envelope's recipients give its case's
    /// units, each transfer adds its target, each attachment link ties its attachments to its case.
    /// Nothing to do in a flat `Keys/`, where every inspector reads everything.
    func buildCaseMap() throws(StoreError) {
        guard !inspectorates.isFlat else { return }
        var known = Set<CaseUnitsCache.Key>()
        for index in 0..<ledger.count {
            let record: LedgerRecord
            do {
                record = try ledger.record(at: index)
            } catch {
                throw .ledger(error)
            }
            switch record.type {
            case IntakeRecord.envelopeType:
                // As caseState: the first report under a tag opens its case. Its clear head is enough (the
                // intake checked the whole envelope before appending it), and spares an X25519 multiplication.
                guard let head = Envelope.clearHead(record.payload), head.kind == .report,
                    known.insert(CaseUnitsCache.Key(head.caseTag)).inserted
                else { continue }
                caseUnits.record(
                    inspectorates.caseUnits(reportRecipients: head.recipientKeyIDs, routes: routeOrder),
                    of: head.caseTag)
            case IntakeRecord.eventType:
                guard let event = try? InspectorEvent(parsing: record.payload), event.action == .transfer,
                    let unit = event.unit
                else { continue }
                caseUnits.add(unit, to: event.caseTag)
            case IntakeRecord.attachmentLinkType:
                guard let link = IntakeRecord.parseAttachmentLink(record.payload) else { continue }
                attachmentCases.link(link.attachments, to: link.caseTag)
            default:
                continue
            }
        }
    }

    /// Appends the attachment link of an envelope the intake sealed for the case under `tag`, once the
    /// envelope is durable (with units only: in a flat `Keys/` every inspector reads every chunk).
    ///
    /// A link that fails to append leaves the chunks unlinked, sent to every inspector as before links:
    /// the envelope is stored and the citizen has their receipt, and a log that fails stops the intake.
    func linkAttachments(_ attachments: [SealedAttachment], to tag: CaseTag) {
        guard !inspectorates.isFlat, !attachments.isEmpty else { return }
        let ids = attachments.map(\.id)
        attachmentCases.link(ids, to: tag)
        _ = try? append(
            type: IntakeRecord.attachmentLinkType, payload: IntakeRecord.attachmentLink(caseTag: tag, attachments: ids))
    }
}
