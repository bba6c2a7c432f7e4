import Foundation
import HTTP
import Synchronization
import System

/// A small, strict HTTP/1.1 server: one event-loop thread that accepts connections and gathers each
/// request, and a pool of worker threads that run the handlers.
///
/// ```swift
/// var router = Router()
/// router.route(.get, "/") { _ in .html("<h1>Candor</h1>") }
/// let server = HTTPServer(address: .tcp(host: "127.0.0.1", port: 8080), router: router)
/// try server.start()
/// // … on SIGTERM: server.shutdown(), then close the ledger.
/// server.wait()
/// ```
///
/// Workers fit handlers that block (a durable append waits for its fsync); a connection holds one only
/// while its request is served, never while it idles or trickles in (``EventLoop``). Connections are
/// bounded by `Configuration.maxConnections`; one more is answered 503 with Retry-After and closed. The
/// server never learns a client's address: `accept` is called without one, so none can reach a log.
public final class HTTPServer: @unchecked Sendable {
    // @unchecked: the mutable state below is guarded by `lock`; `router`, `configuration` and the
    // descriptors set in `start` are written once, before any other thread exists.
    public let address: Address
    public let configuration: Configuration
    let router: Router

    private enum Phase { case created, running, stopping, stopped }

    private let lock = NSCondition()
    private var phase = Phase.created
    private var loopRunning = false
    private var connections: [Int: Int32] = [:]
    private var nextConnectionID = 0
    private var listener: Listener?
    /// Written to by `shutdown`, once to stop accepting and once to end the event loop.
    private var wakePipe: (read: Int32, write: Int32) = (-1, -1)
    private var rejection: [UInt8] = []
    private(set) var eventLoop: EventLoop?
    let workers: WorkerPool
    private let loopExit = Atomic<Bool>(false)
    let lingerer: Lingerer
    /// `Connection` objects alive: each is freed once it is closed, so this falls back to the number of
    /// open connections (a test checks it; a reference cycle once kept every connection forever).
    let liveConnectionObjects = Atomic<Int>(0)

    public init(address: Address, router: Router, configuration: Configuration = .init()) {
        self.address = address
        self.router = router
        self.configuration = configuration
        lingerer = Lingerer(timeout: configuration.lingerTimeout)
        workers = WorkerPool(maxThreads: configuration.maxWorkerThreads)
    }

    deinit {
        if wakePipe.read >= 0 {
            FileDescriptor.close(wakePipe.read)
            FileDescriptor.close(wakePipe.write)
        }
    }

    /// The TCP port the server listens on (the one picked for port 0), once started; nil for a Unix socket.
    public var port: UInt16? {
        lock.lock()
        defer { lock.unlock() }
        return listener?.port
    }

    /// Binds, listens and starts the event loop on a background thread; returns at once. Call it once: a
    /// server that failed to start stays stopped.
    public func start() throws(HTTPError) {
        lock.lock()
        defer { lock.unlock() }
        precondition(phase == .created, "an HTTPServer starts once")
        phase = .stopped
        // Every connection holds a descriptor, idle ones included: the soft limit (often 1,024) would
        // refuse connections long before `maxConnections`.
        Self.raiseDescriptorLimit()
        let listener = try Listener.open(address, permissions: configuration.unixSocketPermissions)
        func abandon() {
            FileDescriptor.close(listener.fd)
            listener.removeSocketFile()
        }
        do throws(SystemError) {
            wakePipe = try Socket.pipe()
        } catch {
            abandon()
            throw HTTPError(error)
        }
        let loop: EventLoop
        do throws(HTTPError) {
            loop = try EventLoop(server: self, listener: listener.fd, wake: wakePipe.read, pool: workers)
        } catch {
            abandon()
            throw error
        }
        self.listener = listener
        rejection = rejectionBytes()
        let lingerer = self.lingerer
        guard Threads.spawn({ lingerer.run() }) else {
            abandon()
            throw .cannotListen("no thread for the lingerer")
        }
        guard Threads.spawn({ loop.run() }) else {
            abandon()
            lingerer.stop()
            throw .cannotListen("no thread for the event loop")
        }
        eventLoop = loop
        loopRunning = true
        phase = .running
    }

    /// Blocks until `shutdown()` has finished.
    public func wait() {
        lock.lock()
        while phase != .stopped { lock.wait() }
        lock.unlock()
    }

    /// `start()`, then `wait()`: serves until another thread calls `shutdown()`.
    public func run() throws(HTTPError) {
        try start()
        wait()
    }

    /// Stops accepting, closes idle connections, lets requests in flight finish, then returns.
    ///
    /// A request still running after `timeout` (the configuration's `shutdownTimeout` by default) has its
    /// connection shut down under it, so its reads and writes fail. A handler stuck outside I/O cannot be
    /// stopped: shutdown then returns anyway, a second later. Safe to call more than once, from any thread.
    public func shutdown(timeout: Duration? = nil) {
        lock.lock()
        switch phase {
        case .created:
            phase = .stopped
            lock.broadcast()
            lock.unlock()
            return
        case .stopping, .stopped:
            while phase != .stopped { lock.wait() }
            lock.unlock()
            return
        case .running:
            phase = .stopping
        }
        wakeEventLoop()
        let deadline = Date() + (timeout ?? configuration.shutdownTimeout).seconds
        while !connections.isEmpty, lock.wait(until: deadline) {}
        if !connections.isEmpty {
            for fd in connections.values { Socket.shutdown(fd, .readWrite) }
            let grace = Date() + 1
            while !connections.isEmpty, lock.wait(until: grace) {}
        }
        loopExit.store(true, ordering: .sequentiallyConsistent)
        wakeEventLoop()
        let grace = Date() + 1
        while loopRunning, lock.wait(until: grace) {}
        lock.unlock()
        workers.stop()
        lingerer.stop()
        listener?.removeSocketFile()
        lock.lock()
        eventLoop = nil
        phase = .stopped
        lock.broadcast()
        lock.unlock()
    }

    private func wakeEventLoop() {
        try? FileDescriptor.write(wakePipe.write, all: [1], path: "the wake pipe")
    }

    var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return phase != .running
    }

    var loopShouldExit: Bool { loopExit.load(ordering: .sequentiallyConsistent) }

    /// Called by the event loop as it ends.
    func eventLoopFinished() {
        lock.lock()
        loopRunning = false
        lock.broadcast()
        lock.unlock()
    }

    /// Connections open now, idle or busy.
    var connectionCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return connections.count
    }

    /// A connection the event loop accepted: registered, or refused with a 503 when the server is full or
    /// stopping.
    func admit(_ fd: Int32) -> Connection? {
        if case .tcp = address { Socket.setNoDelay(fd) }
        lock.lock()
        guard phase == .running, connections.count < configuration.maxConnections else {
            lock.unlock()
            reject(fd)
            return nil
        }
        let id = nextConnectionID
        nextConnectionID += 1
        connections[id] = fd
        lock.unlock()
        let connection = Connection(id: id, fd: fd, server: self)
        if configuration.checksPeerIsLoopback {
            connection.peerIsLoopback = Socket.peerAddress(fd)?.isLoopback ?? false
        }
        return connection
    }

    /// The 503 for a connection over the limit: written without blocking (it fits any socket buffer), then
    /// the connection lingers so the client reads it.
    private func reject(_ fd: Int32) {
        _ = rejection.withUnsafeBytes { try? Socket.send(fd, $0) }
        lingerer.add(fd)
        configuration.accessLog?(HTTPAccessLogEntry(method: nil, route: nil, status: .serviceUnavailable))
    }

    private func rejectionBytes() -> [UInt8] {
        let seconds = configuration.retryAfterSeconds
        var response = router.errorResponse(.serviceUnavailable(retryAfterSeconds: seconds), request: nil)
        response.headers["Retry-After"] = String(seconds)
        if let head = response.serializedHead(keepAlive: false, requestVersion: .http1_1) {
            return head + response.body
        }
        let bare = HTTPResponse(status: .serviceUnavailable, headers: ["Retry-After": String(seconds)])
        return bare.serializedHead(keepAlive: false, requestVersion: .http1_1) ?? []
    }

    /// Called as a connection ends, by the event loop or a worker: the connection leaves the registry
    /// before its descriptor is closed, so `shutdown` never touches a descriptor number that was reused.
    func connectionFinished(_ connection: Connection, linger: Bool) {
        lock.lock()
        connections[connection.id] = nil
        lock.broadcast()
        lock.unlock()
        if linger { lingerer.add(connection.fd) } else { FileDescriptor.close(connection.fd) }
    }
}

extension Duration {
    /// The duration in seconds, as Foundation's `TimeInterval`.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
