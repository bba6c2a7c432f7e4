import Foundation

/// What a program that ran to its end said: its exit status and both output streams.
public struct Transcript: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// Runs programs to their end for tests.
public enum ChildProcess {
    /// Runs `path` with `arguments` in `directory` until it exits, with `input` (none unless given) on
    /// its standard input, and returns its transcript.
    public static func run(
        _ path: String, _ arguments: [String], in directory: String? = nil, environment: [String: String]? = nil,
        input: [UInt8]? = nil
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
            // A child that exits without reading all of it closes the pipe: the rest is not needed.
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        stdout.waitForEnd(timeout: 60)
        stderr.waitForEnd(timeout: 60)
        return Transcript(
            status: process.terminationStatus, stdout: stdout.text, stderr: stderr.text)
    }
}
