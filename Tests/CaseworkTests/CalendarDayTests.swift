import Foundation
import Testing

@testable import Casework

@Suite("CalendarDay")
struct CalendarDayTests {
    @Test("the day is taken in Vietnam time, UTC+7")
    func vietnamTime() {
        // 2026-05-03 17:30 UTC is already 2026-05-04 00:30 in Hà Nội.
        let instant = Date(timeIntervalSince1970: 1_777_829_400)
        #expect(CalendarDay(instant) == CalendarDay(year: 2026, month: 5, day: 4))
        #expect(CalendarDay(instant, in: TimeZone(secondsFromGMT: 0)!) == CalendarDay(year: 2026, month: 5, day: 3))
        #expect(CalendarDay(FixedClock.may2026.now).description == "2026-05-04")
    }

    @Test(
        "ISO text: exactly YYYY-MM-DD",
        arguments: [
            ("2026-05-04", true), ("2026-5-4", false), ("2026-13-01", false), ("2026-00-10", false),
            ("20260504", false), ("2026-05-32", false), ("+026-05-04", false), ("2026/05/04", false),
            ("2026-05-04T00:00", false), ("２０２６-05-04", false), ("", false), ("2026-05-0٤", false),
        ])
    func iso(text: String, valid: Bool) {
        #expect((CalendarDay(iso: text) != nil) == valid)
        if valid { #expect(CalendarDay(iso: text)?.description == text) }
    }

    /// Counted days must be the days a Gregorian `Calendar` gives, in every zone and on both sides of
    /// midnight, far from the epoch too; before 1600 and after 9999 the `Calendar` itself answers.
    @Test("the day of a moment is the Calendar's, counted without one")
    func countedDaysAreTheCalendars() {
        var generator = SystemRandomNumberGenerator()
        let zones = [-12 * 3600, -9 * 3600 - 1800, 0, 7 * 3600, 5 * 3600 + 2700, 14 * 3600].map {
            TimeZone(secondsFromGMT: $0)!
        }
        var moments: [Double] = [0, -1, 86_399, 86_400, -11_676_096_000, 253_402_300_799, 1_777_829_400]
        for _ in 0..<2_000 {
            moments.append(Double(Int64.random(in: -12_000_000_000...253_402_000_000, using: &generator)))
        }
        for zone in zones {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            for seconds in moments {
                let date = Date(timeIntervalSince1970: seconds)
                let parts = calendar.dateComponents([.year, .month, .day], from: date)
                #expect(
                    CalendarDay(date, in: zone) == CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!),
                    "\(seconds) in \(zone)")
            }
        }
    }
}
