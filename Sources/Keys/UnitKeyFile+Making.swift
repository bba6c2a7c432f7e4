import Casework
import Deployment
import Sodium

// Making unit files (KeyFiles.md, "Unit keys"): a new unit, a member added, a rotation. Opening a
// member's copy reads private keys, so it is Unlocking's (UnitKeyFile+Opening.swift).
extension UnitKeyFile {
    /// A new unit: epoch 1's key pair from libsodium's random generator, and a copy of it sealed to
    /// each of `members`. The keys are returned too, for nothing else: they are in the copies.
    public static func create(unit: String, members: [InspectorKey], comment: String? = nil)
        throws(InspectionError) -> (file: UnitKeyFile, keys: UnitKeys)
    {
        let keys = UnitKeys(unit: unit, epochs: [SealedBox.PrivateKey()])
        return (try make(unit: unit, keys: keys, members: members, comment: comment), keys)
    }

    /// This file with `member` added, or their line replaced (a new `Keys/NAME.pub`): every epoch's
    /// private key sealed to their sealing key, so they open the unit's older cases at once.
    ///
    /// `keys` are this file's epochs' keys, opened from the lead's own copy.
    public func adding(_ member: InspectorKey, keys: UnitKeys) throws(InspectionError) -> UnitKeyFile {
        precondition(keys.match(self), "the unit keys are not this file's")
        let others = members.filter { $0.name != member.name }
        return try wrap {
            () throws(CaseworkError) in
            try UnitKeyFile(
                unit: unit, epochs: epochs, members: others + [Self.copy(of: keys, for: member)], comment: comment)
        }
    }

    /// A new epoch whose key only `members` receive (with every earlier epoch's), as copies sealed to
    /// their keys: every other line is dropped. Records sealed from then on are sealed to the new
    /// epoch, which a removed member never held.
    ///
    /// `keys` are this file's epochs' keys, opened from the lead's own copy.
    public func rotated(members: [InspectorKey], keys: UnitKeys) throws(InspectionError) -> (
        file: UnitKeyFile, keys: UnitKeys
    ) {
        precondition(keys.match(self), "the unit keys are not this file's")
        guard epochs.count < Self.maximumEpochCount else {
            throw .usage("unit \(unit) has \(Self.maximumEpochCount) epochs, the most a unit file holds")
        }
        let next = UnitKeys(unit: unit, epochs: keys.epochs + [SealedBox.PrivateKey()])
        return (try Self.make(unit: unit, keys: next, members: members, comment: comment), next)
    }

    private static func make(unit: String, keys: UnitKeys, members: [InspectorKey], comment: String?)
        throws(InspectionError) -> UnitKeyFile
    {
        let epochs = keys.epochs.enumerated().map { Epoch(number: $0.offset + 1, sealingKey: $0.element.publicKey) }
        return try wrap {
            () throws(CaseworkError) in
            try UnitKeyFile(
                unit: unit, epochs: epochs, members: members.map { copy(of: keys, for: $0) }, comment: comment)
        }
    }

    /// `member`'s line: `crypto_box_seal(sk_1 ‖ … ‖ sk_n, member's sealing key)`.
    private static func copy(of keys: UnitKeys, for member: InspectorKey) -> Member {
        var secrets: [UInt8] = []
        secrets.reserveCapacity(keys.epochs.count * SealedBox.privateKeyByteCount)
        defer { wipe(&secrets) }
        for key in keys.epochs { key.rawRepresentation.withUnsafeBytes { secrets += $0 } }
        return Member(
            name: member.name, keyID: member.keyID, epochCount: keys.epochs.count,
            sealedKeys: SealedBox.seal(secrets, to: member.sealingKey))
    }

    private static func wrap(_ body: () throws(CaseworkError) -> UnitKeyFile) throws(InspectionError) -> UnitKeyFile {
        do { return try body() } catch { throw .inspectorKeys(error) }
    }

    private func wrap(_ body: () throws(CaseworkError) -> UnitKeyFile) throws(InspectionError) -> UnitKeyFile {
        try Self.wrap(body)
    }
}
