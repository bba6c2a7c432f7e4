import Casework
import Stores

/// The public satisfaction index, computed from the intake's published counters
/// (``/Stores/FeedbackIndex``): per province, per agency, per procedure, per combination of the three,
/// and per month of visit, the ratings, the share satisfied overall (level 4 or 5) and its 95 % Wilson
/// interval. A group with fewer than ``minimumGroup`` ratings is left out, only counted.
///
/// No figure may be subtracted from another down to fewer than 10 ratings. So the groups are the
/// combinations of province, agency and procedure; one under 10 counts nowhere, and the provinces,
/// agencies and procedures are sums of the shown combinations only (Huế with 11 ratings beside its
/// shown combination of 10 would give the 11th away). The months partition the same ratings another
/// way: a month under 10 is hidden, and if the hidden months together hold 1 to 9 ratings, the
/// smallest shown months are hidden with them until they hold none or at least 10.
struct SatisfactionIndex {
    /// The fewest ratings a group needs to be shown (DESIGN.md: no group under 10).
    static let minimumGroup = 10

    struct Row: Equatable {
        /// The group's ids: one (a province, an agency, a procedure, a month `YYYY-MM`), three
        /// (province, agency, procedure) or four (and the month: a cell).
        let key: [String]
        let count: Int
        let satisfied: Int
        /// The group's shown months, oldest first (`month` rows in ``SatisfactionIndex/byCell``): its trend.
        var trend: [Row] = []
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
    /// By province, agency, procedure and month: the cells every other table sums.
    let byCell: Table

    init(_ index: FeedbackIndex) {
        total = index.total
        through = index.through
        var combinations: [[String]: (count: Int, satisfied: Int)] = [:]
        for (group, counts) in index.groups {
            combinations[[group.province, group.agency, group.procedure], default: (0, 0)].count += counts.count
            combinations[[group.province, group.agency, group.procedure], default: (0, 0)].satisfied +=
                counts.satisfied[.overall] ?? 0
        }
        let shown = combinations.filter { $0.value.count >= Self.minimumGroup }
        func table(_ key: (FeedbackIndex.Group) -> [String]) -> Table {
            var sums: [[String]: (count: Int, satisfied: Int)] = [:]
            var keys: Set<[String]> = []
            for (group, counts) in index.groups {
                keys.insert(key(group))
                guard shown[[group.province, group.agency, group.procedure]] != nil else { continue }
                sums[key(group), default: (0, 0)].count += counts.count
                sums[key(group), default: (0, 0)].satisfied += counts.satisfied[.overall] ?? 0
            }
            var rows = sums.filter { $0.value.count >= Self.minimumGroup }
            // The hidden remainder of the shown ratings must be none or at least 10.
            var remainder = sums.values.reduce(0) { $0 + $1.count } - rows.values.reduce(0) { $0 + $1.count }
            while (1..<Self.minimumGroup).contains(remainder),
                let smallest = rows.sorted(by: {
                    $0.value.count != $1.value.count
                        ? $0.value.count < $1.value.count : $0.key.lexicographicallyPrecedes($1.key)
                }).first
            {
                rows[smallest.key] = nil
                remainder += smallest.value.count
            }
            return Table(
                rows: rows.map { Row(key: $0.key, count: $0.value.count, satisfied: $0.value.satisfied) }
                    .sorted { $0.key.lexicographicallyPrecedes($1.key) },
                hidden: keys.count - rows.count)
        }
        let cells = table { [$0.province, $0.agency, $0.procedure, $0.month.description] }
        // A group's trend: its shown cells summed by month. Each cell holds 10 or more (the store
        // publishes no smaller one), so each month of a shown group does too.
        func withTrend(_ table: Table, _ position: [Int]) -> Table {
            var table = table
            for index in table.rows.indices {
                var months: [String: (count: Int, satisfied: Int)] = [:]
                for cell in cells.rows where position.map({ cell.key[$0] }) == table.rows[index].key {
                    months[cell.key[3], default: (0, 0)].count += cell.count
                    months[cell.key[3], default: (0, 0)].satisfied += cell.satisfied
                }
                table.rows[index].trend = months.keys.sorted().map {
                    Row(key: [$0], count: months[$0]!.count, satisfied: months[$0]!.satisfied)
                }
            }
            return table
        }
        byProvince = withTrend(table { [$0.province] }, [0])
        byAgency = withTrend(table { [$0.agency] }, [1])
        byProcedure = withTrend(table { [$0.procedure] }, [2])
        byGroup = withTrend(table { [$0.province, $0.agency, $0.procedure] }, [0, 1, 2])
        byMonth = table { [$0.month.description] }
        byCell = cells
    }
}
