import Testing

@testable import HTTP

@Suite("Responses: helpers and the wire head")
struct HTTPResponseTests {
    func wire(_ response: HTTPResponse, keepAlive: Bool = true, version: HTTPVersion = .http1_1) -> String? {
        response.serializedHead(keepAlive: keepAlive, requestVersion: version).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    @Test func theHeadHasTheStatusTheFieldsAndTheLengthOnly() {
        let head = wire(.html("<p>chào</p>"))
        #expect(head == "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 12\r\n\r\n")
    }

    @Test func connectionIsSetAsTheConnectionRequires() {
        #expect(wire(.text(""), keepAlive: false)?.contains("Connection: close\r\n") == true)
        #expect(wire(.text(""), keepAlive: true, version: .http1_0)?.contains("Connection: keep-alive\r\n") == true)
        #expect(wire(.text(""), keepAlive: true)?.contains("Connection") == false)
    }

    @Test func statusesWithoutABodyHaveNoLength() {
        #expect(wire(HTTPResponse(status: .noContent))?.contains("Content-Length") == false)
        #expect(wire(HTTPResponse(status: .notModified))?.contains("Content-Length") == false)
        #expect(wire(.redirect(to: "/vi/"))?.hasPrefix("HTTP/1.1 303 See Other\r\nLocation: /vi/\r\n") == true)
    }

    @Test(arguments: ["a\r\nb", "a\nb", "a\rb", "a\u{0}b", "a\u{7F}b"])
    func aValueThatWouldSplitTheResponseIsRefused(value: String) {
        #expect(wire(HTTPResponse(headers: ["X-A": value])) == nil)
        #expect(wire(HTTPResponse(headers: [value: "x"])) == nil)
    }

    @Test func jsonIsEncodedWithSortedKeys() throws {
        struct Payload: Encodable {
            let b = 1
            let a = "x/y"
        }
        let response = try HTTPResponse.json(encoding: Payload())
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"a":"x/y","b":1}"#)
        #expect(response.headers["Content-Type"] == "application/json")
    }

    @Test func headersAreCaseInsensitiveAndKeepTheirOrder() {
        var headers: HTTPHeaders = ["Set-Cookie": "a", "X-B": "1", "set-cookie": "b"]
        #expect(headers.values(for: "SET-COOKIE") == ["a", "b"])
        headers["set-cookie"] = "c"
        #expect(headers.fields.map(\.name) == ["Set-Cookie", "X-B"])
        #expect(headers["Set-Cookie"] == "c")
        headers["X-B"] = nil
        #expect(!headers.contains("x-b"))
        headers.add("X-C", "2")
        #expect(headers.count == 2)
    }
}
