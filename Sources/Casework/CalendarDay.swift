import Foundation

/// A date without a time, written `YYYY-MM-DD`: when the intake received a message.
///
/// Day precision on purpose: it is all a citizen or a deadline needs, and a finer time in the sealed
/// record would only help someone match a report to other traces of the citizen.
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Vietnam's time zone, UTC+7 all year (no daylight saving time).
    public static let vietnam = TimeZone(secondsFromGMT: 7 * 3600)!

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `date` falls on in `timeZone`.
    ///
    /// Counted from the Unix epoch with the zone's offset at that moment (``init(daysSinceEpoch:)``), as
    /// a `Calendar` would give on the Gregorian calendar, which Foundation's follows from 15 October
    /// 1582; a date outside 1600–9999 goes through `Calendar`. The case index dates every event this way,
    /// and a `Calendar` cost more than the rest of the event's dating.
    public init(_ date: Date, in timeZone: TimeZone = CalendarDay.vietnam) {
        let seconds = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        if seconds >= Self.arithmeticRange.lowerBound, seconds < Self.arithmeticRange.upperBound {
            self.init(daysSinceEpoch: Int((seconds / 86_400).rounded(.down)))
            return
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// Local seconds since the epoch from 1600-01-01 to 10000-01-01, where days are counted.
    static let arithmeticRange = -11_676_096_000.0..<253_402_300_800.0

    /// Parses exactly `YYYY-MM-DD` (ASCII digits) with a month from 1 to 12 and a day from 1 to 31.
    public init?(iso text: String) {
        guard let day = Self.iso(text.utf8) else { return nil }
        self = day
    }

    /// `YYYY-MM-DD` in 10 bytes, or nil.
    static func iso(_ bytes: some Collection<UInt8>) -> CalendarDay? {
        guard bytes.count == 10 else { return nil }
        var (year, month, day) = (0, 0, 0)
        for (position, byte) in bytes.enumerated() {
            if position == 4 || position == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch position {
            case 0..<4: year = year * 10 + digit
            case 5..<7: month = month * 10 + digit
            default: day = day * 10 + digit
            }
        }
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    public var description: String {
        String(year).leftPadded(to: 4) + "-" + String(month).leftPadded(to: 2) + "-" + String(day).leftPadded(to: 2)
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not YYYY-MM-DD"))
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
