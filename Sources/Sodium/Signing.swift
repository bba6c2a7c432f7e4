internal import CSodium
import Foundation

/// Ed25519 signatures (`crypto_sign_detached`, `crypto_sign_verify_detached`), RFC 8032.
public enum Signing {
    public static let seedByteCount = 32
    public static let publicKeyByteCount = 32
    public static let signatureByteCount = 64

    /// An Ed25519 signing key. The 64-byte libsodium secret key (seed ‖ public key) lives in `SecureBytes`.
    public struct PrivateKey: Sendable {
        let secretKey: SecureBytes
        public let publicKey: PublicKey

        /// A fresh random key pair (`crypto_sign_keypair`).
        public init() {
            ensureSodium()
            let secret = SecureBytes(zeros: Int(crypto_sign_secretkeybytes()))
            var pk = [UInt8](repeating: 0, count: publicKeyByteCount)
            secret.withUnsafeMutableBytes { sk in
                pk.withUnsafeMutableBytes { p in
                    _ = crypto_sign_keypair(
                        p.bindMemory(to: UInt8.self).baseAddress!, sk.bindMemory(to: UInt8.self).baseAddress!)
                }
            }
            secretKey = secret
            publicKey = PublicKey(uncheckedRaw: pk)
        }

        /// The key pair determined by a 32-byte seed (`crypto_sign_seed_keypair`).
        public init(seed: SecureBytes) throws(SodiumError) {
            ensureSodium()
            try requireLength("Ed25519 seed", seed.count, seedByteCount)
            let secret = SecureBytes(zeros: Int(crypto_sign_secretkeybytes()))
            var pk = [UInt8](repeating: 0, count: publicKeyByteCount)
            seed.withUnsafeBytes { s in
                secret.withUnsafeMutableBytes { sk in
                    pk.withUnsafeMutableBytes { p in
                        _ = crypto_sign_seed_keypair(
                            p.bindMemory(to: UInt8.self).baseAddress!, sk.bindMemory(to: UInt8.self).baseAddress!,
                            s.bindMemory(to: UInt8.self).baseAddress!)
                    }
                }
            }
            secretKey = secret
            publicKey = PublicKey(uncheckedRaw: pk)
        }

        /// The 32-byte seed this key was made from; it is the whole secret.
        public var seed: SecureBytes {
            secretKey.withUnsafeBytes { SecureBytes(UnsafeRawBufferPointer(rebasing: $0[0..<seedByteCount])) }
        }

        /// A detached 64-byte signature of `message`. Ed25519 is deterministic: same key and message, same signature.
        public func signature(for message: some ContiguousBytes) -> [UInt8] {
            var signature = [UInt8](repeating: 0, count: signatureByteCount)
            message.withUnsafeBytes { m in
                secretKey.withUnsafeBytes { sk in
                    signature.withUnsafeMutableBytes { s in
                        _ = crypto_sign_detached(
                            s.bindMemory(to: UInt8.self).baseAddress!, nil,
                            m.bindMemory(to: UInt8.self).baseAddress, UInt64(m.count),
                            sk.bindMemory(to: UInt8.self).baseAddress!)
                    }
                }
            }
            return signature
        }
    }

    /// An Ed25519 verification key: 32 public bytes.
    public struct PublicKey: Sendable, Hashable, CustomStringConvertible {
        public let rawRepresentation: [UInt8]

        init(uncheckedRaw: [UInt8]) { rawRepresentation = uncheckedRaw }

        public init(rawRepresentation: some ContiguousBytes) throws(SodiumError) {
            let raw = rawRepresentation.withUnsafeBytes { Array($0) }
            try requireLength("Ed25519 public key", raw.count, publicKeyByteCount)
            self.rawRepresentation = raw
        }

        /// Whether `signature` is a valid Ed25519 signature of `message` by this key.
        public func isValidSignature(_ signature: some ContiguousBytes, for message: some ContiguousBytes) -> Bool {
            ensureSodium()
            return signature.withUnsafeBytes { s in
                guard s.count == signatureByteCount else { return false }
                return message.withUnsafeBytes { m in
                    rawRepresentation.withUnsafeBytes { pk in
                        crypto_sign_verify_detached(
                            s.bindMemory(to: UInt8.self).baseAddress!,
                            m.bindMemory(to: UInt8.self).baseAddress, UInt64(m.count),
                            pk.bindMemory(to: UInt8.self).baseAddress!) == 0
                    }
                }
            }
        }

        public var description: String {
            "Ed25519.PublicKey(\(rawRepresentation.hexString))"
        }
    }
}
