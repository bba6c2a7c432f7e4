import Foundation
import Sodium

/// A known Ed25519 note key: checks signatures made by the matching ``NoteSigner``.
///
/// Its text form, the verifier key (C2SP signed-note; golang.org/x/mod/sumdb/note), is
/// `<name>+<key ID as 8 lowercase hex digits>+<base64(0x01 ‖ 32-byte Ed25519 public key)>`, for example
/// `PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW`.
public struct NoteVerifier: Sendable, Hashable, CustomStringConvertible {
    /// The signature type byte of Ed25519 in C2SP signed-note, the only type Candor signs or accepts.
    public static let ed25519SignatureType: UInt8 = 0x01

    /// The key name, which appears in every signature line.
    public let name: String
    /// The key ID (see ``keyID(name:publicKey:)``).
    public let keyID: UInt32
    /// The Ed25519 public key.
    public let publicKey: Signing.PublicKey

    /// A verifier for `publicKey` under `name`. Throws ``TransparencyError/malformedNote(_:)`` for an
    /// invalid key name (empty, or with a space, a `+` or a control character).
    public init(name: String, publicKey: Signing.PublicKey) throws(TransparencyError) {
        guard SignedNote.isValidKeyName(name) else {
            throw .malformedNote("invalid key name \(String(reflecting: name))")
        }
        self.name = name
        self.publicKey = publicKey
        self.keyID = Self.keyID(name: name, publicKey: publicKey)
    }

    init(uncheckedName name: String, publicKey: Signing.PublicKey, keyID: UInt32) {
        self.name = name
        self.publicKey = publicKey
        self.keyID = keyID
    }

    /// Parses a verifier key `<name>+<hex key ID>+<base64(0x01 ‖ public key)>`.
    ///
    /// Strict: the key ID must be exactly 8 lowercase hex digits and match the one computed from the
    /// name and key, the base64 must be canonical, the type byte 0x01 and the key 32 bytes. Throws
    /// ``TransparencyError/malformedNote(_:)`` otherwise.
    public init(verifierKey: String) throws(TransparencyError) {
        let (name, claimedID, publicKey) = try Self.parseVerifierKey(verifierKey, type: Self.ed25519SignatureType)
        try self.init(name: name, publicKey: publicKey)
        guard keyID == claimedID else {
            throw .malformedNote(
                "verifier key \(name) claims key ID \(Self.hex(claimedID)) but its key has \(Self.hex(keyID))")
        }
    }

    /// Splits a verifier key `<name>+<hex key ID>+<base64(type ‖ public key)>` of an Ed25519 key with
    /// signature type `type` into its name, claimed key ID and key; the caller checks the key ID.
    static func parseVerifierKey(
        _ verifierKey: String, type: UInt8
    ) throws(TransparencyError) -> (String, UInt32, Signing.PublicKey) {
        // Split on the byte '+', not on Characters: a combining mark after '+' must not hide it.
        let fields = Array(verifierKey.utf8).split(
            separator: UInt8(ascii: "+"), maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3 else { throw .malformedNote("a verifier key is <name>+<key ID>+<base64 key>") }
        let name = String(decoding: fields[0], as: UTF8.self)
        guard Self.isValidKeyName(name) else { throw .malformedNote("invalid key name in verifier key") }
        guard let claimedID = Self.parseHex(fields[1]) else {
            throw .malformedNote("the key ID of a verifier key must be 8 lowercase hex digits")
        }
        guard let typedKey = NoteBase64.decode(bytes: Array(fields[2])), !typedKey.isEmpty else {
            throw .malformedNote("the key of verifier key \(name) is not canonical standard base64")
        }
        guard typedKey[0] == type else {
            throw .malformedNote(
                "verifier key \(name) has signature type 0x\(Self.hex(UInt32(typedKey[0]), digits: 2)), "
                    + "expected 0x\(Self.hex(UInt32(type), digits: 2))"
            )
        }
        guard typedKey.count == 1 + Signing.publicKeyByteCount,
            let publicKey = try? Signing.PublicKey(rawRepresentation: typedKey[1...])
        else {
            throw .malformedNote("verifier key \(name) is \(typedKey.count - 1) bytes, an Ed25519 key is 32")
        }
        return (name, claimedID, publicKey)
    }

    /// The verifier key string, `<name>+<hex key ID>+<base64(0x01 ‖ public key)>`.
    public var verifierKey: String {
        "\(name)+\(Self.hex(keyID))+\(NoteBase64.encode([Self.ed25519SignatureType] + publicKey.rawRepresentation))"
    }

    public var description: String { verifierKey }

    /// Whether `signature` (the 64 bytes after the key ID) is this key's signature of `text`.
    public func verify(text: String, signature: [UInt8]) -> Bool {
        verify(message: Array(text.utf8), signature: signature)
    }

    func verify(message: [UInt8], signature: [UInt8]) -> Bool {
        signature.count == Signing.signatureByteCount && publicKey.isValidSignature(signature, for: message)
    }

    /// Whether a signature line with this key name and key ID claims to be from this key.
    func matches(name other: String, keyID otherID: UInt32) -> Bool {
        keyID == otherID && name.utf8.elementsEqual(other.utf8)
    }

    /// The C2SP key ID of an Ed25519 key: the first 4 bytes, big-endian, of
    /// `SHA-256(name ‖ 0x0A ‖ 0x01 ‖ 32-byte public key)`.
    ///
    /// It identifies a key, it does not authenticate it: a forged key with a colliding ID only gets
    /// its signatures rejected, because a verifier holds the real public key.
    public static func keyID(name: String, publicKey: Signing.PublicKey) -> UInt32 {
        keyID(name: name, type: ed25519SignatureType, publicKey: publicKey)
    }

    /// `SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4]`, big-endian: the key ID rule of every signature type.
    static func keyID(name: String, type: UInt8, publicKey: Signing.PublicKey) -> UInt32 {
        var hash = SHA256()
        hash.update(Array(name.utf8))
        hash.update([0x0A, type])
        hash.update(publicKey.rawRepresentation)
        return hash.finalize().prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    }

    public static func == (lhs: NoteVerifier, rhs: NoteVerifier) -> Bool {
        lhs.matches(name: rhs.name, keyID: rhs.keyID) && lhs.publicKey == rhs.publicKey
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(Array(name.utf8))
        hasher.combine(keyID)
        hasher.combine(publicKey)
    }

    // MARK: key string helpers, shared with NoteSigner

    static func isValidKeyName(_ name: String) -> Bool { SignedNote.isValidKeyName(name) }

    /// `value` as lowercase hex, zero-padded to `digits`.
    static func hex(_ value: UInt32, digits: Int = 8) -> String {
        let text = String(value, radix: 16, uppercase: false)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// Exactly 8 lowercase hex digits, or nil.
    static func parseHex(_ digits: some Collection<UInt8>) -> UInt32? {
        guard digits.count == 8 else { return nil }
        var value: UInt32 = 0
        for digit in digits {
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt32(digit - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt32(digit - UInt8(ascii: "a") + 10)
            default: return nil
            }
        }
        return value
    }
}
