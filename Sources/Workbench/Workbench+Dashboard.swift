import Casework
import HTTP
import InspectorWorkspace
import Web

/// The dashboard: the case index's figures as SVG charts with the same numbers in tables beside them,
/// as the public `/stats` draws them (Web's ``SVGChart``).
extension Workbench {
    func dashboard(_ exchange: Exchange, _ state: SessionState, _ workspace: Workspace) throws -> HTTPResponse {
        let s = exchange.strings
        let figures = try CaseFigures(workspace)
        func chart(_ title: String, _ labelHeader: String, _ bars: [SVGChart.Bar]) -> HTML {
            """
            <h2>\(title)</h2>
            \(SVGChart.bars(bars, title: title))
            \(SVGChart.table(bars, caption: title, labelHeader: labelHeader, valueHeader: s.dashboardCount))
            """
        }
        let status = CaseProgress.Status.allCases.map {
            SVGChart.Bar(label: $0.rawValue, value: figures.byStatus[$0] ?? 0)
        }
        let due = [
            SVGChart.Bar(label: s.dashboardOverdue, value: figures.overdue),
            SVGChart.Bar(label: s.dashboardThisWeek, value: figures.dueThisWeek),
            SVGChart.Bar(label: s.dashboardNextWeek, value: figures.dueNextWeek),
        ]
        let workload = figures.workload.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map {
            SVGChart.Bar(label: $0.key.isEmpty ? s.dashboardUnassigned : $0.key, value: $0.value)
        }
        let resolved = figures.resolvedInTime + figures.resolvedLate
        let share =
            resolved == 0 ? "–" : "\(figures.resolvedInTime * 100 / resolved) % (\(figures.resolvedInTime)/\(resolved))"
        func days(_ value: Int?) -> String { value.map { s.daysLeft($0) } ?? "–" }
        let body: HTML = """
            <p><a href="\(exchange.language.prefix)/">\(s.backToInbox)</a></p>
            <h1>\(s.dashboardTitle)</h1>
            <dl class="signed">
            <dt>\(s.dashboardMedianDecide)</dt><dd>\(days(CaseFigures.median(figures.daysToDecide)))</dd>
            <dt>\(s.dashboardMedianResolve)</dt><dd>\(days(CaseFigures.median(figures.daysToResolve)))</dd>
            <dt>\(s.dashboardWithinDeadline)</dt><dd>\(share)</dd>
            </dl>
            \(chart(s.dashboardByStatus, s.columnStatus, status))
            \(chart(s.dashboardDue, s.columnDue, due))
            \(chart(s.dashboardWorkload, s.columnAssignee, workload))
            """
        return .html(WorkbenchPage.render(exchange, title: s.dashboardTitle, csrf: state.csrf, unlocked: true, body))
    }
}
