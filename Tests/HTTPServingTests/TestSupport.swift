import Foundation
import TestSupport
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

/// A shared `RawConnection` with these tests' limits: a send or a wait for the close that takes 5 s
/// fails, and so does a response that has not come in 10 s (twice the server's header and body
/// timeouts, which some hostile requests wait out). The responses of a keep-alive stream are read one
/// at a time, a 100 Continue among them.
final class RawClient {
    let connection: RawConnection

    init(port: UInt16) throws { connection = try RawConnection(port: port, sendTimeout: 5) }

    init(unixPath: String) throws { connection = try RawConnection(unixPath: unixPath, sendTimeout: 5) }

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) throws {
        guard connection.send(bytes) else { throw RawConnection.Failure("send: errno \(errno)") }
    }

    /// Sends without failing when the server already closed: hostile tests may be answered early.
    func sendIgnoringErrors(_ bytes: [UInt8]) { try? send(bytes) }

    /// The next response (status, headers, Content-Length body); nil when the stream ends first.
    /// `headRequest`: the response to a HEAD has a Content-Length but no body.
    func readResponse(headRequest: Bool = false) throws -> TestResponse? {
        guard let raw = try connection.nextResponse(timeout: 10, headRequest: headRequest, keepsInterim: true) else {
            return nil
        }
        var headers = HTTPHeaders()
        for (name, value) in raw.headers { headers.add(name, value) }
        return TestResponse(status: raw.status, headers: headers, body: raw.body)
    }

    /// True when the server closed the connection (end of stream or reset) with nothing more to read.
    func isClosedByServer() -> Bool { connection.isClosedByServer(timeout: 5, skippingUnread: false) }
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
