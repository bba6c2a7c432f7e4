import Casework
import Sodium

/// Service feedback: a rating of a visit to an agency, with no case.
extension IntakeStore {
    /// Seals `feedback` to the units of its province (the ordinary route, as a report's) and stores it
    /// as a feedback record (``IntakeRecord/feedbackType``); returns its log index once it is durable.
    ///
    /// The envelope is signed with the key of a token minted for it and forgotten at once: the record
    /// links to no case and to no other feedback, and nobody can add to it. The levels go, in memory
    /// only, to the public index's next daily batch (``publishedFeedbackIndex``).
    ///
    /// - Throws: ``StoreError/invalid(_:)`` with every field problem, before anything is stored;
    ///   ``StoreError/ledger(_:)`` if the log fails.
    public func submitFeedback(_ feedback: ServiceFeedback) throws(StoreError) -> UInt64 {
        let today = self.today
        let feedback = feedback.normalized()
        let errors = feedback.validate(catalog: configuration.catalog, today: today)
        guard errors.isEmpty else { throw .invalid(errors) }
        let token = CaseToken(random: configuration.random)
        let units = inspectorates.route(province: feedback.province, .ordinary)
        var plaintext = feedback.encoded()
        defer { wipe(&plaintext) }
        let envelope = try StoreError.lifting { () throws(CaseworkError) in
            try Envelope.seal(
                plaintext: plaintext, kind: .feedback, caseTag: tagKey.tag(for: token),
                replyKey: token.replyKey().publicKey, signingKey: token.signingKey(),
                recipients: inspectorates.sealingKeys(forUnits: units), random: configuration.random)
        }
        let index = try append(type: IntakeRecord.feedbackType, payload: envelope)
        countFeedback(feedback)
        return index
    }

    /// The number of feedback records in the log (sealed; their levels are not read).
    public var feedbackCount: Int { ledger.records(forKey: IntakeRecord.feedbackIndexKey).count }
}
