import HTTP

extension HTTPServer {
    /// Where a server listens.
    public enum Address: Sendable, Equatable {
        /// A TCP port on an IP address literal (`127.0.0.1`, `::1`, `0.0.0.0`); port 0 picks a free port,
        /// which `HTTPServer.port` then reports.
        case tcp(host: String, port: UInt16)
        /// A Unix domain socket, for nginx or a Tor onion service on the same machine. A stale socket file
        /// left by a dead server is replaced; the socket gets `Configuration.unixSocketPermissions`.
        case unix(path: String)

        /// `HOST:PORT` (`[::1]:8080` for IPv6) or `unix:PATH`, as the tools' `--listen` takes it; nil
        /// for anything else.
        public init?(listening text: String) {
            if text.hasPrefix("unix:") {
                let path = String(text.dropFirst(5))
                guard !path.isEmpty else { return nil }
                self = .unix(path: path)
                return
            }
            guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]) else {
                return nil
            }
            var host = String(text[..<colon])
            if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
            self = .tcp(host: host, port: port)
        }
    }

    /// The limits and timeouts of a server. The defaults suit a public service behind nginx or Tor;
    /// body limits are per route (`Router`).
    public struct Configuration: Sendable {
        /// Whether each connection's peer is asked for (getpeername), so that handlers learn whether it is
        /// this machine (``HTTP/HTTPRequest/peerIsLoopback``); the address itself is kept nowhere. Off: the
        /// server never learns who connected.
        public var checksPeerIsLoopback = false
        /// Connections open at once, idle or busy. One more gets a 503 with Retry-After. An idle or slow
        /// connection costs a descriptor and its buffered bytes, never a thread (see `maxWorkerThreads`).
        public var maxConnections = 4096
        /// Threads that run handlers. A connection holds one only from a complete head (and a buffered body,
        /// see `bodyBufferBytes`) to its response, and for the rest of a body larger than that.
        public var maxWorkerThreads = 128
        /// Body bytes gathered before a worker takes the request (nginx's `client_body_buffer_size`): a body
        /// this small, however slowly it comes, holds no thread while it arrives.
        public var bodyBufferBytes = 64 * 1024
        /// The most bytes of a header section (request line excluded); more is a 431.
        public var maxHeaderBytes = 16 * 1024
        /// The most header fields; more is a 431.
        public var maxHeaderCount = 64
        /// The longest request target; longer is a 414.
        public var maxURILength = 2048
        /// Requests served on one connection before it is closed (a bound on any one client's share).
        public var maxRequestsPerConnection = 1000
        /// The longest a connection lives: it is closed when idle past this, and its next response says
        /// `Connection: close`. So a client that trickles small requests cannot keep a slot for hours.
        public var maxConnectionLifetime: Duration = .seconds(120)
        /// The time a whole head may take to arrive, from its first byte; then 408 and close (slowloris).
        public var headerTimeout: Duration = .seconds(10)
        /// How long an idle connection waits for the next request's first byte before it is closed quietly.
        public var keepAliveTimeout: Duration = .seconds(15)
        /// The grace time of a body: a body must arrive within this plus its size at the minimum rate.
        public var bodyTimeout: Duration = .seconds(10)
        /// The slowest pace a body (and a response) may keep, in bytes per second, past the grace time.
        public var minimumBytesPerSecond = 1024
        /// The grace time of a response, on the same terms as `bodyTimeout`.
        public var sendTimeout: Duration = .seconds(10)
        /// The longest a body may take to arrive, or a response to leave, at whatever pace: 408 (or a cut
        /// connection) after it. A large upload kept just above `minimumBytesPerSecond` ends here.
        public var maxTransferDuration: Duration = .seconds(600)
        /// How long `shutdown()` lets requests in flight finish before it cuts their connections.
        public var shutdownTimeout: Duration = .seconds(10)
        /// After an error response that closes the connection, how long unread request bytes are drained so
        /// that the client reads the response instead of a TCP reset.
        public var lingerTimeout: Duration = .seconds(2)
        /// The Retry-After of the 503 sent when all connections are busy.
        public var retryAfterSeconds = 5
        /// Accept absolute-form targets (`GET http://host/path`), which only a proxy in front may send.
        public var allowsAbsoluteForm = false
        /// The permissions of a Unix socket: owner and group (nginx, tor) may connect.
        public var unixSocketPermissions: UInt16 = 0o660
        /// Called after each response. It carries method, route pattern and status only: never a client
        /// address, a path or anything else a request holds.
        public var accessLog: (@Sendable (HTTPAccessLogEntry) -> Void)?

        public init() {}
    }
}

extension HTTPServer.Configuration {
    /// The limits of a request head, for the parser.
    var parserLimits: HTTPRequestParser.Limits {
        var limits = HTTPRequestParser.Limits()
        limits.maxHeaderBytes = maxHeaderBytes
        limits.maxHeaderCount = maxHeaderCount
        limits.maxURILength = maxURILength
        limits.allowsAbsoluteForm = allowsAbsoluteForm
        return limits
    }
}

/// What an access log may know of a response: no address, no path, no header, no content.
public struct HTTPAccessLogEntry: Sendable, Equatable {
    /// Nil when the request was too malformed to have one.
    public let method: HTTPMethod?
    /// The matched route's pattern (`/static/`), nil when no route matched.
    public let route: String?
    public let status: HTTPStatus
}
