/// The checks on a complete head that look across fields: Host, the body's framing, `Connection`, `Expect`.
///
/// These are where request smuggling lives (RFC 9112 §6.3, §11.2): a request whose length two parsers
/// could read differently is refused, never repaired.
enum RequestSemantics {
    static func check(method: HTTPMethod, target: String, version: HTTPVersion, headers: HTTPHeaders) throws(HTTPError)
        -> HTTPRequestHead
    {
        try checkHost(headers.values(for: "Host"), version: version)
        // RFC 9110 §8.3: Content-Type is a singleton; two could make a proxy and the server read one body
        // as two different media types, so the request is refused, never guessed.
        guard headers.values(for: "Content-Type").count <= 1 else {
            throw .badRequest("more than one Content-Type header")
        }
        let framing = try framing(headers, version: version)
        let keepAlive =
            version == .http1_1
            ? !headers.hasToken("close", in: "Connection")
            : headers.hasToken("keep-alive", in: "Connection") && !headers.hasToken("close", in: "Connection")
        let expectsContinue = try expectation(headers.values(for: "Expect"), version: version)
        return HTTPRequestHead(
            method: method, target: target, version: version, headers: headers, framing: framing,
            keepAlive: keepAlive, expectsContinue: expectsContinue)
    }

    /// RFC 9112 §3.2: an HTTP/1.1 request without Host, or with more than one, MUST get a 400.
    private static func checkHost(_ values: [String], version: HTTPVersion) throws(HTTPError) {
        if values.isEmpty {
            if version == .http1_1 { throw .badRequest("missing Host header") }
            return
        }
        guard values.count == 1 else { throw .badRequest("more than one Host header") }
        guard isValidHost(values[0]) else { throw .badRequest("invalid Host header") }
    }

    /// uri-host [ ":" port ] (RFC 3986 §3.2.2): reg-name and IP-literal bytes only, and not too long.
    static func isValidHost(_ host: String) -> Bool {
        host.utf8.count <= 255
            && host.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"):
                    true
                default: "-._~!$&'()*+,;=%:[]".utf8.contains(byte)
                }
            }
    }

    private static func framing(_ headers: HTTPHeaders, version: HTTPVersion) throws(HTTPError) -> HTTPBodyFraming {
        var length: Int?
        for value in headers.values(for: "Content-Length") {
            // RFC 9110 §8.6: a list of identical values may be read as one; differing values are an error.
            for element in Syntax.listElements(value) {
                guard let parsed = parseLength(element) else { throw .badRequest("invalid Content-Length") }
                if let length, length != parsed { throw .badRequest("conflicting Content-Length values") }
                length = parsed
            }
        }
        let encodings = headers.values(for: "Transfer-Encoding")
        guard !encodings.isEmpty else { return length.map { .contentLength($0) } ?? .none }
        // RFC 9112 §6.1: both at once is what a smuggler sends; the server MAY reject it, and we do.
        guard length == nil else { throw .badRequest("both Content-Length and Transfer-Encoding") }
        guard version == .http1_1 else { throw .badRequest("Transfer-Encoding in an HTTP/1.0 request") }
        let codings = encodings.flatMap(Syntax.listElements)
        guard !codings.contains(where: \.isEmpty) else { throw .badRequest("invalid Transfer-Encoding") }
        // RFC 9112 §6.3: chunked must be the final coding of a request, applied once; otherwise the length
        // cannot be known and the answer MUST be 400.
        guard let last = codings.last, Syntax.equalsIgnoringCase(last, "chunked"),
            !codings.dropLast().contains(where: { Syntax.equalsIgnoringCase($0, "chunked") })
        else { throw .badRequest("chunked must be the final transfer coding") }
        guard codings.count == 1 else { throw .notImplemented("transfer codings other than chunked") }
        return .chunked
    }

    /// Content-Length = 1*DIGIT, without sign or spaces, small enough that no sum of it can overflow.
    static func parseLength(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 15 else { return nil }
        var value = 0
        for byte in text.utf8 {
            guard let digit = Syntax.decimalDigit(byte) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// RFC 9110 §10.1.1: only 100-continue is defined; anything else gets 417. A 1.0 client cannot
    /// understand an interim response, so its expectation is ignored.
    private static func expectation(_ values: [String], version: HTTPVersion) throws(HTTPError) -> Bool {
        guard !values.isEmpty else { return false }
        let elements = values.flatMap(Syntax.listElements)
        guard elements.count == 1, Syntax.equalsIgnoringCase(elements[0], "100-continue") else {
            throw .expectationFailed
        }
        return version == .http1_1
    }
}
