import Foundation
import Testing

@testable import HTTP
@testable import HTTPServing

#if canImport(Glibc)
    import Glibc
#endif

/// A server on a free loopback port (port 0), with the test router unless told otherwise.
final class TestServer: @unchecked Sendable {
    let server: HTTPServer
    let port: UInt16

    init(
        router: Router = TestRoutes.router(), address: HTTPServer.Address = .tcp(host: "127.0.0.1", port: 0),
        _ configure: (inout HTTPServer.Configuration) -> Void = { _ in }
    ) throws {
        var configuration = HTTPServer.Configuration()
        // Short enough that a test waiting on a timeout stays fast, long enough for a loaded 2-core machine.
        configuration.headerTimeout = .seconds(5)
        configuration.bodyTimeout = .seconds(5)
        configuration.lingerTimeout = .milliseconds(500)
        configure(&configuration)
        server = HTTPServer(address: address, router: router, configuration: configuration)
        try server.start()
        port = server.port ?? 0
    }

    func client() throws -> RawClient { try RawClient(port: port) }

    /// Sends one request on a new connection and returns the response.
    func request(_ text: String) throws -> TestResponse {
        let client = try client()
        try client.send(text)
        return try #require(try client.readResponse())
    }

    /// A normal request on a new connection gets its normal answer: the server survived what came before.
    func expectHealthy(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let response = try request("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
        #expect(response.status == 200, sourceLocation: sourceLocation)
        #expect(response.text == "hello", sourceLocation: sourceLocation)
    }

    func stop() { server.shutdown(timeout: .seconds(2)) }
}

struct TestResponse {
    var status: Int
    var headers: HTTPHeaders
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A client on a raw socket, so tests can send any bytes at all, malformed ones first.
final class RawClient {
    let fd: Int32
    private var buffer: [UInt8] = []

    init(port: UInt16) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        try Self.check(result, "connect")
        setTimeouts()
    }

    init(unixPath: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: unixPath.utf8) }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        try Self.check(result, "connect")
        setTimeouts()
    }

    deinit { close(fd) }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    private static func check(_ result: Int32, _ what: String) throws {
        if result != 0 { throw Failure(description: "\(what): errno \(errno)") }
    }

    /// No test hangs: a read that waits 5 s fails.
    private func setTimeouts() {
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL))
            }
            guard count > 0 else { throw Failure(description: "send: errno \(errno)") }
            offset += count
        }
    }

    /// Sends without failing when the server already closed: hostile tests may be answered early.
    func sendIgnoringErrors(_ bytes: [UInt8]) { try? send(bytes) }

    /// Reads more bytes; false at end of stream (or reset).
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if count < 0 {
            if errno == EAGAIN || errno == EWOULDBLOCK { throw Failure(description: "read timed out") }
            return false
        }
        buffer += chunk[0..<count]
        return count > 0
    }

    /// The next response (status, headers, Content-Length body); nil when the stream ends first.
    /// `headRequest`: the response to a HEAD has a Content-Length but no body.
    func readResponse(headRequest: Bool = false) throws -> TestResponse? {
        var end: Int?
        while true {
            end = buffer.indices.dropLast(3).first {
                buffer[$0] == 13 && buffer[$0 + 1] == 10 && buffer[$0 + 2] == 13 && buffer[$0 + 3] == 10
            }
            if end != nil { break }
            guard try fill() else { return nil }
        }
        let head = String(decoding: buffer[0..<end!], as: UTF8.self)
        buffer.removeFirst(end! + 4)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw Failure(description: "bad status line in \(head)")
        }
        var headers = HTTPHeaders()
        for line in lines {
            let parts = line.split(separator: ":", maxSplits: 1)
            headers.add(String(parts[0]), parts.count > 1 ? String(parts[1].drop { $0 == " " }) : "")
        }
        let length = headRequest || status == 100 ? 0 : Int(headers["Content-Length"] ?? "0") ?? 0
        while buffer.count < length {
            guard try fill() else { throw Failure(description: "the body ended early") }
        }
        let body = Array(buffer[0..<length])
        buffer.removeFirst(length)
        return TestResponse(status: status, headers: headers, body: body)
    }

    /// True when the server closed the connection (end of stream or reset) with nothing more to read.
    func isClosedByServer() -> Bool {
        guard buffer.isEmpty else { return false }
        return (try? fill()) == false
    }
}

/// The routes most server tests use.
enum TestRoutes {
    struct SecretError: Error, CustomStringConvertible {
        var description: String { "secret database password 12345" }
    }

    static func router() -> Router {
        var router = Router()
        router.route(.get, "/") { _ in .text("hello") }
        router.route(.post, "/echo") { request in .bytes(try request.body.readAll(), contentType: "text/plain") }
        router.route(.post, "/small", maxBodyBytes: 16) { request in
            .bytes(try request.body.readAll(), contentType: "text/plain")
        }
        router.route(.post, "/large", maxBodyBytes: 8 << 20) { request in
            var count = 0
            while let chunk = try request.body.read(upTo: 64 * 1024) { count += chunk.count }
            return .text("\(count)")
        }
        router.route(.get, "/throws") { _ in throw SecretError() }
        router.route(.get, prefix: "/static/") { request in .text("static " + request.path) }
        router.route(.post, "/form") { request in
            .text(try request.form().map { "\($0.0)=\($0.1)" }.joined(separator: ";"))
        }
        router.route(.post, "/upload", maxBodyBytes: 8 << 20) { request in
            let reader = try request.multipart()
            var summary: [String] = []
            while let part = try reader.nextPart() {
                var count = 0
                while let chunk = try part.read(upTo: 32 * 1024) { count += chunk.count }
                summary.append("\(part.name):\(part.filename ?? "-"):\(count)")
            }
            return .text(summary.joined(separator: ","))
        }
        return router
    }
}

/// Polls `condition` until it holds or `timeout` passes.
func eventually(timeout: Duration = .seconds(3), _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if try condition() { return true }
        usleep(10_000)
    }
    return try condition()
}
