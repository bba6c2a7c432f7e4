import CaseIndex
import Commands
import Deadlines
import Foundation
import InspectorWorkspace

/// `candor-inspect remind [--due-within DAYS]`: for cron or a systemd timer, the cases whose decision
/// or resolution falls due within DAYS days (default 3), overdue ones first. It prints counts, case
/// ids and deadlines only, never a word of a report, so that its output can go to mail.
enum Remind {
    static let defaultDays = 3

    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let days = try List.dueWithinDays(arguments) ?? defaultDays
        let workspace = try Workspace.open(arguments)
        let today = workspace.today
        let policy = workspace.customPolicy ? workspace.policy : nil
        let pages = try workspace.withIndex { index in
            try index.foldPages(locations: false) { page in
                page.compactMap { item -> (id: UInt64, due: CaseDeadlines.Due)? in
                    guard let due = item.due(on: today, policy: policy), due.fallsDue(within: days) else { return nil }
                    return (item.id, due)
                }
            }
        }
        let found = pages.joined().sorted { ($0.due.daysLeft, $0.id) < ($1.due.daysLeft, $1.id) }
        let overdue = found.filter { $0.due.isOverdue }
        let due = found.filter { !$0.due.isOverdue }
        print(
            "Candor reminders for \(workspace.key.name) on \(today): \(overdue.count) overdue, "
                + "\(due.count) due within \(days) days")
        for (id, deadline) in overdue {
            print("  OVERDUE #\(id): \(kind(deadline)) was due \(deadline.day), \(-deadline.daysLeft) days late")
        }
        for (id, deadline) in due {
            print("  due     #\(id): \(kind(deadline)) due \(deadline.day), in \(deadline.daysLeft) days")
        }
        return .success
    }

    static func kind(_ due: CaseDeadlines.Due) -> String { due.kind == .decision ? "decision" : "resolution" }
}
