import Casework
import Commands
import Foundation
import InspectorWorkspace
import Ledger
import Stores

/// `candor-inspect feedback [--agency ID] [--province ID] [--json]`: the service feedback of the mirror
/// that your keys open, per agency and province, apart from the cases: how many, the share satisfied on
/// each criterion, and every comment with its record index.
enum FeedbackCommand {
    typealias Item = FeedbackItem

    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let workspace = try Workspace.open(arguments)
        let agency = arguments.value("--agency")
        let province = arguments.value("--province")
        for (option, value, known) in [
            ("--agency", agency, workspace.catalog.isValidAgency),
            ("--province", province, workspace.catalog.isValidProvince),
        ] {
            if let value, !known(value) { throw Problem.usage("\(option) \(value) is not in the catalogue") }
        }
        let items = try opened(workspace).filter {
            (agency == nil || $0.feedback.agency == agency) && (province == nil || $0.feedback.province == province)
        }
        let cases = try workspace.casesOpened(from: items)
        if arguments.flag("--json") {
            print(try Output.json(items.map { json($0, case: cases[$0.index]) }))
        } else {
            print(text(items, workspace, cases: cases))
        }
        return .success
    }

    static func opened(_ workspace: Workspace) throws -> [Item] { try workspace.openedFeedback() }

    static func text(_ items: [Item], _ workspace: Workspace, cases: [UInt64: UInt64] = [:]) -> String {
        guard !items.isEmpty else { return "No service feedback that your keys open." }
        let catalog = workspace.catalog
        var lines: [String] = []
        let groups = Dictionary(grouping: items) { [$0.feedback.agency, $0.feedback.province] }
        for key in groups.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            let group = groups[key]!
            lines.append(
                "\(workspace.label(catalog.agencies, key[0])), \(workspace.label(catalog.provinces, key[1])): "
                    + "\(group.count) rating\(group.count == 1 ? "" : "s")")
            for criterion in ServiceFeedback.Criterion.allCases {
                let satisfied = group.filter {
                    ServiceFeedback.satisfiedLevels.contains($0.feedback.levels[criterion] ?? 0)
                }
                lines.append(
                    "  \(criterion.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(satisfied.count)/\(group.count) at 4–5"
                )
            }
            for item in group where item.feedback.comment != nil {
                let f = item.feedback
                lines.append(
                    "  #\(item.index) \(f.month) \(workspace.label(catalog.procedures, f.procedure)), overall \(f.levels[.overall] ?? 0)/5: "
                        + Output.printable(f.comment ?? "") + (cases[item.index].map { " → case \($0)" } ?? ""))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ item: Item, case id: UInt64? = nil) -> [String: Any] {
        let f = item.feedback
        var object: [String: Any] = [
            "index": Int(item.index), "province": f.province, "agency": f.agency, "procedure": f.procedure,
            "month": f.month.description,
        ]
        for criterion in ServiceFeedback.Criterion.allCases { object[criterion.rawValue] = f.levels[criterion] ?? 0 }
        if let comment = f.comment { object["comment"] = comment }
        if let id { object["case"] = Int(id) }
        return object
    }
}
