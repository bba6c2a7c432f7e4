import Foundation

/// The exit statuses of every Candor tool: one meaning each, so a script or a supervisor can act on them.
///
/// 2 is the one to stop on: the systemd unit of candor-server does not restart it (`RestartPreventExitStatus=2`),
/// and a script should not retry it, since the same command would fail the same way.
public enum ExitCode: Int32, Sendable, CaseIterable {
    /// The work was done.
    case success = 0
    /// The work failed: I/O, the network, a check that found a problem, a refused request. Another try may do.
    case failure = 1
    /// A usage or configuration error, or a state only an operator can fix: a bad command line, a bad option
    /// value, a log shorter than its signed checkpoint. Retrying cannot help.
    case needsOperator = 2
}

/// Ends the process with `code`.
public func exit(_ code: ExitCode) -> Never {
    exit(code.rawValue)
}
