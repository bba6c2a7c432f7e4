import Casework

/// A case's statutory deadlines, computed from its dates and a ``DeadlinePolicy``.
///
/// The value is pure: it holds what has happened (receipt, the decision, extensions, resolution) and
/// is asked about a given day, so triage views and tests pass `today` in (``CalendarDay/today(clock:in:)``
/// reads it from a ``WallClock``). Day counts follow the Civil Code 2015, Art. 147: the day of receipt
/// or acceptance is day 0 and is not counted.
///
/// ```swift
/// let policy = try DeadlinePolicy.bundled()
/// let deadlines = try CaseDeadlines(
///     policy: policy, receivedOn: CalendarDay(year: 2026, month: 5, day: 4),
///     acceptedOn: CalendarDay(year: 2026, month: 5, day: 8))
/// deadlines.resolutionDue                       // 2026-06-08: 7 June is a Sunday
/// deadlines.current(on: .today(clock: clock))   // the resolution, with the days left
/// ```
public struct CaseDeadlines: Sendable, Equatable {
    /// The deadline that applies to a case on a given day, and how far off it is.
    public struct Due: Sendable, Equatable {
        /// Which decision is due.
        public enum Kind: Sendable, Equatable {
            /// To accept or decline the report (7 working days from receipt).
            case decision
            /// To resolve the accepted case (30 days from acceptance, plus extensions).
            case resolution
        }

        public let kind: Kind
        /// The last day on which the decision is on time.
        public let day: CalendarDay
        /// Calendar days from the day asked about to ``day``: 0 on the day itself, negative when overdue.
        public let daysLeft: Int

        /// Whether the last day has passed.
        public var isOverdue: Bool { daysLeft < 0 }

        /// Whether the deadline is at most `days` days away and has not passed: `isDueWithin(0)` is
        /// "due today". Overdue deadlines are not "due within"; ask ``isOverdue``.
        public func isDueWithin(_ days: Int) -> Bool { (0...max(days, 0)).contains(daysLeft) }

        /// A deadline kept apart from its case (the inspectors' case index stores the day).
        public init(kind: Kind, day: CalendarDay, daysLeft: Int) {
            self.kind = kind
            self.day = day
            self.daysLeft = daysLeft
        }
    }

    public let policy: DeadlinePolicy
    /// The day the report reached the intake: its day mark in the intake log (``DayMark``), not what
    /// the report's message says.
    public let receivedOn: CalendarDay
    /// The day of the case's last transfer to another unit, if any: the decision period runs from it,
    /// and the decision and extensions before it no longer count (Deadlines.md, "Transfers").
    public let transferredOn: CalendarDay?
    /// The day the report was accepted as a case to resolve (thụ lý), if it was.
    public let acceptedOn: CalendarDay?
    /// The day the report was declined, if it was.
    public let declinedOn: CalendarDay?
    /// How many times the resolution deadline was extended.
    public let extensions: Int
    /// The day the case was resolved, if it was.
    public let resolvedOn: CalendarDay?

    /// The last day for the accept-or-decline decision: the policy's 7th working day after receipt, or
    /// after the last transfer.
    public let decisionDue: CalendarDay
    /// The last day for resolution: acceptance + 30 days + 30 per extension, moved to the next working
    /// day if the policy says so; nil until the case is accepted.
    public let resolutionDue: CalendarDay?

    /// The deadlines of a case with these dates.
    ///
    /// Throws ``DeadlineError/tooManyExtensions(maximum:)`` for more extensions than the policy allows,
    /// and ``DeadlineError/inconsistent(_:)`` for a case that is both accepted and declined, a decision
    /// before receipt (or before the last transfer), a transfer before receipt, an extension or
    /// resolution without acceptance, or a resolution before acceptance. `acceptedOn`, `declinedOn` and
    /// `extensions` are the receiving unit's, after `transferredOn`.
    public init(
        policy: DeadlinePolicy, receivedOn: CalendarDay, transferredOn: CalendarDay? = nil,
        acceptedOn: CalendarDay? = nil, declinedOn: CalendarDay? = nil, extensions: Int = 0,
        resolvedOn: CalendarDay? = nil
    ) throws(DeadlineError) {
        guard extensions >= 0 else { throw .inconsistent("a negative number of extensions") }
        guard extensions <= policy.maximumExtensions else {
            throw .tooManyExtensions(maximum: policy.maximumExtensions)
        }
        if acceptedOn != nil, declinedOn != nil { throw .inconsistent("a report is accepted or declined, not both") }
        if let transferredOn, transferredOn < receivedOn {
            throw .inconsistent("transferred on \(transferredOn), before it was received on \(receivedOn)")
        }
        let start = transferredOn ?? receivedOn
        if let decided = acceptedOn ?? declinedOn, decided < start {
            throw .inconsistent(
                transferredOn == nil
                    ? "decided on \(decided), before it was received on \(receivedOn)"
                    : "decided on \(decided), before it was transferred on \(start)")
        }
        if let resolvedOn {
            guard let acceptedOn else { throw .inconsistent("only an accepted case can be resolved") }
            guard acceptedOn <= resolvedOn else {
                throw .inconsistent("resolved on \(resolvedOn), before it was accepted on \(acceptedOn)")
            }
        }
        if extensions > 0, acceptedOn == nil { throw .inconsistent("only an accepted case can be extended") }

        self.policy = policy
        self.receivedOn = receivedOn
        self.transferredOn = transferredOn
        self.acceptedOn = acceptedOn
        self.declinedOn = declinedOn
        self.extensions = extensions
        self.resolvedOn = resolvedOn
        decisionDue = policy.addingWorkingDays(policy.decisionWorkingDays, to: start)
        resolutionDue = acceptedOn.map {
            policy.deadline(policy.resolutionDays + extensions * policy.extensionDays, daysAfter: $0)
        }
    }

    /// The same case with one more extension of the resolution deadline.
    ///
    /// Throws ``DeadlineError/tooManyExtensions(maximum:)`` once the policy's extensions are used up
    /// (a third one under the law), and ``DeadlineError/inconsistent(_:)`` for a case that is not
    /// accepted or already resolved.
    public func extended() throws(DeadlineError) -> CaseDeadlines {
        guard acceptedOn != nil else { throw .inconsistent("only an accepted case can be extended") }
        guard resolvedOn == nil else { throw .inconsistent("a resolved case cannot be extended") }
        return try CaseDeadlines(
            policy: policy, receivedOn: receivedOn, transferredOn: transferredOn, acceptedOn: acceptedOn,
            declinedOn: declinedOn,
            extensions: extensions + 1, resolvedOn: resolvedOn)
    }

    /// Whether one more extension is allowed: accepted, not resolved, extensions left.
    public var canExtend: Bool {
        acceptedOn != nil && resolvedOn == nil && extensions < policy.maximumExtensions
    }

    /// The day the report was accepted or declined, if it was.
    public var decidedOn: CalendarDay? { acceptedOn ?? declinedOn }

    /// Whether the accept-or-decline decision was late (decided after ``decisionDue``) or, while the
    /// report is undecided, is late on `today`.
    public func isDecisionLate(asOf today: CalendarDay) -> Bool {
        (decidedOn ?? today) > decisionDue
    }

    /// Whether the resolution was late (resolved after ``resolutionDue``) or, while the accepted case
    /// is open, is late on `today`. Never for a case that was not accepted.
    public func isResolutionLate(asOf today: CalendarDay) -> Bool {
        guard let resolutionDue else { return false }
        return (resolvedOn ?? today) > resolutionDue
    }

    /// For a resolved case, whether it was resolved by ``resolutionDue``, extensions included: the
    /// public outcome's "statutory deadline met". Nil while the case is not resolved.
    public var metResolutionDeadline: Bool? {
        guard let resolvedOn, let resolutionDue else { return nil }
        return resolvedOn <= resolutionDue
    }

    /// For a resolved case, the calendar days from acceptance to resolution.
    public var daysToResolve: Int? {
        guard let acceptedOn, let resolvedOn else { return nil }
        return acceptedOn.distance(to: resolvedOn)
    }

    /// The deadline the case is working towards on `today`: the decision while the report is
    /// undecided, the resolution while the case is accepted and open, nil once it is declined or
    /// resolved.
    public func current(on today: CalendarDay) -> Due? {
        if resolvedOn != nil || declinedOn != nil { return nil }
        if let resolutionDue {
            return Due(kind: .resolution, day: resolutionDue, daysLeft: today.distance(to: resolutionDue))
        }
        return Due(kind: .decision, day: decisionDue, daysLeft: today.distance(to: decisionDue))
    }
}
