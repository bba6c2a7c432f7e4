import Testing

@testable import HTTP

@Suite("Request parser: heads, incremental scanning, pipelined streams")
struct HTTPRequestParserTests {
    let parser = HTTPRequestParser()

    @Test func aTypicalHeadParses() throws {
        let text =
            "POST /vi/gui?x=1 HTTP/1.1\r\nHost: candor.example\r\nContent-Type: text/plain\r\n"
            + "Content-Length: 5\r\nX-Spaces: \t padded value \t\r\n\r\nhello"
        let (head, length) = try #require(try parser.parseHead(Array(text.utf8)))
        #expect(length == text.utf8.count - 5)
        #expect(head.method == .post)
        #expect(head.target == "/vi/gui?x=1")
        #expect(head.version == .http1_1)
        #expect(head.headers["host"] == "candor.example")
        #expect(head.headers["X-SPACES"] == "padded value")
        #expect(head.framing == .contentLength(5))
        #expect(head.keepAlive)
        #expect(!head.expectsContinue)
    }

    @Test func anIncompleteHeadNeedsMoreBytes() throws {
        #expect(try parser.parseHead(Array("GET / HTTP/1.1\r\nHost: a\r\n".utf8)) == nil)
        #expect(try parser.parseHead(Array("GE".utf8)) == nil)
        #expect(try parser.parseHead([]) == nil)
    }

    @Test func aHeadFedByteByByteParsesTheSame() throws {
        let bytes = Array("\r\nGET /a HTTP/1.1\r\nHost: a\r\nX-A: 1\r\nX-A: 2\r\n\r\n".utf8)
        var scanner = HeadScanner(limits: .init())
        var result: (head: HTTPRequestHead, length: Int)?
        for end in 1...bytes.count {
            result = try Array(bytes[0..<end]).withUnsafeBufferPointer { buffer throws(HTTPError) in
                try scanner.scan(buffer)
            }
            if end < bytes.count { #expect(result == nil) }
        }
        let (head, length) = try #require(result)
        #expect(length == bytes.count)
        #expect(head.headers.values(for: "x-a") == ["1", "2"])
        #expect(try parser.parseHead(bytes)?.head == head)
    }

    static let errors: [(String, HTTPError)] = [
        ("GET / HTTP/1.1\nHost: a\n\n", .badRequest("bare LF in head")),
        ("GET / HTTP/1.1\r\nHost: a\r\nA: b\rc\r\n\r\n", .badRequest("bare CR in head")),
        ("GET / HTTP/3.0\r\nHost: a\r\n\r\n", .versionNotSupported),
        ("GET / HTTP/1.1\r\n\r\n", .badRequest("missing Host header")),
        ("GET /" + String(repeating: "a", count: 2048) + " HTTP/1.1\r\n\r\n", .uriTooLong(limit: 2048)),
        ("GET /" + String(repeating: "a", count: 2100), .uriTooLong(limit: 2048)),
        (String(repeating: "G", count: 33), .badRequest("invalid method")),
        (
            "GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 1\r\n\r\n",
            .badRequest("both Content-Length and Transfer-Encoding")
        ),
        (
            "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
            .badRequest("conflicting Content-Length values")
        ),
        (
            "GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: br\r\n\r\n",
            .badRequest("chunked must be the final transfer coding")
        ),
        (
            "GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: br, chunked\r\n\r\n",
            .notImplemented("transfer codings other than chunked")
        ),
        ("GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked,\r\n\r\n", .badRequest("invalid Transfer-Encoding")),
        ("GET / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue, x\r\n\r\n", .expectationFailed),
        ("OPTIONS * HTTP/1.1\r\nHost: a\r\nX-A: \u{7}\r\n\r\n", .badRequest("invalid byte in a header value")),
    ]

    @Test(arguments: errors)
    func malformedHeadsThrowTheirError(text: String, error: HTTPError) {
        #expect(throws: error) { try parser.parseHead(Array(text.utf8)) }
    }

    @Test func identicalContentLengthsAreOne() throws {
        let text = "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 3\r\nContent-Length: 3\r\n\r\n"
        #expect(try parser.parseHead(Array(text.utf8))?.head.framing == .contentLength(3))
    }

    @Test func connectionAndExpectAreRead() throws {
        func head(_ text: String) throws -> HTTPRequestHead {
            try #require(try parser.parseHead(Array(text.utf8))).head
        }
        #expect(try !head("GET / HTTP/1.1\r\nHost: a\r\nConnection: Close\r\n\r\n").keepAlive)
        #expect(try !head("GET / HTTP/1.0\r\n\r\n").keepAlive)
        #expect(try head("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").keepAlive)
        #expect(
            try head("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nExpect: 100-Continue\r\n\r\n").expectsContinue)
        #expect(try !head("POST / HTTP/1.0\r\nContent-Length: 1\r\nExpect: 100-continue\r\n\r\n").expectsContinue)
    }

    @Test func absoluteFormIsAcceptedOnlyWhenConfigured() throws {
        let text = Array("GET http://candor.example/vi/?a=1 HTTP/1.1\r\nHost: candor.example\r\n\r\n".utf8)
        #expect(throws: HTTPError.badRequest("the request target must be a path")) { try parser.parseHead(text) }
        var limits = HTTPRequestParser.Limits()
        limits.allowsAbsoluteForm = true
        let head = try #require(try HTTPRequestParser(limits: limits).parseHead(text)).head
        let request = try HTTPRequest(head: head)
        #expect(request.path == "/vi/")
        #expect(request.query == "a=1")
    }

    @Test(arguments: [1, 2, 3, 7, 64, 16_384])
    func aPipelinedStreamParsesAtAnyReadSize(readSize: Int) throws {
        let stream =
            "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
            + "POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
            + "POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3;x=y\r\nabc\r\n2\r\nde\r\n0\r\nT: v\r\n\r\n"
            + "\r\nGET /d HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
            + "GET /never-read HTTP/1.1\r\nHost: x\r\n\r\n"
        let requests = try parser.parseRequests(Array(stream.utf8), maxBodyBytes: 100, readSize: readSize)
        #expect(requests.map(\.head.target) == ["/a", "/b", "/c", "/d"])
        #expect(requests.map { String(decoding: $0.body, as: UTF8.self) } == ["", "hello", "abcde", ""])
    }

    @Test func aStreamCutShortEndsTheList() throws {
        let stream = "POST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhel"
        #expect(try parser.parseRequests(Array(stream.utf8), maxBodyBytes: 100).isEmpty)
        #expect(try parser.parseRequests(Array("GET / HTTP/1.1\r\nHo".utf8), maxBodyBytes: 100).isEmpty)
    }

    @Test func aHeadSerializesToWhatParsesBackToIt() throws {
        let text = "PATCH /x?y HTTP/1.0\r\nHost: a\r\nX-A:  b c \r\nx-a: d\r\nContent-Length: 0\r\n\r\n"
        let head = try #require(try parser.parseHead(Array(text.utf8))).head
        let again = try #require(try parser.parseHead(head.serialized())).head
        #expect(again == head)
        #expect(String(decoding: head.serialized(), as: UTF8.self).contains("X-A: b c\r\n"))
    }
}
