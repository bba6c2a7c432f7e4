internal import CSodium
import Foundation

/// X25519 sealed boxes (`crypto_box_seal`): anonymous public-key encryption to one recipient.
///
/// Candor seals every report's content key to each inspector's public key with it. A sealed box is
/// anonymous by construction: `crypto_box_seal` makes a fresh ephemeral key pair for every message,
/// puts its public half in front of the ciphertext and forgets the secret half. Nothing in the box
/// says who made it, and not even its sender can open it again; only the recipient's private key can.
///
/// Layout (libsodium's, so any binding can open it): ephemeral public key (32) ‖ Poly1305 tag (16) ‖
/// XSalsa20 ciphertext (as long as the message), that is `crypto_box_easy` under the ephemeral key with
/// the nonce BLAKE2b-192(ephemeral pk ‖ recipient pk).
public enum SealedBox {
    /// Length of an X25519 public key.
    public static let publicKeyByteCount = Int(crypto_box_publickeybytes())
    /// Length of an X25519 private key (a scalar).
    public static let privateKeyByteCount = Int(crypto_box_secretkeybytes())
    /// Length of the seed accepted by ``PrivateKey/init(seed:)``.
    public static let seedByteCount = Int(crypto_box_seedbytes())
    /// Bytes a sealed box adds to its message: the ephemeral public key (32) and the tag (16).
    ///
    /// `crypto_box_SEALBYTES` is a compound macro that Swift does not import, hence the function.
    public static let overhead = Int(crypto_box_sealbytes())

    /// An X25519 private key, which opens boxes sealed to its ``publicKey``.
    public struct PrivateKey: Sendable {
        /// The 32-byte X25519 scalar. It is the whole secret: keep it inside `SecureBytes`.
        public let rawRepresentation: SecureBytes
        /// The public key that senders seal to.
        public let publicKey: PublicKey

        /// A fresh random key pair (`crypto_box_keypair`).
        public init() {
            ensureSodium()
            let secret = SecureBytes(zeros: SealedBox.privateKeyByteCount)
            var pk = [UInt8](repeating: 0, count: SealedBox.publicKeyByteCount)
            secret.withUnsafeMutableBytes { sk in
                pk.withUnsafeMutableBytes { p in _ = crypto_box_keypair(p.start, sk.start) }
            }
            rawRepresentation = secret
            publicKey = PublicKey(uncheckedRaw: pk)
        }

        /// The key pair determined by a 32-byte seed (`crypto_box_seed_keypair`).
        ///
        /// libsodium hashes the seed with SHA-512 and keeps the first 32 bytes as the scalar, so the
        /// seed is not itself the private key; it is how a key is made reproducible (from a KDF, say).
        public init(seed: SecureBytes) throws(SodiumError) {
            ensureSodium()
            try requireLength("X25519 seed", seed.count, SealedBox.seedByteCount)
            let secret = SecureBytes(zeros: SealedBox.privateKeyByteCount)
            var pk = [UInt8](repeating: 0, count: SealedBox.publicKeyByteCount)
            seed.withUnsafeBytes { s in
                secret.withUnsafeMutableBytes { sk in
                    pk.withUnsafeMutableBytes { p in _ = crypto_box_seed_keypair(p.start, sk.start, s.start) }
                }
            }
            rawRepresentation = secret
            publicKey = PublicKey(uncheckedRaw: pk)
        }

        /// A private key from its 32-byte scalar; the public key is recomputed (`crypto_scalarmult_base`).
        ///
        /// Any 32 bytes are a valid scalar: X25519 clamps them before use.
        public init(rawRepresentation: SecureBytes) throws(SodiumError) {
            ensureSodium()
            try requireLength("X25519 private key", rawRepresentation.count, SealedBox.privateKeyByteCount)
            let secret = SecureBytes(rawRepresentation)
            var pk = [UInt8](repeating: 0, count: SealedBox.publicKeyByteCount)
            let status = secret.withUnsafeBytes { sk in
                pk.withUnsafeMutableBytes { p in crypto_scalarmult_base(p.start, sk.start) }
            }
            guard status == 0 else { throw SodiumError.operationFailed("X25519 base point multiplication") }
            self.rawRepresentation = secret
            publicKey = PublicKey(uncheckedRaw: pk)
        }
    }

    /// An X25519 public key: 32 bytes that anyone may know.
    public struct PublicKey: Sendable, Hashable, CustomStringConvertible {
        public let rawRepresentation: [UInt8]

        init(uncheckedRaw: [UInt8]) { rawRepresentation = uncheckedRaw }

        /// A public key from its 32 bytes.
        ///
        /// Throws for a wrong length, and for the low-order points (such as all zeros) with which X25519
        /// yields an all-zero shared secret. libsodium refuses to seal to those, so rejecting them here
        /// means a `PublicKey` can always be sealed to and ``SealedBox/seal(_:to:)`` need not throw.
        public init(rawRepresentation: some ContiguousBytes) throws(SodiumError) {
            ensureSodium()
            let raw = rawRepresentation.withUnsafeBytes { Array($0) }
            try requireLength("X25519 public key", raw.count, SealedBox.publicKeyByteCount)
            guard PublicKey.hasLargeOrder(raw) else {
                throw SodiumError.invalidInput("X25519 public key is a low-order point")
            }
            self.rawRepresentation = raw
        }

        /// The points with which X25519 gives zero for every clamped scalar: libsodium's own
        /// `has_small_order` list (scalarmult/curve25519/ref10): 0 (order 4), 1 (order 1), the two points
        /// of order 8, p − 1 (order 2), and p and p + 1 (non-canonical 0 and 1). No other encoding of
        /// these u-coordinates fits in 255 bits, and X25519 ignores the 256th (RFC 7748 §5), as the
        /// comparison does.
        static let smallOrderPoints: [[UInt8]] = [
            [UInt8](repeating: 0, count: 32),
            [1] + [UInt8](repeating: 0, count: 31),
            [
                0xe0, 0xeb, 0x7a, 0x7c, 0x3b, 0x41, 0xb8, 0xae, 0x16, 0x56, 0xe3, 0xfa, 0xf1, 0x9f, 0xc4, 0x6a,
                0xda, 0x09, 0x8d, 0xeb, 0x9c, 0x32, 0xb1, 0xfd, 0x86, 0x62, 0x05, 0x16, 0x5f, 0x49, 0xb8, 0x00,
            ],
            [
                0x5f, 0x9c, 0x95, 0xbc, 0xa3, 0x50, 0x8c, 0x24, 0xb1, 0xd0, 0xb1, 0x55, 0x9c, 0x83, 0xef, 0x5b,
                0x04, 0x44, 0x5c, 0xc4, 0x58, 0x1c, 0x8e, 0x86, 0xd8, 0x22, 0x4e, 0xdd, 0xd0, 0x9f, 0x11, 0x57,
            ],
            [0xec] + [UInt8](repeating: 0xff, count: 30) + [0x7f],
            [0xed] + [UInt8](repeating: 0xff, count: 30) + [0x7f],
            [0xee] + [UInt8](repeating: 0xff, count: 30) + [0x7f],
        ]

        /// Whether X25519 with this point gives a non-zero result: it is none of ``smallOrderPoints``.
        /// Every clamped scalar is a multiple of the cofactor 8, so the small-order points are exactly
        /// the ones that give zero. A comparison, not a trial multiplication: the tool parses a million
        /// envelopes' reply keys, and a multiplication costs about 40 µs.
        static func hasLargeOrder(_ raw: [UInt8]) -> Bool {
            !smallOrderPoints.contains { point in
                var difference = (raw[31] & 0x7f) ^ point[31]
                for index in 0..<31 { difference |= raw[index] ^ point[index] }
                return difference == 0
            }
        }

        /// The trial multiplication that ``hasLargeOrder(_:)`` stands for (its tests compare the two).
        static func multiplicationIsNonZero(_ raw: [UInt8]) -> Bool {
            let scalar = [UInt8](repeating: 0x2a, count: Int(crypto_scalarmult_scalarbytes()))
            // The scalar is a public constant, so the result is no secret and needs no wiping.
            var shared = [UInt8](repeating: 0, count: Int(crypto_scalarmult_bytes()))
            return scalar.withUnsafeBytes { n in
                raw.withUnsafeBytes { p in
                    shared.withUnsafeMutableBytes { q in crypto_scalarmult(q.start, n.start, p.start) == 0 }
                }
            }
        }

        public var description: String {
            "X25519.PublicKey(\(rawRepresentation.hexString))"
        }
    }

    /// Seals `message` to `recipient`. The result is ``overhead`` bytes longer than the message.
    ///
    /// Sealing is randomised (a fresh ephemeral key every time), so sealing the same message twice gives
    /// different boxes.
    public static func seal(_ message: some ContiguousBytes, to recipient: PublicKey) -> [UInt8] {
        ensureSodium()
        let messageCount = message.withUnsafeBytes { $0.count }
        var box = [UInt8](repeating: 0, count: messageCount + overhead)
        let status = withBytes(message) { m, mCount in
            recipient.rawRepresentation.withUnsafeBytes { pk in
                box.withUnsafeMutableBytes { c in crypto_box_seal(c.start, m, UInt64(mCount), pk.start) }
            }
        }
        // Only a low-order recipient key makes crypto_box_seal fail, and PublicKey refuses those.
        precondition(status == 0, "crypto_box_seal failed for a validated public key")
        return box
    }

    /// Opens a box sealed to `privateKey`'s public key.
    ///
    /// Any failure (a box too short, tampered, or sealed to another key) is reported the same way,
    /// as ``SodiumError/authenticationFailed``.
    public static func open(_ box: some ContiguousBytes, with privateKey: PrivateKey) throws(SodiumError) -> SecureBytes
    {
        ensureSodium()
        let boxCount = box.withUnsafeBytes { $0.count }
        guard boxCount >= overhead else { throw SodiumError.authenticationFailed }
        let message = SecureBytes(zeros: boxCount - overhead)
        let status = box.withUnsafeBytes { c in
            privateKey.rawRepresentation.withUnsafeBytes { sk in
                privateKey.publicKey.rawRepresentation.withUnsafeBytes { pk in
                    message.withUnsafeMutableBytes { m in
                        crypto_box_seal_open(m.start, c.start, UInt64(boxCount), pk.start, sk.start)
                    }
                }
            }
        }
        guard status == 0 else { throw SodiumError.authenticationFailed }
        return message
    }
}
