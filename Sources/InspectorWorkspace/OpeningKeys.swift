import Deployment
import Foundation
import Keys
import Sodium
import System
import Unlocking

/// The one place the tool takes the keys that open cases from: every case command and sync's index
/// update ask here. They are the inspector's key, the older keys given with `--old-key` and, with
/// units, every epoch key of the inspector's unit (Unlocking's `Inspectorates.openingKeys`).
public enum OpeningKeys {
    /// The folder of the mirror that keeps the unit files whose copy opened.
    public static let keptFolderName = "unit-keys"

    /// The keys that open cases. The unit files whose copy opened are kept in MIRROR/unit-keys/ (they
    /// are public-safe), so that a member removed from a unit still opens what was sealed to the epochs
    /// they held.
    public static func of(
        key: InspectorPrivateKey, oldKeys: [InspectorPrivateKey], inspectorates: Inspectorates, mirror: String
    ) throws -> [SealedBox.PrivateKey] {
        let folder = (mirror as NSString).appendingPathComponent(keptFolderName)
        let kept = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().compactMap {
            name -> UnitKeyFile? in
            let path = (folder as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
            return try? UnitKeyFile(text: text, path: path)
        }
        let keys = try inspectorates.openingKeys(for: key, oldKeys: oldKeys, kept: kept)
        if let unit = inspectorates.unit(of: key.name), let file = inspectorates.units[unit] {
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let path = (folder as NSString).appendingPathComponent("\(unit)-epoch-\(file.epochs.count).unit")
            try? AtomicFile.writeNew(Array(file.text.utf8), to: path, permissions: 0o644)
        }
        return keys
    }
}
