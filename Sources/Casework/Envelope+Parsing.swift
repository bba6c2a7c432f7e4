import Sodium

/// The byte layout of an envelope (Envelope.md): strict parsing and serialization.
extension Envelope {
    static let kindOffset = 1
    static let caseTagOffset = 2
    static let replyKeyOffset = caseTagOffset + CaseTag.byteCount  // 34
    static let recipientCountOffset = replyKeyOffset + SealedBox.publicKeyByteCount  // 66
    static let keyIDsOffset = recipientCountOffset + 1  // 67
    /// The smallest body: the 16-byte tag over one padded byte (`pad` of an empty plaintext is 0x80).
    static let minimumCiphertextByteCount = XChaCha20Poly1305.tagByteCount + 1

    /// The length of the header (the associated data) for `count` recipients: 91 + 8 × count.
    static func headerByteCount(recipients count: Int) -> Int {
        keyIDsOffset + count * keyIDByteCount + XChaCha20Poly1305.nonceByteCount
    }

    /// Parses an envelope, checking every field.
    ///
    /// Rejects: an unknown version (``CaseworkError/unsupportedEnvelopeVersion(_:)``); and with
    /// ``CaseworkError/malformedEnvelope(_:)``, input too short for its header or its sealed keys,
    /// kind 0, a reply key that is a low-order point, no recipient, more than 64, two entries with one
    /// key id, and a body shorter than a tag plus one padded byte or whose padded length is not a
    /// Padmé length. Everything after the header and the sealed keys is the body, so there can be no
    /// trailing bytes; a body that was extended or cut fails to authenticate when opened.
    public init(parsing bytes: [UInt8]) throws(CaseworkError) {
        guard !bytes.isEmpty else { throw .malformedEnvelope("empty input") }
        guard bytes[0] == Self.version else { throw .unsupportedEnvelopeVersion(bytes[0]) }
        guard bytes.count > Self.keyIDsOffset else {
            throw .malformedEnvelope("\(bytes.count) bytes is shorter than an envelope's fixed header")
        }
        let kind = Kind(rawValue: bytes[Self.kindOffset])
        guard kind.rawValue != 0 else { throw .malformedEnvelope("kind 0 is reserved") }
        let count = Int(bytes[Self.recipientCountOffset])
        guard count > 0 else { throw .malformedEnvelope("no recipients: no one could open it") }
        guard count <= Self.maximumRecipientCount else {
            throw .malformedEnvelope("\(count) recipients; at most \(Self.maximumRecipientCount) are allowed")
        }
        let headerEnd = Self.headerByteCount(recipients: count)
        let bodyStart = headerEnd + count * Self.sealedKeyByteCount
        guard bytes.count >= bodyStart + Self.minimumCiphertextByteCount else {
            throw .malformedEnvelope("truncated: \(bytes.count) bytes cannot hold \(count) recipients and a body")
        }
        let replyKey: SealedBox.PublicKey
        do {
            replyKey = try SealedBox.PublicKey(
                rawRepresentation: bytes[Self.replyKeyOffset..<Self.recipientCountOffset])
        } catch {
            throw .malformedEnvelope("the reply key is not a usable X25519 public key")
        }
        var recipients: [Recipient] = []
        var seen: Set<[UInt8]> = []
        for index in 0..<count {
            let idStart = Self.keyIDsOffset + index * Self.keyIDByteCount
            let keyID = Array(bytes[idStart..<idStart + Self.keyIDByteCount])
            guard seen.insert(keyID).inserted else {
                throw .malformedEnvelope("two recipients have the key id \(keyID.hexString)")
            }
            let sealedStart = headerEnd + index * Self.sealedKeyByteCount
            recipients.append(
                Recipient(keyID: keyID, sealedKey: Array(bytes[sealedStart..<sealedStart + Self.sealedKeyByteCount])))
        }
        let paddedCount = bytes.count - bodyStart - XChaCha20Poly1305.tagByteCount
        guard Padding.padmeLength(paddedCount) == paddedCount else {
            throw .malformedEnvelope("the body is \(paddedCount) bytes, not a Padmé length: pad the plaintext")
        }
        self.kind = kind
        self.caseTag = CaseTag(unchecked: Array(bytes[Self.caseTagOffset..<Self.replyKeyOffset]))
        self.replyKey = replyKey
        self.recipients = recipients
        self.nonce = Array(bytes[(headerEnd - XChaCha20Poly1305.nonceByteCount)..<headerEnd])
        self.ciphertext = Array(bytes[bodyStart...])
    }

    /// The header: every byte before the sealed keys, authenticated as the body's associated data.
    public var header: [UInt8] {
        Self.header(kind: kind, caseTag: caseTag, replyKey: replyKey, keyIDs: recipientKeyIDs, nonce: nonce)
    }

    /// The envelope's bytes: header ‖ sealed keys ‖ ciphertext.
    public var serialized: [UInt8] {
        var bytes = header
        bytes.reserveCapacity(bytes.count + recipients.count * Self.sealedKeyByteCount + ciphertext.count)
        for recipient in recipients { bytes += recipient.sealedKey }
        bytes += ciphertext
        return bytes
    }

    static func header(
        kind: Kind, caseTag: CaseTag, replyKey: SealedBox.PublicKey, keyIDs: [[UInt8]], nonce: [UInt8]
    ) -> [UInt8] {
        var bytes: [UInt8] = [version, kind.rawValue]
        bytes.reserveCapacity(headerByteCount(recipients: keyIDs.count))
        bytes += caseTag.rawRepresentation
        bytes += replyKey.rawRepresentation
        bytes.append(UInt8(keyIDs.count))
        for id in keyIDs { bytes += id }
        bytes += nonce
        return bytes
    }
}
