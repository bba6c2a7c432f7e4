import Foundation

/// One command of a tool (or the tool itself): its name, its options and its help.
public struct Command: Sendable {
    /// How the messages start: `candor-bench ledger`.
    public let name: String
    public let parser: ArgumentParser
    /// The whole help, ending with the exit status section (``Help/render(_:exitStatus:)``).
    public let help: String

    public init(_ name: String, parser: ArgumentParser, usage: String, exitStatus: ExitStatus) {
        self.name = name
        self.parser = parser
        self.help = Help.render(usage, exitStatus: exitStatus)
    }

    /// The parsed command line; `--help` prints the help and exits 0.
    public func parse<Arguments: Collection<String>>(_ arguments: Arguments) throws(Problem) -> ParsedArguments {
        let parsed = try parser.parse(arguments)
        if parsed.wantsHelp {
            print(help)
            exit(.success)
        }
        return parsed
    }

    /// Says why the command stopped on standard error, with the help after a usage error, and returns
    /// the exit code to end with.
    @discardableResult
    public func report(_ problem: Problem) -> ExitCode {
        Command.say("\(name): \(problem)" + (problem.isUsage ? "\n\n\(help)" : ""))
        return problem.exitCode
    }

    /// A line on standard error, at once: messages for the person at the terminal, never data.
    public static func say(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
