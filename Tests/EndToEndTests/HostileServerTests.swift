import Foundation
import Testing

/// Issue 6's hostile input, end to end: malformed, oversized, traversing, forged and slow requests sent
/// over raw sockets to the real candor-server binary. Each gets its own clear error (the status, and a
/// JSON error under /api/ or an HTML page in the citizen's language elsewhere), a good request is served
/// after each, a good client is served during the slow ones, and the intake ledger's bytes and signed
/// checkpoint are the same before and after.
///
/// The server runs with the hidden `--header-timeout 2 --body-timeout 2` (ServerOptions.swift), so a
/// slowloris is cut off in about two seconds instead of ten; and with `--pow-bits 8-8`, so that the
/// suite solves a real challenge in a few hundred hashes.
@Suite("End to end: hostile requests against a real candor-server", .serialized)
final class HostileServerTests {
    let folder: String
    let data: String
    let keys: String
    let inspector: TestInspector
    let server: CapturedServer

    init() throws {
        folder = NSTemporaryDirectory() + "candor-hostile-\(UUID().uuidString.prefix(8))"
        data = folder + "/data"
        keys = folder + "/Keys"
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
        inspector = try TestInspector(name: "lan", folder: folder, keys: keys)
        server = try CapturedServer(
            data: data, keys: keys, extra: ["--header-timeout", "2", "--body-timeout", "2", "--pow-bits", "8-8"])
    }

    deinit {
        server.stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    // MARK: the requests

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
    static func multipart(_ parts: [(String, [UInt8])], boundary: String = "hostileB0undary", end: Bool = true) -> [UInt8] {
        var body: [UInt8] = []
        for (name, value) in parts {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n".utf8) + value
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
        return try #require(Binaries.hiddenValue("ticket", in: page.text), "no ticket on \(path)")
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
        func raw(_ method: String, _ target: String, _ headers: [(String, String)] = [], body: [UInt8] = [], length: Int? = nil)
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
        addText("header value of 20 KB", "GET /en/ HTTP/1.1\r\n\(Self.host)X-A: \(String(repeating: "b", count: 20_000))\r\n\r\n", 431, .html("vi"))
        addText("70 header fields", "GET /en/ HTTP/1.1\r\n\(Self.host)" + String(repeating: "X-A: b\r\n", count: 70) + "\r\n", 431, .html("vi"))
        addText(
            "header flood of 5000 fields",
            "GET / HTTP/1.1\r\n\(Self.host)" + (0..<5000).map { "X-\($0): y\r\n" }.joined() + "\r\n", 431, .html("vi"))
        addText("a 1 MB cookie", "GET / HTTP/1.1\r\n\(Self.host)Cookie: \(String(repeating: "c", count: 1 << 20))\r\n\r\n", 431, .html("vi"))
        addText("URI of 5000 bytes", "GET /en/" + String(repeating: "a", count: 5000) + " HTTP/1.1\r\n\(Self.host)\r\n", 414, .html("vi"))
        addText("query of 3000 bytes on the API", "GET /api/v1/challenge?" + String(repeating: "q=1&", count: 750) + " HTTP/1.1\r\n\(Self.host)\r\n", 414, .html("vi"))

        // Oversized bodies: announced, or sent chunked past the route's limit.
        add("report form announcing 100 MB", raw("POST", "/en/report", [mp], body: [], length: 100 << 20), 413, .html("en"))
        add("API report announcing 3 MB", raw("POST", "/api/v1/reports", [js], body: [], length: 3 << 20), 413, .json("too_large"))
        add("status form announcing 5000 bytes", raw("POST", "/status", [form], body: [], length: 5000), 413, .html("vi"))
        add(
            "API status chunked past 4 KB",
            Array("POST /api/v1/status HTTP/1.1\r\n\(Self.host)Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2000\r\n".utf8)
                + [UInt8](repeating: 0x20, count: 0x2000) + Array("\r\n0\r\n\r\n".utf8), 413, .json("too_large"))
        add("API follow-up of 200 KB", raw("POST", "/api/v1/followups", [js], body: [UInt8](repeating: 0x41, count: 200 << 10)), 413, .json("too_large"))
        addText(
            "Content-Length larger than any file",
            "POST /en/status HTTP/1.1\r\n\(Self.host)Content-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 99999999999999999999999\r\n\r\n", 400, .html("vi"))

        // Malformed HTTP on real routes.
        add("NUL in the request line", Array("GET /en/\0 HTTP/1.1\r\n\(Self.host)\r\n".utf8), 400, .html("vi"))
        add("invalid UTF-8 in a header", Array("GET /en/ HTTP/1.1\r\n\(Self.host)X-A: ".utf8) + [0xC3, 0x28, 13, 10, 13, 10], 400, .html("vi"))
        addText("bare LF line ends", "GET /en/ HTTP/1.1\nHost: candor.test\n\n", 400, .html("vi"))
        addText("HTTP/2.0 request line", "GET /en/ HTTP/2.0\r\n\(Self.host)\r\n", 505, .html("vi"))
        addText("no Host", "GET /en/ HTTP/1.1\r\n\r\n", 400, .html("vi"))
        addText(
            "smuggling: Content-Length and chunked",
            "POST /api/v1/status HTTP/1.1\r\n\(Self.host)Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400, .html("vi"))
        addText(
            "two Content-Length values",
            "POST /en/status HTTP/1.1\r\n\(Self.host)Content-Length: 3\r\nContent-Length: 4\r\n\r\na=bc", 400, .html("vi"))
        addText("POST without a length", "POST /en/status HTTP/1.1\r\n\(Self.host)\r\n", 411, .html("en"))
        addText("unknown method on a page", "DELETE /en/report HTTP/1.1\r\n\(Self.host)\r\n", 405, .html("en"))
        addText("GET on a POST-only API route", "GET /api/v1/reports HTTP/1.1\r\n\(Self.host)\r\n", 405, .json(nil))

        // Path traversal in static, tile, receipt and page paths, plain and encoded.
        for target in [
            "/static/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd", "/static/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
            "/static/..%5C..%5Cserver.key", "/static/candor.css/../../server.key", "/tile/../checkpoint",
            "/tile/entries/x001/../../../../etc/passwd", "/tile/0/x001/%2e%2e/%2e%2e/server.key", "/tile/%2e%2e/%2e%2e/data/server.key",
            "/en/../../data/server.key", "/receipt/..%2f..%2fserver.key", "/static/a%00b",
        ] {
            let language = target.hasPrefix("/en/") ? "en" : "vi"
            addText("traversal \(target)", "GET \(target) HTTP/1.1\r\n\(Self.host)\r\n", 400, .html(language))
        }
        addText("traversal under the API", "GET /api/v1/../../etc/passwd HTTP/1.1\r\n\(Self.host)\r\n", 400, .json(nil))
        addText("encoded traversal under the API", "GET /api/v1/%2e%2e/inspect/checkpoint HTTP/1.1\r\n\(Self.host)\r\n", 400, .json(nil))
        addText("no such tile", "GET /tile/8/0 HTTP/1.1\r\n\(Self.host)\r\n", 404, .html("vi"))
        addText("receipt index past any number", "GET /receipt/99999999999999999999999 HTTP/1.1\r\n\(Self.host)\r\n", 404, .html("vi"))
        addText("receipt of a record not written", "GET /receipt/4000 HTTP/1.1\r\n\(Self.host)\r\n", 404, .html("vi"))
        addText("no such static file", "GET /static/server.key HTTP/1.1\r\n\(Self.host)\r\n", 404, .html("vi"))

        // Wrong content types.
        add("API report as text/plain", raw("POST", "/api/v1/reports", [("Content-Type", "text/plain")], body: Array(Self.reportJSON.utf8)), 415, .json("wrong_content_type"))
        add("API status as a form", raw("POST", "/api/v1/status", [form], body: Array("token=x".utf8)), 415, .json("wrong_content_type"))
        add("API follow-up without a type", raw("POST", "/api/v1/followups", body: Array("{}".utf8)), 415, .json("wrong_content_type"))
        add("report form as JSON", raw("POST", "/en/report", [js], body: Array("{}".utf8)), 415, .html("en"))
        add("report form without a type", raw("POST", "/report", body: Array("a=b".utf8)), 415, .html("vi"))
        add("status form as multipart", raw("POST", "/en/status", [mp], body: Self.multipart([("token", Array(token.utf8))])), 415, .html("en"))
        add("rating form as XML", raw("POST", "/status/rate", [("Content-Type", "text/xml")], body: Array("<a/>".utf8)), 415, .html("vi"))

        // Multipart that is broken or never ends.
        add(
            "multipart boundary that never ends",
            raw("POST", "/en/report", [mp], body: Self.multipart(Self.reportFields(ticket: try ticket()), end: false) + Array("--hostileB0undary\r\nContent-Disposition: form-data; name=\"account\"\r\n\r\nand on and on".utf8)),
            400, .html("en"))
        add(
            "multipart that never ends, chunked",
            Array("POST /en/status/add HTTP/1.1\r\n\(Self.host)Content-Type: multipart/form-data; boundary=hostileB0undary\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
                + Array("40\r\n".utf8) + Array(("--hostileB0undary\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n" + String(repeating: "x", count: 64)).utf8.prefix(0x40)) + Array("\r\n0\r\n\r\n".utf8),
            400, .html("en"))
        add("multipart without a boundary", raw("POST", "/en/report", [("Content-Type", "multipart/form-data")], body: Array("--x--\r\n".utf8)), 400, .html("en"))
        add(
            "multipart boundary of 200 characters",
            raw("POST", "/en/report", [("Content-Type", "multipart/form-data; boundary=" + String(repeating: "b", count: 200))], body: Array("--b--\r\n".utf8)),
            400, .html("en"))
        add("multipart body without any boundary", raw("POST", "/report", [mp], body: [UInt8](repeating: 0x61, count: 100_000)), 400, .html("vi"))
        add(
            "multipart part without Content-Disposition",
            raw("POST", "/en/report", [mp], body: Array("--hostileB0undary\r\nX-Part: 1\r\n\r\nvalue\r\n--hostileB0undary--\r\n".utf8)), 400, .html("en"))

        // Invalid UTF-8 and NUL bytes in form fields.
        add(
            "invalid UTF-8 in the report's account",
            raw("POST", "/en/report", [mp], body: Self.multipart(Self.reportFields(ticket: try ticket()).map { $0.0 == "account" ? ($0.0, $0.1 + [0xC3, 0x28, 0xFF]) : $0 })),
            400, .html("en"))
        add(
            "NUL in the report's account",
            raw("POST", "/en/report", [mp], body: Self.multipart(Self.reportFields(ticket: try ticket(), account: "The clerk asked for money.\0\0\0 and more"))),
            422, .html("en"))
        add(
            "invalid UTF-8 in a follow-up's text",
            raw("POST", "/en/status/add", [mp], body: Self.multipart([("token", Array(token.utf8)), ("text", [0xFE, 0xFF, 0xC0, 0x80])])),
            400, .html("en"))
        add("NUL in a typed token", raw("POST", "/en/status", [form], body: Array("token=%00%00".utf8)), 400, .html("en"))
        add("invalid UTF-8 in a typed token", raw("POST", "/status", [form], body: Array("token=%C3%28".utf8)), 400, .html("vi"))
        add("bad percent-escape in a form", raw("POST", "/en/status", [form], body: Array("token=%zz".utf8)), 400, .html("en"))
        add("invalid UTF-8 in API JSON", raw("POST", "/api/v1/status", [js], body: Array(#"{"token":""#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)), 400, .json("invalid_json"))
        add("NUL in an API token", raw("POST", "/api/v1/status", [js], body: Array(#"{"token":"\u0000\u0000"}"#.utf8)), 400, .json("malformed_token"))
        add("API body that is not JSON", raw("POST", "/api/v1/case-tag", [js], body: Array("{{{{".utf8)), 400, .json("invalid_json"))

        // Duplicate fields.
        add(
            "duplicate Content-Type",
            raw("POST", "/api/v1/status", [js, ("Content-Type", "text/plain")], body: Array(#"{"token":"x"}"#.utf8)), 400, .html("vi"))
        addText("duplicate Host", "GET /en/ HTTP/1.1\r\n\(Self.host)\(Self.host)\r\n", 400, .html("vi"))
        add(
            "duplicate token in the status form",
            raw("POST", "/en/status", [form], body: Array("token=NOT-A-TOKEN&token=\(token)".utf8)), 400, .html("en"))
        add(
            "duplicate ticket in the report form, first one forged",
            raw("POST", "/en/report", [mp], body: Self.multipart([("ticket", Array("forged".utf8))] + Self.reportFields(ticket: try ticket()))),
            400, .html("en"))
        // Like a form's first field, a JSON object's first key wins: a forged first token is refused.
        add(
            "duplicate keys in API JSON, the first one forged",
            raw("POST", "/api/v1/status", [js], body: Array(#"{"token":"AAAA","token":"\#(token)"}"#.utf8)), 400,
            .json("malformed_token"))
        add(
            "duplicate keys in API JSON, the first one real",
            raw("POST", "/api/v1/status", [js], body: Array(#"{"token":"\#(token)","token":"AAAA"}"#.utf8)), 200, .json(nil))

        // Proof of work: forged, huge, reused, insufficient.
        let real = try challenge()
        let parts = real.split(separator: ".", maxSplits: 1)
        func submission(_ challenge: String, _ counter: String, report: String? = Self.reportJSON) -> [UInt8] {
            Array(#"{"challenge":"\#(challenge)","counter":\#(counter)\#(report.map { #","report":\#($0)"# } ?? "")}"#.utf8)
        }
        add("forged challenge", raw("POST", "/api/v1/reports", [js], body: submission("8.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "0")), 403, .json(nil))
        add("difficulty lowered to 0", raw("POST", "/api/v1/reports", [js], body: submission("0.\(parts[1])", "0")), 403, .json("proof_of_work_forged"))
        add("difficulty above 40", raw("POST", "/api/v1/reports", [js], body: submission("99.\(parts[1])", "0")), 403, .json("proof_of_work_malformed"))
        add("insufficient work", raw("POST", "/api/v1/reports", [js], body: submission(real, String(ClientProofOfWork.failing(real)))), 403, .json("proof_of_work_insufficientWork"))
        add("a 1 MB challenge", raw("POST", "/api/v1/reports", [js], body: submission("8." + String(repeating: "A", count: 1 << 20), "0")), 403, .json(nil))
        add("counter of 1e30", raw("POST", "/api/v1/reports", [js], body: submission(real, "1e30")), 400, .json("invalid_json"))
        add("counter of 2^64", raw("POST", "/api/v1/reports", [js], body: submission(real, "18446744073709551616")), 400, .json("invalid_json"))
        add("negative counter", raw("POST", "/api/v1/reports", [js], body: submission(real, "-1")), 400, .json("invalid_json"))
        add("counter as a string of 100 KB", raw("POST", "/api/v1/reports", [js], body: submission(real, "\"" + String(repeating: "9", count: 100_000) + "\"")), 400, .json("invalid_json"))
        let spent = try challenge()
        let counter = String(ClientProofOfWork.solve(spent))
        let invalidReport = #"{"province":"nowhere","procedure":"x","agency":"","misconduct":[],"account":"","year":1}"#
        add("a solved challenge with an invalid report", raw("POST", "/api/v1/reports", [js], body: submission(spent, counter, report: invalidReport)), 422, .json("invalid"))
        add("the same challenge again", raw("POST", "/api/v1/reports", [js], body: submission(spent, counter)), 403, .json("proof_of_work_alreadyUsed"))
        let solved = try challenge()
        add(
            "a solved challenge with a garbage envelope",
            raw("POST", "/api/v1/reports", [js], body: Array(#"{"challenge":"\#(solved)","counter":\#(ClientProofOfWork.solve(solved)),"envelope":"not base64!"}"#.utf8)),
            400, .json("invalid_envelope"))

        // Signed inspector routes: unsigned, garbage, forged, stale, replayed; events with garbage bodies.
        let checkpoint = "/api/v1/inspect/checkpoint"
        add("inspector route unsigned", raw("GET", checkpoint), 401, .json("unsigned_request"))
        var garbage = inspector.headers("GET", checkpoint)
        garbage[3].1 = Data((0..<64).map { _ in UInt8.random(in: 0...255) }).base64EncodedString()
        add("inspector route with a random signature", raw("GET", checkpoint, garbage), 403, .json("invalid_signature"))
        var notBase64 = inspector.headers("GET", checkpoint)
        notBase64[3].1 = "!!!! not base64 ~~~~"
        add("inspector route with a signature that is not base64", raw("GET", checkpoint, notBase64), 403, .json("invalid_signature"))
        var long = inspector.headers("GET", checkpoint)
        long[3].1 = String(repeating: "QUFB", count: 2000)
        add("inspector route with an 8 KB signature", raw("GET", checkpoint, long), 403, .json("invalid_signature"))
        var stranger = inspector.headers("GET", checkpoint)
        stranger[0].1 = "mallory"
        add("inspector route in an unknown name", raw("GET", checkpoint, stranger), 401, .json("unknown_inspector"))
        let otherTarget = inspector.headers("GET", "/api/v1/inspect/whoami")
        add("a signature for another route", raw("GET", checkpoint, otherTarget), 403, .json("invalid_signature"))
        let stale = inspector.signer.headers(
            method: "GET", target: checkpoint, body: [], time: Int64(Date().timeIntervalSince1970) - 3600,
            nonce: (0..<16).map { _ in UInt8.random(in: 0...255) })
        add("inspector route signed an hour ago", raw("GET", checkpoint, stale), 403, .json("stale_request"))
        let once = inspector.headers("GET", "/api/v1/inspect/whoami")
        add("a signed whoami", raw("GET", "/api/v1/inspect/whoami", once), 200, .json(nil))
        add("the same signed whoami replayed", raw("GET", "/api/v1/inspect/whoami", once), 403, .json("replayed_request"))
        add("signature field repeated", raw("GET", checkpoint, inspector.headers("GET", checkpoint) + [once[3]]), 401, .json("unsigned_request"))
        let events = "/api/v1/inspect/events"
        for (name, body) in [
            ("garbage bytes", (0..<512).map { _ in UInt8.random(in: 0...255) }), ("an empty JSON object", Array("{}".utf8)),
            ("a JSON array", Array("[1,2,3]".utf8)), ("an empty body", []),
        ] as [(String, [UInt8])] {
            add("signed event of \(name)", raw("POST", events, [js] + inspector.headers("POST", events, body: body), body: body), 400, .json("malformed_event"))
        }
        let junk = Array("garbage event".utf8)
        add("unsigned event of garbage", raw("POST", events, [js], body: junk), 401, .json("unsigned_request"))
        add("event signed for another body", raw("POST", events, [js] + inspector.headers("POST", events, body: Array("x".utf8)), body: junk), 403, .json("invalid_signature"))
        add("event announcing 50 MB", raw("POST", events, [js] + inspector.headers("POST", events), length: 50 << 20), 413, .json("too_large"))
        let big = [UInt8](repeating: 0x7B, count: (1 << 20) + 8192)
        add("signed event of 1 MB and more", raw("POST", events, [js] + inspector.headers("POST", events, body: big), body: big), 413, .json("too_large"))
        return list
    }

    // MARK: checks

    /// Checks one answer: status, and a JSON error or an HTML page in the right language.
    static func expect(_ response: RawResponse?, _ hostile: Hostile) {
        guard let response else {
            Issue.record("\(hostile.name): no response")
            return
        }
        #expect(response.status == hostile.status, "\(hostile.name): \(response.status) \(response.text.prefix(300))")
        let type = response.header("Content-Type") ?? ""
        switch hostile.answer {
        case .json(let code):
            #expect(type.hasPrefix("application/json"), "\(hostile.name): \(type)")
            let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
            if response.status >= 400 {
                #expect(object?["error"] is String, "\(hostile.name): \(response.text.prefix(300))")
                #expect(object?["message"] is String, "\(hostile.name)")
                if let code { #expect(object?["error"] as? String == code, "\(hostile.name): \(response.text.prefix(300))") }
            } else {
                #expect(object != nil, "\(hostile.name)")
            }
        case .html(let language):
            #expect(type.hasPrefix("text/html"), "\(hostile.name): \(type)")
            #expect(response.text.contains("<html lang=\"\(language)\">"), "\(hostile.name): \(response.text.prefix(300))")
        }
        #expect(response.header("X-Content-Type-Options") == "nosniff", "\(hostile.name): security headers")
        #expect(!response.text.contains("root:x:0"), "\(hostile.name): a file leaked")
    }

    /// A good request still gets its page.
    func expectServing(after name: String) {
        do {
            let page = try server.request("GET", "/en/", timeout: 10)
            #expect(page.status == 200, "after \(name): \(page.status)")
            #expect(page.text.contains("<html lang=\"en\">"), "after \(name)")
        } catch {
            Issue.record("after \(name): \(error)")
        }
        #expect(server.process.isRunning, "the server died after \(name)")
    }

    /// The intake ledger's files (ledger/ under DATA/intake, or whatever the store keeps there).
    func ledgerFiles() -> [String: [UInt8]] { snapshot(data + "/intake") }

    /// The intake log's signed checkpoint, through a signed request, as `candor-inspect sync` reads it.
    func signedCheckpoint() throws -> String {
        let target = "/api/v1/inspect/checkpoint"
        let reply = try server.request("GET", target, headers: inspector.headers("GET", target))
        try #require(reply.status == 200, "\(reply.status) \(reply.text)")
        return reply.text
    }

    /// One real report through the web form, so that the hostile requests meet a ledger and a case.
    func fileOneReport() throws -> String {
        let (type, body) = Binaries.multipart(Self.reportFields(ticket: try ticket()).map { ($0.0, String(decoding: $0.1, as: UTF8.self)) })
        let receipt = try server.request("POST", "/en/report", headers: [("Content-Type", type)], body: body)
        try #require(receipt.status == 200, "\(receipt.status)")
        return try #require(Binaries.token(in: receipt.text))
    }

    // MARK: tests

    @Test func eachHostileRequestGetsItsErrorAndTheLedgerIsUntouched() throws {
        let token = try fileOneReport()
        // The checkpoint first: signing it may write it to the log, which the snapshot then holds.
        let checkpointBefore = try signedCheckpoint()
        let ledgerBefore = ledgerFiles()
        try #require(!ledgerBefore.isEmpty, "no intake ledger files under \(data)/intake")
        let hostile = try hostileRequests(token: token)
        #expect(hostile.count >= 60)
        #expect(Set(hostile.map(\.name)).count == hostile.count, "names are unique")
        for request in hostile {
            let connection = try server.connect()
            connection.send(request.bytes)
            Self.expect(connection.readResponse(timeout: 15), request)
            expectServing(after: request.name)
        }
        let ledgerAfter = ledgerFiles()
        #expect(ledgerAfter == ledgerBefore, "the intake ledger changed: \(ledgerBefore.mapValues(\.count)) → \(ledgerAfter.mapValues(\.count))")
        #expect(try signedCheckpoint() == checkpointBefore, "the signed checkpoint changed")
        #expect(server.process.isRunning)
        #expect(server.stderr.text.isEmpty, "the server complained: \(server.stderr.text.prefix(2000))")
        print("hostile requests answered: \(hostile.count)")
    }

    @Test func slowClientsAreCutOffWhileOthersAreServed() throws {
        let ledgerBefore = ledgerFiles()
        let good = GoodClient(server: server)
        good.start()
        defer { good.stop() }
        var count = 0

        // 1. Slowloris: a head trickled a byte at a time never completes within the header timeout.
        let loris = try server.connect()
        loris.send("GET /en/ HTTP/1.1\r\n\(Self.host)")
        let started = Date()
        var cut = false
        for byte in "X-Slow: " + String(repeating: "z", count: 200) {
            if !loris.send(String(byte)) { cut = true; break }
            if loris.isReadable(timeout: 0.1) || Date().timeIntervalSince(started) > 6 { break }
        }
        let lorisAnswer = loris.readResponse(timeout: 5)
        #expect(cut || lorisAnswer?.status == 408, "slowloris: \(String(describing: lorisAnswer?.status))")
        print("slowloris cut after \(Date().timeIntervalSince(started)) s")
        if let lorisAnswer { #expect(lorisAnswer.text.contains("<html lang=\"vi\">")) }
        #expect(Date().timeIntervalSince(started) < 8, "the slowloris was not cut off in time")
        count += 1

        // 2. Fifty slow heads at once, then each is cut off; the good client goes on.
        let many = try (0..<50).map { _ in try server.connect() }
        for connection in many { connection.send("POST /api/v1/status HTTP/1.1\r\n") }
        for _ in 0..<5 {
            for connection in many { connection.send("X") }
            usleep(300_000)
        }
        for connection in many {
            let answer = connection.readResponse(timeout: 6)
            #expect(answer?.status == 408, "slow head: \(String(describing: answer?.status))")
            #expect(connection.isClosedByServer(timeout: 6))
        }
        count += many.count

        // 3. A body trickled below the minimum rate is cut off after the body timeout.
        let slowBody = try server.connect()
        slowBody.send("POST /en/status HTTP/1.1\r\n\(Self.host)Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\ntoken=")
        let bodyStart = Date()
        while Date().timeIntervalSince(bodyStart) < 6, slowBody.send("A"), !slowBody.isReadable(timeout: 0.4) {}
        let slowAnswer = slowBody.readResponse(timeout: 5)
        #expect(slowAnswer?.status == 408, "slow body: \(String(describing: slowAnswer?.status))")
        #expect(slowAnswer?.text.contains("<html lang=\"en\">") == true)
        print("slow body cut after \(Date().timeIntervalSince(bodyStart)) s")
        #expect(slowBody.isClosedByServer(timeout: 5))
        count += 1

        // 4. A multipart upload that stops halfway and never ends: cut off, nothing stored.
        let stalled = try server.connect()
        let fields = Self.multipart(Self.reportFields(ticket: try ticket()), end: false)
        stalled.send(Self.raw("POST", "/en/report", [Self.multipartType], body: fields, length: fields.count + 1_000_000))
        let stalledAnswer = stalled.readResponse(timeout: 10)
        #expect(stalledAnswer?.status == 408, "stalled upload: \(String(describing: stalledAnswer?.status))")
        #expect(stalledAnswer?.text.contains("<html lang=\"en\">") == true)
        #expect(stalled.isClosedByServer(timeout: 10))
        count += 1

        // 5. A connection that opens and says nothing, and one that sends half a request line and leaves.
        let silent = try server.connect()
        do {
            let gone = try server.connect()
            gone.send("GET /en/rep")
        }
        #expect(silent.readResponse(timeout: 1) == nil)
        count += 2

        good.stop()
        #expect(good.failures == 0, "the good client failed \(good.failures) times")
        #expect(good.successes >= 5, "the good client was served \(good.successes) times")
        expectServing(after: "the slow clients")
        #expect(ledgerFiles() == ledgerBefore, "the intake ledger changed")
        print("slow hostile connections: \(count)")
    }
}

/// A well-behaved client that keeps asking for the English home page on fresh connections.
final class GoodClient: @unchecked Sendable {
    // @unchecked: the counters are guarded by `lock`.
    let server: CapturedServer
    private let lock = NSLock()
    private var running = false
    private var thread: Thread?
    private var counts = (successes: 0, failures: 0)

    init(server: CapturedServer) { self.server = server }

    var successes: Int { lock.withLock { counts.successes } }
    var failures: Int { lock.withLock { counts.failures } }

    func start() {
        lock.withLock { running = true }
        let thread = Thread { [self] in
            while lock.withLock({ running }) {
                let ok = ((try? server.request("GET", "/en/", timeout: 5))?.status == 200)
                lock.withLock {
                    if ok { counts.successes += 1 } else { counts.failures += 1 }
                }
                usleep(100_000)
            }
        }
        self.thread = thread
        thread.start()
    }

    func stop() {
        lock.withLock { running = false }
        while let thread, thread.isExecuting { usleep(10_000) }
    }
}
