import Keys
import Sodium

/// The one place the tool takes the keys that open cases from: every case command and sync's index
/// update ask here. Today they are the inspector's key and the older keys given with `--old-key`; a
/// unit's epoch keys, once a member holds them, are added here and nowhere else.
enum OpeningKeys {
    static func of(key: InspectorPrivateKey, oldKeys: [InspectorPrivateKey]) -> [SealedBox.PrivateKey] {
        ([key] + oldKeys).map(\.sealingKey)
    }
}
