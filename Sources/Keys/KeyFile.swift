import Casework
import Deployment
import Foundation
import Sodium

/// The inspector's private key file, `NAME.candor-key`: two seeds sealed under a passphrase.
///
/// Implements KeyFile.md (Keys.docc), version 1. The format holds no I/O; ``KeyFile/create(_:passphrase:limits:at:)``
/// and ``KeyFile/load(path:passphrase:)`` put it on disk.
///
/// ```
/// magic "candor-inspector-key v1\n" ‖ n ‖ name ‖ 0x02 ‖ ops (u32 BE) ‖ mem (u64 BE) ‖ salt (16)
///     ‖ check (16) ‖ nonce (24) ‖ XChaCha20-Poly1305(sealing seed ‖ signing seed) (64 + 16)
/// ```
public enum KeyFile {
    /// The first 24 bytes of every version 1 key file: a line a person can read with `head -1`.
    public static let magic = Array("candor-inspector-key v1\n".utf8)
    /// What every version starts with; the version word follows it.
    package static let magicPrefix = Array("candor-inspector-key ".utf8)
    /// The file name extension `keygen` uses: `NAME.candor-key`.
    public static let fileExtension = "candor-key"
    /// libsodium's `crypto_pwhash_ALG_ARGON2ID13`: Argon2id version 1.3.
    package static let argon2id: UInt8 = 2
    package static let checkByteCount = 16
    static let seedsByteCount = 64
    package static let ciphertextByteCount = seedsByteCount + XChaCha20Poly1305.tagByteCount
    /// Bytes of a file besides its name: magic, n, algorithm, ops, mem, salt, check, nonce, ciphertext.
    package static let fixedByteCount = 24 + 1 + 1 + 4 + 8 + 16 + checkByteCount + 24 + ciphertextByteCount
    /// The most passes a reader accepts. libsodium's presets use 2 to 4; the bound keeps a damaged or
    /// hostile file from making an unlock take hours.
    public static let maximumOpsLimit = 16
    /// The most memory a reader accepts: 1 GiB, libsodium's `sensitive` preset.
    public static let maximumMemLimit = 1 << 30
    /// Anything longer is not a key file.
    package static let maximumByteCount = fixedByteCount + 64

    /// The readable part of a key file, parsed without the passphrase.
    public struct Header: Sendable, Equatable {
        /// The inspector's name, as in Keys/NAME.pub.
        public var name: String
        public var limits: PasswordHash.Limits
        public var salt: [UInt8]
        /// Bytes 32…47 of the Argon2id output: tells a wrong passphrase from a damaged file.
        package var check: [UInt8]
        public var nonce: [UInt8]
        /// The bytes the AEAD authenticates: everything before the ciphertext.
        package var associatedData: [UInt8]
        package var ciphertext: [UInt8]

        package init(
            name: String, limits: PasswordHash.Limits, salt: [UInt8], check: [UInt8], nonce: [UInt8],
            associatedData: [UInt8], ciphertext: [UInt8]
        ) {
            self.name = name
            self.limits = limits
            self.salt = salt
            self.check = check
            self.nonce = nonce
            self.associatedData = associatedData
            self.ciphertext = ciphertext
        }

        /// The whole file again, written from the fields: ``KeyFile/header(of:path:)`` of a file gives
        /// back a header whose `bytes` are that file (the format has one encoding; the fuzz target
        /// `fuzz-key-file` checks it).
        public var bytes: [UInt8] {
            Self.associatedData(name: name, limits: limits, salt: salt, check: check, nonce: nonce) + ciphertext
        }

        /// magic ‖ n ‖ name ‖ 0x02 ‖ ops (u32 BE) ‖ mem (u64 BE) ‖ salt ‖ check ‖ nonce: what the AEAD
        /// authenticates.
        static func associatedData(
            name: String, limits: PasswordHash.Limits, salt: [UInt8], check: [UInt8], nonce: [UInt8]
        ) -> [UInt8] {
            let nameBytes = Array(name.utf8)
            var header = magic
            header.append(UInt8(nameBytes.count))
            header += nameBytes
            header.append(argon2id)
            header += bigEndian(UInt64(limits.opsLimit), byteCount: 4)
            header += bigEndian(UInt64(limits.memLimit), byteCount: 8)
            return header + salt + check + nonce
        }
    }

    /// The Argon2id limits a name stands for: `interactive`, `moderate` (the default) or `sensitive`.
    public static func limits(named name: String) -> PasswordHash.Limits? {
        switch name {
        case "interactive": .interactive
        case "moderate": .moderate
        case "sensitive": .sensitive
        default: nil
        }
    }

    /// Seals `key` under `passphrase`: the whole file.
    ///
    /// Leave `salt` and `nonce` nil (fresh random ones); they are parameters only for known answers.
    public static func seal(
        _ key: InspectorPrivateKey, passphrase: SecureBytes, limits: PasswordHash.Limits,
        salt: [UInt8]? = nil, nonce: [UInt8]? = nil
    ) throws(InspectionError) -> [UInt8] {
        let salt = salt ?? PasswordHash.generateSalt()
        let nonce = nonce ?? XChaCha20Poly1305.generateNonce()
        precondition(salt.count == PasswordHash.saltByteCount && nonce.count == XChaCha20Poly1305.nonceByteCount)
        precondition(
            (1...maximumOpsLimit).contains(limits.opsLimit)
                && (8192...maximumMemLimit).contains(limits.memLimit) && limits.memLimit % 1024 == 0,
            "key file limits out of range")
        guard !passphrase.isEmpty else { throw .passphrase("the passphrase is empty: choose one") }
        let (aeadKey, check) = try derive(passphrase: passphrase, salt: salt, limits: limits, path: key.name)
        let header = Header.associatedData(
            name: key.name, limits: limits, salt: salt, check: check.unsafeCopiedBytes(), nonce: nonce)
        var seeds = key.sealingSeed.unsafeCopiedBytes() + key.signingSeed.unsafeCopiedBytes()
        defer { wipe(&seeds) }
        // Only a wrong key or nonce length makes encrypt throw, and both are fixed above.
        let ciphertext = try! XChaCha20Poly1305.encrypt(seeds, key: aeadKey, nonce: nonce, authenticating: header)
        return header + ciphertext
    }

    /// Argon2id → 48 bytes: 0…31 are the AEAD key, 32…47 the passphrase check.
    package static func derive(passphrase: SecureBytes, salt: [UInt8], limits: PasswordHash.Limits, path: String)
        throws(InspectionError) -> (key: SecureBytes, check: SecureBytes)
    {
        let output: SecureBytes
        do {
            output = try PasswordHash.deriveKey(byteCount: 48, password: passphrase, salt: salt, limits: limits)
        } catch {
            throw .io(path: path, reason: "\(error)")
        }
        return output.withUnsafeBytes { raw in
            (
                SecureBytes(UnsafeRawBufferPointer(rebasing: raw[0..<32])),
                SecureBytes(UnsafeRawBufferPointer(rebasing: raw[32..<48]))
            )
        }
    }

    /// A `NAME.pub` file: a `.pub` name, or a line starting `candor-inspector ` (after `#` comments).
    package static func looksLikePublicKeyFile(_ bytes: [UInt8], path: String) -> Bool {
        if path.hasSuffix("." + InspectorKeys.fileExtension) { return true }
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        return text.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("candor-inspector ") }
    }

    static func bigEndian(_ value: UInt64, byteCount: Int) -> [UInt8] {
        (0..<byteCount).reversed().map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }

    package static func integer(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }
}

extension SecureBytes {
    var isEmpty: Bool { count == 0 }
}
