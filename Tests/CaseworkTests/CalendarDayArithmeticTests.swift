import Foundation
import Testing

@testable import Casework

@Suite("CalendarDay arithmetic: adding days, distances, weekdays")
struct CalendarDayArithmeticTests {
    static func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    @Test(
        "adding days across month ends, year ends and leap days",
        arguments: [
            ("2026-12-31", 1, "2027-01-01"), ("2027-01-01", -1, "2026-12-31"),
            ("2028-02-28", 1, "2028-02-29"), ("2028-02-29", 1, "2028-03-01"),
            ("2027-02-28", 1, "2027-03-01"), ("2100-02-28", 1, "2100-03-01"),
            ("2000-02-28", 1, "2000-02-29"), ("2028-01-30", 30, "2028-02-29"),
            ("2026-01-30", 30, "2026-03-01"), ("2026-05-04", 30, "2026-06-03"),
            ("2026-05-04", 90, "2026-08-02"), ("2026-12-15", 30, "2027-01-14"),
            ("1970-01-01", 0, "1970-01-01"), ("1969-12-31", 1, "1970-01-01"),
            ("2024-03-01", -1, "2024-02-29"), ("2026-06-15", 365, "2027-06-15"),
        ])
    func adding(from: String, days: Int, to: String) {
        #expect(Self.day(from).adding(days: days) == Self.day(to))
        #expect(Self.day(from).distance(to: Self.day(to)) == days)
        #expect(Self.day(to).distance(to: Self.day(from)) == -days)
    }

    @Test(
        "ISO weekdays: 1 Monday … 7 Sunday",
        arguments: [
            ("2026-05-04", 1), ("2026-02-17", 2), ("2026-04-26", 7), ("2026-08-02", 7), ("2027-02-06", 6),
            ("1970-01-01", 4), ("2000-01-01", 6), ("2028-02-29", 2), ("1969-12-31", 3),
        ])
    func weekday(text: String, isoWeekday: Int) {
        #expect(Self.day(text).isoWeekday == isoWeekday)
    }

    @Test("agrees with Foundation's UTC Gregorian calendar on every day from 1999 to 2101")
    func agreesWithFoundation() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let start = CalendarDay(year: 1999, month: 1, day: 1)
        var date = calendar.date(from: DateComponents(year: 1999, month: 1, day: 1))!
        var mismatches = 0
        for offset in 0..<(103 * 366) {
            let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            let expected = CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!)
            let day = start.adding(days: offset)
            // Foundation numbers weekdays from Sunday = 1.
            let isoWeekday = (parts.weekday! + 5) % 7 + 1
            if day != expected || day.isoWeekday != isoWeekday || start.distance(to: day) != offset || !day.isValid {
                mismatches += 1
            }
            date = calendar.date(byAdding: .day, value: 1, to: date)!
        }
        #expect(mismatches == 0)
    }

    @Test(
        "validity: leap years, month lengths",
        arguments: [
            ("2028-02-29", true), ("2026-02-29", false), ("2100-02-29", false), ("2000-02-29", true),
            ("2026-04-31", false), ("2026-04-30", true), ("2026-12-31", true), ("2026-02-30", false),
        ])
    func validity(text: String, valid: Bool) {
        #expect(Self.day(text).isValid == valid)
    }

    @Test("a day that does not exist is read as the day it overflows to")
    func normalises() {
        #expect(Self.day("2026-02-30").adding(days: 0) == Self.day("2026-03-02"))
        #expect(CalendarDay(year: 2026, month: 13, day: 1).adding(days: 0) == Self.day("2027-01-01"))
        #expect(CalendarDay(year: 2026, month: 0, day: 31).adding(days: 0) == Self.day("2025-12-31"))
    }

    @Test("today comes from the injected clock, in Vietnam time")
    func today() {
        #expect(CalendarDay.today(clock: FixedClock.may2026) == Self.day("2026-05-04"))
        // 2026-05-03 17:30 UTC is already the 4th in Hà Nội.
        let lateEvening = FixedClock(now: Date(timeIntervalSince1970: 1_777_829_400))
        #expect(CalendarDay.today(clock: lateEvening) == Self.day("2026-05-04"))
        #expect(CalendarDay.today(clock: lateEvening, in: TimeZone(secondsFromGMT: 0)!) == Self.day("2026-05-03"))
    }
}
