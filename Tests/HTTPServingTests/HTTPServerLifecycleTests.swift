import Foundation
import Synchronization
import Testing

@testable import HTTP
@testable import HTTPServing

/// Timing tests run one at a time: on a loaded 2-core machine, parallel servers would blur the deadlines.
@Suite("Server: timeouts, connection limit, shutdown, Unix sockets", .serialized)
struct HTTPServerLifecycleTests {
    /// Every connection's memory is freed once it closes, however it ends: a reference cycle between a
    /// connection and its input buffer once kept all of them (16 KiB each), so a client that kept
    /// reconnecting could grow the server without bound.
    @Test func closedConnectionsAreFreed() throws {
        let server = try TestServer()
        defer { server.stop() }
        for round in 0..<60 {
            let client = try server.client()
            switch round % 3 {
            case 0: try client.send("GET / HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
            case 1: try client.send("GET / HTTP/1.1\r\nHost: test\r\n\r\n")  // keep-alive, then the client leaves
            default: try client.send("BROKEN\r\n\r\n")  // a 400 that closes the connection
            }
            _ = try client.readResponse()
        }
        let freed = eventually(timeout: .seconds(5)) {
            server.server.liveConnectionObjects.load(ordering: .relaxed) == 0 && server.server.connectionCount == 0
        }
        #expect(
            freed, "connection objects still alive: \(server.server.liveConnectionObjects.load(ordering: .relaxed))")
        try server.expectHealthy()
    }

    @Test func aHeaderTrickleGets408WithinTheHeaderDeadline() throws {
        let server = try TestServer { $0.headerTimeout = .milliseconds(300) }
        defer { server.stop() }
        let client = try server.client()
        let start = ContinuousClock.now
        try client.send("GET / HTTP/1.1\r\n")
        // One byte every 50 ms: each read is quick, but the head as a whole is not.
        for byte in "X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaa".utf8 {
            guard (try? client.send([byte])) != nil else { break }
            if ContinuousClock.now - start > .seconds(2) { break }
            usleep(50_000)
            if ContinuousClock.now - start > .milliseconds(400) { break }
        }
        let response = try #require(try client.readResponse())
        let elapsed = ContinuousClock.now - start
        #expect(response.status == 408)
        #expect(response.headers["Connection"] == "close")
        #expect(elapsed >= .milliseconds(290))
        #expect(elapsed < .seconds(2))
        try server.expectHealthy()
    }

    @Test func aSlowBodyGets408() throws {
        let server = try TestServer {
            $0.bodyTimeout = .milliseconds(300)
            $0.minimumBytesPerSecond = 1000
        }
        defer { server.stop() }
        let client = try server.client()
        let start = ContinuousClock.now
        try client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 100\r\n\r\n")
        // 20 bytes a second: the deadline grows 1 ms per byte received, far slower than time passes.
        for _ in 0..<20 {
            guard (try? client.send([0x61])) != nil else { break }
            usleep(50_000)
            if ContinuousClock.now - start > .milliseconds(500) { break }
        }
        let response = try #require(try client.readResponse())
        let elapsed = ContinuousClock.now - start
        #expect(response.status == 408)
        #expect(elapsed >= .milliseconds(290))
        #expect(elapsed < .seconds(2))
        try server.expectHealthy()
    }

    @Test func aBodyThatStopsGets408() throws {
        let server = try TestServer { $0.bodyTimeout = .milliseconds(200) }
        defer { server.stop() }
        let response = try server.request("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 10\r\n\r\nabc")
        #expect(response.status == 408)
    }

    @Test func anIdleKeepAliveConnectionIsClosedQuietly() throws {
        let server = try TestServer { $0.keepAliveTimeout = .milliseconds(200) }
        defer { server.stop() }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
        #expect(try client.readResponse()?.status == 200)
        let start = ContinuousClock.now
        #expect(client.isClosedByServer(), "closed without a response")
        #expect(ContinuousClock.now - start < .seconds(2))
    }

    @Test func connectionsOverTheLimitGet503WithRetryAfter() throws {
        let server = try TestServer {
            $0.maxConnections = 2
            $0.retryAfterSeconds = 7
        }
        defer { server.stop() }
        var busy = try (0..<2).map { _ in try server.client() }
        for client in busy {
            try client.send("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
            #expect(try client.readResponse()?.status == 200)
        }
        let refused = try server.client()
        try refused.send("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
        let response = try #require(try refused.readResponse())
        #expect(response.status == 503)
        #expect(response.headers["Retry-After"] == "7")
        #expect(response.headers["Connection"] == "close")
        #expect(!response.text.isEmpty)
        #expect(refused.isClosedByServer())
        // A slot frees up when a connection ends.
        busy.removeFirst()
        #expect(eventually { (try? server.request("GET / HTTP/1.1\r\nHost: test\r\n\r\n"))?.status == 200 })
    }

    @Test func shutdownLetsARequestInFlightFinish() throws {
        let handlerStarted = DispatchSemaphore(value: 0)
        var router = TestRoutes.router()
        router.route(.get, "/slow") { _ in
            handlerStarted.signal()
            usleep(300_000)
            return .text("finished")
        }
        let server = try TestServer(router: router)
        let idle = try server.client()
        try idle.send("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
        #expect(try idle.readResponse()?.status == 200)

        let slow = try server.client()
        try slow.send("GET /slow HTTP/1.1\r\nHost: test\r\n\r\n")
        handlerStarted.wait()
        let start = ContinuousClock.now
        server.stop()
        let elapsed = ContinuousClock.now - start
        let response = try #require(try slow.readResponse())
        #expect(response.text == "finished")
        #expect(response.headers["Connection"] == "close")
        #expect(elapsed >= .milliseconds(200), "shutdown waited for the request")
        #expect(elapsed < .seconds(2))
        #expect(idle.isClosedByServer(), "the idle keep-alive connection was closed")
        #expect(throws: (any Error).self) { try server.request("GET / HTTP/1.1\r\nHost: test\r\n\r\n") }
    }

    @Test func shutdownCutsARequestThatOutlivesItsTimeout() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 10\r\n\r\nabc")
        #expect(eventually { server.server.connectionCount == 1 })
        let start = ContinuousClock.now
        server.server.shutdown(timeout: .milliseconds(200))
        let elapsed = ContinuousClock.now - start
        #expect(elapsed >= .milliseconds(190))
        #expect(elapsed < .seconds(2))
        #expect(try client.readResponse() == nil, "the connection was cut, not answered")
    }

    @Test func aRequestAlreadySentWhenShutdownBeginsIsStillServed() throws {
        let server = try TestServer()
        let client = try server.client()
        #expect(eventually { server.server.connectionCount == 1 })
        try client.send("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
        server.stop()
        // Served before or after shutdown began (with Connection: close then), never dropped.
        let response = try #require(try client.readResponse())
        #expect(response.text == "hello")
        #expect(client.isClosedByServer())
    }

    @Test func waitReturnsOnceShutdownIsDone() throws {
        let server = try TestServer()
        let waited = DispatchSemaphore(value: 0)
        let thread = Thread {
            server.server.wait()
            waited.signal()
        }
        thread.start()
        #expect(waited.wait(timeout: .now() + 0.1) == .timedOut)
        server.stop()
        #expect(waited.wait(timeout: .now() + 2) == .success)
        server.stop()  // a second shutdown is harmless
    }

    @Test func aUnixSocketServesWithGroupPermissionsAndReplacesAStaleFile() throws {
        let path = NSTemporaryDirectory() + "candor-http-\(UUID().uuidString.prefix(8)).sock"
        defer { unlink(path) }
        try makeStaleSocket(at: path)
        let server = try TestServer(address: .unix(path: path))
        var status = stat()
        #expect(lstat(path, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o660)
        let client = try RawClient(unixPath: path)
        try client.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(try client.readResponse()?.text == "hello")
        #expect(server.server.port == nil)

        let second = HTTPServer(address: .unix(path: path), router: Router())
        #expect(throws: HTTPError.self, "a live socket is not stale") { try second.start() }
        server.stop()
        #expect(lstat(path, &status) != 0, "shutdown removed the socket file")
    }

    @Test func aUnixSocketPathHoldingAFileIsRefused() throws {
        let path = NSTemporaryDirectory() + "candor-http-\(UUID().uuidString.prefix(8)).sock"
        defer { unlink(path) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data("keep me".utf8)))
        let server = HTTPServer(address: .unix(path: path), router: Router())
        #expect(throws: HTTPError.self) { try server.start() }
        #expect(FileManager.default.contents(atPath: path) == Data("keep me".utf8))
    }

    /// What a crashed server leaves behind: a socket file nobody listens on.
    private func makeStaleSocket(at path: String) throws {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: path.utf8) }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        #expect(result == 0)
    }
}
