import Casework
import Stores

/// The public satisfaction index, computed from the intake's published counters
/// (``/Stores/FeedbackIndex``): per province, per agency, per procedure, per combination of the three,
/// and per month of visit, the ratings, the share satisfied overall (level 4 or 5) and its 95 % Wilson
/// interval. A group with fewer than ``minimumGroup`` ratings is left out, only counted.
struct SatisfactionIndex {
    /// The fewest ratings a group needs to be shown (DESIGN.md: no group under 10).
    static let minimumGroup = 10

    struct Row: Equatable {
        /// The group's ids: one (a province, an agency, a procedure, a month `YYYY-MM`), or three
        /// (province, agency, procedure).
        let key: [String]
        let count: Int
        let satisfied: Int
        var share: Double { Double(satisfied) / Double(count) }
        var interval: WilsonInterval { WilsonInterval(successes: satisfied, count: count)! }
    }

    /// Shown rows, and the number of groups hidden for being under ``minimumGroup``.
    struct Table: Equatable {
        var rows: [Row]
        var hidden: Int
    }

    let total: Int
    let through: CalendarDay?
    let byProvince: Table
    let byAgency: Table
    let byProcedure: Table
    let byGroup: Table
    /// By month of visit, oldest first: the trend.
    let byMonth: Table

    init(_ index: FeedbackIndex) {
        total = index.total
        through = index.through
        func table(_ key: (FeedbackIndex.Group) -> [String]) -> Table {
            var sums: [[String]: (count: Int, satisfied: Int)] = [:]
            for (group, counts) in index.groups {
                sums[key(group), default: (0, 0)].count += counts.count
                sums[key(group), default: (0, 0)].satisfied += counts.satisfied[.overall] ?? 0
            }
            let shown = sums.filter { $0.value.count >= Self.minimumGroup }
            return Table(
                rows: shown.map { Row(key: $0.key, count: $0.value.count, satisfied: $0.value.satisfied) }
                    .sorted { $0.key.lexicographicallyPrecedes($1.key) },
                hidden: sums.count - shown.count)
        }
        byProvince = table { [$0.province] }
        byAgency = table { [$0.agency] }
        byProcedure = table { [$0.procedure] }
        byGroup = table { [$0.province, $0.agency, $0.procedure] }
        byMonth = table { [$0.month.description] }
    }
}
