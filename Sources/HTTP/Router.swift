/// Maps a method and a decoded path to a handler, and answers 404, 405, 413 and handler errors by itself.
///
/// Exact routes win over prefix routes, and a longer prefix over a shorter one; the first of those that
/// takes the method handles the request. A `HEAD` request goes to the `GET` route when there is no
/// `HEAD` route (the server sends the headers without the body). When routes match the path but none
/// takes the method, the answer is 405 with `Allow`.
///
/// The same `respond(to:)` the server calls is public, so handlers can be tested without sockets.
public struct Router: Sendable {
    /// A handler runs on its connection's thread and may block (on a durable append, say).
    public typealias Handler = @Sendable (HTTPRequest) throws -> HTTPResponse
    /// Renders an error the server answers by itself: 400, 404, 405, 408, 411, 413, 414, 431, 500, 503 ….
    /// The request is nil when the error came before there was one (a malformed head). The server then
    /// sets the framing fields, `Allow` on a 405 and `Retry-After` on a 503.
    public typealias ErrorPage = @Sendable (HTTPStatus, HTTPRequest?) -> HTTPResponse

    /// The body limit of routes that do not set their own.
    public var defaultMaxBodyBytes = 64 * 1024
    /// Fields added to every response, error pages included, unless the response already has them:
    /// the place for Content-Security-Policy, X-Content-Type-Options, Referrer-Policy and the like.
    public var defaultHeaders: HTTPHeaders = [:]
    /// The error pages; nil means short plain-text messages in English.
    public var errorPage: ErrorPage?

    package struct Route: Sendable {
        package let method: HTTPMethod
        package let pattern: String
        package let isPrefix: Bool
        package let maxBodyBytes: Int?
        let handler: Handler
    }

    package enum Resolution {
        case matched(Route)
        case notFound
        case methodNotAllowed(allow: String)
    }

    private var exact: [String: [Route]] = [:]
    /// Longest pattern first, so the most specific prefix is tried first.
    private var prefixes: [Route] = []

    public init() {}

    /// A route as it was registered: its method, and its exact path or its prefix.
    public struct Registration: Sendable, Hashable {
        public let method: HTTPMethod
        public let pattern: String
        public let isPrefix: Bool
    }

    /// Every registered route, exact paths (sorted) before prefixes: what a published API description is
    /// checked against.
    public var registrations: [Registration] {
        let exactRoutes = exact.keys.sorted().flatMap { exact[$0]! }
        return (exactRoutes + prefixes).map {
            Registration(method: $0.method, pattern: $0.pattern, isPrefix: $0.isPrefix)
        }
    }

    /// Routes `method` requests for exactly `path` to `handler`, with a body of at most `maxBodyBytes`
    /// (the router's default when nil).
    public mutating func route(
        _ method: HTTPMethod, _ path: String, maxBodyBytes: Int? = nil, _ handler: @escaping Handler
    ) {
        precondition(path.hasPrefix("/"), "a route's path starts with /")
        precondition(!(exact[path] ?? []).contains { $0.method == method }, "\(method) \(path) is routed twice")
        exact[path, default: []].append(
            Route(method: method, pattern: path, isPrefix: false, maxBodyBytes: maxBodyBytes, handler: handler))
    }

    /// Routes `method` requests for every path that starts with `prefix` (say `/static/`) to `handler`.
    public mutating func route(
        _ method: HTTPMethod, prefix: String, maxBodyBytes: Int? = nil, _ handler: @escaping Handler
    ) {
        precondition(prefix.hasPrefix("/"), "a route's prefix starts with /")
        precondition(
            !prefixes.contains { $0.pattern == prefix && $0.method == method }, "\(method) \(prefix) is routed twice")
        prefixes.append(
            Route(method: method, pattern: prefix, isPrefix: true, maxBodyBytes: maxBodyBytes, handler: handler))
        prefixes.sort { $0.pattern.utf8.count > $1.pattern.utf8.count }
    }

    /// The response to a request: what the server sends, except for the framing fields.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        switch resolve(request.method, request.path) {
        case .notFound:
            return errorResponse(.notFound, request: request)
        case .methodNotAllowed(let allow):
            return methodNotAllowed(allow: allow, request: request)
        case .matched(let route):
            var request = request
            request.route = route.pattern
            request.body.limit = min(request.body.limit, maxBodyBytes(of: route))
            if let declared = request.body.declaredLength, declared > request.body.limit {
                return errorResponse(.contentTooLarge(limit: request.body.limit), request: request)
            }
            return invoke(route, request).response
        }
    }

    package func resolve(_ method: HTTPMethod, _ path: String) -> Resolution {
        let candidates = (exact[path] ?? []) + prefixes.filter { path.hasPrefix($0.pattern) }
        guard !candidates.isEmpty else { return .notFound }
        if let route = candidates.first(where: { $0.method == method }) { return .matched(route) }
        if method == .head, let route = candidates.first(where: { $0.method == .get }) { return .matched(route) }
        var allowed: [String] = []
        for candidate in candidates where !allowed.contains(candidate.method.rawValue) {
            allowed.append(candidate.method.rawValue)
        }
        if allowed.contains("GET"), !allowed.contains("HEAD") { allowed.append("HEAD") }
        return .methodNotAllowed(allow: allowed.sorted().joined(separator: ", "))
    }

    package func maxBodyBytes(of route: Route) -> Int { route.maxBodyBytes ?? defaultMaxBodyBytes }

    /// Runs a handler. An `HTTPError` it throws becomes its status; any other error becomes a 500 that says
    /// nothing of the error (its text might hold request data). The error is returned too, so the server
    /// can close the connection: the body may be half read.
    package func invoke(_ route: Route, _ request: HTTPRequest) -> (response: HTTPResponse, failure: (any Error)?) {
        do {
            return (withDefaultHeaders(try route.handler(request)), nil)
        } catch let error as HTTPError where error.status != nil {
            return (errorResponse(error, request: request), error)
        } catch {
            return (errorResponse(status: .internalServerError, message: nil, request: request), error)
        }
    }

    package func methodNotAllowed(allow: String, request: HTTPRequest?) -> HTTPResponse {
        var response = errorResponse(
            status: .methodNotAllowed, message: "this address does not accept this method", request: request)
        response.headers["Allow"] = allow
        return response
    }

    /// The page of an `HTTPError` that has a status.
    package func errorResponse(_ error: HTTPError, request: HTTPRequest?) -> HTTPResponse {
        var response = errorResponse(
            status: error.status ?? .internalServerError, message: error.description, request: request)
        if case .serviceUnavailable(let seconds) = error, !response.headers.contains("Retry-After") {
            response.headers["Retry-After"] = String(seconds)
        }
        return response
    }

    /// The page of an error status: the application's `errorPage`, or a short plain-text message.
    package func errorResponse(status: HTTPStatus, message: String?, request: HTTPRequest?) -> HTTPResponse {
        var response: HTTPResponse
        if let errorPage {
            response = errorPage(status, request)
        } else {
            response = .text(
                "\(status.code) \(status.reasonPhrase)\n" + (message.map { "\n\($0)\n" } ?? ""), status: status)
        }
        response.status = status
        return withDefaultHeaders(response)
    }

    func withDefaultHeaders(_ response: HTTPResponse) -> HTTPResponse {
        var response = response
        for field in defaultHeaders where !response.headers.contains(field.name) {
            response.headers.add(field.name, field.value)
        }
        return response
    }
}
