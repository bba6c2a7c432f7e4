import Casework
import Foundation

/// The system clock moved by the number of seconds written in a file, read at every reading: what the
/// hidden `--clock-offset-file` gives the intake, so that a browser test can move the server to the
/// next day and watch a daily batch be published. A missing or unreadable file is no offset.
struct OffsetFileClock: WallClock {
    let path: String

    var now: Date {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let offset = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        return Date().addingTimeInterval(offset.isFinite ? offset : 0)
    }
}
