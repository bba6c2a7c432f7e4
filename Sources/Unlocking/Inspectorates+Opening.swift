import Casework
import Deployment
import Keys
import Sodium

extension Inspectorates {
    /// The private keys that open the cases `key`'s inspector may read: their own key and `oldKeys`
    /// and, in a deployment with units, every epoch key of their unit, opened from their copy in its
    /// unit file (KeyFiles.md, "Unit keys").
    ///
    /// `kept` are unit files the inspector's tool kept from before (public-safe): a member removed from
    /// a unit still opens, with their copy there, what was sealed to the epochs they held, and nothing
    /// sealed to a later epoch. A kept file whose copy no longer opens is skipped.
    public func openingKeys(for key: InspectorPrivateKey, oldKeys: [InspectorPrivateKey] = [], kept: [UnitKeyFile] = [])
        throws(InspectionError) -> [SealedBox.PrivateKey]
    {
        var result = ([key] + oldKeys).map(\.sealingKey)
        if let unit = unit(of: key.name), let file = units[unit] {
            result += try file.keys(openedWith: key, oldKeys: oldKeys).epochs
        }
        for file in kept {
            guard let keys = try? file.keys(openedWith: key, oldKeys: oldKeys) else { continue }
            for epoch in keys.epochs where !result.contains(where: { $0.publicKey == epoch.publicKey }) {
                result.append(epoch)
            }
        }
        return result
    }
}
