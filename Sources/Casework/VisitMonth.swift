/// The month of a visit, as service feedback names it: `YYYY-MM`.
public struct VisitMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// The month that holds `day`.
    public init(_ day: CalendarDay) { self.init(year: day.year, month: day.month) }

    /// Parses exactly `YYYY-MM` (four digits, a dash, two digits, month 01…12); nil otherwise.
    public init?(text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
            bytes.enumerated().allSatisfy({
                $0.offset == 4 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0.element)
            }),
            let year = Int(String(decoding: bytes[0..<4], as: UTF8.self)),
            let month = Int(String(decoding: bytes[5..<7], as: UTF8.self)), (1...12).contains(month)
        else { return nil }
        self.init(year: year, month: month)
    }

    /// The months from `self` to `other` (negative when `other` is earlier).
    public func months(to other: VisitMonth) -> Int { (other.year - year) * 12 + other.month - month }

    /// `YYYY-MM`, the year in four digits (zeros before a year under 1000), as ``init(text:)`` reads it.
    public var description: String {
        String(year).leftPadded(to: 4) + "-" + String(month).leftPadded(to: 2)
    }

    public static func < (lhs: VisitMonth, rhs: VisitMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}
