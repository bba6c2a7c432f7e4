import Foundation
import Testing

@testable import HTTP
@testable import HTTPServing

/// A malformed or hostile request, the status it must get, and whether the server must close after it.
struct HostileRequest: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let status: Int
    let closes: Bool

    init(_ name: String, _ text: String, _ status: Int, closes: Bool = true) {
        self.init(name, Array(text.utf8), status, closes: closes)
    }

    init(_ name: String, _ bytes: [UInt8], _ status: Int, closes: Bool = true) {
        self.name = name
        self.bytes = bytes
        self.status = status
        self.closes = closes
    }

    var testDescription: String { name }

    static let host = "Host: test\r\n"

    static let all: [HostileRequest] = [
        // The request line.
        .init("bare LF line endings", "GET / HTTP/1.1\nHost: test\n\n", 400),
        .init("bare CR in the request line", "GET /\r HTTP/1.1\r\n\(host)\r\n", 400),
        .init("invalid method token", "G(T / HTTP/1.1\r\n\(host)\r\n", 400),
        .init("method longer than any", String(repeating: "A", count: 40) + " / HTTP/1.1\r\n\(host)\r\n", 400),
        .init("two spaces in the request line", "GET  / HTTP/1.1\r\n\(host)\r\n", 400),
        .init("HTTP/0.9 request line", "GET /\r\n\r\n", 400),
        .init("HTTP/2.0", "GET / HTTP/2.0\r\n\(host)\r\n", 505),
        .init("HTTP/1.2", "GET / HTTP/1.2\r\n\(host)\r\n", 505),
        .init("malformed version", "GET / HTTX/1.1\r\n\(host)\r\n", 400),
        .init("lowercase version", "GET / http/1.1\r\n\(host)\r\n", 400),
        .init("absolute-form not allowed", "GET http://test/ HTTP/1.1\r\n\(host)\r\n", 400),
        .init("asterisk-form with GET", "GET * HTTP/1.1\r\n\(host)\r\n", 400),
        .init("fragment in the target", "GET /#top HTTP/1.1\r\n\(host)\r\n", 400),
        .init("NUL in the target", [UInt8]("GET /a".utf8) + [0] + Array("b HTTP/1.1\r\n\(host)\r\n".utf8), 400),
        .init("raw UTF-8 in the target", "GET /phản-ánh HTTP/1.1\r\n\(host)\r\n", 400),
        .init("URI too long", "GET /" + String(repeating: "a", count: 3000) + " HTTP/1.1\r\n\(host)\r\n", 414),
        .init("too many empty lines first", "\r\n\r\n\r\n\r\n\r\n\r\nGET / HTTP/1.1\r\n\(host)\r\n", 400),
        // The header section.
        .init("obs-fold", "GET / HTTP/1.1\r\n\(host)X-A: a\r\n  b\r\n\r\n", 400),
        .init("whitespace before the first header", "GET / HTTP/1.1\r\n \(host)\r\n", 400),
        .init("space before a colon", "GET / HTTP/1.1\r\nHost : test\r\n\r\n", 400),
        .init("bare CR in a header", "GET / HTTP/1.1\r\n\(host)X-A: a\rb\r\n\r\n", 400),
        .init(
            "NUL in a header value", [UInt8]("GET / HTTP/1.1\r\n\(host)X-A: a".utf8) + [0] + Array("\r\n\r\n".utf8), 400
        ),
        .init(
            "DEL in a header value", [UInt8]("GET / HTTP/1.1\r\n\(host)X-A: a".utf8) + [0x7F] + Array("\r\n\r\n".utf8),
            400),
        .init("non-ASCII in a header name", "GET / HTTP/1.1\r\n\(host)Hé: x\r\n\r\n", 400),
        .init("empty header name", "GET / HTTP/1.1\r\n\(host): x\r\n\r\n", 400),
        .init("header line without a colon", "GET / HTTP/1.1\r\n\(host)X-A\r\n\r\n", 400),
        .init(
            "invalid UTF-8 in a header value",
            [UInt8]("GET / HTTP/1.1\r\n\(host)X-A: ".utf8) + [0xC3, 0x28] + Array("\r\n\r\n".utf8), 400),
        .init("missing Host on HTTP/1.1", "GET / HTTP/1.1\r\n\r\n", 400),
        .init("two Host headers", "GET / HTTP/1.1\r\n\(host)\(host)\r\n", 400),
        .init("invalid Host", "GET / HTTP/1.1\r\nHost: a b/c\r\n\r\n", 400),
        .init(
            "too many header fields", "GET / HTTP/1.1\r\n\(host)" + String(repeating: "X-A: b\r\n", count: 70) + "\r\n",
            431),
        .init(
            "header section too large",
            "GET / HTTP/1.1\r\n\(host)X-A: " + String(repeating: "b", count: 20_000) + "\r\n\r\n", 431),
        .init("Expect other than 100-continue", "GET / HTTP/1.1\r\n\(host)Expect: coffee\r\n\r\n", 417),
        // Framing and smuggling.
        .init(
            "Content-Length and Transfer-Encoding",
            "POST /echo HTTP/1.1\r\n\(host)Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        .init(
            "conflicting Content-Length headers",
            "POST /echo HTTP/1.1\r\n\(host)Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello!", 400),
        .init(
            "conflicting Content-Length list", "POST /echo HTTP/1.1\r\n\(host)Content-Length: 5, 6\r\n\r\nhello!", 400),
        .init("non-numeric Content-Length", "POST /echo HTTP/1.1\r\n\(host)Content-Length: five\r\n\r\nhello", 400),
        .init("negative Content-Length", "POST /echo HTTP/1.1\r\n\(host)Content-Length: -1\r\n\r\n", 400),
        .init("signed Content-Length", "POST /echo HTTP/1.1\r\n\(host)Content-Length: +5\r\n\r\nhello", 400),
        .init(
            "Content-Length too large to hold",
            "POST /echo HTTP/1.1\r\n\(host)Content-Length: 99999999999999999999\r\n\r\n", 400),
        .init(
            "gzip before chunked", "POST /echo HTTP/1.1\r\n\(host)Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
            501),
        .init(
            "chunked not last", "POST /echo HTTP/1.1\r\n\(host)Transfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n", 400),
        .init(
            "chunked twice",
            "POST /echo HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            400),
        .init(
            "Transfer-Encoding in HTTP/1.0", "POST /echo HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        .init("POST without a length", "POST /echo HTTP/1.1\r\n\(host)\r\nhello", 411),
        .init(
            "chunk size not hex",
            "POST /echo HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n", 400),
        .init(
            "chunk size overflow",
            "POST /echo HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFFFF\r\nhello\r\n0\r\n\r\n",
            400),
        .init(
            "chunk without CRLF after its data",
            "POST /echo HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n", 400),
        .init(
            "chunk extension abuse",
            "POST /echo HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n"
                + String(
                    repeating: "1;aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=b\r\nx\r\n", count: 40
                ) + "0\r\n\r\n", 400),
        .init(
            "malformed chunk extension",
            "POST /echo HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n5;=x\r\nhello\r\n0\r\n\r\n", 400),
        .init(
            "chunk size line with bare LF",
            "POST /echo HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n5\nhello\r\n0\r\n\r\n", 400),
        .init(
            "oversize chunk for the route",
            "POST /small HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n100\r\n"
                + String(repeating: "a", count: 256) + "\r\n0\r\n\r\n", 413),
        .init(
            "malformed trailer", "POST /echo HTTP/1.1\r\n\(host)Transfer-Encoding: chunked\r\n\r\n0\r\nX-T : y\r\n\r\n",
            400),
        .init(
            "Content-Length over the route's limit",
            "POST /small HTTP/1.1\r\n\(host)Content-Length: 100\r\n\r\n" + String(repeating: "a", count: 100), 413),
        // The path.
        .init("dot-dot segment", "GET /static/../secret HTTP/1.1\r\n\(host)\r\n", 400, closes: false),
        .init("encoded dot-dot segment", "GET /static/%2e%2E/secret HTTP/1.1\r\n\(host)\r\n", 400, closes: false),
        .init("encoded slash", "GET /static/a%2Fb HTTP/1.1\r\n\(host)\r\n", 400, closes: false),
        .init("encoded NUL", "GET /static/a%00b HTTP/1.1\r\n\(host)\r\n", 400, closes: false),
        .init("invalid UTF-8 in the path", "GET /static/%C3%28 HTTP/1.1\r\n\(host)\r\n", 400, closes: false),
        .init("bad percent-escape", "GET /static/a%zz HTTP/1.1\r\n\(host)\r\n", 400, closes: false),
        .init("encoded backslash", "GET /static/..%5Csecret HTTP/1.1\r\n\(host)\r\n", 400, closes: false),
        // Routing and handlers.
        .init("unknown path", "GET /nothing-here HTTP/1.1\r\n\(host)\r\n", 404, closes: false),
        .init("method not allowed", "DELETE / HTTP/1.1\r\n\(host)\r\n", 405, closes: false),
        .init("handler throws", "GET /throws HTTP/1.1\r\n\(host)\r\n", 500),
        .init(
            "bad form encoding",
            "POST /form HTTP/1.1\r\n\(host)Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 5\r\n\r\na=%zz",
            400),
        .init(
            "multipart without its final boundary",
            "POST /upload HTTP/1.1\r\n\(host)Content-Type: multipart/form-data; boundary=XY\r\nContent-Length: 52\r\n\r\n--XY\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nabcdefg",
            400),
    ]
}

@Suite("Hostile requests: the right status, and the server keeps serving")
struct HostileRequestTests {
    @Test(arguments: HostileRequest.all)
    func hostileRequestGetsItsStatusAndTheServerSurvives(_ hostile: HostileRequest) throws {
        let server = try TestServer()
        defer { server.stop() }
        let client = try server.client()
        client.sendIgnoringErrors(hostile.bytes)
        let response = try #require(try client.readResponse())
        #expect(response.status == hostile.status)
        #expect(!response.text.contains("secret"), "an error page must not leak the error's text")
        #expect(response.headers["Content-Type"]?.hasPrefix("text/plain") == true)
        if hostile.closes {
            #expect(response.headers["Connection"] == "close")
            #expect(client.isClosedByServer())
        } else {
            #expect(response.headers["Connection"] == nil)
        }
        try server.expectHealthy()
    }

    @Test func thereAreAtLeastThirtyHostileRequests() {
        #expect(HostileRequest.all.count >= 30)
        #expect(Set(HostileRequest.all.map(\.name)).count == HostileRequest.all.count)
    }

    @Test func aMethodNotAllowedSaysWhatIsAllowed() throws {
        let server = try TestServer()
        defer { server.stop() }
        let response = try server.request("DELETE / HTTP/1.1\r\nHost: test\r\n\r\n")
        #expect(response.status == 405)
        #expect(response.headers["Allow"] == "GET, HEAD")
    }

    @Test func aBusyResponseSaysWhenToRetry() throws {
        var router = TestRoutes.router()
        router.route(.get, "/busy") { _ in throw HTTPError.serviceUnavailable(retryAfterSeconds: 30) }
        let server = try TestServer(router: router)
        defer { server.stop() }
        let response = try server.request("GET /busy HTTP/1.1\r\nHost: test\r\n\r\n")
        #expect(response.status == 503)
        #expect(response.headers["Retry-After"] == "30")
    }
}
