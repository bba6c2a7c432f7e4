import Casework
import Foundation
import Keys
import Mirroring

/// The command dispatcher and the CLI conventions: `--help`/`-h` everywhere, exit 0 on success,
/// 1 for usage and other user errors, 2 reserved for verification failures; errors on stderr.
enum Tool {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    /// Reserved for commands that verify logs and signatures (sync, audit): the data is not what it claims.
    static let verificationFailure: Int32 = 2

    static func run(_ commandLine: [String]) -> Int32 {
        var arguments = Arguments(commandLine)
        guard let command = arguments.next() else {
            say("candor-inspect: a command is needed\n\n\(Usage.summary)\n\nRun `candor-inspect help` for more.")
            return failure
        }
        if command == "--help" || command == "-h" {
            print(Usage.overview)
            return success
        }
        if command == "help" {
            let topic = arguments.next()
            guard let text = topic.map(Usage.text(for:)) ?? Usage.overview else {
                say("candor-inspect: there is no command \"\(topic ?? "")\"\n\n\(Usage.summary)")
                return failure
            }
            print(text)
            return success
        }
        guard let help = Usage.text(for: command) else {
            say(
                "candor-inspect: unknown command \"\(command)\"\n\n\(Usage.summary)\n\nRun `candor-inspect help` for more."
            )
            return failure
        }
        if arguments.wantsHelp {
            print(help)
            return success
        }
        do {
            switch command {
            case "keygen": return try Keygen.run(&arguments)
            case "whoami": return try Whoami.run(&arguments)
            case "sanitize": return try Sanitize.run(&arguments)
            case "sync": return try SyncCommand.run(&arguments)
            case "list": return try List.run(&arguments)
            case "show": return try Show.run(&arguments)
            case "history": return try History.run(&arguments)
            case "publish": return try Publish.run(&arguments)
            case let name where InspectorEvent.Action(name: name) != nil:
                return try Act.run(InspectorEvent.Action(name: name)!, &arguments)
            default: return failure
            }
        } catch let problem as Arguments.Problem {
            say("candor-inspect \(command): \(problem)\n\n\(help)")
            return failure
        } catch let error as MirroringError {
            say("candor-inspect \(command): \(error)")
            if case .verificationFailed = error { return verificationFailure }
            return failure
        } catch {
            say("candor-inspect \(command): \(error)")
            return failure
        }
    }

    /// A line on stderr: messages for the person at the terminal, never data.
    static func say(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
