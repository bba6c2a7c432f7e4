import Sodium

/// A C2SP cosignature/v1 (https://c2sp.org/tlog-cosignature, Ed25519): a witness's timestamped
/// statement that the checkpoint is the largest consistent tree it has seen of that log.
///
/// It travels as an ordinary note signature line of the checkpoint, whose 8 + 64 bytes after the key ID
/// are the big-endian POSIX `timestamp` and the Ed25519 signature of ``message(checkpointText:timestamp:)``.
public struct Cosignature: Sendable, Hashable {
    /// The signature type byte of cosignature/v1 keys (C2SP signed-note): in the key ID and the vkey.
    public static let signatureType: UInt8 = 0x04
    /// The timestamp and the signature: the bytes after the key ID.
    public static let byteCount = 8 + Signing.signatureByteCount
    /// tlog-cosignature: the timestamp "MUST NOT exceed 2^63 - 1".
    public static let maximumTimestamp = UInt64(Int64.max)

    /// When the witness cosigned, in seconds since the POSIX epoch.
    public let timestamp: UInt64
    /// The Ed25519 signature, 64 bytes.
    public let signature: [UInt8]

    /// Reads the `timestamped_signature` of a note signature (the bytes after its key ID). Throws
    /// ``TransparencyError/invalidCosignature(_:)`` unless they are exactly 72 bytes with a timestamp
    /// of at most 2^63 - 1.
    public init(timestampedSignature bytes: [UInt8]) throws(TransparencyError) {
        guard bytes.count == Self.byteCount else {
            throw .invalidCosignature("\(bytes.count) bytes after the key ID, a cosignature/v1 has \(Self.byteCount)")
        }
        let timestamp = bytes[0..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard timestamp <= Self.maximumTimestamp else {
            throw .invalidCosignature("the timestamp \(timestamp) exceeds 2^63 - 1")
        }
        self.timestamp = timestamp
        self.signature = Array(bytes[8...])
    }

    init(uncheckedTimestamp timestamp: UInt64, signature: [UInt8]) {
        self.timestamp = timestamp
        self.signature = signature
    }

    /// The 72 bytes a note signature line carries after the key ID.
    public var timestampedSignature: [UInt8] {
        withUnsafeBytes(of: timestamp.bigEndian) { Array($0) } + signature
    }

    /// The signed message: `cosignature/v1\n`, `time <timestamp>\n` (decimal, no leading zeros), then
    /// the whole checkpoint body, extension lines and final newline included, signature lines excluded.
    public static func message(checkpointText: String, timestamp: UInt64) -> [UInt8] {
        Array("cosignature/v1\ntime \(timestamp)\n".utf8) + Array(checkpointText.utf8)
    }
}

/// A witness's cosigning key with its name: cosigns checkpoints (cosignature/v1).
///
/// Its secret text form follows the note signer key with the cosignature type byte:
/// `PRIVATE+KEY+<name>+<key ID as 8 lowercase hex digits>+<base64(0x04 ‖ 32-byte Ed25519 seed)>`.
public struct CosignatureSigner: Sendable, CustomStringConvertible {
    /// The witness's name, written in every cosignature line (a schema-less URL, by the spec's advice).
    public let name: String
    /// The key ID of the public key under this name (``CosignatureVerifier``).
    public let keyID: UInt32
    private let privateKey: Signing.PrivateKey

    /// A signer for `privateKey` under `name`. Throws ``TransparencyError/malformedNote(_:)`` for an
    /// invalid key name.
    public init(name: String, privateKey: Signing.PrivateKey) throws(TransparencyError) {
        let verifier = try CosignatureVerifier(name: name, publicKey: privateKey.publicKey)
        self.name = name
        self.keyID = verifier.keyID
        self.privateKey = privateKey
    }

    /// Parses a signer key `PRIVATE+KEY+<name>+<hex key ID>+<base64(0x04 ‖ seed)>`, exactly. Throws
    /// ``TransparencyError/malformedNote(_:)``, whose message never contains secret bytes.
    public init(signerKey: SecureBytes) throws(TransparencyError) {
        let (name, claimedID, privateKey) = try NoteSigner.openSignerKey(signerKey, type: Cosignature.signatureType)
        try self.init(name: name, privateKey: privateKey)
        guard keyID == claimedID else {
            throw .malformedNote(
                "signer key \(name) claims key ID \(NoteVerifier.hex(claimedID)) but its key has \(NoteVerifier.hex(keyID))"
            )
        }
    }

    /// The secret signer key string, in `SecureBytes`.
    public var signerKey: SecureBytes {
        NoteSigner.signerKey(name: name, keyID: keyID, type: Cosignature.signatureType, privateKey: privateKey)
    }

    /// The public key.
    public var publicKey: Signing.PublicKey { privateKey.publicKey }

    /// The verifier of this witness's cosignatures.
    public var verifier: CosignatureVerifier {
        CosignatureVerifier(uncheckedName: name, publicKey: publicKey, keyID: keyID)
    }

    /// Shows the public vkey only, so a stray `print` cannot leak the secret.
    public var description: String { "CosignatureSigner(\(verifier.verifierKey))" }

    /// The cosignature line of `checkpoint` at `timestamp` (seconds since the epoch, at most 2^63 - 1).
    public func cosign(_ checkpoint: Checkpoint, timestamp: UInt64) -> NoteSignature {
        precondition(timestamp <= Cosignature.maximumTimestamp, "a cosignature's timestamp is at most 2^63 - 1")
        let message = Cosignature.message(checkpointText: checkpoint.text, timestamp: timestamp)
        let cosignature = Cosignature(uncheckedTimestamp: timestamp, signature: privateKey.signature(for: message))
        return NoteSignature(uncheckedName: name, keyID: keyID, signature: cosignature.timestampedSignature)
    }
}
