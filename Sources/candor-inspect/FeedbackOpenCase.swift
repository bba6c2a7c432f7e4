import Commands
import Foundation
import InspectorWorkspace

/// `candor-inspect feedback open-case ID --reason TEXT [--yes]`: turns a feedback comment that reveals
/// misconduct into a case with one signed event, after showing what is signed and asking to confirm.
enum FeedbackOpenCase {
    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let workspace = try Workspace.open(arguments)
        guard let text = arguments.positionals.first else {
            throw Problem.usage("a feedback ID is required (the #N that `candor-inspect feedback` shows)")
        }
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard let record = UInt64(digits) else {
            throw Problem.usage("\"\(text)\" is not a feedback ID: use the #N that `candor-inspect feedback` shows")
        }
        let reason = try arguments.required("--reason", "TEXT (why this comment becomes a case)")
        let opening = try FeedbackOpening(
            record: record, reason: reason, server: arguments.value("--server"), workspace: workspace)
        let json = arguments.flag("--json")
        let lines =
            ["Open a case from feedback #\(record):"]
            + opening.summary(workspace).map { "  \($0.label): " + Output.printable($0.value) }
        if json { Tool.say(lines.joined(separator: "\n")) } else { print(lines.joined(separator: "\n")) }
        if !arguments.flag("--yes") {
            guard let answer = Publish.confirm("Sign and send this event as \(workspace.key.name)? Type yes to sign: ")
            else {
                throw Problem.usage(
                    "there is no terminal to confirm on; read what is signed above and pass --yes. Nothing was signed.")
            }
            guard answer == "yes" else {
                Tool.say("candor-inspect feedback open-case: not confirmed. Nothing was signed.")
                return .failure
            }
        }
        let (index, synced) = try opening.send(workspace)
        if json {
            print(
                try Output.json(
                    ["feedback": Int(record), "case": index ?? NSNull(), "logSize": Int(synced.size)] as [String: Any]))
        } else {
            print(
                "open-case: feedback #\(record) is now case \(index.map(String.init) ?? "?") — signed and recorded; "
                    + "mirror synced to \(synced.size) records")
        }
        return .success
    }
}
