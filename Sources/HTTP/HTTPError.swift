/// The one error type of the HTTP layer.
///
/// A client error names the status the server answers with. Its description never quotes the request:
/// an error page must not echo what a client sent, and no request content may reach a log line.
public enum HTTPError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The request is malformed (400). The reason is the server's own words.
    case badRequest(String)
    /// A handler found nothing at this path (404). The router answers 404 by itself for unknown paths.
    case notFound
    /// The headers or the body did not arrive in time (408).
    case requestTimeout
    /// A request that carries a body did not say how long it is (411).
    case lengthRequired
    /// The body is larger than the route accepts (413).
    case contentTooLarge(limit: Int)
    /// The request target is longer than the configured limit (414).
    case uriTooLong(limit: Int)
    /// The body is not of the media type the handler reads (415).
    case unsupportedMediaType(expected: String)
    /// An `Expect` other than `100-continue` (417).
    case expectationFailed
    /// The header section is too large or has too many fields (431).
    case headerFieldsTooLarge(String)
    /// A transfer coding or a feature the server does not implement (501).
    case notImplemented(String)
    /// The service is overloaded; the client may retry after the given number of seconds (503).
    case serviceUnavailable(retryAfterSeconds: Int)
    /// An HTTP version other than 1.0 and 1.1 (505).
    case versionNotSupported
    /// The peer closed the connection before the request was complete: there is no one left to answer.
    case connectionClosed
    /// A socket call failed.
    case io(operation: String, errno: Int32)
    /// The server could not listen on the address it was given.
    case cannotListen(String)

    /// The status the server answers with, or nil when no answer is possible (closed, I/O, listen).
    public var status: HTTPStatus? {
        switch self {
        case .badRequest: .badRequest
        case .notFound: .notFound
        case .requestTimeout: .requestTimeout
        case .lengthRequired: .lengthRequired
        case .contentTooLarge: .contentTooLarge
        case .uriTooLong: .uriTooLong
        case .unsupportedMediaType: .unsupportedMediaType
        case .expectationFailed: .expectationFailed
        case .headerFieldsTooLarge: .requestHeaderFieldsTooLarge
        case .notImplemented: .notImplemented
        case .serviceUnavailable: .serviceUnavailable
        case .versionNotSupported: .httpVersionNotSupported
        case .connectionClosed, .io, .cannotListen: nil
        }
    }

    public var description: String {
        switch self {
        case .badRequest(let why): "bad request: \(why)"
        case .notFound: "nothing was found at this address"
        case .requestTimeout: "the request did not arrive in time"
        case .lengthRequired: "a request with a body must send Content-Length or Transfer-Encoding: chunked"
        case .contentTooLarge(let limit): "the request body is larger than this address accepts (\(limit) bytes)"
        case .uriTooLong(let limit): "the request target is longer than \(limit) bytes"
        case .unsupportedMediaType(let expected): "the request body must be \(expected)"
        case .expectationFailed: "only Expect: 100-continue is supported"
        case .headerFieldsTooLarge(let why): "request header fields too large: \(why)"
        case .notImplemented(let what): "not implemented: \(what)"
        case .serviceUnavailable(let seconds): "the service is busy; try again in \(seconds) seconds"
        case .versionNotSupported: "only HTTP/1.0 and HTTP/1.1 are supported"
        case .connectionClosed: "the connection closed before the request was complete"
        case .io(let operation, let errno): "\(operation) failed (errno \(errno))"
        case .cannotListen(let why): "cannot listen: \(why)"
        }
    }
}

extension HTTPError {
    /// The stream ended inside a body: a client that hung up, or an in-memory stream cut short.
    static let bodyEndedEarly = HTTPError.badRequest("the body ended early")
}
