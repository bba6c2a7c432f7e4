import Foundation
import Sodium

/// Sealing and opening (Envelope.md, "Sealing" and "Opening").
extension Envelope {
    /// Seals `plaintext` into a new envelope and returns its bytes.
    ///
    /// - Parameters:
    ///   - plaintext: the message (for Casework, the JSON of a ``CaseMessage``); it is padded with
    ///     Padmé before encryption, so the envelope's size reveals only a coarse bucket of its length.
    ///   - kind: what the envelope is; stored in clear.
    ///   - caseTag: the case it belongs to; stored in clear and indexed.
    ///   - replyKey: the citizen's reply public key; stored in clear.
    ///   - signingKey: for a citizen's kind, the key the case's token derives (``CaseToken/signingKey()``):
    ///     its public half goes in the header and the envelope ends with its signature. Nil for an
    ///     inspector's kinds, whose envelopes travel inside a signed inspector event.
    ///   - recipients: everyone who may open it, in the order to list them. A citizen-originated
    ///     envelope lists every current inspector key *and* `replyKey`, so the citizen's status page
    ///     can show the citizen their own timeline.
    ///   - random: where the content key (32 bytes) and then the nonce (24 bytes) come from. Only a
    ///     test passes a deterministic source. `crypto_box_seal` draws its ephemeral keys from libsodium
    ///     itself, which is why the sealed keys are kept out of the associated data: the header and the
    ///     body then depend only on the inputs and this source, and make a known-answer vector.
    /// - Throws: ``CaseworkError/malformedEnvelope(_:)`` for no recipient, more than 64, one listed twice,
    ///   or a signing key missing for a citizen's kind or given for an inspector's.
    public static func seal(
        plaintext: some ContiguousBytes, kind: Kind, caseTag: CaseTag, replyKey: SealedBox.PublicKey,
        signingKey: Signing.PrivateKey? = nil, recipients: [SealedBox.PublicKey],
        random: some RandomSource = SystemRandom()
    ) throws(CaseworkError) -> [UInt8] {
        guard kind.rawValue != 0 else { throw .malformedEnvelope("kind 0 is reserved") }
        guard (signingKey != nil) == kind.isSignedByCitizen else {
            throw .malformedEnvelope(
                kind.isSignedByCitizen
                    ? "a citizen's record is signed with the token's signing key"
                    : "an inspector's envelope is not signed")
        }
        guard !recipients.isEmpty else { throw .malformedEnvelope("no recipients: no one could open it") }
        guard recipients.count <= maximumRecipientCount else {
            throw .malformedEnvelope("\(recipients.count) recipients; at most \(maximumRecipientCount) are allowed")
        }
        let keyIDs = recipients.map(keyID(of:))
        guard Set(keyIDs).count == keyIDs.count else { throw .malformedEnvelope("a recipient is listed twice") }

        var keyBytes = random.bytes(count: XChaCha20Poly1305.keyByteCount)
        let contentKey = SecureBytes(keyBytes)
        wipe(&keyBytes)
        let nonce = random.bytes(count: XChaCha20Poly1305.nonceByteCount)
        let header = header(
            version: version, kind: kind, caseTag: caseTag, replyKey: replyKey, signingKey: signingKey?.publicKey,
            commitment: commitment(to: contentKey), keyIDs: keyIDs, nonce: nonce)
        var padded = Padding.pad(plaintext)
        defer { wipe(&padded) }
        let ciphertext: [UInt8]
        do {
            ciphertext = try XChaCha20Poly1305.encrypt(padded, key: contentKey, nonce: nonce, authenticating: header)
        } catch {
            // Key and nonce come from fixed-size draws above, so this is a broken RandomSource.
            preconditionFailure("XChaCha20-Poly1305 refused a key or nonce of the right size: \(error)")
        }
        var bytes = header
        bytes.reserveCapacity(
            header.count + recipients.count * sealedKeyByteCount + ciphertext.count + Signing.signatureByteCount)
        for recipient in recipients { bytes += SealedBox.seal(contentKey, to: recipient) }
        bytes += ciphertext
        if let signingKey { bytes += signingKey.signature(for: signatureContext + bytes) }
        return bytes
    }

    /// Opens the envelope with a recipient's private key and returns the plaintext (unpadded).
    ///
    /// Finds the recipient's entry by key id (``CaseworkError/notARecipient`` if there is none), opens
    /// the sealed content key, checks it against the header's commitment (version 2), and decrypts the
    /// body with the header as associated data. A tampered sealed key, header or body, a content key
    /// that is not the committed one, or a key that only shares the id, are all
    /// ``CaseworkError/authenticationFailed``, and no plaintext is released.
    ///
    /// Opening does not check the signature: who may speak for a case is the case's business
    /// (``authorship(caseSigningKey:caseReplyKey:reportVersion:)``).
    public func open(with privateKey: SealedBox.PrivateKey) throws(CaseworkError) -> [UInt8] {
        try open(contentKey: try contentKey(with: privateKey))
    }

    /// The content key, opened with a recipient's private key and checked against the header's
    /// commitment: what an inspector grants to a colleague who was added after the envelope was sealed
    /// (Events.md, "grant").
    public func contentKey(with privateKey: SealedBox.PrivateKey) throws(CaseworkError) -> SecureBytes {
        let id = Self.keyID(of: privateKey.publicKey)
        guard let recipient = recipients.first(where: { $0.keyID == id }) else { throw .notARecipient }
        do {
            let key = try SealedBox.open(recipient.sealedKey, with: privateKey)
            guard key.count == XChaCha20Poly1305.keyByteCount, isCommitted(to: key) else {
                throw CaseworkError.authenticationFailed
            }
            return key
        } catch {
            throw .authenticationFailed
        }
    }

    /// Decrypts the body with its content key and returns the plaintext (unpadded).
    ///
    /// In version 2 the key must match the header's commitment before the body is even tried, so that a
    /// sealer cannot give two recipients two keys that both authenticate it (finding L3).
    public func open(contentKey: SecureBytes) throws(CaseworkError) -> [UInt8] {
        guard isCommitted(to: contentKey) else { throw .authenticationFailed }
        var padded: [UInt8]
        do {
            padded = try XChaCha20Poly1305.decrypt(ciphertext, key: contentKey, nonce: nonce, authenticating: header)
        } catch {
            throw .authenticationFailed
        }
        defer { wipe(&padded) }
        do {
            return try Padding.unpad(padded)
        } catch {
            // Authentic, so whoever sealed it did not follow the spec.
            throw .malformedEnvelope("the authenticated body has no ISO/IEC 7816-4 padding marker")
        }
    }
}

/// The key commitment and the citizen's signature (Envelope.md, "Version 2").
extension Envelope {
    /// The BLAKE2b key of the content key commitment: a public constant that keeps this hash in a domain
    /// of its own, exactly 32 ASCII bytes.
    public static let commitmentKey = SecureBytes(Array("candor-content-key-commitment-v2".utf8))
    /// What the citizen's signature covers first, before every byte of the envelope that precedes it,
    /// so that it can never pass for a signature of anything else.
    public static let signatureContext = Array("candor-envelope-signature-v2".utf8)

    /// BLAKE2b-256(message: content key, key: ``commitmentKey``).
    static func commitment(to contentKey: SecureBytes) -> [UInt8] {
        GenericHash.hash(contentKey, key: commitmentKey)
    }

    /// Whether `contentKey` is the one the header commits to; version 1 commits to nothing.
    func isCommitted(to contentKey: SecureBytes) -> Bool {
        guard let keyCommitment else { return true }
        // Compared in constant time: a mismatch must not say where it differs.
        return SecureBytes(Self.commitment(to: contentKey)) == SecureBytes(keyCommitment)
    }

    /// Whether the envelope carries a signature that verifies under its own ``signingKey``. That only
    /// proves possession of that key; whose key it must be is ``authorship(caseSigningKey:caseReplyKey:reportVersion:)``.
    public var isSignatureValid: Bool {
        guard let signingKey, let signature else { return false }
        return signingKey.isValidSignature(signature, for: Self.signatureContext + signedPart)
    }
}
