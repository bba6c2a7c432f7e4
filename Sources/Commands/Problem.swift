/// What stops a command, with the exit code it ends with: a usage error (exit 2, shown with the
/// command's help) or a failure of the work (exit 1).
public struct Problem: Error, CustomStringConvertible, Equatable, Sendable {
    /// The message, plain and naming what was wrong (an option's name, a value, a file).
    public let description: String
    public let exitCode: ExitCode

    private init(_ description: String, exitCode: ExitCode) {
        self.description = description
        self.exitCode = exitCode
    }

    /// A bad command line, option value or configuration: exit 2, with the command's help after the message.
    public static func usage(_ description: String) -> Problem {
        Problem(description, exitCode: .needsOperator)
    }

    /// The work failed (I/O, the network, a check): exit 1.
    public static func failure(_ description: String) -> Problem {
        Problem(description, exitCode: .failure)
    }

    /// Whether the command's help belongs after the message.
    public var isUsage: Bool { exitCode == .needsOperator }
}
