import Foundation
import Synchronization
import Testing

@testable import HTTP
@testable import HTTPServing

@Suite("Server: keep-alive, pipelining, bodies, limits")
struct HTTPServerTests {
    @Test func severalRequestsShareOneKeepAliveConnection() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        for index in 0..<5 {
            try client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 7\r\n\r\nhello \(index)")
            let response = try #require(try client.readResponse())
            #expect(response.status == 200)
            #expect(response.text == "hello \(index)")
            #expect(response.headers["Connection"] == nil)
        }
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send(
            "GET / HTTP/1.1\r\nHost: test\r\n\r\n"
                + "POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 3\r\n\r\none"
                + "POST /echo HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n3\r\ntwo\r\n0\r\n\r\n"
                + "GET /static/x.css HTTP/1.1\r\nHost: test\r\n\r\n"
                + "GET / HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
        let texts = try (0..<5).map { _ in try #require(try client.readResponse()).text }
        #expect(texts == ["hello", "one", "two", "static /static/x.css", "hello"])
        #expect(client.isClosedByServer())
    }

    @Test func anUnreadBodyIsSkippedSoTheNextRequestIsReadRight() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        // GET / ignores its body; the body must not be read as the next request.
        try client.send("GET / HTTP/1.1\r\nHost: test\r\nContent-Length: 25\r\n\r\nGET /nothing HTTP/1.1\r\n\r\n")
        try client.send("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
        #expect(try client.readResponse()?.text == "hello")
        #expect(try client.readResponse()?.text == "hello")
    }

    @Test(arguments: [
        ("5\r\nhello\r\n0\r\n\r\n", "hello"),
        ("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", "hello world"),
        ("5;name=value\r\nhello\r\n0\r\n\r\n", "hello"),
        ("5 ; name=\"quoted value\"\r\nhello\r\n0\r\n\r\n", "hello"),
        ("A\r\n0123456789\r\n0\r\nX-Trailer: ignored\r\n\r\n", "0123456789"),
        ("0\r\n\r\n", ""),
        ("00005\r\nhello\r\n000\r\n\r\n", "hello"),
    ])
    func chunkedBodiesAreDecoded(chunked: String, expected: String) throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("POST /echo HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked)
        let response = try #require(try client.readResponse())
        #expect(response.status == 200)
        #expect(response.text == expected)
        try client.send("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
        #expect(try client.readResponse()?.text == "hello", "the connection stays usable after a chunked body")
    }

    @Test func eachRouteHasItsOwnBodyLimit() throws {
        let server = try TestServer()
        defer { server.stop() }
        let body = String(repeating: "x", count: 100_000)
        let small = try server.request("POST /small HTTP/1.1\r\nHost: test\r\nContent-Length: 100000\r\n\r\n" + body)
        #expect(small.status == 413)
        #expect(small.text.contains("16 bytes"))
        let large = try server.request("POST /large HTTP/1.1\r\nHost: test\r\nContent-Length: 100000\r\n\r\n" + body)
        #expect(large.status == 200)
        #expect(large.text == "100000")
        let chunked = try server.request(
            "POST /small HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n\r\n"
                + String(repeating: "8\r\n12345678\r\n", count: 3) + "0\r\n\r\n")
        #expect(chunked.status == 413, "chunks that add up past the limit")
        try server.expectHealthy()
    }

    @Test func aLargeUploadStreamsThroughTheBody() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        let size = 3 << 20
        try client.send("POST /large HTTP/1.1\r\nHost: test\r\nContent-Length: \(size)\r\n\r\n")
        try client.send([UInt8](repeating: 0x61, count: size))
        #expect(try client.readResponse()?.text == "\(size)")
    }

    @Test func http10ClosesUnlessAskedToKeepAlive() throws {
        let server = try TestServer()
        defer { server.stop() }
        let plain = try server.client()
        try plain.send("GET / HTTP/1.0\r\n\r\n")
        let first = try #require(try plain.readResponse())
        #expect(first.status == 200)
        #expect(first.headers["Connection"] == "close")
        #expect(plain.isClosedByServer())

        let kept = try server.client()
        try kept.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(try kept.readResponse()?.headers["Connection"] == "keep-alive")
        try kept.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(try kept.readResponse()?.text == "hello")
    }

    @Test func connectionCloseIsHonoured() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
        #expect(try client.readResponse()?.headers["Connection"] == "close")
        #expect(client.isClosedByServer())
    }

    @Test func aConnectionClosesAfterItsShareOfRequests() throws {
        let server = try TestServer { $0.maxRequestsPerConnection = 2 }
        defer { server.stop() }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
        #expect(try client.readResponse()?.headers["Connection"] == nil)
        try client.send("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
        #expect(try client.readResponse()?.headers["Connection"] == "close")
        #expect(client.isClosedByServer())
    }

    @Test func headGetsTheHeadersOfGetWithoutTheBody() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("HEAD / HTTP/1.1\r\nHost: test\r\n\r\n")
        let response = try #require(try client.readResponse(headRequest: true))
        #expect(response.status == 200)
        #expect(response.headers["Content-Length"] == "5")
        try client.send("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
        #expect(try client.readResponse()?.text == "hello", "no body bytes were sent after the HEAD response")
    }

    @Test func aClientWaitingFor100ContinueIsToldToSend() throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        try client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
        #expect(try client.readResponse()?.status == 100)
        try client.send("hello")
        #expect(try client.readResponse()?.text == "hello")
        // Over the limit, the client is answered 413 at once and never told to send.
        try client.send("POST /small HTTP/1.1\r\nHost: test\r\nContent-Length: 500\r\nExpect: 100-continue\r\n\r\n")
        #expect(try client.readResponse()?.status == 413)
    }

    @Test func responsesCarryNoDateNoServerAndTheApplicationsHeaders() throws {
        var router = TestRoutes.router()
        router.defaultHeaders = ["X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'self'"]
        router.errorPage = { status, request in
            .html("<p>lỗi \(status.code) \(request?.route ?? "no route")</p>")
        }
        let server = try TestServer(router: router)
        defer { server.stop() }
        let ok = try server.request("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
        #expect(ok.headers["Date"] == nil)
        #expect(ok.headers["Server"] == nil)
        #expect(ok.headers["X-Content-Type-Options"] == "nosniff")
        let missing = try server.request("GET /nope HTTP/1.1\r\nHost: test\r\n\r\n")
        #expect(missing.status == 404)
        #expect(missing.text == "<p>lỗi 404 no route</p>")
        #expect(missing.headers["Content-Security-Policy"] == "default-src 'self'")
        let malformed = try server.request("GET / HTTP/1.1\r\n\r\n")
        #expect(malformed.status == 400)
        #expect(malformed.text == "<p>lỗi 400 no route</p>")
        let tooLarge = try server.request("POST /small HTTP/1.1\r\nHost: test\r\nContent-Length: 99\r\n\r\n")
        #expect(tooLarge.text == "<p>lỗi 413 /small</p>")
    }

    @Test func aHeaderThatWouldSplitTheResponseBecomesA500() throws {
        var router = Router()
        router.route(.get, "/") { _ in .text("hello") }
        router.route(.get, "/split") { _ in .redirect(to: "/x\r\nSet-Cookie: evil=1") }
        let server = try TestServer(router: router)
        defer { server.stop() }
        let response = try server.request("GET /split HTTP/1.1\r\nHost: test\r\n\r\n")
        #expect(response.status == 500)
        #expect(response.headers["Set-Cookie"] == nil)
        #expect(response.headers["Connection"] == "close")
        try server.expectHealthy()
    }

    @Test func theServerOwnsTheFraming() throws {
        var router = Router()
        router.route(.get, "/") { _ in
            HTTPResponse(
                status: .ok, headers: ["Content-Length": "1", "Transfer-Encoding": "chunked", "Connection": "close"],
                body: Array("hello".utf8))
        }
        let server = try TestServer(router: router)
        defer { server.stop() }
        let client = try server.client()
        try client.send("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
        let response = try #require(try client.readResponse())
        #expect(response.text == "hello")
        #expect(response.headers.values(for: "Content-Length") == ["5"])
        #expect(response.headers["Transfer-Encoding"] == nil)
        try client.send("GET / HTTP/1.1\r\nHost: test\r\n\r\n")
        #expect(try client.readResponse()?.text == "hello")
    }

    @Test func theAccessLogSeesMethodRouteAndStatusOnly() throws {
        let entries = Mutex<[HTTPAccessLogEntry]>([])
        let server = try TestServer { $0.accessLog = { entry in entries.withLock { $0.append(entry) } } }
        defer { server.stop() }
        _ = try server.request("GET /static/token-7K2Q-MX9D HTTP/1.1\r\nHost: test\r\n\r\n")
        _ = try server.request("GET /nope HTTP/1.1\r\nHost: test\r\n\r\n")
        _ = try server.request("BAD\r\n\r\n")
        #expect(eventually { entries.withLock { $0.count } == 3 })
        let logged = entries.withLock { $0 }
        #expect(logged[0] == HTTPAccessLogEntry(method: .get, route: "/static/", status: .ok))
        #expect(logged[1] == HTTPAccessLogEntry(method: .get, route: nil, status: .notFound))
        #expect(logged[2] == HTTPAccessLogEntry(method: nil, route: nil, status: .badRequest))
    }

    @Test func aFormIsParsed() throws {
        let server = try TestServer()
        defer { server.stop() }
        let body = "ho+ten=Nguy%E1%BB%85n&tinh=H%C3%A0+N%E1%BB%99i"
        let response = try server.request(
            "POST /form HTTP/1.1\r\nHost: test\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: \(body.utf8.count)\r\n\r\n" + body)
        #expect(response.text == "ho ten=Nguyễn;tinh=Hà Nội")
        let wrongType = try server.request(
            "POST /form HTTP/1.1\r\nHost: test\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\na=b")
        #expect(wrongType.status == 415)
    }

    @Test func aMultipartUploadIsStreamedThroughTheServer() throws {
        let server = try TestServer()
        defer { server.stop() }
        let file = [UInt8](repeating: 0x2D, count: 1 << 20)  // all dashes: as close to a boundary as it gets
        // As a browser sends it (HTTPTests' MultipartFixture builds the same bytes).
        let boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW"
        let body =
            Array(
                ("--\(boundary)\r\nContent-Disposition: form-data; name=\"mo_ta\"\r\n\r\nCán bộ đòi tiền\r\n"
                    + "--\(boundary)\r\nContent-Disposition: form-data; name=\"tep\"; filename=\"bien-lai.jpg\"\r\n"
                    + "Content-Type: image/jpeg\r\n\r\n").utf8) + file + Array("\r\n--\(boundary)--\r\n".utf8)
        let client = try server.client()
        try client.send(
            "POST /upload HTTP/1.1\r\nHost: test\r\n"
                + "Content-Type: multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW\r\n"
                + "Content-Length: \(body.count)\r\n\r\n")
        try client.send(body)
        let response = try #require(try client.readResponse())
        #expect(response.status == 200)
        #expect(response.text == "mo_ta:-:\("Cán bộ đòi tiền".utf8.count),tep:bien-lai.jpg:\(1 << 20)")
    }

    @Test func listeningOnIPv6LoopbackWorksWhenTheMachineHasIt() throws {
        let server = HTTPServer(address: .tcp(host: "::1", port: 0), router: TestRoutes.router())
        do {
            try server.start()
        } catch {
            return  // no IPv6 in this sandbox
        }
        defer { server.shutdown() }
        #expect((server.port ?? 0) > 0)
    }

    @Test func anAddressThatIsNotALiteralIsRefusedAndTheServerStaysStopped() {
        let server = HTTPServer(address: .tcp(host: "localhost", port: 0), router: Router())
        #expect(throws: HTTPError.self) { try server.start() }
        server.wait()  // returns at once: a server that failed to start is stopped
        server.shutdown()
    }

    @Test func aPortInUseIsRefused() throws {
        let first = try TestServer()
        defer { first.stop() }
        let second = HTTPServer(address: .tcp(host: "127.0.0.1", port: first.port), router: Router())
        #expect(throws: HTTPError.self) { try second.start() }
    }
}
