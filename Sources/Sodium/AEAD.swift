internal import CSodium
import Foundation

/// XChaCha20-Poly1305 authenticated encryption (`crypto_aead_xchacha20poly1305_ietf_*`),
/// draft-irtf-cfrg-xchacha-03 §2.
///
/// Candor encrypts small bodies (a report, a reply) with it under a fresh content key. The 192-bit
/// nonce is why XChaCha rather than ChaCha20-Poly1305: random nonces of that size never collide in
/// practice, so no counter has to be kept anywhere, which matters for a service that may crash and
/// restart at any instant.
///
/// Two shapes:
/// - ``seal(_:key:nonce:authenticating:)`` / ``open(_:key:authenticating:)`` carry the nonce in the
///   output: nonce (24) ‖ ciphertext ‖ tag (16). This is what to store.
/// - ``encrypt(_:key:nonce:authenticating:)`` / ``decrypt(_:key:nonce:authenticating:)`` leave the
///   nonce to the caller: ciphertext ‖ tag only. For formats that derive or store the nonce elsewhere,
///   and for the published test vectors.
public enum XChaCha20Poly1305 {
    public static let keyByteCount = Int(crypto_aead_xchacha20poly1305_ietf_keybytes())
    public static let nonceByteCount = Int(crypto_aead_xchacha20poly1305_ietf_npubbytes())
    public static let tagByteCount = Int(crypto_aead_xchacha20poly1305_ietf_abytes())
    /// Bytes ``seal(_:key:nonce:authenticating:)`` adds to a plaintext: nonce and tag.
    public static let overhead = nonceByteCount + tagByteCount

    /// A fresh random 32-byte key (`crypto_aead_xchacha20poly1305_ietf_keygen`).
    public static func generateKey() -> SecureBytes {
        ensureSodium()
        let key = SecureBytes(zeros: keyByteCount)
        key.withUnsafeMutableBytes { crypto_aead_xchacha20poly1305_ietf_keygen($0.start) }
        return key
    }

    /// A fresh random 24-byte nonce.
    public static func generateNonce() -> [UInt8] {
        Random.bytes(count: nonceByteCount)
    }

    /// Encrypts and authenticates `plaintext`, returning nonce ‖ ciphertext ‖ tag.
    ///
    /// - Parameters:
    ///   - plaintext: the bytes to encrypt; any length, including none.
    ///   - key: a 32-byte key, from ``generateKey()`` or a key derivation.
    ///   - nonce: leave it nil for a random nonce, which is the safe choice. Pass one only to reproduce
    ///     a known answer: a nonce used twice with one key reveals the XOR of the two plaintexts and
    ///     lets an attacker forge tags.
    ///   - ad: associated data that is authenticated but not encrypted (a record header, say); the
    ///     same bytes must be given to ``open(_:key:authenticating:)``.
    public static func seal(
        _ plaintext: some ContiguousBytes, key: SecureBytes, nonce: [UInt8]? = nil,
        authenticating ad: some ContiguousBytes = [UInt8]()
    ) throws(SodiumError) -> [UInt8] {
        let nonce = nonce ?? generateNonce()
        return try nonce + encrypt(plaintext, key: key, nonce: nonce, authenticating: ad)
    }

    /// Checks and decrypts nonce ‖ ciphertext ‖ tag made by ``seal(_:key:nonce:authenticating:)``.
    ///
    /// Too short, tampered, wrong key or wrong associated data: all are
    /// ``SodiumError/authenticationFailed``, and no plaintext is released.
    public static func open(
        _ combined: some ContiguousBytes, key: SecureBytes, authenticating ad: some ContiguousBytes = [UInt8]()
    ) throws(SodiumError) -> [UInt8] {
        let bytes = combined.withUnsafeBytes { Array($0) }
        guard bytes.count >= overhead else { throw SodiumError.authenticationFailed }
        let nonce = Array(bytes[..<nonceByteCount])
        return try decrypt(bytes[nonceByteCount...], key: key, nonce: nonce, authenticating: ad)
    }

    /// Encrypts with a nonce the caller keeps: returns ciphertext ‖ tag, without the nonce.
    ///
    /// The caller must never use one nonce twice with one key (see ``seal(_:key:nonce:authenticating:)``).
    public static func encrypt(
        _ plaintext: some ContiguousBytes, key: SecureBytes, nonce: [UInt8],
        authenticating ad: some ContiguousBytes = [UInt8]()
    ) throws(SodiumError) -> [UInt8] {
        ensureSodium()
        try requireLength("XChaCha20-Poly1305 key", key.count, keyByteCount)
        try requireLength("XChaCha20-Poly1305 nonce", nonce.count, nonceByteCount)
        let plaintextCount = plaintext.withUnsafeBytes { $0.count }
        var output = [UInt8](repeating: 0, count: plaintextCount + tagByteCount)
        var outputCount: UInt64 = 0
        withBytes(plaintext) { m, mCount in
            withBytes(ad) { a, aCount in
                nonce.withUnsafeBytes { n in
                    key.withUnsafeBytes { k in
                        output.withUnsafeMutableBytes { c in
                            // Returns 0 always: the message-size limit (2^64 bytes) is beyond any array.
                            _ = crypto_aead_xchacha20poly1305_ietf_encrypt(
                                c.start, &outputCount, m, UInt64(mCount), a, UInt64(aCount), nil, n.start, k.start)
                        }
                    }
                }
            }
        }
        assert(outputCount == UInt64(output.count))
        return output
    }

    /// Checks and decrypts ciphertext ‖ tag made by ``encrypt(_:key:nonce:authenticating:)``.
    public static func decrypt(
        _ ciphertext: some ContiguousBytes, key: SecureBytes, nonce: [UInt8],
        authenticating ad: some ContiguousBytes = [UInt8]()
    ) throws(SodiumError) -> [UInt8] {
        ensureSodium()
        try requireLength("XChaCha20-Poly1305 key", key.count, keyByteCount)
        try requireLength("XChaCha20-Poly1305 nonce", nonce.count, nonceByteCount)
        let ciphertextCount = ciphertext.withUnsafeBytes { $0.count }
        guard ciphertextCount >= tagByteCount else { throw SodiumError.authenticationFailed }
        // One spare byte so that an empty plaintext still has a non-nil output pointer.
        var output = [UInt8](repeating: 0, count: ciphertextCount - tagByteCount + 1)
        var outputCount: UInt64 = 0
        let status = withBytes(ciphertext) { c, cCount in
            withBytes(ad) { a, aCount in
                nonce.withUnsafeBytes { n in
                    key.withUnsafeBytes { k in
                        output.withUnsafeMutableBytes { m in
                            crypto_aead_xchacha20poly1305_ietf_decrypt(
                                m.start, &outputCount, nil, c, UInt64(cCount), a, UInt64(aCount), n.start, k.start)
                        }
                    }
                }
            }
        }
        guard status == 0 else { throw SodiumError.authenticationFailed }
        output.removeLast(output.count - Int(outputCount))
        return output
    }
}
