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
            ("20260504", false),
            ("2026-05-04T00:00", false), ("２０２６-05-04", false), ("", false),
        ])
    func iso(text: String, valid: Bool) {
        #expect((CalendarDay(iso: text) != nil) == valid)
        if valid { #expect(CalendarDay(iso: text)?.description == text) }
    }
}
