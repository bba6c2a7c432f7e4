import CaseIndex
import Casework
import Commands
import Deadlines
import Foundation
import InspectorWorkspace
import System
import Triage

/// `candor-inspect list [filters] [--limit N] [--json]`: the cases of the case index, by deadline.
enum List {
    typealias Row = CaseListing.Row

    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let json = arguments.flag("--json")
        let overdue = arguments.flag("--overdue")
        let status = arguments.value("--status")
        let province = arguments.value("--province")
        let procedure = arguments.value("--procedure")
        let kind = arguments.value("--kind")
        let assignee = arguments.value("--assignee")
        let limitText = arguments.value("--limit")
        var limit = Int.max
        if let limitText {
            guard let count = Int(limitText), count > 0 else {
                throw Problem.usage("--limit needs a number of cases, not \"\(limitText)\"")
            }
            limit = count
        }
        let dueWithin = try dueWithinDays(arguments)
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

        var filter = CaseListing.Filter()
        filter.status = status
        filter.province = province
        filter.procedure = procedure
        filter.kind = kind
        filter.assignee = assignee
        filter.overdue = overdue
        filter.dueWithin = dueWithin
        let listing = try CaseListing(workspace, filter: filter, limit: limit)
        let today = workspace.today
        let (caseCount, newCount, overdueCount, soonCount) = (
            listing.caseCount, listing.newCount, listing.overdueCount, listing.soonCount
        )
        let rows = listing.rows
        if json {
            let object: [String: Any] = [
                "today": today.description,
                "summary": ["cases": caseCount, "new": newCount, "overdue": overdueCount, "dueWithin3Days": soonCount],
                "cases": rows.map { Self.json($0, workspace) },
            ]
            print(try Output.json(object))
            return .success
        }
        let colours = Output.usesColour
        var table: [[String]] = [["ID", "STATUS", "DUE", "LEFT", "PROVINCE", "PROCEDURE", "KINDS", "ASSIGNEE"]]
        var paints: [String?] = [nil]
        for row in rows {
            let item = row.item
            let left = row.due.map { $0.isOverdue ? "OVERDUE \(-$0.daysLeft)d" : "\($0.daysLeft)d" } ?? "-"
            table.append([
                String(item.id) + (item.flags.isDisjoint(with: [.flaggedEvents, .recordsNotFromCitizen]) ? "" : "!"),
                item.status.rawValue + (item.extensions > 0 ? "+\(item.extensions)" : ""),
                row.due.map { $0.day.description } ?? "-", left,
                item.isReadable ? workspace.label(catalog.provinces, item.province) : "(cannot open)",
                item.isReadable ? workspace.label(catalog.procedures, item.procedure) : "",
                item.isFromFeedback ? "(feedback)" : item.isReadable ? item.kinds.joined(separator: ",") : "",
                item.assignee ?? "-",
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
            "\(caseCount) case\(caseCount == 1 ? "" : "s"): \(newCount) new, \(overdueCount) overdue, \(soonCount) due within 3 days (today \(today))"
        )
        return .success
    }

    /// The days of `--due-within DAYS`, if given: a whole number, 0 or more.
    static func dueWithinDays(_ arguments: ParsedArguments) throws -> Int? {
        guard let text = arguments.value("--due-within") else { return nil }
        guard let days = Int(text), days >= 0 else {
            throw Problem.usage("--due-within needs a number of days, not \"\(text)\"")
        }
        return days
    }

    static func json(_ row: Row, _ workspace: Workspace) -> [String: Any] {
        let item = row.item
        var object: [String: Any] = [
            "id": Int(item.id), "status": item.status.rawValue, "extensions": item.extensions,
            "flaggedEvents": item.flags.contains(.flaggedEvents),
            "recordsNotFromCitizen": item.flags.contains(.recordsNotFromCitizen),
            "fromFeedback": item.isFromFeedback,
            "assignee": item.assignee ?? NSNull(), "readable": item.isReadable,
        ]
        if item.isReadable {
            object["province"] = item.province
            object["procedure"] = item.procedure
            object["kinds"] = item.kinds
            object["agency"] = item.agency
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
