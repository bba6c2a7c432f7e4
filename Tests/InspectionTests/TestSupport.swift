import Foundation
import Sodium

@testable import Inspection

/// Argon2id at its minimum (1 pass, 8 KiB): the format is the same, the unlock takes microseconds.
let fastLimits = PasswordHash.Limits(opsLimit: 1, memLimit: 8192)

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryDirectory {
    let path: String

    init(_ label: String = "inspection") {
        path = NSTemporaryDirectory() + "candor-\(label)-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func child(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

extension Array where Element == UInt8 {
    init(hex: String) {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        self = bytes
    }
}
