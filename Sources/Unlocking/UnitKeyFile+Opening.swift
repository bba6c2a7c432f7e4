import Casework
import Deployment
import Keys
import Sodium

// Opening a member's copy of a unit's keys (KeyFiles.md, "Unit keys"): private keys are read here only.
extension UnitKeyFile {
    /// The unit's keys, epoch 1 … n, opened from the copy of `key`'s inspector with `key` or, when the
    /// copy is sealed to an older key of theirs, with that one from `oldKeys`.
    ///
    /// Each opened key must give its epoch's public key (`crypto_scalarmult_base`), so a copy swapped
    /// between units, or one that holds other epochs, is refused. The opened bytes stay in `SecureBytes`.
    ///
    /// - Throws: ``InspectionError/notAUnitMember(unit:name:)``,
    ///   ``InspectionError/unitCopySealedToAnotherKey(unit:name:keyID:)`` and
    ///   ``InspectionError/unitCopyDoesNotMatch(unit:name:reason:)``.
    public func keys(openedWith key: InspectorPrivateKey, oldKeys: [InspectorPrivateKey] = [])
        throws(InspectionError) -> UnitKeys
    {
        guard let member = member(key.name) else { throw .notAUnitMember(unit: unit, name: key.name) }
        let sealedTo = member.keyID.hexString
        guard let opener = ([key] + oldKeys).first(where: { $0.publicKey.keyID == member.keyID }),
            let secrets = try? SealedBox.open(member.sealedKeys, with: opener.sealingKey)
        else { throw .unitCopySealedToAnotherKey(unit: unit, name: key.name, keyID: sealedTo) }
        let size = SealedBox.privateKeyByteCount
        guard secrets.count == size * epochs.count else {
            throw .unitCopyDoesNotMatch(
                unit: unit, name: key.name,
                reason: "it holds \(secrets.count / size) keys for \(epochs.count) epochs")
        }
        var opened: [SealedBox.PrivateKey] = []
        for epoch in epochs {
            let start = (epoch.number - 1) * size
            let scalar = secrets.withUnsafeBytes {
                SecureBytes(UnsafeRawBufferPointer(rebasing: $0[start..<start + size]))
            }
            guard let epochKey = try? SealedBox.PrivateKey(rawRepresentation: scalar),
                epochKey.publicKey == epoch.sealingKey
            else {
                throw .unitCopyDoesNotMatch(
                    unit: unit, name: key.name, reason: "its key \(epoch.number) is not epoch \(epoch.number)'s")
            }
            opened.append(epochKey)
        }
        return UnitKeys(unit: unit, epochs: opened)
    }
}
