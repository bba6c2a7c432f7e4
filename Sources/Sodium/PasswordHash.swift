internal import CSodium
import Foundation

/// Keys from passphrases with Argon2id v1.3 (`crypto_pwhash`, `crypto_pwhash_ALG_ARGON2ID13`), RFC 9106.
///
/// An inspector's private keys are stored in a file sealed under a key derived from their passphrase.
/// A passphrase has little entropy, so the derivation is made deliberately slow and memory-hungry:
/// every guess of an attacker who steals the file costs the same time and memory as an unlock.
/// The algorithm is pinned to Argon2id rather than libsodium's default, so that a future default
/// cannot make old key files unreadable.
public enum PasswordHash {
    /// Length of a salt (`crypto_pwhash_saltbytes()`).
    public static let saltByteCount = Int(crypto_pwhash_argon2id_saltbytes())
    /// Allowed output lengths: from 16 bytes up to libsodium's maximum.
    public static let byteCountRange = Int(crypto_pwhash_argon2id_bytes_min())...Int(crypto_pwhash_argon2id_bytes_max())

    /// The cost of one derivation: passes over memory, and memory in bytes.
    ///
    /// The presets are libsodium's for Argon2id. Once a key file is written, its limits are part of it:
    /// store them beside the salt, since other limits derive another key.
    public struct Limits: Sendable, Hashable {
        /// Number of passes over memory (Argon2 `t`); at least 1.
        public var opsLimit: Int
        /// Memory in bytes (Argon2 `m` is this in KiB); at least 8 KiB.
        public var memLimit: Int

        public init(opsLimit: Int, memLimit: Int) {
            self.opsLimit = opsLimit
            self.memLimit = memLimit
        }

        /// 2 passes, 64 MiB: for keys unlocked often, at an interactive prompt.
        public static let interactive = Limits(
            opsLimit: Int(crypto_pwhash_argon2id_opslimit_interactive()),
            memLimit: Int(crypto_pwhash_argon2id_memlimit_interactive()))
        /// 3 passes, 256 MiB (libsodium quotes about 0.7 s on a 2.8 GHz Core i7).
        public static let moderate = Limits(
            opsLimit: Int(crypto_pwhash_argon2id_opslimit_moderate()),
            memLimit: Int(crypto_pwhash_argon2id_memlimit_moderate()))
        /// 4 passes, 1 GiB: for keys unlocked rarely, such as an offline key file (about 3.5 s on the same).
        public static let sensitive = Limits(
            opsLimit: Int(crypto_pwhash_argon2id_opslimit_sensitive()),
            memLimit: Int(crypto_pwhash_argon2id_memlimit_sensitive()))

        static let opsLimitRange =
            Int(crypto_pwhash_argon2id_opslimit_min())...Int(clamping: crypto_pwhash_argon2id_opslimit_max())
        static let memLimitRange =
            Int(crypto_pwhash_argon2id_memlimit_min())...Int(clamping: crypto_pwhash_argon2id_memlimit_max())
    }

    /// A fresh random 16-byte salt. Use a new one for every key file, and store it with the file.
    public static func generateSalt() -> [UInt8] {
        Random.bytes(count: saltByteCount)
    }

    /// Derives `byteCount` bytes of key from `password` and `salt` with Argon2id.
    ///
    /// The same password, salt and limits always give the same key. Throws
    /// ``SodiumError/invalidLength(what:expected:actual:)`` for a salt or output of the wrong length,
    /// ``SodiumError/invalidInput(_:)`` for limits out of range, and
    /// ``SodiumError/operationFailed(_:)`` when the memory cannot be had.
    public static func deriveKey(
        byteCount: Int, password: SecureBytes, salt: [UInt8], limits: Limits
    ) throws(SodiumError) -> SecureBytes {
        ensureSodium()
        guard byteCountRange.contains(byteCount) else {
            throw SodiumError.invalidLength(what: "Argon2id output", expected: 32, actual: byteCount)
        }
        try requireLength("Argon2id salt", salt.count, saltByteCount)
        guard Limits.opsLimitRange.contains(limits.opsLimit) else {
            throw SodiumError.invalidInput("Argon2id opsLimit \(limits.opsLimit) is outside \(Limits.opsLimitRange)")
        }
        guard Limits.memLimitRange.contains(limits.memLimit) else {
            throw SodiumError.invalidInput("Argon2id memLimit \(limits.memLimit) is outside \(Limits.memLimitRange)")
        }
        guard password.count <= Int(clamping: crypto_pwhash_argon2id_passwd_max()) else {
            throw SodiumError.invalidInput("password too long for Argon2id")
        }
        let key = SecureBytes(zeros: byteCount)
        let status = withBytes(password) { p, pCount in
            salt.withUnsafeBytes { s in
                key.withUnsafeMutableBytes { out in
                    p.withMemoryRebound(to: CChar.self, capacity: max(pCount, 1)) { passwd in
                        crypto_pwhash(
                            out.start, UInt64(byteCount), passwd, UInt64(pCount), s.start,
                            UInt64(limits.opsLimit), limits.memLimit, crypto_pwhash_alg_argon2id13())
                    }
                }
            }
        }
        // With the inputs checked above, libsodium fails only when it cannot allocate the memory.
        guard status == 0 else {
            throw SodiumError.operationFailed("Argon2id could not allocate \(limits.memLimit) bytes")
        }
        return key
    }
}
