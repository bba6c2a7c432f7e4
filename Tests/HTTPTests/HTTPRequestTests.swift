import Testing

@testable import HTTP

@Suite("Request targets: decoded paths, refused paths, queries")
struct HTTPRequestTests {
    @Test(
        arguments: [
            ("/", "/", nil),
            ("/vi/theo-doi", "/vi/theo-doi", nil),
            ("/vi/theo-doi?ma=1", "/vi/theo-doi", "ma=1"),
            ("/a?", "/a", ""),
            ("/a?b?c", "/a", "b?c"),
            ("/ph%E1%BA%A3n-%C3%A1nh", "/phản-ánh", nil),
            ("/a%20b/%7Euser", "/a b/~user", nil),
            ("/a+b", "/a+b", nil),
            ("//double", "//double", nil),
            ("/.well-known/x", "/.well-known/x", nil),
            ("/a..b/c.", "/a..b/c.", nil),
            ("*", "*", nil),
        ] as [(String, String, String?)])
    func pathsAreDecoded(target: String, path: String, query: String?) throws {
        let (decoded, rawQuery) = try RequestTarget.split(target)
        #expect(decoded == path)
        #expect(rawQuery == query)
    }

    @Test(arguments: [
        "/..", "/../etc/passwd", "/a/../b", "/a/./b", "/a/.", "/%2e%2e/x", "/%2E./x", "/.%2e",
        "/a%2fb", "/a%2F..%2Fb", "/a%00", "/a%0a", "/a%7F", "/a%5cb", "/%C3", "/%C3%28", "/%ED%A0%80",
        "/%", "/%4", "/%g0", "relative", "",
    ])
    func dangerousPathsAre400(target: String) {
        #expect(throws: HTTPError.self) { try RequestTarget.split(target) }
    }

    @Test func aRequestBuiltInMemoryCarriesItsBody() throws {
        let request = try HTTPRequest(method: .post, target: "/x?y=1", body: Array("hello".utf8))
        #expect(request.headers["Content-Length"] == "5")
        #expect(request.body.declaredLength == 5)
        #expect(try request.body.read(upTo: 2) == Array("he".utf8))
        #expect(try request.body.readAll() == Array("llo".utf8))
        #expect(request.body.isComplete)
        #expect(try request.body.read() == nil)
    }

    @Test func aBodyErrorRepeats() throws {
        let body = HTTPRequestBody(
            framing: .chunked, input: InputBuffer(source: MemorySource(Array("zz\r\n".utf8))), limit: 100, pacing: nil)
        #expect(throws: HTTPError.self) { try body.read() }
        #expect(throws: HTTPError.self) { try body.read() }
        #expect(body.failure != nil)
    }

    @Test func theMediaTypeIsLowercasedWithoutParameters() throws {
        let request = try HTTPRequest(
            method: .post, target: "/", headers: ["Host": "a", "Content-Type": "Multipart/Form-Data; boundary=x"])
        #expect(request.mediaType == "multipart/form-data")
    }
}
