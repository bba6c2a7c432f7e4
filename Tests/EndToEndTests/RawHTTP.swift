import Foundation
import Inspection
import Sodium
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// One response as read from a raw socket: status, header fields, body.
struct RawResponse: Sendable {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A raw HTTP/1.1 connection for the hostile suite: it sends any bytes (malformed, trickled, never
/// finished) and reads one response, over TCP on loopback or a Unix socket.
final class RawConnection {
    let fd: Int32
    private var buffered: [UInt8] = []

    /// Connects to 127.0.0.1:`port`.
    init(port: UInt16) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Binaries.TestFailure("socket: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(fd)
            throw Binaries.TestFailure("connect to port \(port): errno \(errno)")
        }
    }

    /// Connects to the Unix socket at `path`.
    init(unixPath path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Binaries.TestFailure("socket: errno \(errno)") }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(fd)
            throw Binaries.TestFailure("socket path too long: \(path)")
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in bytes.enumerated() { raw[index] = byte }
        }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard result == 0 else {
            close(fd)
            throw Binaries.TestFailure("connect to \(path): errno \(errno)")
        }
    }

    deinit { close(fd) }

    /// Sends all of `bytes`; false when the server already closed (a hostile request may be cut short).
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                Glibc.send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += count
        }
        return true
    }

    @discardableResult
    func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// True when the server has said something (or closed) within `timeout` seconds; nothing is consumed.
    func isReadable(timeout: Double) -> Bool {
        if !buffered.isEmpty { return true }
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, Int32(max(0, timeout * 1000))) > 0
    }

    /// Reads some bytes within `timeout` seconds: nil on timeout, empty at end of stream (or a reset).
    private func receive(timeout: Double) -> [UInt8]? {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(max(0, timeout * 1000)))
        guard ready > 0 else { return nil }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        return count <= 0 ? [] : Array(chunk[0..<count])
    }

    /// Reads one whole response (a Content-Length body, or up to the close), or nil when none came
    /// within `timeout` seconds.
    func readResponse(timeout: Double = 15) -> RawResponse? {
        let deadline = Date().addingTimeInterval(timeout)
        func more() -> Bool {
            guard let chunk = receive(timeout: deadline.timeIntervalSinceNow), !chunk.isEmpty else { return false }
            buffered += chunk
            return true
        }
        var headEnd: Int?
        while headEnd == nil {
            headEnd = Self.find([13, 10, 13, 10], in: buffered)
            if headEnd == nil, !more() { return nil }
        }
        let head = String(decoding: buffered[0..<headEnd!], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        var headers: [(String, String)] = []
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        buffered.removeFirst(headEnd! + 4)
        var response = RawResponse(status: status, headers: headers, body: [])
        if status == 100 { return readResponse(timeout: deadline.timeIntervalSinceNow) }
        if let length = response.header("Content-Length").flatMap(Int.init) {
            while buffered.count < length, more() {}
            response.body = Array(buffered.prefix(length))
            buffered.removeFirst(min(length, buffered.count))
        } else {
            while more() {}
            response.body = buffered
            buffered = []
        }
        return response
    }

    /// True when the server closes the connection within `timeout` seconds (unread bytes are skipped).
    func isClosedByServer(timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while deadline.timeIntervalSinceNow > 0 {
            guard let chunk = receive(timeout: deadline.timeIntervalSinceNow) else { return false }
            if chunk.isEmpty { return true }
        }
        return false
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<start + needle.count]) == needle { return start }
        }
        return nil
    }
}

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
            ["--data", data, "--keys", keys, "--listen", listen, "--min-fill-seconds", "0", "--origin", "e2e.candor.example/intake"]
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

/// An inspector key pair made with `candor-inspect keygen`, and a signer of requests with it.
struct TestInspector {
    let name: String
    let keyFile: String
    let signer: RequestSigner

    /// Makes `name`'s key in `folder`, puts its public key in `keys`.
    init(name: String, folder: String, keys: String) throws {
        self.name = name
        keyFile = "\(folder)/\(name).candor-key"
        let made = try Binaries.run("candor-inspect", ["keygen", "--name", name, "--out", keyFile], in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        try made.stdout.write(toFile: "\(keys)/\(name).pub", atomically: true, encoding: .utf8)
        let passphrase = SecureBytes(Array(Binaries.environment["CANDOR_PASSPHRASE"]!.utf8))
        signer = RequestSigner(key: try KeyFile.load(path: keyFile, passphrase: passphrase))
    }

    func headers(_ method: String, _ target: String, body: [UInt8] = []) -> [(String, String)] {
        signer.headers(method: method, target: target, body: body)
    }
}

/// The proof of work of the API, solved on the client (ProofOfWork.swift in Web).
enum ClientProofOfWork {
    static func leadingZeroBits(challenge: String, counter: UInt64) -> Int {
        var input = Array(challenge.utf8)
        withUnsafeBytes(of: counter.bigEndian) { input.append(contentsOf: $0) }
        let hash = try! GenericHash.hash(input)
        var bits = 0
        for byte in hash {
            if byte == 0 {
                bits += 8
                continue
            }
            bits += byte.leadingZeroBitCount
            break
        }
        return bits
    }

    static func solve(_ challenge: String) -> UInt64 {
        let difficulty = challenge.split(separator: ".").first.flatMap { Int($0) } ?? 0
        var counter: UInt64 = 0
        while leadingZeroBits(challenge: challenge, counter: counter) < difficulty { counter += 1 }
        return counter
    }

    /// A counter that does not reach the challenge's difficulty.
    static func failing(_ challenge: String) -> UInt64 {
        let difficulty = challenge.split(separator: ".").first.flatMap { Int($0) } ?? 0
        var counter: UInt64 = 1
        while leadingZeroBits(challenge: challenge, counter: counter) >= difficulty { counter += 1 }
        return counter
    }
}

/// Every file under `folder`, relative path to bytes: a snapshot to compare, or to scan.
func snapshot(_ folder: String) -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return files }
    while let relative = walker.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let path = folder + "/" + relative
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let data = FileManager.default.contents(atPath: path)
        else { continue }
        files[relative] = Array(data)
    }
    return files
}
