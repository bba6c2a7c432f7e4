import API
import Casework
import Commands
import Deployment
import Foundation
import InspectorWorkspace
import Keys
import Ledger
import Mirroring
import Outcomes
import Sanitization
import Transparency
import Triage

/// `candor-inspect publish ID --summary FILE [--agency TEXT] [--yes] [--accept-quotes] [--accept-flags]
/// [--disciplined-position TEXT --disciplined-unit TEXT [--disciplined-name TEXT] --confirm-disciplined]
/// [--lexicon DIR] [--json] [--server URL] [case options]`: publishes a resolved case's outcome to the public log (Outcomes.md).
///
/// The steps are the issue's, in order: sanitize the summary and the agency against the citizen's own
/// texts; print the public record exactly, with every redaction and flagged quote marked; ask for
/// confirmation on the terminal (or take `--yes`), refusing while a flagged quote remains unless
/// `--accept-quotes`, and while a span the sanitizer flagged as unsure remains unless `--accept-flags`;
/// then sign the entry and send it. The record goes to stdout only: nothing
/// decrypted or drafted is written to disk.
enum Publish {
    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let json = arguments.flag("--json")
        let yes = arguments.flag("--yes")
        let acceptQuotes = arguments.flag("--accept-quotes")
        let acceptFlags = arguments.flag("--accept-flags")
        let confirmDisciplined = arguments.flag("--confirm-disciplined")
        let lexicon = try Sanitize.lexicon(arguments.value("--lexicon"))
        let server = arguments.value("--server")
        let summaryPath = try arguments.required("--summary", "FILE (the public summary, UTF-8 text)")
        let agency = arguments.value("--agency")
        let summary = try Act.readText(summaryPath)
        let workspace = try Workspace.open(arguments)
        let item = try workspace.case(arguments.positionals.first)

        try workspace.checkKeyIsCurrent()
        let disciplined = try disciplinedOfficial(arguments)
        let namesAllowed = try OutcomeNames.allowed(keysDirectory: workspace.keysDirectory)
        if disciplined?.name != nil && !namesAllowed {
            Tool.say(
                "candor-inspect publish: refused: this deployment does not publish officials' names (there is no "
                    + "\(OutcomeNames.fileName) allowing them in \(workspace.keysDirectory)); give the position and unit "
                    + "only, without --disciplined-name. Nothing was published.")
            return .failure
        }
        let draft: OutcomeDraft
        do {
            draft = try OutcomeDraft(
                case: item, deadlines: workspace.deadlines(of: item), summary: summary, agencyOverride: agency,
                disciplined: disciplined, namesAllowed: namesAllowed, catalog: workspace.catalog, lexicon: lexicon)
        } catch {
            throw InspectionError.usage(error.description)
        }

        // (b) The record, exactly, before anything is signed.
        print(draft.review())
        print("")
        // (c) Quotes first: no confirmation can publish them without --accept-quotes.
        if !draft.quotes.isEmpty && !acceptQuotes {
            Tool.say(
                "candor-inspect publish: refused: \(draft.quotes.count) flagged quote(s) of the citizen's own words "
                    + "remain (marked »…« above); rewrite the summary in your own words, or pass --accept-quotes "
                    + "if you are sure they cannot identify the citizen. Nothing was published.")
            return .failure
        }
        // The disciplined official is written from the decision: a quote of the citizen is never accepted.
        if !draft.disciplinedQuotes.isEmpty {
            Tool.say(
                "candor-inspect publish: refused: the disciplined official's position or unit quotes the citizen's "
                    + "own words; write them as the discipline decision does. Nothing was published.")
            return .failure
        }
        // Unsure spans next: kept in the text, so publishing them is the inspector's explicit choice.
        if !draft.flags.isEmpty && !acceptFlags {
            Tool.say(
                "candor-inspect publish: refused: the sanitizer flagged \(draft.flags.count) span(s) it is unsure of "
                    + "(listed above); rewrite them, or pass --accept-flags if none is personal data. "
                    + "Nothing was published.")
            return .failure
        }
        // The field that names a person needs its own confirmation, even with --yes.
        if draft.outcome.disciplined != nil && !confirmDisciplined {
            Tool.say(
                "candor-inspect publish: refused: the record names the disciplined official (shown first above); "
                    + "check it against the discipline decision and pass --confirm-disciplined. Nothing was published.")
            return .failure
        }
        if !yes {
            guard let answer = confirm("Publish this record, signed as \(workspace.key.name)? Type yes to publish: ")
            else {
                Tool.say(
                    "candor-inspect publish: refused: there is no terminal to confirm on; read the record above and "
                        + "pass --yes to publish it from a script. Nothing was published.")
                return .failure
            }
            guard answer.lowercased() == "yes" || answer.lowercased() == "y" else {
                Tool.say("candor-inspect publish: not confirmed. Nothing was published.")
                return .failure
            }
        }

        // (d) Sign with the inspector's key and send.
        let (index, verified) = try workspace.publish(draft, server: server)
        if json {
            print(
                try Output.json(
                    ["case": Int(item.id), "id": draft.outcome.id, "index": index, "checkpointVerified": verified]
                        as [String: Any]))
        } else {
            print(
                "published: case \(item.id) as outcome \(draft.outcome.id), entry \(index) of the public log; "
                    + (verified
                        ? "the log's checkpoint was signed and verifies with Keys/outcomes.key"
                        : "the log signed a new checkpoint (not verified here: no Keys/outcomes.key)"))
        }
        return .success
    }

    /// The disciplined official of `--disciplined-position`, `--disciplined-unit` and `--disciplined-name`,
    /// as typed: the first two together or neither, the name only with them.
    static func disciplinedOfficial(_ arguments: ParsedArguments) throws -> DisciplinedOfficial? {
        let position = arguments.value("--disciplined-position")
        let unit = arguments.value("--disciplined-unit")
        let name = arguments.value("--disciplined-name")
        guard position != nil || unit != nil || name != nil else { return nil }
        guard let position, let unit else {
            throw Problem.usage(
                "--disciplined-position and --disciplined-unit go together (and --disciplined-name only with them)")
        }
        return DisciplinedOfficial(typedPosition: position, unit: unit, name: name)
    }
    /// A line typed on the terminal (/dev/tty), or nil when there is none.
    static func confirm(_ question: String) -> String? {
        guard let tty = FileHandle(forUpdatingAtPath: "/dev/tty") else { return nil }
        defer { try? tty.close() }
        tty.write(Data(question.utf8))
        var line: [UInt8] = []
        while true {
            let byte = tty.readData(ofLength: 1)
            guard let first = byte.first else { break }
            if first == 0x0A { break }
            line.append(first)
            if line.count > 1024 { break }
        }
        return String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
