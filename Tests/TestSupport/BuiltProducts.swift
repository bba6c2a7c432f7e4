import Foundation
import Testing

/// The executables `swift build` put next to the test bundle, run as a user would run them.
public enum BuiltProducts {
    /// The folder of the built products.
    public static var directory: URL {
        let exe =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: exe).deletingLastPathComponent()
    }

    /// A built product by name, or any program by its absolute path; fails the test when it is not there.
    public static func path(_ name: String) throws -> String {
        let path = name.hasPrefix("/") ? name : directory.appendingPathComponent(name).path
        try #require(FileManager.default.isExecutableFile(atPath: path), "build \(name) first: \(path)")
        return path
    }
}
