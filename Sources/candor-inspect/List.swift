import Casework
import Commands
import Deadlines
import Foundation
import System
import Triage

/// `candor-inspect list [filters] [--json]`: the cases of the mirror, by deadline.
enum List {
    struct Row {
        let item: CaseBook.Case
        let deadlines: CaseDeadlines?
        let due: CaseDeadlines.Due?
    }

    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let json = arguments.flag("--json")
        let overdue = arguments.flag("--overdue")
        let status = arguments.value("--status")
        let province = arguments.value("--province")
        let procedure = arguments.value("--procedure")
        let kind = arguments.value("--kind")
        let assignee = arguments.value("--assignee")
        let dueWithinText = arguments.value("--due-within")
        var dueWithin: Int?
        if let dueWithinText {
            guard let days = Int(dueWithinText), days >= 0 else {
                throw Problem.usage("--due-within needs a number of days, not \"\(dueWithinText)\"")
            }
            dueWithin = days
        }
        if let status, CaseProgress.Status(rawValue: status) == nil {
            throw Problem.usage(
                "--status is one of \(CaseProgress.Status.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let workspace = try Workspace.open(arguments)
        let catalog = workspace.catalog
        for (flag, value, list) in [
            ("--province", province, catalog.provinces), ("--procedure", procedure, catalog.procedures),
            ("--kind", kind, catalog.misconductKinds),
        ] {
            if let value, !list.contains(value) {
                throw Problem.usage(
                    "\(flag) \"\(value)\" is not in the catalogue (ids like \(list.ids.prefix(3).joined(separator: ", ")))"
                )
            }
        }

        let today = workspace.today
        let all = workspace.book.cases.map { item -> Row in
            let deadlines = workspace.deadlines(of: item)
            return Row(item: item, deadlines: deadlines, due: deadlines?.current(on: today))
        }
        let rows = all.filter { row in
            let report = row.item.reportBody
            if let status, row.item.progress.status.rawValue != status { return false }
            if let province, report?.province != province { return false }
            if let procedure, report?.procedure != procedure { return false }
            if let kind, !(report?.misconduct.contains(kind) ?? false) { return false }
            if let assignee, (row.item.assignee ?? "none") != assignee { return false }
            if overdue, !(row.due?.isOverdue ?? false) { return false }
            if let dueWithin, !(row.due?.isDueWithin(dueWithin) ?? false) { return false }
            return true
        }
        .sorted(by: Self.byDeadline)

        let newCount = all.filter { $0.item.progress.status == .new }.count
        let overdueCount = all.filter { $0.due?.isOverdue ?? false }.count
        let soonCount = all.filter { $0.due?.isDueWithin(3) ?? false }.count
        if json {
            let object: [String: Any] = [
                "today": today.description,
                "summary": ["cases": all.count, "new": newCount, "overdue": overdueCount, "dueWithin3Days": soonCount],
                "cases": rows.map { Self.json($0, workspace) },
            ]
            print(try Output.json(object))
            return .success
        }
        let colours = Output.usesColour
        var table: [[String]] = [["ID", "STATUS", "DUE", "LEFT", "PROVINCE", "PROCEDURE", "KINDS", "ASSIGNEE"]]
        var paints: [String?] = [nil]
        for row in rows {
            let report = row.item.reportBody
            let left = row.due.map { $0.isOverdue ? "\(-$0.daysLeft)d late" : "\($0.daysLeft)d" } ?? "-"
            table.append([
                String(row.item.id) + (row.item.hasFlaggedEvents || row.item.hasRecordsNotFromCitizen ? "!" : ""),
                row.item.progress.status.rawValue
                    + (row.item.progress.extensions > 0 ? "+\(row.item.progress.extensions)" : ""),
                row.due.map { $0.day.description } ?? "-", left,
                report.map { workspace.label(catalog.provinces, $0.province) } ?? "(cannot open)",
                report.map { workspace.label(catalog.procedures, $0.procedure) } ?? "",
                report.map { $0.misconduct.joined(separator: ",") } ?? "",
                row.item.assignee ?? "-",
            ])
            paints.append(
                row.due?.isOverdue == true ? Output.red : row.due?.isDueWithin(3) == true ? Output.yellow : nil)
        }
        if rows.isEmpty {
            print("No case matches.")
        } else {
            print(Output.table(table, paints: colours ? paints : nil))
        }
        print(
            "\(all.count) case\(all.count == 1 ? "" : "s"): \(newCount) new, \(overdueCount) overdue, \(soonCount) due within 3 days (today \(today))"
        )
        return .success
    }

    /// Open cases first, by the day their current deadline falls; then closed cases, newest first.
    static func byDeadline(_ a: Row, _ b: Row) -> Bool {
        switch (a.due, b.due) {
        case (let x?, let y?): return x.day == y.day ? a.item.id < b.item.id : x.day < y.day
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return a.item.id > b.item.id
        }
    }

    static func json(_ row: Row, _ workspace: Workspace) -> [String: Any] {
        var object: [String: Any] = [
            "id": Int(row.item.id), "status": row.item.progress.status.rawValue,
            "extensions": row.item.progress.extensions, "flaggedEvents": row.item.hasFlaggedEvents,
            "recordsNotFromCitizen": row.item.hasRecordsNotFromCitizen,
            "assignee": row.item.assignee ?? NSNull(), "readable": row.item.report != nil,
        ]
        if let report = row.item.reportBody {
            object["province"] = report.province
            object["procedure"] = report.procedure
            object["kinds"] = report.misconduct
            object["agency"] = report.agency
        }
        object["receivedOn"] = row.item.receivedOn?.description ?? NSNull()
        if let due = row.due {
            object["due"] =
                [
                    "kind": due.kind == .decision ? "decision" : "resolution", "day": due.day.description,
                    "daysLeft": due.daysLeft, "overdue": due.isOverdue,
                ] as [String: Any]
        } else {
            object["due"] = NSNull()
        }
        return object
    }
}

/// Terminal output: tables, colours (only on a TTY, never with NO_COLOR), stable JSON.
enum Output {
    static let red = "\u{1B}[31m"
    static let yellow = "\u{1B}[33m"
    static let bold = "\u{1B}[1m"
    static let reset = "\u{1B}[0m"

    /// Colours only when stdout is a terminal and NO_COLOR is unset (https://no-color.org).
    static var usesColour: Bool {
        Terminal.isTerminal(1) && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    static func json(_ object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// Left-aligned columns, two spaces apart; a row's paint (an escape sequence) colours the whole row.
    static func table(_ rows: [[String]], paints: [String?]? = nil) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.enumerated().map { index, row in
            let line = row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
            guard let paint = paints?[index] else { return line }
            return paint + line + reset
        }.joined(separator: "\n")
    }

    /// Text from a report or a server, with control characters (but new lines and tabs) replaced, so
    /// nothing a citizen typed can move the cursor or change the terminal.
    static func printable(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
                        ? "�" : scalar
                }))
    }
}
