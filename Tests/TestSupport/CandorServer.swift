import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The built candor-server, started for a test and stopped by it, with both output streams kept.
public final class CandorServer: @unchecked Sendable {
    // @unchecked: the process is started in `init` and only signalled and waited on afterwards.
    public let process: Process
    public let stdout: OutputCapture
    public let stderr: OutputCapture
    /// What it printed after "Candor is running: ", without the final slash.
    public let url: String
    /// The TCP port, or nil on a Unix socket.
    public let port: UInt16?
    /// The Unix socket, or nil on TCP.
    public let socketPath: String?

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Starts candor-server with `arguments` (`--listen 127.0.0.1:0` gives it a free loopback port) and
    /// waits, 30 s at most, until it says it serves.
    public init(arguments: [String], environment: [String: String]? = nil) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: try BuiltProducts.path("candor-server"))
        process.arguments = arguments
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        stdout = OutputCapture(out)
        stderr = OutputCapture(err)
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while !stdout.text.contains("Stop with"), process.isRunning, Date() < deadline { usleep(20_000) }
        let text = stdout.text
        guard text.contains("Stop with"),
            let urlLine = text.split(separator: "\n").first(where: { $0.hasPrefix("Candor is running: ") })
        else {
            if process.isRunning { process.terminate() }
            throw Failure(description: "candor-server did not start:\n\(text)\n\(stderr.text)")
        }
        var url = String(urlLine.dropFirst("Candor is running: ".count))
        if url.hasSuffix("/") { url.removeLast() }
        self.url = url
        if url.hasPrefix("unix:") {
            port = nil
            socketPath = String(url.dropFirst(5))
        } else {
            port = url.split(separator: ":").last.flatMap { UInt16($0) }
            socketPath = nil
        }
    }

    /// The value of the line `  NAME: VALUE` it printed on start, as "log verifier key".
    public func printed(_ name: String) -> String? {
        let line = stdout.text.split(separator: "\n").first { $0.hasPrefix("  \(name): ") }
        return line.map { String($0.dropFirst(name.count + 4)).trimmingCharacters(in: .whitespaces) }
    }

    /// A fresh connection to the server.
    public func connect() throws -> RawConnection {
        if let socketPath { return try RawConnection(unixPath: socketPath) }
        return try RawConnection(port: port!)
    }

    /// One request on a fresh connection, `Connection: close`; headers follow `Host` in order.
    public func request(
        _ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8] = [], timeout: Double = 20
    ) throws -> RawResponse {
        let connection = try connect()
        var head = "\(method) \(target) HTTP/1.1\r\nHost: candor.test\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        connection.send(Array((head + "\r\n").utf8) + body)
        guard let response = connection.readResponse(timeout: timeout) else {
            throw Failure(description: "no response to \(method) \(target)")
        }
        return response
    }

    /// SIGTERM, then waits for the exit (SIGKILL after `timeout` seconds, so a server that ignores
    /// SIGTERM cannot hang the suite); returns the exit status.
    @discardableResult
    public func stop(timeout: Double = 20) -> Int32 {
        if process.isRunning {
            kill(process.processIdentifier, SIGTERM)
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning, Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        stdout.waitForEnd()
        stderr.waitForEnd()
        return process.terminationStatus
    }
}
