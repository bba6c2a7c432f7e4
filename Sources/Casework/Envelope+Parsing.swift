import Sodium

/// The byte layout of an envelope (Envelope.md): strict parsing and serialization.
extension Envelope {
    static let kindOffset = 1
    package static let caseTagOffset = 2
    package static let replyKeyOffset = caseTagOffset + CaseTag.byteCount  // 34
    /// Version 2 only: the citizen's signing key, then the content key commitment.
    static let signingKeyOffset = replyKeyOffset + SealedBox.publicKeyByteCount  // 66
    static let commitmentOffset = signingKeyOffset + Signing.publicKeyByteCount  // 98
    static let commitmentByteCount = 32
    /// The smallest body: the 16-byte tag over one padded byte (`pad` of an empty plaintext is 0x80).
    static let minimumCiphertextByteCount = XChaCha20Poly1305.tagByteCount + 1

    /// Where the recipient count sits: 66 in version 1, 130 in version 2.
    static func recipientCountOffset(version: UInt8) -> Int {
        version == unsignedVersion ? signingKeyOffset : commitmentOffset + commitmentByteCount
    }

    /// The length of the header (the associated data) for `count` recipients: 91 + 8 × count in version
    /// 1, 155 + 8 × count in version 2.
    static func headerByteCount(version: UInt8, recipients count: Int) -> Int {
        recipientCountOffset(version: version) + 1 + count * keyIDByteCount + XChaCha20Poly1305.nonceByteCount
    }

    /// Parses an envelope, checking every field.
    ///
    /// Rejects: an unknown version (``CaseworkError/unsupportedEnvelopeVersion(_:)``); and with
    /// ``CaseworkError/malformedEnvelope(_:)``, input too short for its header, its sealed keys or its
    /// signature, kind 0, a reply key that is a low-order point, in version 2 a signing key that is zero
    /// for a citizen's kind or not zero for an inspector's, no recipient, more than 64, two entries with
    /// one key id, and a body shorter than a tag plus one padded byte or whose padded length is not a
    /// Padmé length. Everything between the sealed keys and the signature (or the end) is the body, so
    /// there can be no trailing bytes; a body that was extended or cut fails to authenticate when opened.
    public init(parsing bytes: [UInt8]) throws(CaseworkError) {
        guard let version = bytes.first else { throw .malformedEnvelope("empty input") }
        guard version == Self.version || version == Self.unsignedVersion else {
            throw .unsupportedEnvelopeVersion(version)
        }
        let countOffset = Self.recipientCountOffset(version: version)
        guard bytes.count > countOffset + 1 else {
            throw .malformedEnvelope("\(bytes.count) bytes is shorter than an envelope's fixed header")
        }
        let kind = Kind(rawValue: bytes[Self.kindOffset])
        guard kind.rawValue != 0 else { throw .malformedEnvelope("kind 0 is reserved") }
        let count = Int(bytes[countOffset])
        guard count > 0 else { throw .malformedEnvelope("no recipients: no one could open it") }
        guard count <= Self.maximumRecipientCount else {
            throw .malformedEnvelope("\(count) recipients; at most \(Self.maximumRecipientCount) are allowed")
        }
        let signed = version == Self.version && kind.isSignedByCitizen
        let signatureCount = signed ? Signing.signatureByteCount : 0
        let headerEnd = Self.headerByteCount(version: version, recipients: count)
        let bodyStart = headerEnd + count * Self.sealedKeyByteCount
        guard bytes.count >= bodyStart + Self.minimumCiphertextByteCount + signatureCount else {
            throw .malformedEnvelope("truncated: \(bytes.count) bytes cannot hold \(count) recipients and a body")
        }
        let replyKey: SealedBox.PublicKey
        do {
            replyKey = try SealedBox.PublicKey(
                rawRepresentation: bytes[Self.replyKeyOffset..<Self.signingKeyOffset])
        } catch {
            throw .malformedEnvelope("the reply key is not a usable X25519 public key")
        }
        var signingKey: Signing.PublicKey?
        var commitment: [UInt8]?
        if version == Self.version {
            let raw = Array(bytes[Self.signingKeyOffset..<Self.commitmentOffset])
            let isZero = raw.allSatisfy { $0 == 0 }
            guard isZero != kind.isSignedByCitizen else {
                throw .malformedEnvelope(
                    kind.isSignedByCitizen
                        ? "a citizen's record must carry the token's signing key"
                        : "an inspector's envelope carries 32 zero bytes where a citizen's has a signing key")
            }
            if !isZero { signingKey = try? Signing.PublicKey(rawRepresentation: raw) }
            commitment = Array(bytes[Self.commitmentOffset..<countOffset])
        }
        var recipients: [Recipient] = []
        recipients.reserveCapacity(count)
        for index in 0..<count {
            let idStart = countOffset + 1 + index * Self.keyIDByteCount
            let keyID = Array(bytes[idStart..<idStart + Self.keyIDByteCount])
            // At most 64, mostly 2 to 4: comparing with the ones before costs less than hashing each.
            guard !recipients.contains(where: { $0.keyID == keyID }) else {
                throw .malformedEnvelope("two recipients have the key id \(keyID.hexString)")
            }
            let sealedStart = headerEnd + index * Self.sealedKeyByteCount
            recipients.append(
                Recipient(keyID: keyID, sealedKey: Array(bytes[sealedStart..<sealedStart + Self.sealedKeyByteCount])))
        }
        let bodyEnd = bytes.count - signatureCount
        let paddedCount = bodyEnd - bodyStart - XChaCha20Poly1305.tagByteCount
        guard Padding.padmeLength(paddedCount) == paddedCount else {
            throw .malformedEnvelope("the body is \(paddedCount) bytes, not a Padmé length: pad the plaintext")
        }
        self.version = version
        self.kind = kind
        self.caseTag = CaseTag(unchecked: Array(bytes[Self.caseTagOffset..<Self.replyKeyOffset]))
        self.replyKey = replyKey
        self.signingKey = signingKey
        self.keyCommitment = commitment
        self.recipients = recipients
        self.nonce = Array(bytes[(headerEnd - XChaCha20Poly1305.nonceByteCount)..<headerEnd])
        self.ciphertext = Array(bytes[bodyStart..<bodyEnd])
        self.signature = signed ? Array(bytes[bodyEnd...]) : nil
    }

    /// The header: every byte before the sealed keys, authenticated as the body's associated data.
    public var header: [UInt8] {
        Self.header(
            version: version, kind: kind, caseTag: caseTag, replyKey: replyKey, signingKey: signingKey,
            commitment: keyCommitment ?? [], keyIDs: recipientKeyIDs, nonce: nonce)
    }

    /// The envelope's bytes: header ‖ sealed keys ‖ ciphertext ‖ signature (if any).
    public var serialized: [UInt8] { signedPart + (signature ?? []) }

    /// Every byte before the signature: what the signature covers, after ``signatureContext``.
    var signedPart: [UInt8] {
        var bytes = header
        bytes.reserveCapacity(
            bytes.count + recipients.count * Self.sealedKeyByteCount + ciphertext.count + Signing.signatureByteCount)
        for recipient in recipients { bytes += recipient.sealedKey }
        bytes += ciphertext
        return bytes
    }

    /// The header's bytes. In version 2, a nil `signingKey` is written as 32 zero bytes (an inspector's
    /// kinds) and `commitment` is the content key's; version 1 has neither field.
    static func header(
        version: UInt8, kind: Kind, caseTag: CaseTag, replyKey: SealedBox.PublicKey, signingKey: Signing.PublicKey?,
        commitment: [UInt8], keyIDs: [[UInt8]], nonce: [UInt8]
    ) -> [UInt8] {
        var bytes: [UInt8] = [version, kind.rawValue]
        bytes.reserveCapacity(headerByteCount(version: version, recipients: keyIDs.count))
        bytes += caseTag.rawRepresentation
        bytes += replyKey.rawRepresentation
        if version != unsignedVersion {
            bytes += signingKey?.rawRepresentation ?? [UInt8](repeating: 0, count: Signing.publicKeyByteCount)
            bytes += commitment
        }
        bytes.append(UInt8(keyIDs.count))
        for id in keyIDs { bytes += id }
        bytes += nonce
        return bytes
    }
}

extension Envelope {
    /// The kind, case tag and recipient key ids of an envelope, read at their offsets in its clear
    /// header (Envelope.md) without the full parse, whose reply key check costs an X25519
    /// multiplication: for a reader of records the intake already checked (its start pass). Nil when
    /// the bytes are too short for the header they announce or of an unknown version.
    package static func clearHead(_ bytes: [UInt8]) -> (kind: Kind, caseTag: CaseTag, recipientKeyIDs: [[UInt8]])? {
        guard let version = bytes.first, version == Self.version || version == Self.unsignedVersion else { return nil }
        let countOffset = recipientCountOffset(version: version)
        guard bytes.count > countOffset else { return nil }
        let count = Int(bytes[countOffset])
        guard count > 0, count <= maximumRecipientCount,
            bytes.count >= headerByteCount(version: version, recipients: count)
        else { return nil }
        let ids = (0..<count).map {
            Array(bytes[(countOffset + 1 + $0 * keyIDByteCount)..<(countOffset + 1 + ($0 + 1) * keyIDByteCount)])
        }
        return (
            Kind(rawValue: bytes[kindOffset]), CaseTag(unchecked: Array(bytes[caseTagOffset..<replyKeyOffset])), ids
        )
    }
}
