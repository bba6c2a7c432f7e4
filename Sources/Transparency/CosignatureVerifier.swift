import Sodium

/// A known witness key: checks the cosignature/v1 lines made by the matching ``CosignatureSigner``.
///
/// Its text form is a C2SP vkey of signature type 0x04:
/// `<name>+<key ID as 8 lowercase hex digits>+<base64(0x04 ‖ 32-byte Ed25519 public key)>`, where the key
/// ID is `SHA-256(<name> ‖ "\n" ‖ 0x04 ‖ public key)[:4]`.
public struct CosignatureVerifier: Sendable, Hashable, CustomStringConvertible {
    /// The witness's name, as in its cosignature lines.
    public let name: String
    /// The key ID (type 0x04).
    public let keyID: UInt32
    /// The Ed25519 public key.
    public let publicKey: Signing.PublicKey

    /// A verifier for `publicKey` under `name`. Throws ``TransparencyError/malformedNote(_:)`` for an
    /// invalid key name.
    public init(name: String, publicKey: Signing.PublicKey) throws(TransparencyError) {
        guard SignedNote.isValidKeyName(name) else {
            throw .malformedNote("invalid key name \(String(reflecting: name))")
        }
        self.init(
            uncheckedName: name, publicKey: publicKey,
            keyID: NoteVerifier.keyID(name: name, type: Cosignature.signatureType, publicKey: publicKey))
    }

    init(uncheckedName name: String, publicKey: Signing.PublicKey, keyID: UInt32) {
        self.name = name
        self.publicKey = publicKey
        self.keyID = keyID
    }

    /// Parses a vkey `<name>+<hex key ID>+<base64(0x04 ‖ public key)>`, as strictly as
    /// ``NoteVerifier/init(verifierKey:)``: the key ID must match. Throws
    /// ``TransparencyError/malformedNote(_:)``.
    public init(verifierKey: String) throws(TransparencyError) {
        let (name, claimedID, publicKey) = try NoteVerifier.parseVerifierKey(
            verifierKey, type: Cosignature.signatureType)
        try self.init(name: name, publicKey: publicKey)
        guard keyID == claimedID else {
            throw .malformedNote(
                "verifier key \(name) claims key ID \(NoteVerifier.hex(claimedID)) "
                    + "but its key has \(NoteVerifier.hex(keyID))")
        }
    }

    /// The vkey string.
    public var verifierKey: String {
        "\(name)+\(NoteVerifier.hex(keyID))+\(NoteBase64.encode([Cosignature.signatureType] + publicKey.rawRepresentation))"
    }

    public var description: String { verifierKey }

    /// Whether a signature line claims to be from this key: its key name and key ID both match.
    public func matches(_ line: NoteSignature) -> Bool {
        line.keyID == keyID && line.name.utf8.elementsEqual(name.utf8)
    }

    /// Checks `line`, which must be ``matches(_:)``, as this witness's cosignature of `checkpointText`,
    /// and returns it. Throws ``TransparencyError/invalidCosignature(_:)``.
    public func verify(_ line: NoteSignature, checkpointText: String) throws(TransparencyError) -> Cosignature {
        guard matches(line) else { throw .invalidCosignature("the line is not from witness \(keyName)") }
        let cosignature: Cosignature
        do {
            cosignature = try Cosignature(timestampedSignature: line.signature)
        } catch {
            throw .invalidCosignature("witness \(keyName): \(error.description)")
        }
        let message = Cosignature.message(checkpointText: checkpointText, timestamp: cosignature.timestamp)
        guard publicKey.isValidSignature(cosignature.signature, for: message) else {
            throw .invalidCosignature("the cosignature of witness \(keyName) does not verify")
        }
        return cosignature
    }

    var keyName: String { "\(name)+\(NoteVerifier.hex(keyID))" }

    public static func == (lhs: CosignatureVerifier, rhs: CosignatureVerifier) -> Bool {
        lhs.keyID == rhs.keyID && lhs.name.utf8.elementsEqual(rhs.name.utf8) && lhs.publicKey == rhs.publicKey
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(Array(name.utf8))
        hasher.combine(keyID)
        hasher.combine(publicKey)
    }
}
