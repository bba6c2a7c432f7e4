import Foundation

/// A fresh folder under the system's temporary directory, removed with its contents when the value ends.
final class TemporaryFolder: Sendable {
    let path: String

    init(_ name: String) throws {
        path = NSTemporaryDirectory() + "candor-\(name)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
