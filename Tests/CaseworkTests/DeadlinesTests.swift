import Catalogue
import Foundation
import TestSupport
import Testing

@testable import Casework
@testable import Deadlines

/// 2026 (the bundled calendar): Tết 16–20 February; Hùng Kings 26 April (a Sunday), day off 27 April;
/// 30 April and 1 May (Thursday, Friday); 2 January swapped with Saturday 10 January.
private let policy = try! DeadlinePolicy.bundled()

private func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

/// The `DeadlineError` that `body` throws, or nil if it succeeds. (The closures are untyped: Swift
/// 6.3.1 crashes emitting typed-throws closures that return a `CaseDeadlines`.)
private func deadlineError<T>(_ body: () throws -> T) -> DeadlineError? {
    thrownError(DeadlineError.self, body)
}

@Suite("Deadlines: the decision within 7 working days")
struct DecisionDeadlineTests {
    @Test(
        "the 7th working day after receipt",
        arguments: [
            ("2026-05-04", "2026-05-13", "a plain week: Monday to the Wednesday after next, over one weekend"),
            ("2026-05-08", "2026-05-19", "received on a Friday"),
            ("2026-05-09", "2026-05-19", "received on a Saturday: counting starts Monday"),
            ("2026-04-27", "2026-05-08", "received on a holiday, across 30 April and 1 May"),
            ("2026-04-24", "2026-05-08", "across Hùng Kings' day off and 30 April, 1 May"),
            ("2026-02-13", "2026-03-03", "across Tết: 16–20 February are not counted"),
            ("2026-02-10", "2026-02-26", "Tết in the middle"),
            ("2026-01-08", "2026-01-16", "Saturday 10 January is worked in exchange for 2 January"),
            ("2026-12-28", "2027-01-07", "across the year end and New Year's Day"),
        ])
    func decisionDue(received: String, due: String, _ why: String) throws {
        let deadlines = try CaseDeadlines(policy: policy, receivedOn: day(received))
        #expect(deadlines.decisionDue == day(due), "\(why)")
        #expect(policy.isWorkingDay(deadlines.decisionDue))
    }

    @Test("receipt is day 0: the 7th working day is on time, the day after is late")
    func decisionBoundary() throws {
        let open = try CaseDeadlines(policy: policy, receivedOn: day("2026-05-04"))
        #expect(open.current(on: day("2026-05-13")) == .init(kind: .decision, day: day("2026-05-13"), daysLeft: 0))
        #expect(!open.isDecisionLate(asOf: day("2026-05-13")))
        #expect(open.isDecisionLate(asOf: day("2026-05-14")))
        #expect(open.current(on: day("2026-05-14"))?.isOverdue == true)

        let onTime = try CaseDeadlines(policy: policy, receivedOn: day("2026-05-04"), acceptedOn: day("2026-05-13"))
        let late = try CaseDeadlines(policy: policy, receivedOn: day("2026-05-04"), declinedOn: day("2026-05-14"))
        #expect(!onTime.isDecisionLate(asOf: day("2026-12-31")), "a decided case is judged by its decision day")
        #expect(late.isDecisionLate(asOf: day("2026-05-14")))
        #expect(late.current(on: day("2026-05-20")) == nil, "a declined report has no deadline left")
    }

    @Test("without the swap, Saturday 10 January 2026 is a weekend day")
    func withoutSwap() throws {
        var plain = policy
        plain.workingWeekendDays = []
        #expect(try CaseDeadlines(policy: plain, receivedOn: day("2026-01-08")).decisionDue == day("2026-01-19"))
        #expect(policy.isWorkingDay(day("2026-01-10")) && !plain.isWorkingDay(day("2026-01-10")))
        #expect(!policy.isWorkingDay(day("2026-01-02")))
    }
}

@Suite("Deadlines: resolution within 30 days, extensions, rolling over")
struct ResolutionDeadlineTests {
    let accepted = try! CaseDeadlines(policy: policy, receivedOn: day("2026-05-04"), acceptedOn: day("2026-05-04"))

    @Test("acceptance is day 0: day 30 is on time, day 31 is overdue")
    func dayThirty() {
        #expect(accepted.resolutionDue == day("2026-06-03"))
        #expect(
            accepted.current(on: day("2026-06-03")) == .init(kind: .resolution, day: day("2026-06-03"), daysLeft: 0))
        #expect(!accepted.isResolutionLate(asOf: day("2026-06-03")))
        #expect(accepted.current(on: day("2026-06-04"))?.daysLeft == -1)
        #expect(accepted.current(on: day("2026-06-04"))?.isOverdue == true)
        #expect(accepted.isResolutionLate(asOf: day("2026-06-04")))
    }

    @Test("no resolution deadline before acceptance; the decision applies")
    func beforeAcceptance() throws {
        let new = try CaseDeadlines(policy: policy, receivedOn: day("2026-05-04"))
        #expect(new.resolutionDue == nil)
        #expect(new.current(on: day("2026-05-05"))?.kind == .decision)
        #expect(!new.isResolutionLate(asOf: day("2027-01-01")))
        #expect(new.metResolutionDeadline == nil && new.daysToResolve == nil)
    }

    @Test("first extension: 60 days; second: 90 days, and 2 August 2026 is a Sunday so it rolls to Monday")
    func extensions() throws {
        let once = try accepted.extended()
        #expect(once.extensions == 1)
        #expect(once.resolutionDue == day("2026-07-03"))
        let twice = try once.extended()
        #expect(day("2026-08-02").isoWeekday == 7)
        #expect(twice.resolutionDue == day("2026-08-03"))
        #expect(!twice.canExtend && once.canExtend && accepted.canExtend)

        var exact = policy
        exact.rollsOverNonWorkingDays = false
        let unrolled = try CaseDeadlines(
            policy: exact, receivedOn: day("2026-05-04"), acceptedOn: day("2026-05-04"), extensions: 2)
        #expect(unrolled.resolutionDue == day("2026-08-02"), "with the switch off, the Sunday stays")
    }

    @Test("a third extension is refused")
    func thirdExtension() throws {
        let twice = try accepted.extended().extended()
        #expect(deadlineError { try twice.extended() } == .tooManyExtensions(maximum: 2))
        #expect(
            deadlineError {
                try CaseDeadlines(
                    policy: policy, receivedOn: day("2026-05-04"), acceptedOn: day("2026-05-04"), extensions: 3)
            } == .tooManyExtensions(maximum: 2))
        #expect(DeadlineError.tooManyExtensions(maximum: 2).description.contains("2 extensions"))
    }

    @Test("a deadline on a holiday rolls to the next working day, over the weekend")
    func rollsOverHoliday() throws {
        // 1 April + 30 = Friday 1 May, Labour Day; then the weekend.
        let deadlines = try CaseDeadlines(policy: policy, receivedOn: day("2026-03-30"), acceptedOn: day("2026-04-01"))
        #expect(deadlines.resolutionDue == day("2026-05-04"))
        var exact = policy
        exact.rollsOverNonWorkingDays = false
        #expect(
            try CaseDeadlines(policy: exact, receivedOn: day("2026-03-30"), acceptedOn: day("2026-04-01"))
                .resolutionDue == day("2026-05-01"))
    }

    @Test("a deadline that lands on a Sunday rolls to Monday; on a worked Saturday it stays")
    func rollsOverSunday() throws {
        // 8 May + 30 = Sunday 7 June.
        let sunday = try CaseDeadlines(policy: policy, receivedOn: day("2026-05-04"), acceptedOn: day("2026-05-08"))
        #expect(day("2026-06-07").isoWeekday == 7)
        #expect(sunday.resolutionDue == day("2026-06-08"))
        // 11 December 2025 + 30 = Saturday 10 January 2026, a worked day.
        let worked = try CaseDeadlines(policy: policy, receivedOn: day("2025-12-10"), acceptedOn: day("2025-12-11"))
        #expect(worked.resolutionDue == day("2026-01-10"))
    }

    @Test(
        "due within N days: from today to N days ahead, never when overdue",
        arguments: [
            ("2026-05-27", 7, true), ("2026-05-26", 7, false), ("2026-06-03", 0, true), ("2026-06-02", 0, false),
            ("2026-06-03", 3, true), ("2026-06-04", 3, false), ("2026-06-01", 2, true),
        ])
    func dueWithin(today: String, days: Int, expected: Bool) throws {
        let due = try #require(accepted.current(on: day(today)))
        #expect(due.isDueWithin(days) == expected)
    }

    @Test("resolved on the last day: met; the day after: late; days to resolve counted from acceptance")
    func metOrLate() throws {
        let met = try CaseDeadlines(
            policy: policy, receivedOn: day("2026-05-04"), acceptedOn: day("2026-05-04"), resolvedOn: day("2026-06-03"))
        #expect(met.metResolutionDeadline == true)
        #expect(met.daysToResolve == 30)
        #expect(!met.isResolutionLate(asOf: day("2026-12-01")))
        #expect(met.current(on: day("2026-05-20")) == nil)

        let late = try CaseDeadlines(
            policy: policy, receivedOn: day("2026-05-04"), acceptedOn: day("2026-05-04"), resolvedOn: day("2026-06-04"))
        #expect(late.metResolutionDeadline == false)
        #expect(late.daysToResolve == 31)
        #expect(late.isResolutionLate(asOf: day("2026-06-04")))

        let extended = try CaseDeadlines(
            policy: policy, receivedOn: day("2026-05-04"), acceptedOn: day("2026-05-04"), extensions: 1,
            resolvedOn: day("2026-06-20"))
        #expect(extended.metResolutionDeadline == true, "an extended case is judged by its extended deadline")
    }

    @Test("dates that cannot belong to one case are refused")
    func inconsistent() {
        let received = day("2026-05-04")
        let cases: [() throws -> CaseDeadlines] = [
            {
                try CaseDeadlines(policy: policy, receivedOn: received, acceptedOn: received, declinedOn: received)
            },
            {
                try CaseDeadlines(policy: policy, receivedOn: received, acceptedOn: day("2026-05-03"))
            },
            {
                try CaseDeadlines(policy: policy, receivedOn: received, resolvedOn: day("2026-05-05"))
            },
            {
                try CaseDeadlines(
                    policy: policy, receivedOn: received, acceptedOn: day("2026-05-06"), resolvedOn: day("2026-05-05"))
            },
            { try CaseDeadlines(policy: policy, receivedOn: received, extensions: 1) },
            { try CaseDeadlines(policy: policy, receivedOn: received).extended() },
            {
                try CaseDeadlines(
                    policy: policy, receivedOn: received, acceptedOn: received, resolvedOn: received
                ).extended()
            },
        ]
        for make in cases {
            guard case .inconsistent(let why)? = deadlineError(make) else {
                Issue.record("expected inconsistent")
                continue
            }
            #expect(!why.isEmpty)
        }
    }

    @Test("the clock is injected: today from a fixed clock gives the days left")
    func injectedClock() {
        let today = CalendarDay.today(clock: FixedClock.may2026)
        #expect(accepted.current(on: today)?.daysLeft == 30)
    }
}

@Suite("Deadlines: the holidays file")
struct DeadlinePolicyFileTests {
    @Test("the bundled calendar: the law's rules and the 2026 and 2027 holidays")
    func bundled() {
        #expect(policy.decisionWorkingDays == 7 && policy.resolutionDays == 30)
        #expect(policy.extensionDays == 30 && policy.maximumExtensions == 2)
        #expect(policy.weekend == [6, 7] && policy.rollsOverNonWorkingDays)
        for text in ["2026-01-01", "2026-02-17", "2026-04-30", "2026-05-01", "2026-09-02", "2027-02-06", "2027-09-02"] {
            #expect(!policy.isWorkingDay(day(text)), "\(text)")
        }
        #expect(
            policy.holidays.filter { $0.year == 2026 && $0.month == 2 }
                == Set(
                    (16...20).map {
                        CalendarDay(year: 2026, month: 2, day: $0)
                    }))
        #expect(policy.hasHolidays(inYear: 2027) && !policy.hasHolidays(inYear: 2028))
        #expect(policy == .lawOnDenunciation(holidays: policy.holidays, workingWeekendDays: policy.workingWeekendDays))
    }

    @Test("a deployment's own file: rules override the law's values")
    func ownRules() throws {
        let json = #"""
            {"format": "candor-catalog-v1", "kind": "holidays",
             "rules": {"decisionWorkingDays": 10, "resolutionDays": 45, "extensionDays": 15, "maximumExtensions": 1,
                       "weekend": [7], "rollsOverNonWorkingDays": false},
             "entries": [{"day": "2026-05-05", "vi": "Ngày nghỉ", "en": "Day off", "provisional": true}]}
            """#
        let own = try DeadlinePolicy(json: Array(json.utf8))
        #expect(own.decisionWorkingDays == 10 && own.resolutionDays == 45 && own.extensionDays == 15)
        #expect(own.maximumExtensions == 1 && own.weekend == [7] && !own.rollsOverNonWorkingDays)
        #expect(own.holidays == [day("2026-05-05")] && own.workingWeekendDays.isEmpty)
        #expect(own.isWorkingDay(day("2026-05-09")), "Saturday is worked with a Sunday-only weekend")
        let folder = TemporaryDirectory()
        try Data(json.utf8).write(to: URL(fileURLWithPath: folder.child("holidays.json")))
        #expect(try DeadlinePolicy(path: folder.child("holidays.json")) == own)
        #expect(
            catalogueError { try DeadlinePolicy(path: folder.child("none.json")) }
                == .missing(path: folder.child("none.json")))
    }

    static let entry = #"{"day": "2026-05-05", "vi": "Ngày nghỉ", "en": "Day off"}"#
    static func file(rules: String = "", entries: String = entry, extra: String = "") -> String {
        #"{"format": "candor-catalog-v1", "kind": "holidays", "#
            + (rules.isEmpty ? "" : #""rules": {\#(rules)}, "#) + #""entries": [\#(entries)]\#(extra)}"#
    }

    static let malformed: [(String, String)] = [
        ("not json", "not valid JSON"),
        (#"{"format": "candor-catalog-v2", "kind": "holidays", "entries": []}"#, "\"format\" must be"),
        (#"{"format": "candor-catalog-v1", "kind": "provinces", "entries": []}"#, "expected \"holidays\""),
        (#"{"format": "candor-catalog-v1", "kind": "holidays"}"#, "\"entries\" is missing"),
        (file(entries: ""), "no holidays"),
        (file(entries: #"{"day": "2026-02-30", "vi": "A", "en": "A"}"#), "entries[0]: \"2026-02-30\" is not a date"),
        (file(entries: #"{"day": "2026-5-1", "vi": "A", "en": "A"}"#), "is not a date"),
        (file(entries: #"{"day": "2027-02-29", "vi": "A", "en": "A"}"#), "is not a date"),
        (file(entries: entry + ", " + entry), "entries[1]: 2026-05-05 is listed twice"),
        (file(entries: #"{"day": "2026-05-05", "vi": " ", "en": "A"}"#), "empty vi label"),
        (file(entries: #"{"day": "2026-05-05", "vi": "Nghi\#u{0302}", "en": "A"}"#), "not in Unicode NFC"),
        (file(entries: #"{"day": "2026-05-05", "vi": "A"}"#), "\"entries[0].en\" is missing"),
        (file(entries: #"{"day": 20260505, "vi": "A", "en": "A"}"#), "wrong type at entries[0].day"),
        (
            file(entries: #"{"day": "2026-05-05", "vi": "A", "en": "A", "note": "x"}"#),
            "unknown key \"entries[0].note\""
        ),
        (file(extra: #", "holiday": []"#), "unknown key \"holiday\""),
        (file(rules: #""resolutonDays": 30"#), "unknown key \"rules.resolutonDays\""),
        (file(rules: #""resolutionDays": -30"#), "rules.resolutionDays must be a whole number from 1 to 365, not -30"),
        (
            file(rules: #""decisionWorkingDays": 0"#),
            "rules.decisionWorkingDays must be a whole number from 1 to 60, not 0"
        ),
        (file(rules: #""extensionDays": -1"#), "rules.extensionDays must be"),
        (
            file(rules: #""maximumExtensions": -1"#),
            "rules.maximumExtensions must be a whole number from 0 to 10, not -1"
        ),
        (
            file(rules: #""resolutionDays": 30.5"#),
            "rules.resolutionDays must be a whole number from 1 to 365, not 30.5"
        ),
        (file(rules: #""resolutionDays": 1e300"#), "rules.resolutionDays must be a whole number"),
        (file(rules: #""resolutionDays": "30""#), "wrong type at rules.resolutionDays"),
        (file(rules: #""rollsOverNonWorkingDays": 1"#), "wrong type at rules.rollsOverNonWorkingDays"),
        (file(rules: #""weekend": [0, 6]"#), "ISO weekdays"),
        (file(rules: #""weekend": [6, 6]"#), "repeats a weekday"),
        (file(rules: #""weekend": [1, 2, 3, 4, 5, 6, 7]"#), "no working day"),
        (
            file(extra: #", "workingWeekendDays": [{"day": "2026-05-06", "vi": "A", "en": "A"}]"#),
            "2026-05-06 is not on the weekend"
        ),
        (
            file(
                entries: #"{"day": "2026-05-09", "vi": "A", "en": "A"}"#,
                extra: #", "workingWeekendDays": [{"day": "2026-05-09", "vi": "A", "en": "A"}]"#),
            "both a holiday and a worked weekend day"
        ),
    ]

    @Test("a bad file is refused with what is wrong and where", arguments: malformed)
    func malformedFile(json: String, reason: String) {
        guard
            case .malformed(let file, let message)? = catalogueError({
                try DeadlinePolicy(json: Array(json.utf8))
            })
        else {
            Issue.record("expected CatalogueError.malformed for \(json)")
            return
        }
        #expect(file == "holidays.json")
        #expect(message.contains(reason), "\(message)")
    }
}
