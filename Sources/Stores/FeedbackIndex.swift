import Casework

/// The published counters of service feedback: per province, kind of agency, procedure and month of
/// visit, how many ratings and how many were satisfied (level 4 or 5) on each criterion. Aggregates
/// only: no level of any one rating, no comment, no record index.
public struct FeedbackIndex: Sendable, Equatable {
    /// One group of the index: where, for what, and when the visits were.
    public struct Group: Sendable, Hashable, Comparable {
        public let province: String
        public let agency: String
        public let procedure: String
        public let month: VisitMonth

        public init(province: String, agency: String, procedure: String, month: VisitMonth) {
            self.province = province
            self.agency = agency
            self.procedure = procedure
            self.month = month
        }

        public static func < (lhs: Group, rhs: Group) -> Bool {
            (lhs.province, lhs.agency, lhs.procedure, lhs.month.description)
                < (rhs.province, rhs.agency, rhs.procedure, rhs.month.description)
        }
    }

    /// A group's counters.
    public struct Counts: Sendable, Equatable {
        public var count = 0
        /// Ratings of 4 or 5, per criterion.
        public var satisfied: [ServiceFeedback.Criterion: Int] = [:]

        public init(count: Int = 0, satisfied: [ServiceFeedback.Criterion: Int] = [:]) {
            self.count = count
            self.satisfied = satisfied
        }

        public static func + (lhs: Counts, rhs: Counts) -> Counts {
            Counts(count: lhs.count + rhs.count, satisfied: lhs.satisfied.merging(rhs.satisfied, uniquingKeysWith: +))
        }
    }

    public var groups: [Group: Counts] = [:]
    /// The last day the counters cover; nil before the first batch.
    public var through: CalendarDay?

    public init(groups: [Group: Counts] = [:], through: CalendarDay? = nil) {
        self.groups = groups
        self.through = through
    }

    /// Every rating counted.
    public var total: Int { groups.values.reduce(0) { $0 + $1.count } }

    /// Adds one rating to its group.
    mutating func add(_ feedback: ServiceFeedback) {
        let group = Group(
            province: feedback.province, agency: feedback.agency, procedure: feedback.procedure, month: feedback.month)
        var counts = groups[group] ?? Counts()
        counts.count += 1
        for criterion in ServiceFeedback.Criterion.allCases
        where ServiceFeedback.satisfiedLevels.contains(feedback.levels[criterion] ?? 0) {
            counts.satisfied[criterion, default: 0] += 1
        }
        groups[group] = counts
    }
}
