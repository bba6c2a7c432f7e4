/// A request as a handler sees it: method, target, decoded path, query, headers and a streamed body.
public struct HTTPRequest {
    public let method: HTTPMethod
    /// The request target exactly as sent, e.g. `/vi/theo-doi?ma=7K2Q`.
    public let target: String
    /// The percent-decoded path, e.g. `/vi/theo-doi`. Never holds `.` or `..` segments, NUL, a control byte,
    /// a backslash or an encoded slash: such requests are refused with 400 before any handler runs.
    public let path: String
    /// The raw query after `?`, not decoded; nil when the target has no `?`. See `queryItems()`.
    public let query: String?
    public let version: HTTPVersion
    public let headers: HTTPHeaders
    /// The body, streamed; empty when the request has none.
    public let body: HTTPRequestBody
    /// The pattern of the route that matched (e.g. `/static/`), set by the router. This, not `path`, is what
    /// an access log may record: a path can hold a case token.
    public package(set) var route: String?
    /// Whether the connection came from this machine (loopback or a Unix-domain socket); nil unless the
    /// server was configured to ask (HTTPServing's `checksPeerIsLoopback`). Never the address itself.
    public package(set) var peerIsLoopback: Bool?

    /// A request from a parsed head and its body; throws 400 when the target's path is not acceptable.
    public init(head: HTTPRequestHead, body: HTTPRequestBody = HTTPRequestBody()) throws(HTTPError) {
        let (path, query) = try RequestTarget.split(head.target)
        self.init(head: head, path: path, query: query, body: body)
    }

    /// A request built in memory, for tests of handlers and routers.
    public init(
        method: HTTPMethod, target: String, headers: HTTPHeaders = ["Host": "localhost"], body: [UInt8] = [],
        peerIsLoopback: Bool? = nil
    ) throws(HTTPError) {
        var headers = headers
        if !body.isEmpty, !headers.contains("Content-Length") { headers["Content-Length"] = String(body.count) }
        let head = HTTPRequestHead(
            method: method, target: target, headers: headers,
            framing: body.isEmpty ? .none : .contentLength(body.count))
        try self.init(head: head, body: HTTPRequestBody(body))
        self.peerIsLoopback = peerIsLoopback
    }

    package init(head: HTTPRequestHead, path: String, query: String?, body: HTTPRequestBody) {
        method = head.method
        target = head.target
        self.path = path
        self.query = query
        version = head.version
        headers = head.headers
        self.body = body
    }

    /// The query's `name=value` pairs, decoded as a form (`+` is a space); 400 when they do not decode.
    public func queryItems(maxItems: Int = 64) throws(HTTPError) -> [(String, String)] {
        guard let query else { return [] }
        return try FormURLEncoded.parse(Array(query.utf8), maxFields: maxItems)
    }

    /// The media type of the body without parameters, lowercased (`multipart/form-data`), if there is one.
    public var mediaType: String? {
        guard let contentType = headers["Content-Type"] else { return nil }
        return (try? MediaType.parse(contentType))?.type
    }

    /// Reads the whole body (at most the route's limit) as an `application/x-www-form-urlencoded` form.
    ///
    /// Throws 415 when the body has another media type, 413 past the limit, 400 when it does not decode.
    public func form(maxFields: Int = FormURLEncoded.defaultMaxFields) throws(HTTPError) -> [(String, String)] {
        guard mediaType == "application/x-www-form-urlencoded" else {
            throw .unsupportedMediaType(expected: "application/x-www-form-urlencoded")
        }
        return try FormURLEncoded.parse(body.readAll(), maxFields: maxFields)
    }

    /// A reader of the body's `multipart/form-data` parts, streamed; 415 for another media type, 400 for a
    /// bad boundary.
    public func multipart(limits: MultipartReader.Limits = .init()) throws(HTTPError) -> MultipartReader {
        guard let contentType = headers["Content-Type"] else {
            throw .unsupportedMediaType(expected: "multipart/form-data")
        }
        let boundary = try MultipartReader.boundary(fromContentType: contentType)
        return try MultipartReader(body: body, boundary: boundary, limits: limits)
    }
}

extension HTTPRequest: CustomStringConvertible, CustomDebugStringConvertible {
    /// Method and route pattern only: a request printed by mistake must not put a path (which may hold a
    /// case token), a header or a body in a log.
    public var description: String { "\(method) \(route ?? "(no route)")" }
    public var debugDescription: String { "HTTPRequest(\(description))" }
}
