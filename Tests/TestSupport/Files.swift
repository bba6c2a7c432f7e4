import Foundation

/// The size of the file at `path` in bytes, or -1 when there is none.
public func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? -1
}
