import Catalogue
import Sodium

extension InspectorEvent {
    /// Seals `details` for an `action` on a case and signs the event: what the inspectors' tool sends.
    ///
    /// The details are sealed to every key in `inspectors` (the case's units' current epoch keys, or in
    /// a flat Keys/ every current inspector's key; for a transfer, the target unit's current key too),
    /// and to the case's `replyKey` too when the action is shown to the citizen
    /// (``Action/isShownToCitizen``). A transfer names its target `unit`.
    ///
    /// - Throws: ``CaseworkError/malformedPlaintext(_:)`` for details that do not fit the action, and
    ///   as ``sign(caseTag:action:time:inspector:unit:feedbackRecord:envelope:with:)``.
    public static func make(
        action: Action, details: EventDetails, caseTag: CaseTag, replyKey: SealedBox.PublicKey,
        inspectors: [SealedBox.PublicKey], time: Int64, inspector: String, unit: String? = nil,
        feedbackRecord: UInt64? = nil, signingKey: Signing.PrivateKey, catalog: Catalog? = nil,
        random: some RandomSource = SystemRandom()
    ) throws(CaseworkError) -> InspectorEvent {
        if let problem = details.problem(for: action, catalog: catalog) { throw .malformedPlaintext(problem) }
        var plaintext = details.encoded()
        defer { wipe(&plaintext) }
        let envelope = try Envelope.seal(
            plaintext: plaintext, kind: action.envelopeKind, caseTag: caseTag, replyKey: replyKey,
            recipients: inspectors + (action.isShownToCitizen ? [replyKey] : []), random: random)
        return try sign(
            caseTag: caseTag, action: action, time: time, inspector: inspector, unit: unit,
            feedbackRecord: feedbackRecord, envelope: envelope, with: signingKey)
    }

    /// Opens the details with a recipient's key (an inspector's, or the citizen's reply key).
    public func openDetails(with privateKey: SealedBox.PrivateKey) throws(CaseworkError) -> EventDetails {
        var plaintext = try parsedEnvelope.open(with: privateKey)
        defer { wipe(&plaintext) }
        return try EventDetails(decoding: plaintext, for: action)
    }
}
