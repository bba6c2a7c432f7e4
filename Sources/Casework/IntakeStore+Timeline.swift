import Sodium

/// Reading a case back: for its citizen (the timeline) and for the intake's own checks.
extension IntakeStore {
    /// The well-formed envelopes stored under `tag`, oldest first.
    func envelopes(of tag: CaseTag) throws(CaseworkError) -> [(index: UInt64, envelope: Envelope)] {
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

    /// The case of `token` as its citizen may see it: every envelope sealed to the reply key, and
    /// every inspector event shown to the citizen, opened in memory, oldest first.
    ///
    /// Nothing opened is kept or written anywhere. Envelopes not sealed to the citizen (inspectors'
    /// notes and assignments) are left out.
    ///
    /// - Throws: ``CaseworkError/noSuchCase`` when no case has this token.
    public func timeline(token: CaseToken) throws(CaseworkError) -> [TimelineEntry] {
        let tag = tagKey.tag(for: token)
        let replyKey = token.replyKey()
        var entries: [TimelineEntry] = []
        var opened = false
        for index in ledger.records(forKey: IntakeRecord.indexKey(for: tag)) {
            let record = try record(at: index)
            switch record.type {
            case IntakeRecord.envelopeType:
                guard let envelope = try? Envelope(parsing: record.payload), envelope.caseTag == tag else { continue }
                if envelope.kind == .report { opened = true }
                guard envelope.isSealed(to: replyKey.publicKey) else { continue }
                var message: CaseMessage?
                if var plaintext = try? envelope.open(with: replyKey) {
                    message = try? CaseMessage(decoding: plaintext, kind: envelope.kind)
                    wipe(&plaintext)
                }
                entries.append(
                    TimelineEntry(logIndex: index, kind: envelope.kind, message: message, day: receivedDay(ofRecord: index)))
            case IntakeRecord.eventType:
                guard opened, let event = try? InspectorEvent(parsing: record.payload), event.caseTag == tag,
                    event.action.isShownToCitizen
                else { continue }
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
        return entries
    }

    /// Whether the citizen of `token` may rate the case now: it is resolved and not rated yet.
    ///
    /// - Throws: ``CaseworkError/noSuchCase`` when no case has this token.
    public func canRate(token: CaseToken) throws(CaseworkError) -> Bool {
        let tag = tagKey.tag(for: token)
        guard let state = try caseState(tag) else { throw .noSuchCase }
        return try isResolved(tag) && !state.hasRating
    }
}
