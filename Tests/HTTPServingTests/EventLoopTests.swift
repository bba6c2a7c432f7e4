import Foundation
import Testing

@testable import HTTP
@testable import HTTPServing

#if canImport(Glibc)
    import Glibc
#endif

/// Slow and idle clients (slowloris) against the event loop: they hold no worker thread, and no slot
/// for longer than a bounded total time (SECURITY.md, M3).
@Suite("Event loop: slow clients hold no worker and no slot for long", .serialized)
struct EventLoopTests {
    /// Three kinds of slow client, 100 of each: a head that trickles, a keep-alive connection left idle,
    /// a small body that trickles. With the server's defaults and only 4 worker threads, a good client
    /// is still served at once: none of them holds a thread while it dawdles.
    @Test func slowClientsHoldNoWorkerAndAGoodClientIsServed() throws {
        let server = try TestServer { $0.maxWorkerThreads = 4 }
        defer { server.stop() }
        var slow: [RawClient] = []
        for index in 0..<300 {
            guard let client = try? server.client() else { break }
            switch index % 3 {
            case 0: client.sendIgnoringErrors(Array("GET / HTTP/1.1\r\nHost: te".utf8))
            case 1:
                client.sendIgnoringErrors(Array("GET / HTTP/1.1\r\nHost: test\r\n\r\n".utf8))
                _ = try? client.readResponse()
            default:
                client.sendIgnoringErrors(
                    Array("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 900\r\n\r\nab".utf8))
            }
            slow.append(client)
        }
        for index in slow.indices where index % 3 != 1 { slow[index].sendIgnoringErrors([UInt8(ascii: "x")]) }
        for _ in 0..<5 {
            let start = ContinuousClock.now
            let response = try server.request("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
            #expect(response.status == 200)
            #expect(ContinuousClock.now - start < .seconds(1))
        }
        #expect(slow.count == 300)
    }

    /// One small request now and then keeps a connection busy enough never to be idle for long; its
    /// lifetime still ends it.
    @Test func aTrickleOfRequestsOnOneConnectionIsCutAfterItsLifetime() throws {
        let server = try TestServer {
            $0.maxConnectionLifetime = .seconds(1)
            $0.keepAliveTimeout = .milliseconds(600)
        }
        defer { server.stop() }
        let client = try server.client()
        let start = ContinuousClock.now
        var closed = false
        while !closed, ContinuousClock.now - start < .seconds(4) {
            guard (try? client.send("GET / HTTP/1.1\r\nHost: test\r\n\r\n")) != nil,
                let response = try? client.readResponse()
            else {
                closed = true
                break
            }
            #expect(response.status == 200)
            if response.headers["Connection"] == "close" {
                closed = client.isClosedByServer()
                break
            }
            usleep(200_000)
        }
        let elapsed = ContinuousClock.now - start
        #expect(closed)
        #expect(elapsed >= .milliseconds(900))
        #expect(elapsed < .seconds(2))
    }

    /// Large bodies that are streamed slowly by workers take at most half of them: small requests are
    /// still served at once.
    @Test func slowLargeBodiesHoldAtMostHalfTheWorkers() throws {
        let server = try TestServer {
            $0.maxWorkerThreads = 4
            $0.bodyBufferBytes = 1024
        }
        defer { server.stop() }
        var uploads: [RawClient] = []
        for _ in 0..<4 {
            let client = try server.client()
            try client.send("POST /large HTTP/1.1\r\nHost: test\r\nContent-Length: 1000000\r\n\r\n")
            try client.send(Array(repeating: 0x61, count: 2048))
            uploads.append(client)
        }
        usleep(200_000)
        for _ in 0..<3 {
            let start = ContinuousClock.now
            let response = try server.request("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
            #expect(response.status == 200)
            #expect(ContinuousClock.now - start < .seconds(1))
        }
        #expect(uploads.count == 4)
    }

    /// A body declared larger than its route accepts is refused at once, without waiting for its bytes.
    @Test func aBodyOverTheRoutesLimitIs413AtOnce() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        let start = ContinuousClock.now
        try client.send("POST /small HTTP/1.1\r\nHost: test\r\nContent-Length: 100000\r\n\r\nabc")
        let response = try #require(try client.readResponse())
        #expect(response.status == 413)
        #expect(ContinuousClock.now - start < .seconds(1))
    }

    /// A body that keeps the minimum pace still ends at `maxTransferDuration`.
    @Test func aBodyThatKeepsThePaceStillEndsAtTheTransferLimit() throws {
        let server = try TestServer {
            $0.bodyTimeout = .milliseconds(200)
            $0.minimumBytesPerSecond = 1
            $0.maxTransferDuration = .milliseconds(800)
        }
        defer { server.stop() }
        let client = try server.client()
        let start = ContinuousClock.now
        try client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 100\r\n\r\n")
        // One byte every 50 ms: far above 1 byte a second, so only the total limit can end it.
        for _ in 0..<60 {
            guard (try? client.send([0x61])) != nil else { break }
            usleep(50_000)
            if ContinuousClock.now - start > .milliseconds(1500) { break }
        }
        let response = try #require(try client.readResponse())
        let elapsed = ContinuousClock.now - start
        #expect(response.status == 408)
        #expect(elapsed >= .milliseconds(750))
        #expect(elapsed < .seconds(2))
    }
}
