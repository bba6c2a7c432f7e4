import CaseIndex
import Casework
import Deadlines

/// The cases of the case index, filtered and sorted by deadline, with the counts `list` prints: what
/// `candor-inspect list` and the workbench's inbox both show.
public struct CaseListing {
    /// The filters of `list`; nil (or false) lets every case through.
    public struct Filter: Sendable, Hashable {
        public var status: String?
        public var province: String?
        public var procedure: String?
        public var kind: String?
        public var assignee: String?
        public var overdue = false
        public var dueWithin: Int?

        public init() {}

        /// Whether `item`, due as `due`, passes.
        func admits(_ item: CaseSummary, _ due: CaseDeadlines.Due?) -> Bool {
            if let status, item.status.rawValue != status { return false }
            if let province, !item.isReadable || item.province != province { return false }
            if let procedure, !item.isReadable || item.procedure != procedure { return false }
            if let kind, !item.kinds.contains(kind) { return false }
            if let assignee, (item.assignee ?? "none") != assignee { return false }
            if overdue, !(due?.isOverdue ?? false) { return false }
            if let days = dueWithin, !(due?.fallsDue(within: days) ?? false) { return false }
            return true
        }

        /// Whether the filter reads the summaries' texts (the report's fields, the kinds, the assignee).
        var readsTexts: Bool { readsReports || assignee != nil }
        /// Whether the filter reads the report's fields, which a sync leaves sealed until needed.
        var readsReports: Bool { province != nil || procedure != nil || kind != nil }
    }

    public struct Row {
        public let item: CaseSummary
        public let due: CaseDeadlines.Due?
    }

    /// The counts and the matching cases' ids in order: what a listing's pages are cut from, which the
    /// workbench keeps while the index does not change.
    public struct Order: Sendable {
        /// Every case of the index, whatever the filter.
        public let caseCount: Int
        public let newCount: Int
        public let overdueCount: Int
        /// Cases due within 3 days (the overdue ones included).
        public let soonCount: Int
        /// Cases whose decision or resolution falls due within the order's `reminderDays` (the overdue
        /// ones included): what a reminder lists.
        public let reminderCount: Int
        /// The ids of the cases that pass the filter, by deadline.
        public let ids: [UInt64]

        /// Reads the index of `workspace`. Each page is counted and filtered as it is decrypted, on every
        /// core, and then dropped: only the matching cases' sort keys are kept and sorted (a million of
        /// 24 bytes).
        public init(_ workspace: Workspace, filter: Filter, reminderDays: Int = 3) throws {
            let today = workspace.today
            let policy = workspace.customPolicy ? workspace.policy : nil
            // Without texts or another policy, the order files suffice: a tenth of the pages' bytes.
            let fromOrder = !filter.readsTexts && policy == nil
            if filter.readsReports { try workspace.openSealedReports() }
            let tallies = try workspace.withIndex { index in
                let tally: @Sendable ([CaseSummary]) -> Tally = { page in
                    var tally = Tally()
                    for item in page {
                        let due = item.due(on: today, policy: policy)
                        tally.cases += 1
                        if item.status == .new { tally.new += 1 }
                        if due?.isOverdue ?? false { tally.overdue += 1 }
                        if due?.isDueWithin(3) ?? false { tally.soon += 1 }
                        if due?.fallsDue(within: reminderDays) ?? false { tally.reminders += 1 }
                        if filter.admits(item, due) { tally.matching.append(CaseListing.sortKey(item, due)) }
                    }
                    return tally
                }
                return fromOrder
                    ? try index.foldOrder(tally)
                    : try index.foldPages(locations: false, texts: filter.readsTexts, tally)
            }
            caseCount = tallies.reduce(0) { $0 + $1.cases }
            newCount = tallies.reduce(0) { $0 + $1.new }
            overdueCount = tallies.reduce(0) { $0 + $1.overdue }
            soonCount = tallies.reduce(0) { $0 + $1.soon }
            reminderCount = tallies.reduce(0) { $0 + $1.reminders }
            var matching = Array(tallies.map(\.matching).joined())
            matching.sort()
            ids = matching.map(CaseListing.id(ofSortKey:))
        }
    }

    public let order: Order
    public var caseCount: Int { order.caseCount }
    public var newCount: Int { order.newCount }
    public var overdueCount: Int { order.overdueCount }
    public var soonCount: Int { order.soonCount }
    /// How many cases pass the filter.
    public var matchingCount: Int { order.ids.count }
    /// The cases shown: the matching ones from `offset`, at most `limit`.
    public let rows: [Row]

    /// The cases of `workspace`'s index that pass `filter`, from `offset`, at most `limit`.
    public init(_ workspace: Workspace, filter: Filter, offset: Int = 0, limit: Int = .max) throws {
        try self.init(workspace, order: try Order(workspace, filter: filter), offset: offset, limit: limit)
    }

    /// A page of `order`: only the shown cases are read again, from their pages, to become rows, their
    /// sealed reports opened.
    public init(_ workspace: Workspace, order: Order, offset: Int = 0, limit: Int = .max) throws {
        let today = workspace.today
        let policy = workspace.customPolicy ? workspace.policy : nil
        let shown = Array(order.ids.dropFirst(offset).prefix(limit))
        // A long listing opens the sealed reports into the index once rather than in memory each time; a
        // short one reads its rows with the locations that opening them in memory needs.
        let inMemory = shown.count <= Self.opensInMemoryAtMost
        if !inMemory { try workspace.openSealedReports() }
        let found = try workspace.withIndex { index in
            let read = try index.summaries(ids: shown, locations: inMemory)
            return try index.opened(Array(read.values), workspace.indexContext).reduce(into: [UInt64: CaseSummary]()) {
                $0[$1.id] = $1
            }
        }
        self.order = order
        rows = shown.compactMap { id in
            found[id].map { Row(item: $0, due: $0.due(on: today, policy: policy)) }
        }
    }

    /// The most rows whose sealed reports a listing opens in memory (a page of the inbox, `list --limit`).
    static let opensInMemoryAtMost = 1_000

    /// What one page of the index adds to the counts, and its matching cases' sort keys.
    struct Tally: Sendable {
        var cases = 0
        var new = 0
        var overdue = 0
        var soon = 0
        var reminders = 0
        var matching: [UInt64] = []
    }

    /// Open cases first, by the day their current deadline falls, then by id; then closed cases, newest
    /// first: one integer per case, the day above the id (an id is below 2^40, a packed day below 2^23),
    /// so that a million keys sort as integers.
    static func sortKey(_ item: CaseSummary, _ due: CaseDeadlines.Due?) -> UInt64 {
        let id = item.id & idMask
        guard let day = due?.day else { return UInt64.max << 40 | (idMask - id) }
        let packed = UInt64(max(0, min(day.year, 1 << 14 - 1))) << 9 | UInt64(day.month) << 5 | UInt64(day.day)
        return packed << 40 | id
    }

    /// The case id a sort key holds.
    static func id(ofSortKey key: UInt64) -> UInt64 {
        key >> 40 == UInt64.max >> 40 ? idMask - (key & idMask) : key & idMask
    }

    static let idMask: UInt64 = 1 << 40 - 1
}

extension CaseDeadlines.Due {
    /// Whether the deadline falls within `days` days from today or has passed: what `list --due-within`
    /// and a reminder list.
    public func fallsDue(within days: Int) -> Bool { daysLeft <= days }
}
