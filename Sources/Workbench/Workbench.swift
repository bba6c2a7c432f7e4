import Foundation
import HTTP
import HTTPServing
import InspectorWorkspace
import Sodium
import System
import Web

/// `candor-inspect serve`: the inspectors' workbench, a local web app on a loopback port of the
/// inspector's own machine (Workbench.docc). One inspector, one browser session: the one-time URL it
/// prints is exchanged for the session's cookie and is then spent.
public final class Workbench: Sendable {
    /// What `candor-inspect serve` is given.
    public struct Configuration: Sendable {
        public var listen = ListenAddress.standard
        /// The inspector's private key file, unlocked on the Unlock page.
        public var keyPath: String
        /// Older key files of the inspector (`--old-key`), unlocked with the key: they open the records
        /// sealed to them.
        public var oldKeyPaths: [String] = []
        public var keysDirectory = "Keys"
        /// The deployment's catalogue folder (`--catalog`), nil for `CANDOR_CATALOG` or the shipped one.
        public var catalogDirectory: String?
        public var mirrorDirectory: String
        /// The server for actions and Sync; nil: the one the mirror is pinned to.
        public var server: String?
        /// The deadline policy's holidays file; nil: the bundled one.
        public var holidays: String?
        /// How long the workbench may stay unused before it locks itself and wipes the key.
        public var idleLock: Duration = .seconds(15 * 60)
        /// Where the Export button writes its bundles (`--exports`), each in a new folder.
        public var exportsDirectory = "candor-exports"
        /// Cases per page of the inbox.
        public var pageSize = 50
        /// The inbox opens with the cases falling due within this many days (`--due-within`), as `remind`.
        public var reminderDays = 3

        public init(keyPath: String, mirrorDirectory: String) {
            self.keyPath = keyPath
            self.mirrorDirectory = mirrorDirectory
        }
    }

    public let configuration: Configuration
    let state: Locked<SessionState>
    private let server: Locked<HTTPServer?> = Locked(nil)
    /// The Sync button's sync, running or ended; nil until one is started.
    let syncing: Locked<SyncProgress?> = Locked(nil)

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        state = Locked(SessionState(oneTimeToken: Random.sessionSecret()))
    }

    /// Listens on the configured loopback address; returns at once.
    public func start() throws(HTTPError) {
        var router = Router()
        router.defaultHeaders = Self.headers
        router.defaultMaxBodyBytes = 1 << 20
        router.route(.get, prefix: "/") { [unowned self] request in try self.respond(to: request) }
        router.route(.post, prefix: "/") { [unowned self] request in try self.respond(to: request) }
        var serving = HTTPServer.Configuration()
        serving.checksPeerIsLoopback = true
        let server = HTTPServer(
            address: .tcp(host: configuration.listen.host, port: configuration.listen.port), router: router,
            configuration: serving)
        try server.start()
        self.server.withLock { $0 = server }
        let idle = configuration.idleLock
        _ = Threads.spawn { [weak self] in
            while let self, self.isServing {
                Thread.sleep(forTimeInterval: min(5, Double(idle.components.seconds) / 4 + 0.05))
                self.lockIfIdle()
            }
        }
    }

    var isServing: Bool { server.withLock { $0 != nil } }

    /// The port it listens on, once started.
    public var port: UInt16 { server.withLock { $0?.port } ?? configuration.listen.port }

    /// The address to open once, printed at start: its token becomes the session's cookie.
    public var oneTimeURL: String {
        let token = state.withLock { $0.oneTimeToken } ?? ""
        return "\(origin)/login?token=\(token)"
    }

    /// `http://HOST:PORT`, the one origin the workbench accepts.
    var origin: String {
        let host = configuration.listen.host
        return "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
    }

    /// Stops serving and wipes the key.
    public func shutdown() {
        let server = self.server.withLock { server in
            defer { server = nil }
            return server
        }
        server?.shutdown()
        state.withLock { $0.lock() }
    }

    /// Blocks until ``shutdown()``.
    public func wait() {
        server.withLock { $0 }?.wait()
    }

    /// Locks the workbench once it has been idle longer than the configured time: the key is wiped.
    func lockIfIdle() {
        let limit = configuration.idleLock
        state.withLock { state in
            if state.key != nil, state.idle(longerThan: limit) {
                state.lock()
                state.lockedByIdle = true
            }
        }
    }

    /// The workbench's security headers: nothing loads from anywhere but itself, no script at all, and
    /// no page may frame it. Its own origin is sent as the Referer and Origin of its forms (the
    /// citizen's sites send none: with `no-referrer` a browser sends `Origin: null`, which the Origin
    /// check would refuse).
    static let headers: HTTPHeaders = [
        "Content-Security-Policy":
            "default-src 'none'; img-src 'self'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        "Referrer-Policy": "same-origin",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Cache-Control": "no-store",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Resource-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ]
}
