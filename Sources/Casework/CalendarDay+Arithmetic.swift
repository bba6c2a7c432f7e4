import Foundation

// Day arithmetic on the proleptic Gregorian calendar, with no time zone anywhere.
//
// A day is turned into a count of days since 1970-01-01 and back with Howard Hinnant's
// days-from-civil algorithm (http://howardhinnant.github.io/date_algorithms.html). Going through
// `Date` and a `Calendar` instead would bring in time zones and daylight saving time, which have
// nothing to do with counting days and are where off-by-one bugs come from.

extension CalendarDay {
    /// The day that is `days` days after this one (before it when `days` is negative).
    ///
    /// A day that does not exist (`2026-02-30`, which ``init(year:month:day:)`` does not refuse) is
    /// first read as the day it overflows to (`2026-03-02`), so `adding(days: 0)` normalises it.
    public func adding(days: Int) -> CalendarDay {
        CalendarDay(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// How many days from this day to `other`: positive when `other` is later, 0 for the same day.
    ///
    /// `a.adding(days: a.distance(to: b)) == b` for any two existing days.
    public func distance(to other: CalendarDay) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// The ISO 8601 day of the week: 1 for Monday … 6 for Saturday, 7 for Sunday.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        Self.floorModulo(daysSinceEpoch + 3, 7) + 1
    }

    /// Whether the day exists: a month from 1 to 12 and a day within that month (29 February only in
    /// a leap year).
    public var isValid: Bool {
        (1...12).contains(month) && (1...Self.daysInMonth(month, of: year)).contains(day)
    }

    /// The number of days in `month` (1 to 12) of `year`.
    public static func daysInMonth(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether `year` has a 29 February: divisible by 4, except centuries not divisible by 400.
    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// Today in `timeZone` (Vietnam by default) by `clock`: the seam that keeps deadline code testable.
    public static func today(clock: any WallClock, in timeZone: TimeZone = CalendarDay.vietnam) -> CalendarDay {
        CalendarDay(clock.now, in: timeZone)
    }

    // MARK: days since 1970-01-01

    /// The number of days from 1970-01-01 to this day (negative before it).
    var daysSinceEpoch: Int {
        // A month outside 1...12 carries into the year, so that every (year, month, day) has a count.
        let year = self.year + Self.floorDivide(month - 1, 12)
        let month = Self.floorModulo(month - 1, 12) + 1
        // Years start on 1 March, so that the leap day is the last day of a year.
        let marchYear = month <= 2 ? year - 1 : year
        let era = Self.floorDivide(marchYear, 400)
        let yearOfEra = marchYear - era * 400  // 0...399
        let monthFromMarch = (month + 9) % 12  // March 0 … February 11
        let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `daysSinceEpoch` days after 1970-01-01.
    init(daysSinceEpoch: Int) {
        let shifted = daysSinceEpoch + 719_468  // days since 0000-03-01
        let era = Self.floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097  // 0...146096
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static func floorModulo(_ a: Int, _ b: Int) -> Int {
        a - floorDivide(a, b) * b
    }
}
