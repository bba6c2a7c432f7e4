import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Everything a child process writes to one pipe, collected by a thread of its own.
final class OutputCapture: Sendable {
    private let bytes = Mutex<[UInt8]>([])
    private let finished = Mutex(false)

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        let thread = Thread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                bytes.withLock { $0 += Array(chunk) }
            }
            finished.withLock { $0 = true }
        }
        thread.start()
    }

    var text: String { String(decoding: bytes.withLock { $0 }, as: UTF8.self) }
    var data: [UInt8] { bytes.withLock { $0 } }

    /// Waits until the writer closed its end (the process exited), at most `timeout` seconds.
    func waitForEnd(timeout: Double = 20) {
        let deadline = Date().addingTimeInterval(timeout)
        while !finished.withLock({ $0 }), Date() < deadline { usleep(10_000) }
    }
}

/// A candor-server started for a suite that needs more than `Binaries.startServer`: extra options,
/// a Unix socket, and both of its output streams kept for inspection.
final class CapturedServer: @unchecked Sendable {
    // @unchecked: the process is started in `init` and only signalled and waited on afterwards.
    let process: Process
    let stdout: OutputCapture
    let stderr: OutputCapture
    /// The TCP port, or nil on a Unix socket.
    let port: UInt16?
    /// The Unix socket, or nil on TCP.
    let socketPath: String?

    /// Starts candor-server on `listen` (`127.0.0.1:0` or `unix:PATH`) and waits until it serves.
    init(data: String, keys: String, listen: String = "127.0.0.1:0", extra: [String] = []) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: try Binaries.path("candor-server"))
        process.arguments =
            [
                "--data", data, "--keys", keys, "--listen", listen, "--min-fill-seconds", "0", "--origin",
                "e2e.candor.example/intake",
            ]
            + extra
        process.environment = Binaries.environment
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
            throw Binaries.TestFailure("candor-server did not start:\n\(text)\n\(stderr.text)")
        }
        let url = urlLine.dropFirst("Candor is running: ".count)
        if url.hasPrefix("unix:") {
            port = nil
            socketPath = String(url.dropFirst(5))
        } else {
            var trimmed = String(url)
            if trimmed.hasSuffix("/") { trimmed.removeLast() }
            port = trimmed.split(separator: ":").last.flatMap { UInt16($0) }
            socketPath = nil
        }
    }

    /// A fresh connection to the server.
    func connect() throws -> RawConnection {
        if let socketPath { return try RawConnection(unixPath: socketPath) }
        return try RawConnection(port: port!)
    }

    /// One request on a fresh connection, `Connection: close`; headers follow `Host` in order.
    func request(
        _ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8] = [], timeout: Double = 20
    ) throws -> RawResponse {
        let connection = try connect()
        var head = "\(method) \(target) HTTP/1.1\r\nHost: candor.test\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        connection.send(Array((head + "\r\n").utf8) + body)
        guard let response = connection.readResponse(timeout: timeout) else {
            throw Binaries.TestFailure("no response to \(method) \(target)")
        }
        return response
    }

    /// SIGTERM, then waits for the exit; returns the exit status.
    @discardableResult
    func stop() -> Int32 {
        if process.isRunning {
            kill(process.processIdentifier, SIGTERM)
            let deadline = Date().addingTimeInterval(20)
            while process.isRunning, Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        stdout.waitForEnd()
        stderr.waitForEnd()
        return process.terminationStatus
    }
}

/// A well-behaved client that keeps asking for the English home page on fresh connections.
final class GoodClient: @unchecked Sendable {
    // @unchecked: the counters are guarded by `lock`.
    let server: CapturedServer
    private let lock = NSLock()
    private var running = false
    private var thread: Thread?
    private var counts = (successes: 0, failures: 0)

    init(server: CapturedServer) { self.server = server }

    var successes: Int { lock.withLock { counts.successes } }
    var failures: Int { lock.withLock { counts.failures } }

    func start() {
        lock.withLock { running = true }
        let thread = Thread { [self] in
            while lock.withLock({ running }) {
                let ok = ((try? server.request("GET", "/en/", timeout: 5))?.status == 200)
                lock.withLock {
                    if ok { counts.successes += 1 } else { counts.failures += 1 }
                }
                usleep(100_000)
            }
        }
        self.thread = thread
        thread.start()
    }

    func stop() {
        lock.withLock { running = false }
        while let thread, thread.isExecuting { usleep(10_000) }
    }
}
