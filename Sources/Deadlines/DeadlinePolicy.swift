import Casework

/// The rules that turn a case's dates into its statutory deadlines, and the calendar of working days
/// they count on.
///
/// The defaults are the Law on Denunciation 2018 (Luật Tố cáo, Art. 24, 29 and 30) and the Civil Code
/// 2015 (Art. 147 and 148) as Candor applies them; <doc:Deadlines> gives the reading of each article:
/// - the accept-or-decline decision within 7 working days of receipt, the day of receipt not counted;
/// - resolution within 30 days of acceptance, the day of acceptance not counted;
/// - at most 2 extensions of 30 days each, so 90 days in all;
/// - a deadline whose last day is not a working day moves to the next working day.
///
/// The working-day calendar is data: the weekend, the public holidays, and the weekend days worked in
/// exchange for a bridged day off. The government announces the holidays each year, so a deployment
/// keeps them in a file (``bundled()`` reads the shipped `Catalog/holidays.json`; ``init(json:name:)``
/// reads a deployment's own). The policy does no I/O and reads no clock: every function is given its
/// days.
public struct DeadlinePolicy: Sendable, Equatable {
    /// Working days from receipt to the accept-or-decline decision (Art. 24: 7).
    public var decisionWorkingDays = 7
    /// Calendar days from acceptance to resolution (Art. 30: 30).
    public var resolutionDays = 30
    /// Calendar days that each extension adds (Art. 30: 30).
    public var extensionDays = 30
    /// How many times a case may be extended (Art. 30: twice, for 90 days in all).
    public var maximumExtensions = 2
    /// The ISO weekdays that are not worked: 6 is Saturday and 7 Sunday (the public sector's
    /// five-day week). Never all seven.
    public var weekend: Set<Int> = [6, 7]
    /// The days off on top of the weekend: public holidays, the days off given for a holiday that falls
    /// on a weekend (Labour Code 2019 Art. 111(3): the next working day), and working days swapped for a
    /// weekend day to bridge a holiday.
    public var holidays: Set<CalendarDay> = []
    /// Weekend days that are worked in exchange for a day off bridged to a holiday (the 2026 New
    /// Year's swap made Saturday 10 January a working day).
    public var workingWeekendDays: Set<CalendarDay> = []
    /// Whether a deadline that falls on a day that is not worked moves to the next working day.
    public var rollsOverNonWorkingDays = true

    /// The law's rules with no holidays; set ``holidays`` before use, or use
    /// ``lawOnDenunciation(holidays:workingWeekendDays:)``.
    public init() {}

    /// The Law on Denunciation's rules over a calendar with these days off and worked weekend days.
    public static func lawOnDenunciation(
        holidays: Set<CalendarDay>, workingWeekendDays: Set<CalendarDay> = []
    ) -> DeadlinePolicy {
        var policy = DeadlinePolicy()
        policy.holidays = holidays
        policy.workingWeekendDays = workingWeekendDays
        return policy
    }

    // MARK: the working-day calendar

    /// Whether `day` is worked: a worked weekend day, or a day that is neither on the weekend nor a
    /// holiday.
    public func isWorkingDay(_ day: CalendarDay) -> Bool {
        // A weekday is looked up once, in the holidays: the index counts every case's deadline this way.
        if weekend.contains(day.isoWeekday) { return workingWeekendDays.contains(day) && !holidays.contains(day) }
        return !holidays.contains(day)
    }

    /// The `count`-th working day after `day`; `day` itself is day 0 and never counts, worked or not.
    public func addingWorkingDays(_ count: Int, to day: CalendarDay) -> CalendarDay {
        precondition(count >= 0, "a number of working days is not negative")
        precondition(weekend.count < 7, "a week needs a working day")
        var current = day
        var remaining = count
        while remaining > 0 {
            current = current.adding(days: 1)
            if isWorkingDay(current) { remaining -= 1 }
        }
        return current
    }

    /// `day` if it is a working day, else the first working day after it.
    public func nextWorkingDay(onOrAfter day: CalendarDay) -> CalendarDay {
        precondition(weekend.count < 7, "a week needs a working day")
        var current = day
        while !isWorkingDay(current) { current = current.adding(days: 1) }
        return current
    }

    /// The deadline `days` calendar days after `day` (day 0), moved to the next working day when
    /// ``rollsOverNonWorkingDays`` is on.
    public func deadline(_ days: Int, daysAfter day: CalendarDay) -> CalendarDay {
        let last = day.adding(days: days)
        return rollsOverNonWorkingDays ? nextWorkingDay(onOrAfter: last) : last
    }

    /// Whether the calendar lists any holiday in `year`. A year without one was almost surely never
    /// filled in (every year has New Year's Day and Tết), so its deadlines would ignore Tết: a tool can
    /// warn before it shows them.
    public func hasHolidays(inYear year: Int) -> Bool {
        holidays.contains { $0.year == year }
    }
}
