import Casework
import Deployment
import Sodium

/// A unit's private keys, epoch 1 … n (Casework's KeyFiles.md, "Unit keys"): what a member's copy in
/// `Keys/units/UNIT.unit` holds, once opened (Unlocking's ``/Keys/UnitKeyFile``), or what
/// ``UnitKeyFile/create(unit:members:comment:)`` makes.
///
/// Each key's scalar lives in a `SecureBytes`, wiped when the last copy of this value goes.
public struct UnitKeys: Sendable {
    public let unit: String
    /// Epoch i's private key at index i − 1.
    public let epochs: [SealedBox.PrivateKey]

    public init(unit: String, epochs: [SealedBox.PrivateKey]) {
        precondition(!epochs.isEmpty, "a unit has at least one epoch")
        self.unit = unit
        self.epochs = epochs
    }

    /// The current epoch's key: the one new records are sealed to.
    public var current: SealedBox.PrivateKey { epochs[epochs.count - 1] }

    /// Whether these are the private keys of `file`'s epochs, in order.
    public func match(_ file: UnitKeyFile) -> Bool {
        unit == file.unit && epochs.map(\.publicKey) == file.epochs.map(\.sealingKey)
    }
}
