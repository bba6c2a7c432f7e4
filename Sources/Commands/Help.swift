/// What each exit status means for one tool or command, in its own words.
public struct ExitStatus: Sendable {
    public let success: String
    public let failure: String
    public let needsOperator: String

    public init(success: String, failure: String, needsOperator: String) {
        self.success = success
        self.failure = failure
        self.needsOperator = needsOperator
    }

    public func meaning(of code: ExitCode) -> String {
        switch code {
        case .success: success
        case .failure: failure
        case .needsOperator: needsOperator
        }
    }
}

/// The help of a tool or command: its usage text, then the same "Exit status:" section in every tool.
public enum Help {
    public static let exitStatusHeading = "Exit status:"

    /// `usage`, a blank line, and the exit status section: each code, then its meaning (lines of the
    /// meaning after the first are indented under it).
    public static func render(_ usage: String, exitStatus: ExitStatus) -> String {
        var lines = [usage, "", exitStatusHeading]
        for code in ExitCode.allCases {
            let meaning = exitStatus.meaning(of: code).split(separator: "\n", omittingEmptySubsequences: false)
            lines.append("  \(code.rawValue)  \(meaning.first ?? "")")
            lines += meaning.dropFirst().map { "     \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}
