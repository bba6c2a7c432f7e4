import Foundation
import TestSupport
import Testing

/// The hostile requests that get one answer each, and how to build them.
extension HostileServerTests {
    /// What a hostile request must get back.
    enum Answer {
        /// A JSON error body `{"error": code, …}`; nil accepts any code.
        case json(String?)
        /// An HTML page whose `<html lang>` is this language.
        case html(String)
    }

    /// One hostile request: its bytes as sent, the status and the kind of answer it must get.
    struct Hostile {
        let name: String
        let bytes: [UInt8]
        let status: Int
        let answer: Answer
    }

    static let host = "Host: candor.test\r\n"

    /// A request with a `Content-Length` that matches `body` unless `length` says otherwise.
    static func raw(
        _ method: String, _ target: String, _ headers: [(String, String)] = [], body: [UInt8] = [], length: Int? = nil
    ) -> [UInt8] {
        var head = "\(method) \(target) HTTP/1.1\r\n\(host)"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if method == "POST" || !body.isEmpty || length != nil {
            head += "Content-Length: \(length ?? body.count)\r\n"
        }
        return Array((head + "\r\n").utf8) + body
    }

    /// A multipart body whose parts are given raw: `(name, value bytes)`.
    static func multipart(_ parts: [(String, [UInt8])], boundary: String = "hostileB0undary", end: Bool = true)
        -> [UInt8]
    {
        var body: [UInt8] = []
        for (name, value) in parts {
            body +=
                Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n".utf8) + value
                + Array("\r\n".utf8)
        }
        if end { body += Array("--\(boundary)--\r\n".utf8) }
        return body
    }

    static let multipartType = ("Content-Type", "multipart/form-data; boundary=hostileB0undary")
    static let formType = ("Content-Type", "application/x-www-form-urlencoded")
    static let jsonType = ("Content-Type", "application/json")

    /// A fresh form ticket and PoW challenge from the server, to make requests that pass the first gate.
    func ticket(_ path: String = "/en/report") throws -> String {
        let page = try server.request("GET", path)
        return try #require(HTMLForms.hiddenValue("ticket", in: page.text), "no ticket on \(path)")
    }

    func challenge() throws -> String {
        let reply = try server.request("GET", "/api/v1/challenge")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: Any])
        return try #require(object["challenge"] as? String)
    }

    /// A valid report's fields for the web form, with `ticket`.
    static func reportFields(ticket: String, account: String = "The clerk asked for 300,000 dong to stamp the form.")
        -> [(String, [UInt8])]
    {
        [
            ("ticket", ticket), ("province", "ha-noi"), ("procedure", "doi-giay-phep-lai-xe"),
            ("agency", "Ba Dinh ward one-stop desk"), ("misconduct", "hoi-lo"), ("account", account), ("month", "10"),
            ("year", "2026"),
        ].map { ($0.0, Array($0.1.utf8)) }
    }

    static let reportJSON =
        #"{"province":"ha-noi","procedure":"doi-giay-phep-lai-xe","agency":"Ba Dinh desk","misconduct":["hoi-lo"],"account":"The clerk asked for 300,000 dong to stamp the form.","year":2026}"#

    /// The hostile requests that get one answer each, at once (the slow ones are in their own test).
    func hostileRequests(token: String) throws -> [Hostile] {
        typealias H = Hostile
        func raw(
            _ method: String, _ target: String, _ headers: [(String, String)] = [], body: [UInt8] = [],
            length: Int? = nil
        )
            -> [UInt8]
        { Self.raw(method, target, headers, body: body, length: length) }
        let mp = Self.multipartType
        let form = Self.formType
        let js = Self.jsonType
        var list: [Hostile] = []
        func add(_ name: String, _ bytes: [UInt8], _ status: Int, _ answer: Answer) {
            list.append(H(name: name, bytes: bytes, status: status, answer: answer))
        }
        func addText(_ name: String, _ text: String, _ status: Int, _ answer: Answer) {
            add(name, Array(text.utf8), status, answer)
        }

        // Oversized heads, header floods.
        addText(
            "header value of 20 KB",
            "GET /en/ HTTP/1.1\r\n\(Self.host)X-A: \(String(repeating: "b", count: 20_000))\r\n\r\n", 431, .html("en"))
        addText(
            "70 header fields",
            "GET /en/ HTTP/1.1\r\n\(Self.host)" + String(repeating: "X-A: b\r\n", count: 70) + "\r\n", 431, .html("en"))
        addText(
            "header flood of 5000 fields",
            "GET / HTTP/1.1\r\n\(Self.host)" + (0..<5000).map { "X-\($0): y\r\n" }.joined() + "\r\n", 431, .html("vi"))
        addText(
            "a 1 MB cookie", "GET / HTTP/1.1\r\n\(Self.host)Cookie: \(String(repeating: "c", count: 1 << 20))\r\n\r\n",
            431, .html("vi"))
        addText(
            "URI of 5000 bytes", "GET /en/" + String(repeating: "a", count: 5000) + " HTTP/1.1\r\n\(Self.host)\r\n",
            414, .html("en"))
        addText(
            "query of 3000 bytes on the API",
            "GET /api/v1/challenge?" + String(repeating: "q=1&", count: 750) + " HTTP/1.1\r\n\(Self.host)\r\n", 414,
            .json("http_414"))

        // Oversized bodies: announced, or sent chunked past the route's limit.
        add(
            "report form announcing 100 MB", raw("POST", "/en/report", [mp], body: [], length: 100 << 20), 413,
            .html("en"))
        add(
            "API report announcing 3 MB", raw("POST", "/api/v1/reports", [js], body: [], length: 3 << 20), 413,
            .json("too_large"))
        add(
            "status form announcing 5000 bytes", raw("POST", "/status", [form], body: [], length: 5000), 413,
            .html("vi"))
        add(
            "API status chunked past 4 KB",
            Array(
                "POST /api/v1/status HTTP/1.1\r\n\(Self.host)Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2000\r\n"
                    .utf8)
                + [UInt8](repeating: 0x20, count: 0x2000) + Array("\r\n0\r\n\r\n".utf8), 413, .json("too_large"))
        add(
            "API follow-up of 300 KB",
            raw("POST", "/api/v1/followups", [js], body: [UInt8](repeating: 0x41, count: 300 << 10)), 413,
            .json("too_large"))
        addText(
            "Content-Length larger than any file",
            "POST /en/status HTTP/1.1\r\n\(Self.host)Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 99999999999999999999999\r\n\r\n", 400, .html("en"))

        // Malformed HTTP on real routes.
        add("NUL in the request line", Array("GET /en/\0 HTTP/1.1\r\n\(Self.host)\r\n".utf8), 400, .html("en"))
        add(
            "invalid UTF-8 in a header",
            Array("GET /en/ HTTP/1.1\r\n\(Self.host)X-A: ".utf8) + [0xC3, 0x28, 13, 10, 13, 10], 400, .html("en"))
        addText("bare LF line ends", "GET /en/ HTTP/1.1\nHost: candor.test\n\n", 400, .html("en"))
        addText("HTTP/2.0 request line", "GET /en/ HTTP/2.0\r\n\(Self.host)\r\n", 505, .html("en"))
        addText("no Host", "GET /en/ HTTP/1.1\r\n\r\n", 400, .html("en"))
        addText(
            "smuggling: Content-Length and chunked",
            "POST /api/v1/status HTTP/1.1\r\n\(Self.host)Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            400, .json("http_400"))
        addText(
            "two Content-Length values",
            "POST /en/status HTTP/1.1\r\n\(Self.host)Content-Length: 3\r\nContent-Length: 4\r\n\r\na=bc", 400,
            .html("en"))
        addText("POST without a length", "POST /en/status HTTP/1.1\r\n\(Self.host)\r\n", 411, .html("en"))
        addText("unknown method on a page", "DELETE /en/report HTTP/1.1\r\n\(Self.host)\r\n", 405, .html("en"))
        addText("GET on a POST-only API route", "GET /api/v1/reports HTTP/1.1\r\n\(Self.host)\r\n", 405, .json(nil))

        // Path traversal in static, tile, receipt and page paths, plain and encoded.
        for target in [
            "/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
            "/static/..%5C..%5Cserver.key", "/static/candor.css/../../server.key", "/tile/../checkpoint",
            "/tile/entries/x001/../../../../etc/passwd", "/tile/0/x001/%2e%2e/%2e%2e/server.key",
            "/tile/%2e%2e/%2e%2e/data/server.key",
            "/en/../../data/server.key", "/receipt/..%2f..%2fserver.key", "/static/a%00b",
        ] {
            let language = target.hasPrefix("/en/") ? "en" : "vi"
            addText("traversal \(target)", "GET \(target) HTTP/1.1\r\n\(Self.host)\r\n", 400, .html(language))
        }
        addText("traversal under the API", "GET /api/v1/../../etc/passwd HTTP/1.1\r\n\(Self.host)\r\n", 400, .json(nil))
        addText(
            "encoded traversal under the API", "GET /api/v1/%2e%2e/inspect/checkpoint HTTP/1.1\r\n\(Self.host)\r\n",
            400, .json(nil))
        addText(
            "overlong UTF-8 dots", "GET /static/%C0%AE%C0%AE/%C0%AE%C0%AE/etc/passwd HTTP/1.1\r\n\(Self.host)\r\n", 400,
            .html("vi"))
        addText("raw backslashes", "GET /static\\..\\..\\server.key HTTP/1.1\r\n\(Self.host)\r\n", 400, .html("vi"))
        addText(
            "absolute-form target", "GET http://evil.example/etc/passwd HTTP/1.1\r\n\(Self.host)\r\n", 400, .html("vi"))
        // Decoded once only: `%252e%252e` is a segment named `%2e%2e`, which exists nowhere.
        addText(
            "double-encoded traversal", "GET /static/%252e%252e/%252e%252e/etc/passwd HTTP/1.1\r\n\(Self.host)\r\n",
            404,
            .html("vi"))
        addText("malformed tile path", "GET /tile/8/0 HTTP/1.1\r\n\(Self.host)\r\n", 400, .html("vi"))
        addText("no such tile", "GET /tile/8/000 HTTP/1.1\r\n\(Self.host)\r\n", 404, .html("vi"))
        addText(
            "receipt index past any number", "GET /receipt/99999999999999999999999 HTTP/1.1\r\n\(Self.host)\r\n", 404,
            .html("vi"))
        addText("receipt of a record not written", "GET /receipt/4000 HTTP/1.1\r\n\(Self.host)\r\n", 404, .html("vi"))
        addText("no such static file", "GET /static/server.key HTTP/1.1\r\n\(Self.host)\r\n", 404, .html("vi"))

        // Wrong content types.
        add(
            "API report as text/plain",
            raw("POST", "/api/v1/reports", [("Content-Type", "text/plain")], body: Array(Self.reportJSON.utf8)), 415,
            .json("wrong_content_type"))
        add(
            "API status as a form", raw("POST", "/api/v1/status", [form], body: Array("token=x".utf8)), 415,
            .json("wrong_content_type"))
        add(
            "API follow-up without a type", raw("POST", "/api/v1/followups", body: Array("{}".utf8)), 415,
            .json("wrong_content_type"))
        add("report form as JSON", raw("POST", "/en/report", [js], body: Array("{}".utf8)), 415, .html("en"))
        add("report form without a type", raw("POST", "/report", body: Array("a=b".utf8)), 415, .html("vi"))
        add(
            "status form as multipart",
            raw("POST", "/en/status", [mp], body: Self.multipart([("token", Array(token.utf8))])), 415, .html("en"))
        add(
            "rating form as XML", raw("POST", "/status/rate", [("Content-Type", "text/xml")], body: Array("<a/>".utf8)),
            415, .html("vi"))

        // Multipart that is broken or never ends.
        add(
            "multipart boundary that never ends",
            raw(
                "POST", "/en/report", [mp],
                body: Self.multipart(Self.reportFields(ticket: try ticket()), end: false)
                    + Array(
                        "--hostileB0undary\r\nContent-Disposition: form-data; name=\"account\"\r\n\r\nand on and on"
                            .utf8)),
            400, .html("en"))
        add(
            "multipart that never ends, chunked",
            Array(
                "POST /en/status/add HTTP/1.1\r\n\(Self.host)Content-Type: multipart/form-data; boundary=hostileB0undary\r\nTransfer-Encoding: chunked\r\n\r\n"
                    .utf8)
                + Array("40\r\n".utf8)
                + Array(
                    ("--hostileB0undary\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n"
                        + String(repeating: "x", count: 64)).utf8.prefix(0x40)) + Array("\r\n0\r\n\r\n".utf8),
            400, .html("en"))
        add(
            "multipart without a boundary",
            raw("POST", "/en/report", [("Content-Type", "multipart/form-data")], body: Array("--x--\r\n".utf8)), 400,
            .html("en"))
        add(
            "multipart boundary of 200 characters",
            raw(
                "POST", "/en/report",
                [("Content-Type", "multipart/form-data; boundary=" + String(repeating: "b", count: 200))],
                body: Array("--b--\r\n".utf8)),
            400, .html("en"))
        add(
            "multipart body without any boundary",
            raw("POST", "/report", [mp], body: [UInt8](repeating: 0x61, count: 100_000)), 400, .html("vi"))
        add(
            "multipart part without Content-Disposition",
            raw(
                "POST", "/en/report", [mp],
                body: Array("--hostileB0undary\r\nX-Part: 1\r\n\r\nvalue\r\n--hostileB0undary--\r\n".utf8)), 400,
            .html("en"))

        // Invalid UTF-8 and NUL bytes in form fields.
        add(
            "invalid UTF-8 in the report's account",
            raw(
                "POST", "/en/report", [mp],
                body: Self.multipart(
                    Self.reportFields(ticket: try ticket()).map {
                        $0.0 == "account" ? ($0.0, $0.1 + [0xC3, 0x28, 0xFF]) : $0
                    })),
            400, .html("en"))
        add(
            "NUL in the report's account",
            raw(
                "POST", "/en/report", [mp],
                body: Self.multipart(
                    Self.reportFields(ticket: try ticket(), account: "The clerk asked for money.\0\0\0 and more"))),
            422, .html("en"))
        add(
            "invalid UTF-8 in a follow-up's text",
            raw(
                "POST", "/en/status/add", [mp],
                body: Self.multipart([("token", Array(token.utf8)), ("text", [0xFE, 0xFF, 0xC0, 0x80])])),
            400, .html("en"))
        add(
            "NUL in a typed token", raw("POST", "/en/status", [form], body: Array("token=%00%00".utf8)), 400,
            .html("en"))
        add(
            "invalid UTF-8 in a typed token", raw("POST", "/status", [form], body: Array("token=%C3%28".utf8)), 400,
            .html("vi"))
        add(
            "bad percent-escape in a form", raw("POST", "/en/status", [form], body: Array("token=%zz".utf8)), 400,
            .html("en"))
        add(
            "invalid UTF-8 in API JSON",
            raw("POST", "/api/v1/status", [js], body: Array(#"{"token":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)),
            400, .json("invalid_json"))
        add(
            "NUL in an API token", raw("POST", "/api/v1/status", [js], body: Array(#"{"token":"\u0000\u0000"}"#.utf8)),
            400, .json("malformed_token"))
        add(
            "API body that is not JSON", raw("POST", "/api/v1/case-tag", [js], body: Array("{{{{".utf8)), 400,
            .json("invalid_json"))

        // Resource exhaustion inside a body that fits the route's limit.
        add(
            "API JSON nested 200,000 deep",
            raw("POST", "/api/v1/reports", [js], body: [UInt8](repeating: UInt8(ascii: "["), count: 200_000)), 400,
            .json("invalid_json"))
        add(
            "API JSON objects nested 1,000 deep",
            raw("POST", "/api/v1/status", [js], body: Array(String(repeating: #"{"a":"#, count: 600).utf8)), 400,
            .json("invalid_json"))
        add(
            "a year of 1e400", raw("POST", "/api/v1/ratings", [js], body: Array(#"{"token":1e400}"#.utf8)), 400,
            .json("invalid_json"))
        add(
            "a form of 2,000 fields",
            raw("POST", "/en/status/rate", [form], body: Array(String(repeating: "a&", count: 2000).utf8)),
            400, .html("en"))
        add(
            "a multipart body of 20,000 parts",
            raw("POST", "/en/report", [mp], body: Self.multipart((0..<20_000).map { ("f\($0)", []) })), 400, .html("en")
        )
        addText(
            "100-continue for a body too large",
            "POST /api/v1/followups HTTP/1.1\r\n\(Self.host)Content-Type: application/json\r\nExpect: 100-continue\r\n"
                + "Content-Length: 10000000\r\n\r\n", 413, .json("too_large"))

        // Duplicate fields.
        add(
            "duplicate Content-Type",
            raw("POST", "/api/v1/status", [js, ("Content-Type", "text/plain")], body: Array(#"{"token":"x"}"#.utf8)),
            400, .json("http_400"))
        addText("duplicate Host", "GET /en/ HTTP/1.1\r\n\(Self.host)\(Self.host)\r\n", 400, .html("en"))
        add(
            "duplicate token in the status form",
            raw("POST", "/en/status", [form], body: Array("token=NOT-A-TOKEN&token=\(token)".utf8)), 400, .html("en"))
        add(
            "duplicate ticket in the report form, first one forged",
            raw(
                "POST", "/en/report", [mp],
                body: Self.multipart([("ticket", Array("forged".utf8))] + Self.reportFields(ticket: try ticket()))),
            400, .html("en"))
        // Like a form's first field, a JSON object's first key wins: a forged first token is refused.
        add(
            "duplicate keys in API JSON, the first one forged",
            raw("POST", "/api/v1/status", [js], body: Array(#"{"token":"AAAA","token":"\#(token)"}"#.utf8)), 400,
            .json("malformed_token"))
        add(
            "duplicate keys in API JSON, the first one real",
            raw("POST", "/api/v1/status", [js], body: Array(#"{"token":"\#(token)","token":"AAAA"}"#.utf8)), 200,
            .json(nil))

        return list + (try proofOfWorkAndInspectorRequests())
    }
}
