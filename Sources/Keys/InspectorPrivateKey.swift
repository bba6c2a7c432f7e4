import Casework
import Foundation
import Sodium

/// One inspector's private keys: the X25519 key that opens cases sealed to them, and the Ed25519 key
/// that signs their events.
///
/// Both are kept as their 32-byte seeds, in `SecureBytes`; the seeds are what a key file stores
/// (KeyFile.md), and the key pairs are recomputed from them (`crypto_box_seed_keypair`,
/// `crypto_sign_seed_keypair`).
public struct InspectorPrivateKey: Sendable {
    /// The seed of ``sealingKey``.
    public let sealingSeed: SecureBytes
    /// The seed of ``signingKey``.
    public let signingSeed: SecureBytes
    public let sealingKey: SealedBox.PrivateKey
    public let signingKey: Signing.PrivateKey
    /// The public half: the line to save as `Keys/NAME.pub`.
    public let publicKey: InspectorKey

    /// The inspector's name, as in Keys/.
    public var name: String { publicKey.name }

    /// A fresh key pair for `name`, from libsodium's random generator.
    public static func generate(name: String) throws(InspectionError) -> InspectorPrivateKey {
        try InspectorPrivateKey(
            name: name, sealingSeed: .random(count: SealedBox.seedByteCount),
            signingSeed: .random(count: Signing.seedByteCount))
    }

    /// The key pair that two 32-byte seeds determine.
    public init(name: String, sealingSeed: SecureBytes, signingSeed: SecureBytes) throws(InspectionError) {
        guard sealingSeed.count == SealedBox.seedByteCount, signingSeed.count == Signing.seedByteCount else {
            throw .damaged(path: name, reason: "a seed is not 32 bytes")
        }
        // With 32-byte seeds neither derivation can fail, and InspectorKey only checks the name.
        guard let sealing = try? SealedBox.PrivateKey(seed: sealingSeed),
            let signing = try? Signing.PrivateKey(seed: signingSeed)
        else { throw .damaged(path: name, reason: "a seed gives no key pair") }
        guard let key = try? InspectorKey(name: name, sealingKey: sealing.publicKey, signingKey: signing.publicKey)
        else { throw .invalidName(name) }
        self.sealingSeed = sealingSeed
        self.signingSeed = signingSeed
        self.sealingKey = sealing
        self.signingKey = signing
        self.publicKey = key
    }
}
