import API
import Casework
import Commands
import Foundation
import InspectorWorkspace
import Keys
import Ledger
import Mirroring
import Transparency

/// The actions on a case, each a signed event sent to the server (Events.md):
/// `accept`, `decline --reason`, `assign --to`, `note TEXT`, `reply TEXT`, `extend --reason`,
/// `resolve --outcome CODE --summary FILE`. After the server appends it, the mirror is synced so
/// `list` and `show` see it at once.
enum Act {
    /// The options of an action (grant has its own, in Usage+Commands.swift).
    static func parser(_ action: InspectorEvent.Action) -> ArgumentParser {
        var values = ["--server"]
        switch action {
        case .decline, .extend: values.append("--reason")
        case .assign: values.append("--to")
        case .resolve: values += ["--outcome", "--summary"]
        case .note, .reply: values.append("--file")
        case .transfer: values += ["--to", "--reason"]
        case .accept, .grant, .open: break
        }
        // ID, and the TEXT of a note or reply.
        let positionals = action == .note || action == .reply ? 2 : 1
        return ArgumentParser(
            [.flag("--json")] + Workspace.options + values.map(Option.value), positionals: positionals)
    }

    static func run(_ action: InspectorEvent.Action, _ arguments: ParsedArguments) throws -> ExitCode {
        if action == .grant { return try Grant.run(arguments) }
        if action == .transfer { return try Transfer.run(arguments) }
        let json = arguments.flag("--json")
        let server = arguments.value("--server")
        var details = EventDetails()
        switch action {
        case .accept, .grant, .transfer, .open:
            break
        case .decline, .extend:
            details.reason = try arguments.required("--reason", "TEXT (why, in a sentence the citizen can read)")
        case .assign:
            details.assignee = try arguments.required("--to", "NAME (an inspector of Keys/)")
        case .resolve:
            details.outcome = try arguments.required("--outcome", "CODE (an outcome id of the catalogue)")
            let path = try arguments.required("--summary", "FILE (the resolution's summary, UTF-8 text)")
            details.summary = try readText(path)
        case .note, .reply:
            if let path = arguments.value("--file") { details.text = try readText(path) }
        }
        let workspace = try Workspace.open(arguments)
        let (book, item) = try workspace.book(of: try workspace.caseID(arguments.positionals.first))
        if action == .note || action == .reply, details.text == nil {
            guard let text = arguments.positionals.dropFirst().first else {
                throw Problem.usage("the \(action) TEXT is required (quote it), or --file FILE")
            }
            details.text =
                text == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : text
        }

        // Checks the server makes too, made first here so the inspector hears what to do.
        let checked = try CaseAction(
            action, details: details, book: book, item: item, server: server, workspace: workspace)
        let (index, synced) = try checked.send(workspace)
        if json {
            print(
                try Output.json(
                    [
                        "case": Int(item.id), "action": action.description, "index": index ?? NSNull(),
                        "logSize": Int(synced.size),
                    ] as [String: Any]))
        } else {
            print(
                "\(action.description): case \(item.id) — signed and recorded (record \(index.map(String.init) ?? "?")); mirror synced to \(synced.size) records"
            )
        }
        return .success
    }

    /// A UTF-8 text file (a summary), at most 1 MiB.
    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InspectionError.io(path: path, reason: "cannot read the file")
        }
        guard data.count <= 1 << 20, let text = String(data: data, encoding: .utf8) else {
            throw InspectionError.io(path: path, reason: "not a UTF-8 text file of at most 1 MiB")
        }
        return text
    }
}
