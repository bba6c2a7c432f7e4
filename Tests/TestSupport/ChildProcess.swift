import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// What a program that ran to its end said: its exit status and both output streams.
public struct Transcript: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
    /// Whether the runner stopped it (its deadline passed, or what it wrote said it was done) rather
    /// than it exiting by itself.
    public var wasStopped: Bool

    public init(status: Int32, stdout: String, stderr: String, wasStopped: Bool = false) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.wasStopped = wasStopped
    }
}

/// Runs programs to their end for tests.
public enum ChildProcess {
    /// Runs `path` with `arguments` in `directory` until it exits, with `input` (none unless given) on
    /// its standard input, and returns its transcript.
    ///
    /// A program that may never exit by itself (a server) is stopped: with SIGTERM as soon as
    /// `stopWhen` holds for what it wrote to stdout, with SIGKILL once `timeout` seconds have passed
    /// (or 10 s after a SIGTERM it did not heed).
    public static func run(
        _ path: String, _ arguments: [String], in directory: String? = nil, environment: [String: String]? = nil,
        input: [UInt8]? = nil, timeout: Double? = nil, stopWhen: ((String) -> Bool)? = nil
    ) throws -> Transcript {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = input.map { _ in Pipe() }
        process.standardInput = stdin ?? FileHandle.nullDevice
        // Both streams are read at once: a child that fills one pipe while the runner waits on the other
        // would never finish.
        let stdout = OutputCapture(out)
        let stderr = OutputCapture(err)
        try process.run()
        if let stdin, let input {
            // A child that exits without reading all of it closes the pipe: the rest is not needed, and
            // the write must fail with EPIPE instead of killing the whole test process with SIGPIPE.
            ignoringBrokenPipes()
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        var wasStopped = false
        if timeout != nil || stopWhen != nil {
            let deadline = Date().addingTimeInterval(timeout ?? .infinity)
            while process.isRunning, Date() < deadline, !(stopWhen?(stdout.text) ?? false) { usleep(20_000) }
            if process.isRunning {
                wasStopped = true
                // SIGTERM first, so a server stops as an operator stops it; SIGKILL for one that does not.
                if Date() < deadline {
                    kill(process.processIdentifier, SIGTERM)
                    let grace = min(deadline, Date().addingTimeInterval(10))
                    while process.isRunning, Date() < grace { usleep(20_000) }
                }
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            }
        }
        process.waitUntilExit()
        stdout.waitForEnd(timeout: 60)
        stderr.waitForEnd(timeout: 60)
        return Transcript(
            status: process.terminationStatus, stdout: stdout.text, stderr: stderr.text, wasStopped: wasStopped)
    }
}

/// SIGPIPE ignored for the rest of the test process (set once): a write to a pipe or socket whose
/// reader has gone then fails with EPIPE, which the caller handles.
public func ignoringBrokenPipes() {
    _ = brokenPipesIgnored
}

private let brokenPipesIgnored: Void = { _ = signal(SIGPIPE, SIG_IGN) }()
