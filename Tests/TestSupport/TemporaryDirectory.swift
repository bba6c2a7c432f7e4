import Foundation

/// A fresh folder under the system's temporary folder, removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
    // @unchecked: `path` is set once in `init`.
    public let path: String

    /// `label` (letters and digits of it, the calling function's name unless told) names the folder, so
    /// a left-over one says which test made it.
    public init(_ label: String = #function) {
        let safe = label.filter { $0.isLetter || $0.isNumber }
        path = NSTemporaryDirectory() + "candor-\(safe.prefix(40))-\(UUID().uuidString.prefix(8))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A path inside the folder, for a file or folder that does not exist yet.
    public func child(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
