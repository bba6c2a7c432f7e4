/// How a request's body is delimited on the wire (RFC 9112 §6).
public enum HTTPBodyFraming: Sendable, Equatable {
    /// No body: neither Content-Length nor Transfer-Encoding.
    case none
    /// Exactly this many bytes follow the head.
    case contentLength(Int)
    /// `Transfer-Encoding: chunked`.
    case chunked
}

/// The request line and header section of a request, parsed and checked, before its body.
///
/// `HTTPRequestParser` makes one from bytes; the server turns it into an `HTTPRequest` once the target is
/// routed. It holds what the parser derived from the fields too: the body's framing, whether the
/// connection stays open, whether the client waits for `100 Continue`.
public struct HTTPRequestHead: Sendable, Equatable {
    public var method: HTTPMethod
    /// The request target exactly as sent (origin-form `/path?query`, or absolute-form when allowed).
    public var target: String
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    /// How the body is delimited, from Content-Length and Transfer-Encoding.
    public var framing: HTTPBodyFraming
    /// Whether the client wants the connection kept open after this request (version and `Connection`).
    public var keepAlive: Bool
    /// The client sent `Expect: 100-continue` and waits for an interim response before the body.
    public var expectsContinue: Bool

    public init(
        method: HTTPMethod, target: String, version: HTTPVersion = .http1_1, headers: HTTPHeaders = [:],
        framing: HTTPBodyFraming = .none, keepAlive: Bool = true, expectsContinue: Bool = false
    ) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.framing = framing
        self.keepAlive = keepAlive
        self.expectsContinue = expectsContinue
    }

    /// The head as it goes on the wire: request line, fields in order, empty line.
    ///
    /// Parsing the result gives back an equal head; the fuzzer checks that round trip.
    public func serialized() -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64 + headers.fields.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count + 4 })
        bytes += method.rawValue.utf8
        bytes.append(Syntax.space)
        bytes += target.utf8
        bytes.append(Syntax.space)
        bytes += version.description.utf8
        bytes += [Syntax.cr, Syntax.lf]
        for field in headers {
            bytes += field.name.utf8
            bytes += [Syntax.colon, Syntax.space]
            bytes += field.value.utf8
            bytes += [Syntax.cr, Syntax.lf]
        }
        bytes += [Syntax.cr, Syntax.lf]
        return bytes
    }
}

extension HTTPRequestHead: CustomStringConvertible {
    /// The method and the number of fields only, for the same reason as `HTTPRequest.description`.
    public var description: String { "\(method) request head with \(headers.count) header fields" }
}
