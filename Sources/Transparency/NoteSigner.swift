import Foundation
import Sodium

/// An Ed25519 note key with its name: signs note texts (C2SP signed-note, signature type 0x01).
///
/// Its secret text form, the signer key (golang.org/x/mod/sumdb/note), is
/// `PRIVATE+KEY+<name>+<key ID as 8 lowercase hex digits>+<base64(0x01 ‖ 32-byte Ed25519 seed)>`.
/// It only ever exists inside `SecureBytes`: ``init(signerKey:)`` parses it in place, and
/// ``signerKey`` builds it in a scratch buffer that is wiped before it is freed.
public struct NoteSigner: Sendable, CustomStringConvertible {
    /// The key name, written in every signature line.
    public let name: String
    /// The key ID of the public key under this name (``NoteVerifier/keyID(name:publicKey:)``).
    public let keyID: UInt32
    private let privateKey: Signing.PrivateKey

    /// A signer for `privateKey` under `name`. Throws ``TransparencyError/malformedNote(_:)`` for an
    /// invalid key name (empty, or with a space, a `+` or a control character).
    public init(name: String, privateKey: Signing.PrivateKey) throws(TransparencyError) {
        guard SignedNote.isValidKeyName(name) else {
            throw .malformedNote("invalid key name \(String(reflecting: name))")
        }
        self.name = name
        self.privateKey = privateKey
        self.keyID = NoteVerifier.keyID(name: name, publicKey: privateKey.publicKey)
    }

    /// The public key.
    public var publicKey: Signing.PublicKey { privateKey.publicKey }

    /// The verifier that checks this signer's signatures.
    public var verifier: NoteVerifier { NoteVerifier(uncheckedName: name, publicKey: publicKey, keyID: keyID) }

    /// The public verifier key string, `<name>+<hex key ID>+<base64(0x01 ‖ public key)>`.
    public var verifierKey: String { verifier.verifierKey }

    /// Shows the public verifier key only, so a stray `print` cannot leak the secret.
    public var description: String { "NoteSigner(\(verifierKey))" }

    /// Signs `text`, which must be a valid note text: it ends with a newline and has no ASCII control
    /// character other than newline. Throws ``TransparencyError/malformedNote(_:)`` otherwise.
    public func sign(_ text: String) throws(TransparencyError) -> SignedNote {
        try SignedNote.checkText(text)
        return SignedNote(uncheckedText: text, signatures: [signature(forValidText: text)])
    }

    /// The signature line of this key over a text already checked by ``SignedNote/checkText(_:)``.
    func signature(forValidText text: String) -> NoteSignature {
        NoteSignature(uncheckedName: name, keyID: keyID, signature: privateKey.signature(for: Array(text.utf8)))
    }

    // MARK: signer key string

    private static let signerKeyPrefix = Array("PRIVATE+KEY+".utf8)
    private static let typedSeedByteCount = 1 + Signing.seedByteCount

    /// Parses a signer key `PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 ‖ seed)>`, exactly (no
    /// surrounding white space or newline).
    ///
    /// The key ID must match the one derived from the name and the seed's public key. Throws
    /// ``TransparencyError/malformedNote(_:)``, whose message never contains secret bytes.
    public init(signerKey: SecureBytes) throws(TransparencyError) {
        let (name, claimedID, privateKey) = try Self.openSignerKey(signerKey, type: NoteVerifier.ed25519SignatureType)
        try self.init(name: name, privateKey: privateKey)
        guard keyID == claimedID else {
            throw .malformedNote(
                "signer key \(name) claims key ID \(NoteVerifier.hex(claimedID)) "
                    + "but its key has \(NoteVerifier.hex(keyID))"
            )
        }
    }

    /// The secret signer key string, `PRIVATE+KEY+<name>+<hex key ID>+<base64(0x01 ‖ seed)>`, in
    /// `SecureBytes` (for example to seal it into a passphrase-protected key file).
    public var signerKey: SecureBytes {
        Self.signerKey(name: name, keyID: keyID, type: NoteVerifier.ed25519SignatureType, privateKey: privateKey)
    }

    /// `PRIVATE+KEY+<name>+<hex key ID>+<base64(type ‖ seed)>`, assembled in wiped scratch buffers.
    static func signerKey(name: String, keyID: UInt32, type: UInt8, privateKey: Signing.PrivateKey) -> SecureBytes {
        let head = Self.signerKeyPrefix + Array("\(name)+\(NoteVerifier.hex(keyID))+".utf8)
        let encodedCount = NoteBase64.encodedCount(Self.typedSeedByteCount)
        return withSecretScratch(byteCount: Self.typedSeedByteCount) { typedSeed in
            typedSeed[0] = type
            privateKey.seed.withUnsafeBytes { seed in
                UnsafeMutableRawBufferPointer(rebasing: typedSeed[1...]).copyMemory(from: seed)
            }
            return withSecretScratch(byteCount: head.count + encodedCount) { output in
                head.withUnsafeBytes { output.copyMemory(from: $0) }
                NoteBase64.encode(
                    UnsafeRawBufferPointer(typedSeed),
                    into: UnsafeMutableRawBufferPointer(rebasing: output[head.count...]))
                return SecureBytes(UnsafeRawBufferPointer(output))
            }
        }
    }

    /// The name, claimed key ID and Ed25519 key of a signer key of signature type `type` (a note signer's
    /// or a witness's); the caller checks the claimed ID against the key's.
    static func openSignerKey(_ signerKey: SecureBytes, type: UInt8) throws(TransparencyError) -> (
        name: String, claimedID: UInt32, privateKey: Signing.PrivateKey
    ) {
        let parsed = signerKey.withUnsafeBytes { parseSignerKey($0, type: type) }
        let (name, claimedID, seed) = try parsed.get()
        do {
            return (name, claimedID, try Signing.PrivateKey(seed: seed))
        } catch {
            throw .malformedNote("the seed of signer key \(name) is not a valid Ed25519 seed")
        }
    }

    /// Splits a signer key of signature type `type` into its name, claimed key ID and seed, reading the
    /// secret in place.
    static func parseSignerKey(
        _ key: UnsafeRawBufferPointer, type: UInt8
    ) -> Result<(String, UInt32, SecureBytes), TransparencyError> {
        let plus = UInt8(ascii: "+")
        guard key.starts(with: signerKeyPrefix) else {
            return .failure(.malformedNote("a signer key starts with PRIVATE+KEY+"))
        }
        let afterPrefix = signerKeyPrefix.count
        guard let nameEnd = key[afterPrefix...].firstIndex(of: plus),
            let idEnd = key[(nameEnd + 1)...].firstIndex(of: plus)
        else {
            return .failure(.malformedNote("a signer key is PRIVATE+KEY+<name>+<key ID>+<base64 key>"))
        }
        guard let name = String(validating: key[afterPrefix..<nameEnd], as: UTF8.self), isValidKeyName(name) else {
            return .failure(.malformedNote("invalid key name in signer key"))
        }
        guard let claimedID = NoteVerifier.parseHex(key[(nameEnd + 1)..<idEnd]) else {
            return .failure(.malformedNote("the key ID of signer key \(name) must be 8 lowercase hex digits"))
        }
        let encoded = UnsafeRawBufferPointer(rebasing: key[(idEnd + 1)...])
        guard NoteBase64.decodedCount(encoded) == typedSeedByteCount else {
            return .failure(
                .malformedNote("the key of signer key \(name) is not base64 of a type byte and a 32-byte seed"))
        }
        return withSecretScratch(byteCount: typedSeedByteCount) { typedSeed in
            guard NoteBase64.decode(encoded, into: typedSeed) else {
                return .failure(.malformedNote("the key of signer key \(name) is not canonical standard base64"))
            }
            guard typedSeed[0] == type else {
                return .failure(
                    .malformedNote(
                        "signer key \(name) is not of signature type 0x\(NoteVerifier.hex(UInt32(type), digits: 2))"))
            }
            return .success((name, claimedID, SecureBytes(UnsafeRawBufferPointer(rebasing: typedSeed[1...]))))
        }
    }

    private static func isValidKeyName(_ name: String) -> Bool { SignedNote.isValidKeyName(name) }
}

/// Runs `body` with a zeroed scratch buffer for secret bytes and wipes the buffer before freeing it.
///
/// `SecureBytes` offers no public way to fill its storage in place, so the few secrets this module
/// assembles (a decoded seed, a signer key string) pass through here. The wipe is Sodium's
/// `sodium_memzero`, which the compiler may not elide as a dead store.
func withSecretScratch<Result, Failure: Error>(
    byteCount: Int, _ body: (UnsafeMutableRawBufferPointer) throws(Failure) -> Result
) throws(Failure) -> Result {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(byteCount, 1), alignment: 16)
    buffer.initializeMemory(as: UInt8.self, repeating: 0)
    defer {
        wipe(buffer)
        buffer.deallocate()
    }
    return try body(UnsafeMutableRawBufferPointer(rebasing: buffer[0..<byteCount]))
}
