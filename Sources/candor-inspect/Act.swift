import API
import Casework
import Commands
import Foundation
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
        case .accept, .grant: break
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
        case .accept, .grant, .transfer:
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
        if let assignee = details.assignee, !workspace.inspectors.inspectors.contains(where: { $0.name == assignee }) {
            throw InspectionError.usage(
                "\(assignee) is not an inspector of \(workspace.keysDirectory): assign to one of "
                    + workspace.inspectors.inspectors.map(\.name).joined(separator: ", "))
        }
        if let outcome = details.outcome, !workspace.catalog.isValidOutcome(outcome) {
            throw InspectionError.usage(
                "\"\(outcome)\" is not an outcome code; use one of: "
                    + workspace.catalog.outcomes.ids.joined(separator: ", "))
        }
        if let problem = details.problem(for: action, catalog: workspace.catalog) {
            throw InspectionError.usage(problem)
        }
        if let refusal = item.progress.refusal(of: action) {
            throw InspectionError.usage("case \(item.id): \(refusal)")
        }
        guard
            workspace.inspectors.inspectors.contains(where: {
                $0.name == workspace.key.name && $0.signingKey == workspace.key.signingKey.publicKey
            })
        else {
            throw InspectionError.usage(
                "your key (\(workspace.key.name)) is not a current key of \(workspace.keysDirectory); "
                    + "check it with `candor-inspect whoami`")
        }

        try workspace.checkMayAct(on: item, in: book)

        let pin = try workspace.pin()
        guard let serverText = server ?? pin?.server else {
            throw Problem.usage("--server URL is required (the mirror has not been synced yet)")
        }
        let url = try Tool.serverURL(serverText)
        let event = try InspectorEvent.make(
            action: action, details: details, caseTag: item.tag, replyKey: item.replyKey,
            inspectors: workspace.eventRecipients(of: item, in: book), time: Int64(Date().timeIntervalSince1970),
            inspector: workspace.key.name, signingKey: workspace.key.signingKey, catalog: workspace.catalog)
        let connection = InspectorConnection(server: url, key: workspace.key)
        let response = try connection.send(
            method: "POST", target: Sync.apiPrefix + "events", body: event.bytes,
            contentType: "application/octet-stream")
        let index = IndexReply(jsonBytes: response.body).map { Int($0.index) }

        let synced = try syncAfterPosting(workspace, connection: connection)
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

    /// Pulls the posted events (and anything newer) into the mirror, verified like any sync.
    /// The case index then takes the new records in.
    static func syncAfterPosting(_ workspace: Workspace, connection: InspectorConnection) throws -> Sync.Outcome {
        let mirror = try workspace.openMirror()
        defer { mirror.close() }
        let logKey = try NoteVerifier(verifierKey: try mirror.pin?.logKey ?? "")
        let previous = try Workspace.verifiedCheckpoint(mirror.directory)
        let lateBefore = mirror.lateRecordCount
        let outcome = try Sync(connection: connection, mirror: mirror, logKey: logKey).run()
        IndexUpdate.afterSync(
            mirror: mirror, previous: previous, lateBefore: lateBefore,
            context: try Workspace.indexContext(
                mirror: mirror.directory, key: workspace.key, openingKeys: workspace.openingKeys,
                signers: workspace.signers, open: mirror))
        return outcome
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
