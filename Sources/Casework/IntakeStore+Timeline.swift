import Sodium

/// Reading a case back: for its citizen (the timeline) and for the intake's own checks.
extension IntakeStore {
    /// What the intake knows about a case without opening anything.
    struct CaseState {
        /// The reply key of the report that opened the case.
        var replyKey: SealedBox.PublicKey
        var hasRating: Bool
    }

    /// The clear facts of the case under `tag`, or nil if no report opened one.
    func caseState(_ tag: CaseTag) throws(CaseworkError) -> CaseState? {
        var state: CaseState?
        for envelope in try envelopes(of: tag).map(\.envelope) {
            if state == nil, envelope.kind == .report {
                state = CaseState(replyKey: envelope.replyKey, hasRating: false)
            }
            if envelope.kind == .rating { state?.hasRating = true }
        }
        return state
    }

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

    /// The case of `token` as its citizen may see it: every envelope sealed to the reply key, opened
    /// in memory, oldest first.
    ///
    /// Nothing opened is kept or written anywhere. Envelopes not sealed to the citizen (inspectors'
    /// internal events, later) are left out.
    ///
    /// - Throws: ``CaseworkError/noSuchCase`` when no case has this token.
    public func timeline(token: CaseToken) throws(CaseworkError) -> [TimelineEntry] {
        let tag = tagKey.tag(for: token)
        let envelopes = try envelopes(of: tag)
        guard envelopes.contains(where: { $0.envelope.kind == .report }) else { throw .noSuchCase }
        let replyKey = token.replyKey()
        var entries: [TimelineEntry] = []
        for (index, envelope) in envelopes where envelope.isSealed(to: replyKey.publicKey) {
            var message: CaseMessage?
            if var plaintext = try? envelope.open(with: replyKey) {
                message = try? CaseMessage(decoding: plaintext, kind: envelope.kind)
                wipe(&plaintext)
            }
            entries.append(TimelineEntry(logIndex: index, kind: envelope.kind, message: message))
        }
        return entries
    }

    /// Whether the citizen of `token` may rate the case now: it is resolved and not rated yet.
    ///
    /// - Throws: ``CaseworkError/noSuchCase`` when no case has this token.
    public func canRate(token: CaseToken) throws(CaseworkError) -> Bool {
        let tag = tagKey.tag(for: token)
        guard let state = try caseState(tag) else { throw .noSuchCase }
        return configuration.isResolved(tag) && !state.hasRating
    }
}
