import CaseIndex
import Casework
import Deadlines
import InspectorWorkspace

/// The dashboard's figures, folded from the case index's summaries page by page (no case is opened):
/// cases by status, what falls due this week and next, the median days to decide and to resolve, the
/// share resolved within the deadline, and the open cases per assignee.
struct CaseFigures {
    var byStatus: [CaseProgress.Status: Int] = [:]
    var dueThisWeek = 0
    var dueNextWeek = 0
    var overdue = 0
    var daysToDecide: [Int] = []
    var daysToResolve: [Int] = []
    var resolvedInTime = 0
    var resolvedLate = 0
    /// Open cases (new or accepted) per assignee; "" for none.
    var workload: [String: Int] = [:]

    init(_ workspace: Workspace) throws {
        let today = workspace.today
        let policy = workspace.policy
        let custom = workspace.customPolicy ? policy : nil
        let pages = try workspace.withIndex { index in
            try index.foldPages(locations: false) { page in
                var figures = CaseFigures()
                for item in page { figures.add(item, today: today, policy: policy, custom: custom) }
                return figures
            }
        }
        for page in pages { merge(page) }
    }

    private init() {}

    private mutating func add(
        _ item: CaseSummary, today: CalendarDay, policy: DeadlinePolicy, custom: DeadlinePolicy?
    ) {
        byStatus[item.status, default: 0] += 1
        if let due = item.due(on: today, policy: custom) {
            if due.isOverdue { overdue += 1 }
            if (0...6).contains(due.daysLeft) { dueThisWeek += 1 }
            if (7...13).contains(due.daysLeft) { dueNextWeek += 1 }
        }
        if let received = item.receivedOn, let decided = item.decidedOn {
            daysToDecide.append(received.distance(to: decided))
        }
        if let deadlines = item.deadlines(policy: policy) {
            if let days = deadlines.daysToResolve { daysToResolve.append(days) }
            if let met = deadlines.metResolutionDeadline {
                if met { resolvedInTime += 1 } else { resolvedLate += 1 }
            }
        }
        if !item.status.isClosed { workload[item.assignee ?? "", default: 0] += 1 }
    }

    private mutating func merge(_ other: CaseFigures) {
        byStatus.merge(other.byStatus, uniquingKeysWith: +)
        dueThisWeek += other.dueThisWeek
        dueNextWeek += other.dueNextWeek
        overdue += other.overdue
        daysToDecide += other.daysToDecide
        daysToResolve += other.daysToResolve
        resolvedInTime += other.resolvedInTime
        resolvedLate += other.resolvedLate
        workload.merge(other.workload, uniquingKeysWith: +)
    }

    /// The middle value (the lower of the two middle ones for an even count); nil for none.
    static func median(_ values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        return values.sorted()[(values.count - 1) / 2]
    }
}
