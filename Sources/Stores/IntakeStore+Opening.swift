import Casework
import Ledger

/// Opening a case from a service feedback comment (Events.md, "Opening a case from feedback"): the
/// case's tag is the feedback envelope's, its units are the units the feedback was sealed to, and it has
/// no citizen.
extension IntakeStore {
    /// The feedback envelope an opening names: a feedback record (type 5) of the log whose envelope is of
    /// kind feedback, carries a valid signature and has the event's case tag.
    func openedFeedback(_ event: InspectorEvent) throws(EventRejection) -> Envelope {
        guard let index = event.feedbackRecord, index < recordCount else {
            throw .noSuchFeedback("the log has no record \(event.feedbackRecord ?? 0); sync and check the feedback id")
        }
        let record: LedgerRecord
        do {
            record = try self.record(at: index)
        } catch {
            throw .storage(error)
        }
        guard record.type == IntakeRecord.feedbackType, let envelope = try? Envelope(parsing: record.payload),
            envelope.kind == .feedback, envelope.isSignatureValid
        else {
            throw .noSuchFeedback("record \(index) is not a service feedback record")
        }
        guard envelope.caseTag == event.caseTag else {
            throw .noSuchFeedback("the event's case tag is not the tag of feedback record \(index)")
        }
        return envelope
    }

    /// Checks an opening whose signature, signer and day were checked, and appends it, holding the case
    /// lock: the feedback record exists; with units, the signer is a member of a unit it was sealed to;
    /// no case has its tag yet; the envelope carries its reply key and is sealed to its units' current
    /// epoch keys (every current inspector in a flat `Keys/`), never to the reply key.
    func appendOpening(_ event: InspectorEvent, _ bytes: [UInt8], existing: CaseState?) throws(EventRejection)
        -> UInt64
    {
        if let existing, let stored = existing.events.first(where: { $0.bytes == bytes }) { return stored.index }
        let feedback = try openedFeedback(event)
        let route = units(ofReport: feedback)
        guard inspectorates.mayAct(event.inspector, onCaseOf: route) else {
            let own = inspectorates.unit(of: event.inspector).map { "a member of \($0)" } ?? "a member of no unit"
            throw .notYourUnit(
                "\(event.inspector) is \(own); feedback record \(event.feedbackRecord ?? 0) was sent to "
                    + "\(route.joined(separator: ", ")), and only their members may open a case from it")
        }
        if let existing {
            let opened = existing.events.first.map { " as case \($0.index)" } ?? ""
            throw .conflict(
                "feedback record \(event.feedbackRecord ?? 0) was already opened\(opened): a comment is opened as a case once"
            )
        }
        let state = CaseState(
            replyKey: feedback.replyKey, signingKey: feedback.signingKey, hasRating: false, citizenRecords: 0,
            units: route,
            handlingUnit: route.first, feedbackRecord: event.feedbackRecord)
        guard event.parsedEnvelope.replyKey == state.replyKey else {
            throw .recipients("it carries another reply key than the feedback record's")
        }
        try checkReaders(of: event, on: state)
        guard !event.parsedEnvelope.isSealed(to: state.replyKey) else {
            throw .recipients("an opening must not be sealed to the feedback's reply key: nobody holds it")
        }
        do {
            return try append(type: IntakeRecord.eventType, payload: bytes)
        } catch {
            throw .storage(error)
        }
    }
}
