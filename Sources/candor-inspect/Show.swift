import Attachments
import Casework
import Commands
import Deadlines
import Foundation
import InspectorWorkspace
import Keys
import Ledger
import Sodium
import System
import Triage

/// `candor-inspect show ID [--attachments DIR] [--json]`: the report, its follow-ups and its timeline.
enum Show {
    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let json = arguments.flag("--json")
        let exportDirectory = arguments.value("--attachments")
        let workspace = try Workspace.open(arguments)
        let item = try workspace.case(arguments.positionals.first)
        let deadlines = workspace.deadlines(of: item)

        var exported: [(SealedAttachment, String)] = []
        if let exportDirectory {
            exported = try export(item, to: exportDirectory, workspace: workspace)
        }
        if json {
            print(try Output.json(object(item, deadlines, exported, workspace)))
        } else {
            print(text(item, deadlines, workspace))
            for (attachment, path) in exported {
                print(
                    "wrote \(path) (\(attachment.byteCount) bytes, metadata stripped: \(attachment.metadataStripped ? "yes" : "no"))"
                )
            }
        }
        if item.hasRecordsNotFromCitizen {
            Tool.say(
                "candor-inspect show: case \(item.id) holds records NOT FROM THE CITIZEN (not signed with the key of its token); keep the mirror as evidence and tell the other inspectors"
            )
        }
        return item.hasFlaggedEvents || item.hasRecordsNotFromCitizen ? .needsOperator : .success
    }

    static func text(_ item: CaseBook.Case, _ deadlines: CaseDeadlines?, _ workspace: Workspace) -> String {
        let catalog = workspace.catalog
        let p = Output.printable
        var lines: [String] = []
        let progress = item.progress
        lines.append(
            "Case \(item.id) — \(progress.status)\(progress.extensions > 0 ? ", extended \(progress.extensions)×" : "")"
                + (item.assignee.map { ", assigned to \($0)" } ?? ""))
        if let source = item.feedbackRecord {
            lines.append(
                "Opened from feedback #\(source): the report is the citizen's comment; there is no citizen to reply to")
        }
        if let deadlines {
            lines.append(
                "Received \(deadlines.receivedOn); decision due \(deadlines.decisionDue)"
                    + (deadlines.resolutionDue.map { "; resolution due \($0)" } ?? ""))
            if let due = deadlines.current(on: workspace.today) {
                lines.append(due.isOverdue ? "OVERDUE by \(-due.daysLeft) days" : "\(due.daysLeft) days left")
            }
        }
        guard let message = item.report, let report = item.reportBody else {
            lines.append(
                "The report is not sealed to your key(s): it was received before your key was added. "
                    + "An inspector who holds an older key can read it; pass yours with --old-key FILE if you rotated.")
            lines.append(contentsOf: timeline(item))
            return lines.joined(separator: "\n")
        }
        lines.append("")
        lines.append("Province:   \(workspace.label(catalog.provinces, report.province))")
        lines.append("Procedure:  \(workspace.label(catalog.procedures, report.procedure))")
        lines.append("Agency:     \(p(report.agency))")
        if let commune = report.commune { lines.append("Commune:    \(p(commune))") }
        if let official = report.official { lines.append("Official:   \(p(official))") }
        lines.append(
            "Misconduct: \(report.misconduct.map { workspace.label(catalog.misconductKinds, $0) }.joined(separator: "; "))"
        )
        lines.append("When:       \(report.month.map { "\($0)/" } ?? "")\(report.year)")
        if let contact = report.contact { lines.append("Contact:    \(p(contact)) (the citizen chose to give it)") }
        lines.append("")
        lines.append(p(report.account))
        let attachments = item.attachments
        if !attachments.isEmpty {
            lines.append("")
            lines.append("Attachments (write them with --attachments DIR):")
            for attachment in attachments {
                lines.append(
                    "  \(p(attachment.name))  \(attachment.mediaType)  \(attachment.byteCount) bytes  "
                        + "metadata stripped: \(attachment.metadataStripped ? "yes" : "no")")
            }
        }
        _ = message
        for (index, kind, followUp, authorship) in item.messages {
            lines.append("")
            // Finding H1: words that are not provably the citizen's are never shown as theirs.
            let mark = authorship == .citizen ? "" : " [\(authorship)]"
            switch followUp?.body {
            case .followUp(let more)?:
                lines.append(
                    "Follow-up (record \(index), \(item.receivedOn(record: index)?.description ?? "?"))\(mark):")
                if case .notFromCitizen = authorship {
                    lines.append("NOT THE CITIZEN'S WORDS, as written by someone else: " + p(more.text))
                } else {
                    lines.append(p(more.text))
                }
            case .rating(let rating)?:
                lines.append(
                    "Rating (record \(index))\(mark): \(rating.level.vi)" + (rating.comment.map { " — \(p($0))" } ?? "")
                )
            default:
                lines.append("A \(kind) (record \(index)) that your key cannot open.")
            }
        }
        lines.append(contentsOf: timeline(item))
        return lines.joined(separator: "\n")
    }

    static func timeline(_ item: CaseBook.Case) -> [String] {
        guard !item.events.isEmpty else { return ["", "No inspector event yet."] }
        var lines = ["", "Timeline:"]
        for event in item.events {
            lines.append("  " + History.line(event))
        }
        return lines
    }

    static func object(
        _ item: CaseBook.Case, _ deadlines: CaseDeadlines?, _ exported: [(SealedAttachment, String)],
        _ workspace: Workspace
    ) -> [String: Any] {
        var object: [String: Any] = [
            "id": Int(item.id), "status": item.progress.status.rawValue, "extensions": item.progress.extensions,
            "assignee": item.assignee ?? NSNull(), "readable": item.report != nil,
            "events": item.events.map(History.object),
        ]
        if let source = item.feedbackRecord { object["fromFeedback"] = Int(source) }
        if let report = item.reportBody {
            object["report"] = report.jsonObject
            object["receivedOn"] = item.receivedOn?.description
        }
        object["attachments"] = item.attachments.map { attachment -> [String: Any] in
            var entry: [String: Any] = [
                "id": attachment.id.hex, "name": attachment.name, "mediaType": attachment.mediaType,
                "byteCount": attachment.byteCount, "metadataStripped": attachment.metadataStripped,
            ]
            entry["path"] = exported.first { $0.0.id == attachment.id }?.1
            return entry
        }
        object["reportAuthorship"] = item.reportAuthorship.code
        object["followUps"] = item.messages.compactMap { index, _, message, authorship -> [String: Any]? in
            guard case .followUp(let more)? = message?.body else { return nil }
            return [
                "index": Int(index), "text": more.text,
                "receivedOn": item.receivedOn(record: index)?.description ?? NSNull(),
                "authorship": authorship.code,
            ]
        }
        object["ratings"] = item.messages.compactMap { index, _, message, authorship -> [String: Any]? in
            guard case .rating(let rating)? = message?.body else { return nil }
            return ["index": Int(index), "level": rating.level.rawValue, "authorship": authorship.code]
        }
        if let deadlines {
            object["deadlines"] =
                [
                    "decisionDue": deadlines.decisionDue.description,
                    "resolutionDue": deadlines.resolutionDue?.description ?? NSNull(),
                ] as [String: Any]
        }
        return object
    }

    /// Decrypts every attachment into `directory` (created 0700), never overwriting a file.
    static func export(_ item: CaseBook.Case, to directory: String, workspace: Workspace) throws
        -> [(SealedAttachment, String)]
    {
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var written: [(SealedAttachment, String)] = []
        guard !item.attachments.isEmpty else { return written }
        let mirror = try workspace.openMirror()
        defer { mirror.close() }
        for (number, attachment) in item.attachments.enumerated() {
            let safeName = String(attachment.name.map { $0 == "/" || $0 == "\\" || $0.isNewline ? "_" : $0 })
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
            let path = (directory as NSString).appendingPathComponent(
                "case\(item.id)-\(number + 1)-\(safeName.isEmpty ? "file" : safeName)")
            guard !FileManager.default.fileExists(atPath: path) else {
                throw InspectionError.io(
                    path: path, reason: "the file exists and show never overwrites: choose another --attachments folder"
                )
            }
            let payloads = try mirror.attachmentChunkPayloads(attachment.id)
            var plaintext = try AttachmentOpener.open(attachment, payloads: payloads)
            defer { wipe(&plaintext) }
            // Never over a file that appeared since the check above, and whole or not at all.
            do { try AtomicFile.writeNew(plaintext, to: path, permissions: 0o600) } catch {
                throw InspectionError.io(path: path, reason: "cannot write the file")
            }
            written.append((attachment, path))
        }
        return written
    }
}

/// `candor-inspect history ID [--json]`: who did what and when, every signature checked.
enum History {
    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let json = arguments.flag("--json")
        let workspace = try Workspace.open(arguments)
        let item = try workspace.case(arguments.positionals.first)
        if json {
            print(try Output.json(["id": Int(item.id), "events": item.events.map(object)] as [String: Any]))
        } else {
            print(
                "Case \(item.id): report received \(item.receivedOn?.description ?? "(cannot open)") (record \(item.id))"
            )
            for event in item.events { print(line(event)) }
            if item.events.isEmpty { print("No inspector event yet.") }
            let flagged = item.events.filter { $0.verdict != .valid }.count
            print(
                flagged == 0
                    ? "\(item.events.count) events, every signature verified against \(workspace.keysDirectory)"
                    : "\(flagged) of \(item.events.count) events FAILED verification: they are shown but not counted")
        }
        if item.hasFlaggedEvents {
            Tool.say(
                "candor-inspect history: \(item.events.filter { $0.verdict != .valid }.count) event(s) of case \(item.id) failed verification; keep the mirror as evidence and tell the other inspectors"
            )
            return .needsOperator
        }
        return .success
    }

    static let timeFormat: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = CalendarDay.vietnam
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter
    }()

    /// One event: time (Vietnam), who, what, the details this key can open, and the check.
    static func line(_ event: CaseBook.CaseEvent) -> String {
        let e = event.event
        var what = e.action.description
        if let details = event.details {
            switch e.action {
            case .decline, .extend: what += ": " + (details.reason ?? "")
            case .assign: what += " to " + (details.assignee ?? "")
            case .note: what += " (internal): " + (details.text ?? "")
            case .reply: what += " to the citizen: " + (details.text ?? "")
            case .resolve: what += ": " + (details.outcome ?? "") + " — " + (details.summary ?? "")
            case .grant: what += " keys of \(details.grants?.count ?? 0) records to " + (details.assignee ?? "")
            case .transfer: what += " to " + (e.unit ?? "") + ": " + (details.reason ?? "")
            case .open: what += " from feedback #\(e.feedbackRecord ?? 0): " + (details.reason ?? "")
            case .accept: break
            }
        }
        let check = event.verdict == .valid ? "signature ok" : "⚠ \(event.verdict)"
        // A version 2 event says its day only: no time of day is shown that the event does not carry.
        let when = e.isDayOnly ? String(timeFormat.string(from: e.date).prefix(10)) : timeFormat.string(from: e.date)
        return Output.printable("\(when)  \(e.inspector)  \(what)  [record \(event.index), \(check)]")
    }

    static func object(_ event: CaseBook.CaseEvent) -> [String: Any] {
        var object: [String: Any] = [
            "index": Int(event.index), "action": event.event.action.description, "inspector": event.event.inspector,
            "time": Int(event.event.time), "valid": event.verdict == .valid, "verdict": event.verdict.description,
        ]
        if let details = event.details {
            var fields: [String: Any] = [:]
            fields["reason"] = details.reason
            fields["assignee"] = details.assignee
            fields["text"] = details.text
            fields["outcome"] = details.outcome
            fields["summary"] = details.summary
            object["details"] = fields
        }
        return object
    }
}
