import API
import Casework
import Catalogue
import Commands
import Foundation
import Keys
import Mirroring

/// The command dispatcher: `--help`/`-h` everywhere, errors on stderr, and the exit codes of
/// ``ExitCode`` (2 for a usage error and for a verification failure, whose evidence stays).
enum Tool {
    static func run(_ commandLine: [String]) -> ExitCode {
        var commandLine = commandLine
        // `unit create …` is one command, named by its two words.
        if commandLine.first == "unit", commandLine.count > 1, UnitCommand.subcommands.contains(commandLine[1]) {
            commandLine.replaceSubrange(0..<2, with: ["unit " + commandLine[1]])
        }
        if commandLine.first == "feedback", commandLine.count > 1, commandLine[1] == "open-case" {
            commandLine.replaceSubrange(0..<2, with: ["feedback open-case"])
        }
        guard let name = commandLine.first else {
            say("candor-inspect: a command is needed\n\n\(Usage.summary)\n\nRun `candor-inspect help` for more.")
            return .needsOperator
        }
        if name == "--help" || name == "-h" {
            print(Usage.overviewHelp)
            return .success
        }
        if name == "help" {
            let topic = commandLine.dropFirst().first
            guard let text = topic.map({ Usage.command($0)?.help }) ?? Usage.overviewHelp else {
                say("candor-inspect: there is no command \"\(topic ?? "")\"\n\n\(Usage.summary)")
                return .needsOperator
            }
            print(text)
            return .success
        }
        guard let command = Usage.command(name) else {
            say(
                "candor-inspect: unknown command \"\(name)\"\n\n\(Usage.summary)\n\nRun `candor-inspect help` for more."
            )
            return .needsOperator
        }
        do {
            let arguments = try command.parse(commandLine.dropFirst())
            switch name {
            case "keygen": return try Keygen.run(arguments)
            case "whoami": return try Whoami.run(arguments)
            case "unlock": return try KeyringCommand.unlock(arguments)
            case "lock": return try KeyringCommand.lock(arguments)
            case "sanitize": return try Sanitize.run(arguments)
            case "sync": return try SyncCommand.run(arguments)
            case "serve": return try Serve.run(arguments)
            case "list": return try List.run(arguments)
            case "show": return try Show.run(arguments)
            case "history": return try History.run(arguments)
            case "export": return try Export.run(arguments)
            case "remind": return try Remind.run(arguments)
            case "publish": return try Publish.run(arguments)
            case "feedback": return try FeedbackCommand.run(arguments)
            case "feedback open-case": return try FeedbackOpenCase.run(arguments)
            case "unit":
                throw Problem.usage("a unit command is needed: " + UnitCommand.subcommands.joined(separator: ", "))
            case let name where name.hasPrefix("unit "):
                return try UnitCommand.run(String(name.dropFirst(5)), arguments)
            case let name where InspectorEvent.Action(name: name) != nil:
                return try Act.run(InspectorEvent.Action(name: name)!, arguments)
            default: return .failure
            }
        } catch let problem as Problem {
            return command.report(problem)
        } catch let error as CatalogueError {
            // The deployment's catalogue folder is the operator's to fix, as a bad option is.
            say("candor-inspect \(name): \(error)")
            return .needsOperator
        } catch let error as MirroringError {
            say("candor-inspect \(name): \(error)")
            if case .verificationFailed = error { return .needsOperator }
            return .failure
        } catch {
            say("candor-inspect \(name): \(error)")
            return .failure
        }
    }

    /// A line on stderr: messages for the person at the terminal, never data.
    static func say(_ text: String) {
        Command.say(text)
    }
}
