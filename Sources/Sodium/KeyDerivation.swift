internal import CSodium
import Foundation

/// Subkeys from one master key (`crypto_kdf_derive_from_key`), BLAKE2b-based in libsodium 1.0.18.
///
/// Casework derives the keys that hang off a case token (the case tag key, the citizen's reply key
/// seed) with it, so the token is the only secret a citizen has to keep. Each subkey is
/// BLAKE2b(key: master, message: empty, salt: id as 8 little-endian bytes ‖ 8 zeros,
/// personalisation: context ‖ 8 zeros), so
/// subkeys with different ids or contexts are independent, and none reveals the master key or another
/// subkey.
public enum KeyDerivation {
    /// Length of a master key.
    public static let masterKeyByteCount = Int(crypto_kdf_keybytes())
    /// Length of a context, in bytes. `crypto_kdf_CONTEXTBYTES` is an alias macro Swift does not import.
    public static let contextByteCount = Int(crypto_kdf_contextbytes())
    /// Allowed subkey lengths: 16…64 bytes.
    public static let byteCountRange = Int(crypto_kdf_bytes_min())...Int(crypto_kdf_bytes_max())

    /// A fresh random 32-byte master key (`crypto_kdf_keygen`).
    public static func generateMasterKey() -> SecureBytes {
        ensureSodium()
        let key = SecureBytes(zeros: masterKeyByteCount)
        key.withUnsafeMutableBytes { crypto_kdf_keygen($0.start) }
        return key
    }

    /// Derives the subkey number `id` of `master` in `context`.
    ///
    /// - Parameters:
    ///   - master: the 32-byte master key.
    ///   - id: the subkey's number; any 64-bit value.
    ///   - context: exactly 8 bytes of UTF-8 naming what the subkey is for (`"casetag1"`), so keys for
    ///     different purposes never coincide even with the same id. It need not be secret.
    ///   - byteCount: 16…64 bytes; 32 by default.
    public static func deriveKey(
        from master: SecureBytes, id: UInt64, context: String, byteCount: Int = 32
    ) throws(SodiumError) -> SecureBytes {
        ensureSodium()
        try requireLength("KDF master key", master.count, masterKeyByteCount)
        // libsodium takes the context as `const char[8]`: no terminator, not necessarily a C string.
        let contextBytes = context.utf8.map { CChar(bitPattern: $0) }
        try requireLength("KDF context", contextBytes.count, contextByteCount)
        guard byteCountRange.contains(byteCount) else {
            throw SodiumError.invalidLength(what: "KDF subkey", expected: 32, actual: byteCount)
        }
        let subkey = SecureBytes(zeros: byteCount)
        let status = master.withUnsafeBytes { k in
            contextBytes.withUnsafeBufferPointer { c in
                subkey.withUnsafeMutableBytes { out in
                    crypto_kdf_derive_from_key(out.start, byteCount, id, c.baseAddress!, k.start)
                }
            }
        }
        guard status == 0 else { throw SodiumError.operationFailed("crypto_kdf_derive_from_key") }
        return subkey
    }
}
