import HTTP
import System

/// One client connection: gathered by the event loop while its next request arrives, served by a worker
/// once it is in hand (``Connection/advance()``), requests one after another (keep-alive, pipelining)
/// until the client closes, a framing error, a timeout, its lifetime, or shutdown.
final class Connection: @unchecked Sendable {
    // @unchecked: owned by one thread at a time, the event loop's or a worker's; it changes hands through
    // the loop's and the pool's locks.
    let id: Int
    let fd: Int32
    let server: HTTPServer
    /// Reads from the socket. It must not point back at the connection: an `InputBuffer` holding its
    /// `Connection` as its source made a reference cycle, so no connection was ever freed and every one
    /// kept its 16 KiB buffer (RSS grew by that much per connection: `candor-bench soak` found it).
    let input: InputBuffer
    let openedAt = Deadline.now()
    var stage: Stage
    private var requestsServed = 0

    /// The server's, copied once: the event loop reads it for every deadline.
    let configuration: HTTPServer.Configuration
    private var router: Router { server.router }

    enum Outcome {
        /// Ready for the next request.
        case keepAlive
        /// A response went out and the connection ends: linger, so the client reads it.
        case close
        /// Nothing more can be said (the peer left, a write failed): just close.
        case abort
    }

    /// Whether the peer is this machine, when the server's configuration asks (never the address).
    var peerIsLoopback: Bool?

    init(id: Int, fd: Int32, server: HTTPServer) {
        self.id = id
        self.fd = fd
        self.server = server
        configuration = server.configuration
        stage = .idle(since: openedAt)
        input = InputBuffer(source: SocketSource(fd: fd))
        server.liveConnectionObjects.add(1, ordering: .relaxed)
    }

    deinit {
        server.liveConnectionObjects.subtract(1, ordering: .relaxed)
    }

    /// On a worker: serves the requests in hand, then gives the connection back to the event loop to wait
    /// for the next one, or closes it.
    func serve() {
        var first = true
        repeat {
            while case .ready(let arrival) = stage {
                // The pool counted this worker's streaming body for the first request only: a later one
                // that streams goes back through the pool (`WorkerPool`), which bounds them.
                if !first, streamsBody {
                    if !server.workers.submit(self) { server.connectionFinished(self, linger: false) }
                    return
                }
                first = false
                let outcome = serveRequest(arrival)
                guard outcome == .keepAlive else {
                    return server.connectionFinished(self, linger: outcome == .close)
                }
                stage = .idle(since: .now())
                // A pipelined request that is already here is served at once.
                _ = advance()
            }
        } while awaitNextRequestBriefly()
        server.eventLoop?.giveBack(self) ?? server.connectionFinished(self, linger: false)
    }

    /// An active client sends its next request as soon as it has read a response (a page, then its
    /// stylesheet; an API client's next call): waiting a moment for it here saves two hand-offs between
    /// threads through the event loop. The wait is short and at most half the workers wait at once, so a
    /// slow client gains nothing by it: a request not whole by then goes back to the loop.
    private func awaitNextRequestBriefly() -> Bool {
        guard case .idle = stage, server.workers.beginWaiting() else { return false }
        defer { server.workers.endWaiting() }
        guard (try? waitUntilReady(fd, for: .input, deadline: .after(Self.briefWait))) != nil,
            (try? input.fillNow()) == true
        else { return false }
        return advance()
    }

    private static let briefWait = Duration.milliseconds(50)

    // MARK: I/O

    func write(_ bytes: [UInt8], grace: Duration) throws(HTTPError) {
        let pacing = PacedDeadline(
            start: .now(), grace: grace, minimumBytesPerSecond: configuration.minimumBytesPerSecond,
            limit: configuration.maxTransferDuration)
        var offset = 0
        while offset < bytes.count {
            let sent = try bytes.withUnsafeBytes { raw in
                Result { () throws(HTTPError) in
                    try Connection.lifting { () throws(SystemError) in
                        try Socket.send(fd, UnsafeRawBufferPointer(rebasing: raw[offset...]))
                    }
                }
            }.get()
            if let sent {
                offset += sent
            } else {
                try waitUntilReady(fd, for: .output, deadline: pacing.deadline(afterTransferring: offset))
            }
        }
    }

    // MARK: one request

    private func serveRequest(_ arrival: Arrival) -> Outcome {
        let head: HTTPRequestHead
        let headEnd: Deadline
        switch arrival {
        case .head(let arrived, let end):
            head = arrived
            headEnd = end
        case .failure(let error):
            // No head (431, 414, 408, 400): the path as far as it came still picks the error page's
            // language, or JSON under /api/.
            let probe = partialPath().map {
                HTTPRequest(
                    head: HTTPRequestHead(method: .get, target: $0), path: $0, query: nil, body: HTTPRequestBody())
            }
            return fail(error, head: nil, request: probe)
        }
        // A body that was announced but will not be read leaves the connection out of step: close it.
        let hasBody = head.framing != .none && head.framing != .contentLength(0)
        if head.method.requiresBodyLength, head.framing == .none {
            return fail(.lengthRequired, head: head, request: Self.undecodedProbe(head))
        }
        let path: String
        let query: String?
        do throws(HTTPError) {
            (path, query) = try RequestTarget.split(head.target)
        } catch {
            let response = router.errorResponse(error, request: Self.undecodedProbe(head))
            return respond(response, to: head, route: nil, keepAlive: !hasBody)
        }
        let probe = HTTPRequest(head: head, path: path, query: query, body: HTTPRequestBody())
        switch router.resolve(head.method, path) {
        case .notFound:
            return respond(router.errorResponse(.notFound, request: probe), to: head, route: nil, keepAlive: !hasBody)
        case .methodNotAllowed(let allow):
            let response = router.methodNotAllowed(allow: allow, request: probe)
            return respond(response, to: head, route: nil, keepAlive: !hasBody)
        case .matched(let route):
            let limit = router.maxBodyBytes(of: route)
            var request = probe
            request.route = route.pattern
            if case .contentLength(let length) = head.framing, length > limit {
                return fail(.contentTooLarge(limit: limit), head: head, request: request)
            }
            return handle(head, request, route: route, limit: limit, headEnd: headEnd)
        }
    }

    /// The start of the path of a request whose head did not parse: the bytes after the method, up to a
    /// `?`, a space, a control or non-ASCII byte, or 64 bytes; nil when there is no method and `/` yet.
    private func partialPath() -> String? {
        input.withAvailable { bytes -> String? in
            var start = 0
            while start < bytes.count, bytes[start] == Syntax.cr || bytes[start] == Syntax.lf { start += 1 }
            let methodEnd = bytes[start...].prefix(HTTPMethod.maxLength + 1).firstIndex(of: Syntax.space)
            guard let methodEnd, methodEnd > start, methodEnd + 1 < bytes.count,
                bytes[methodEnd + 1] == UInt8(ascii: "/")
            else { return nil }
            let path = bytes[(methodEnd + 1)...].prefix(64).prefix {
                (0x21...0x7E).contains($0) && $0 != UInt8(ascii: "?")
            }
            return String(decoding: path, as: UTF8.self)
        }
    }

    /// A request for an error page when the target was not (or not yet) decoded: its path is the target
    /// up to `?` as sent, so that the page can still tell an API path or a language prefix (`/api/`,
    /// `/en/`); it is never routed.
    private static func undecodedProbe(_ head: HTTPRequestHead) -> HTTPRequest {
        HTTPRequest(head: head, path: String(head.target.prefix { $0 != "?" }), query: nil, body: HTTPRequestBody())
    }

    private func handle(
        _ head: HTTPRequestHead, _ probe: HTTPRequest, route: Router.Route, limit: Int, headEnd: Deadline
    ) -> Outcome {
        let body = HTTPRequestBody(framing: head.framing, input: input, limit: limit, pacing: bodyPacing(from: headEnd))
        if head.expectsContinue, !body.isComplete {
            // Weak: a handler may keep the body past its connection; the write then fails as closed.
            body.beforeFirstRead = { [weak self] () throws(HTTPError) in
                guard let self else { throw .connectionClosed }
                try write(HTTPResponse.continueBytes, grace: configuration.sendTimeout)
            }
        }
        var request = HTTPRequest(head: head, path: probe.path, query: probe.query, body: body)
        request.route = route.pattern
        request.peerIsLoopback = peerIsLoopback
        let (response, failure) = router.invoke(route, request)
        if let failure = body.failure ?? (failure as? HTTPError), failure.status == nil { return .abort }
        var keepAlive = failure == nil
        if keepAlive, !body.isComplete {
            // A client that waits for 100 Continue and was not told to send may or may not send its body
            // now; the only safe next step is to close.
            keepAlive = !(head.expectsContinue && !body.hasStarted) && body.drain()
        }
        return respond(response, to: head, route: route.pattern, keepAlive: keepAlive)
    }

    /// Answers an error that ends the connection (framing, limits, timeouts), or aborts when no answer is
    /// possible.
    private func fail(_ error: HTTPError, head: HTTPRequestHead?, request: HTTPRequest?) -> Outcome {
        guard error.status != nil else { return .abort }
        return respond(router.errorResponse(error, request: request), to: head, route: request?.route, keepAlive: false)
    }

    private func respond(_ response: HTTPResponse, to head: HTTPRequestHead?, route: String?, keepAlive: Bool)
        -> Outcome
    {
        requestsServed += 1
        var keepAlive =
            keepAlive && (head?.keepAlive ?? false) && !server.isStopping
            && requestsServed < configuration.maxRequestsPerConnection
            && Deadline.now() < openedAt + configuration.maxConnectionLifetime
        var response = response
        var headBytes = response.serializedHead(keepAlive: keepAlive, requestVersion: head?.version ?? .http1_1)
        if headBytes == nil {
            // A handler put CR, LF or a control byte in a header: refuse to write it (response splitting).
            keepAlive = false
            response = router.errorResponse(status: .internalServerError, message: nil, request: nil)
            headBytes = response.serializedHead(keepAlive: false, requestVersion: .http1_1)
            if headBytes == nil {
                // Even the error page or the default headers are unwritable: a bare 500 always is.
                response = HTTPResponse(status: .internalServerError)
                headBytes = response.serializedHead(keepAlive: false, requestVersion: .http1_1)
            }
        }
        var bytes = headBytes ?? []
        if head?.method != .head, response.allowsBody { bytes += response.body }
        configuration.accessLog?(HTTPAccessLogEntry(method: head?.method, route: route, status: response.status))
        do throws(HTTPError) {
            try write(bytes, grace: configuration.sendTimeout)
        } catch {
            return .abort
        }
        return keepAlive ? .keepAlive : .close
    }
}

/// The bytes of a connected socket, for the connection's ``InputBuffer``.
final class SocketSource: ByteSource {
    let fd: Int32

    init(fd: Int32) {
        self.fd = fd
    }

    func readNow(into buffer: UnsafeMutableRawBufferPointer) throws(HTTPError) -> Int? {
        try Connection.lifting { () throws(SystemError) in try Socket.receive(fd, into: buffer) }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer, deadline: Deadline) throws(HTTPError) -> Int {
        while true {
            if let count = try readNow(into: buffer) { return count }
            try waitUntilReady(fd, for: .input, deadline: deadline)
        }
    }
}

extension Connection {
    /// A socket call: a peer that left is ``HTTPError/connectionClosed`` (no one to answer), anything else
    /// an I/O error.
    static func lifting<T>(_ body: () throws(SystemError) -> T) throws(HTTPError) -> T {
        do { return try body() } catch { throw error.isConnectionClosed ? .connectionClosed : HTTPError(error) }
    }
}
