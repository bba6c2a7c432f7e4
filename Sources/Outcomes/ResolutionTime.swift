import Casework
import Foundation

/// How long a case took from acceptance to resolution, as a published outcome says it: a range of
/// days, not the exact count (Outcomes.md, version 2).
///
/// The ranges follow the statutory deadlines: 30 days, 60 with one extension, 90 with two (Law on
/// Denunciation, Art. 30), each halved once more up to 60, so the public still reads "within the
/// first deadline" or "after a second extension" while a disk holder cannot match an outcome to its
/// case by the exact distance between the accept and resolve days.
public enum ResolutionTime: String, Sendable, CaseIterable, Comparable, Codable {
    case upTo15 = "0-15"
    case upTo30 = "16-30"
    case upTo45 = "31-45"
    case upTo60 = "46-60"
    case upTo90 = "61-90"
    case over90 = "91+"

    /// The range that holds `days` (negative counts as 0).
    public init(days: Int) {
        self = Self.allCases.first { days <= $0.lastDay } ?? .over90
    }

    /// The last day of the range (Int.max for the last one).
    public var lastDay: Int {
        switch self {
        case .upTo15: 15
        case .upTo30: 30
        case .upTo45: 45
        case .upTo60: 60
        case .upTo90: 90
        case .over90: .max
        }
    }

    /// The range as people read it: `0–15`, …, `≥ 91` (en dash; the unit is the reader's).
    public var label: String {
        self == .over90 ? "≥ 91" : rawValue.replacingOccurrences(of: "-", with: "–")
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.lastDay < rhs.lastDay }
}
