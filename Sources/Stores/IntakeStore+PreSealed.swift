import Attachments
import Casework
import Sodium

/// Envelopes sealed on the citizen's own device: the intake checks their shape, never their content.
///
/// The intake cannot open them (it holds no private key), so it checks what is in clear: the format,
/// the kind, the recipients, the signature, and that the case tag fits what the kind claims. A client
/// mints its own token, asks for its case tag (``caseTag(for:)``, through the JSON API), and seals to
/// the current inspector keys (with units: the current epoch keys of its route's units) plus its reply
/// key, signed with its token's key, following Envelope.md.
extension IntakeStore {
    /// Checks a pre-sealed envelope without storing it, and returns it parsed.
    ///
    /// Accepted: a well-formed version 2 envelope (``Envelope/init(parsing:)``) of at most
    /// ``Configuration/maximumEnvelopeByteCount`` bytes, of a citizen kind, sealed to exactly its
    /// readers and its own reply key, whose signature verifies. The readers are, in a flat `Keys/`, the
    /// current inspector keys; with units, for a report, the current epoch keys of the units of one
    /// possible route (some province's ordinary route, or the conflict route), and for a follow-up or a
    /// rating, those of its case's units. A report must open a new
    /// case; a follow-up or a rating must name an existing case, carry that case's reply key and be
    /// signed with the signing key of the case's report (a case whose report is of version 1 takes
    /// none: nothing ties a key to its token), a rating needs a resolved, unrated case, and a follow-up
    /// a case that is not full.
    ///
    /// - Throws: ``CaseworkError/malformedEnvelope(_:)`` or ``CaseworkError/unsupportedEnvelopeVersion(_:)``
    ///   for the format (version 1 included); ``StoreError/signatureInvalid(_:)`` for a record that is
    ///   not provably the token holder's; ``StoreError/unacceptableEnvelope(_:)``,
    ///   ``StoreError/noSuchCase``, ``StoreError/notResolved``, ``StoreError/alreadyRated`` or
    ///   ``StoreError/caseFull(limit:)``
    ///   for the rest.
    public func validate(sealedEnvelope bytes: [UInt8]) throws(StoreError) -> Envelope {
        let limit = configuration.maximumEnvelopeByteCount
        guard bytes.count <= limit else { throw .unacceptableEnvelope("it is larger than \(limit) bytes") }
        let envelope = try StoreError.lifting { () throws(CaseworkError) in try Envelope(parsing: bytes) }
        guard envelope.kind.isCitizenOriginated else {
            throw .unacceptableEnvelope("a citizen may send a report, a follow-up or a rating, not a \(envelope.kind)")
        }
        let recipients = Set(envelope.recipientKeyIDs)
        let replyKeyID = Envelope.keyID(of: envelope.replyKey)
        let readers = recipients.subtracting([replyKeyID])
        guard recipients.contains(replyKeyID), envelope.recipients.count == recipients.count else {
            throw .unacceptableEnvelope("it must be sealed to its reply key, and to each key once")
        }
        if envelope.kind == .report {
            guard routeKeyIDs.contains(readers) else {
                throw .unacceptableEnvelope(
                    inspectorates.isFlat
                        ? "it must be sealed to exactly the current inspector keys and its reply key; fetch the keys and seal again"
                        : "it must be sealed to exactly the current epoch keys of one route's units (the ordinary route of "
                            + "its province, or the route for a local authority involved) and its reply key; fetch the "
                            + "keys and routes (GET /api/v1/keys) and seal again")
            }
        }
        guard envelope.version == Envelope.version else {
            throw .casework(.unsupportedEnvelopeVersion(envelope.version))
        }
        guard envelope.isSignatureValid else {
            throw .signatureInvalid("its signature does not verify under the signing key in its header")
        }
        let state = try caseState(envelope.caseTag)
        if envelope.kind == .report {
            guard state == nil else { throw .unacceptableEnvelope("a case with this tag exists: send a follow-up") }
        } else {
            guard let state else { throw .noSuchCase }
            let expected = Set(inspectorates.sealingKeys(forUnits: state.units).map(Envelope.keyID(of:)))
            guard readers == expected else {
                throw .unacceptableEnvelope(
                    inspectorates.isFlat
                        ? "it must be sealed to exactly the current inspector keys and its reply key; fetch the keys and seal again"
                        : "it must be sealed to exactly the current epoch keys of its case's units ("
                            + state.units.joined(separator: ", ") + ") and its reply key; fetch the keys and seal again"
                )
            }
            try checkAuthor(
                replyKey: envelope.replyKey, signingKey: envelope.signingKey, joining: state, tokenShown: false)
            if envelope.kind == .rating {
                guard isResolved(envelope.caseTag, state.progress) else { throw .notResolved }
                guard !state.hasRating else { throw .alreadyRated }
            } else {
                try refuseIfFull(state)
            }
        }
        return envelope
    }

    /// Whether a citizen's follow-up or rating with these keys (and a valid signature) may join the case
    /// `state` (finding H1): it carries the case's reply key, and the signing key of the case's report.
    /// A case whose report is of version 1 names no signing key, so only a request that showed the token
    /// (`tokenShown`: the intake checked it against the case tag, and signs with its key) may add to it.
    func checkAuthor(
        replyKey: SealedBox.PublicKey, signingKey: Signing.PublicKey?, joining state: CaseState, tokenShown: Bool
    ) throws(StoreError) {
        guard state.replyKey == replyKey else {
            throw .unacceptableEnvelope("the reply key is not the case's; derive it from the case's token")
        }
        guard let caseKey = state.signingKey else {
            guard tokenShown else {
                throw .signatureInvalid(
                    "this case's report is of the older, unsigned format, so no key proves who holds its token: "
                        + "send follow-ups and ratings with the token (POST /api/v1/followups or /api/v1/ratings)")
            }
            return
        }
        guard signingKey == caseKey else {
            throw .signatureInvalid(
                "it is not signed with the key of the case's report: only the holder of the case's token can add to it")
        }
    }

    /// ``checkAuthor(replyKey:signingKey:joining:tokenShown:)`` for a record the intake seals with
    /// `token`'s keys, checked before anything is sealed or stored.
    func checkKeys(of token: CaseToken, joining state: CaseState) throws(StoreError) {
        try checkAuthor(
            replyKey: token.replyKey().publicKey, signingKey: token.signingKey().publicKey, joining: state,
            tokenShown: true)
    }

    /// Validates and stores a pre-sealed envelope unchanged; returns once it is durable.
    public func submit(sealedEnvelope bytes: [UInt8]) throws(StoreError) -> Acknowledgement {
        // Under the lock, so that two envelopes cannot both open one case or both rate it.
        caseLock.lock()
        defer { caseLock.unlock() }
        let envelope = try validate(sealedEnvelope: bytes)
        let index = try append(type: IntakeRecord.envelopeType, payload: bytes)
        if envelope.kind == .report { caseUnits.record(units(ofReport: envelope), of: envelope.caseTag) }
        return Acknowledgement(
            caseTag: envelope.caseTag, kind: envelope.kind, logIndex: index, inclusion: try eagerInclusion(of: index))
    }

    /// Stores one attachment chunk record sealed on the citizen's device (Envelope.md layout); returns
    /// once it is durable.
    ///
    /// Checked for shape only, and for order: chunk numbers of an attachment must arrive 0, 1, 2…
    /// The envelope that lists the attachment (with its key) comes after its chunks.
    public func submit(sealedAttachmentChunk payload: [UInt8]) throws(StoreError) -> UInt64 {
        let record = try StoreError.lifting { () throws(CaseworkError) in try AttachmentChunkRecord.parse(payload) }
        caseLock.lock()
        defer { caseLock.unlock() }
        let stored = ledger.records(forKey: IntakeRecord.indexKey(for: record.id)).count
        guard Int(record.number) == stored else {
            throw .casework(
                .malformedAttachment(
                    "chunk \(record.number) of \(record.id.hex) arrived where chunk \(stored) was due"))
        }
        let chunkLimit = AttachmentSealer.chunkCount(forByteCount: configuration.maximumAttachmentByteCount)
        guard stored < chunkLimit else { throw .attachmentTooLarge(limit: configuration.maximumAttachmentByteCount) }
        return try append(type: IntakeRecord.attachmentChunkType, payload: payload)
    }
}
