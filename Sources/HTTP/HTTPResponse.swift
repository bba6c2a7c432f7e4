import Foundation

/// A response: status, headers and the whole body.
///
/// The server owns the framing: it sets Content-Length from `body` and Connection as the connection
/// requires, and drops those fields (and Transfer-Encoding) if a handler set them. It adds nothing else:
/// no Date, no Server (we do not advertise). Security headers are the application's, through
/// `Router.defaultHeaders` or per response.
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: [UInt8]

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// `text/plain; charset=utf-8`.
    public static func text(_ text: String, status: HTTPStatus = .ok) -> HTTPResponse {
        bytes(Array(text.utf8), contentType: "text/plain; charset=utf-8", status: status)
    }

    /// `text/html; charset=utf-8`.
    public static func html(_ html: String, status: HTTPStatus = .ok) -> HTTPResponse {
        bytes(Array(html.utf8), contentType: "text/html; charset=utf-8", status: status)
    }

    /// `application/json` from bytes already encoded.
    public static func json(_ body: [UInt8], status: HTTPStatus = .ok) -> HTTPResponse {
        bytes(body, contentType: "application/json", status: status)
    }

    /// `application/json` from an `Encodable` value, keys sorted so that equal values give equal bytes.
    public static func json(encoding value: some Encodable, status: HTTPStatus = .ok) throws -> HTTPResponse {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return json(Array(try encoder.encode(value)), status: status)
    }

    /// Any bytes with their media type.
    public static func bytes(_ body: [UInt8], contentType: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": contentType], body: body)
    }

    /// A redirect; 303 See Other by default, the answer to a POSTed form (the browser then GETs `location`).
    public static func redirect(to location: String, status: HTTPStatus = .seeOther) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Location": location])
    }

    /// 1xx, 204 and 304 responses never have a body (RFC 9110 §6.4.1).
    package var allowsBody: Bool { status.code >= 200 && status.code != 204 && status.code != 304 }

    /// The status line and header section as they go on the wire, or nil when a header cannot be written
    /// (a name that is not a token, a value with CR, LF or NUL): the server answers 500 instead of
    /// letting a value from user input split the response.
    package func serializedHead(keepAlive: Bool, requestVersion: HTTPVersion) -> [UInt8]? {
        guard headers.isValidForWire else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128 + headers.fields.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count + 4 })
        func line(_ text: String) {
            bytes += text.utf8
            bytes += [Syntax.cr, Syntax.lf]
        }
        line("HTTP/1.1 \(status.code) \(status.reasonPhrase)")
        for field in headers
        where !Self.serverOwnedFields.contains(where: { Syntax.equalsIgnoringCase($0, field.name) }) {
            line("\(field.name): \(field.value)")
        }
        if allowsBody { line("Content-Length: \(body.count)") }
        if !keepAlive {
            line("Connection: close")
        } else if requestVersion == .http1_0 {
            line("Connection: keep-alive")
        }
        bytes += [Syntax.cr, Syntax.lf]
        return bytes
    }

    private static let serverOwnedFields = ["Content-Length", "Transfer-Encoding", "Connection"]

    /// The interim response that tells a client waiting on `Expect: 100-continue` to send its body.
    package static let continueBytes = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)
}
