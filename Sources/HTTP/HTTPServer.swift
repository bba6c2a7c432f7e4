import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// A small, strict HTTP/1.1 server: one acceptor thread, one thread per connection, blocking I/O with
/// `poll` deadlines.
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
/// Thread per connection fits handlers that block (a durable append waits for its fsync). Connections are
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
    private var acceptorRunning = false
    private var connections: [Int: Int32] = [:]
    private var nextConnectionID = 0
    private var listener: Listener?
    /// Written once by `shutdown`: readable from then on, it wakes the acceptor and every idle connection.
    private var wakePipe: (read: Int32, write: Int32) = (-1, -1)
    private var rejection: [UInt8] = []
    let lingerer: Lingerer
    /// `Connection` objects alive: each is freed once its thread is done, so this falls back to the number
    /// of open connections (a test checks it; a reference cycle once kept every connection forever).
    let liveConnectionObjects = Atomic<Int>(0)

    public init(address: Address, router: Router, configuration: Configuration = .init()) {
        self.address = address
        self.router = router
        self.configuration = configuration
        lingerer = Lingerer(timeout: configuration.lingerTimeout)
    }

    deinit {
        if wakePipe.read >= 0 {
            close(wakePipe.read)
            close(wakePipe.write)
        }
    }

    /// The TCP port the server listens on (the one picked for port 0), once started; nil for a Unix socket.
    public var port: UInt16? {
        lock.lock()
        defer { lock.unlock() }
        return listener?.port
    }

    /// Binds, listens and starts accepting on a background thread; returns at once. Call it once: a server
    /// that failed to start stays stopped.
    public func start() throws(HTTPError) {
        lock.lock()
        defer { lock.unlock() }
        precondition(phase == .created, "an HTTPServer starts once")
        phase = .stopped
        let listener = try Listener.open(address, permissions: configuration.unixSocketPermissions)
        func abandon() {
            close(listener.fd)
            listener.removeSocketFile()
        }
        var pipeDescriptors: [Int32] = [-1, -1]
        guard pipe(&pipeDescriptors) == 0 else {
            abandon()
            throw .io(operation: "pipe", errno: errno)
        }
        wakePipe = (pipeDescriptors[0], pipeDescriptors[1])
        for fd in pipeDescriptors { setDescriptorFlags(fd) }
        self.listener = listener
        rejection = rejectionBytes()
        let lingerer = self.lingerer
        guard spawnThread({ lingerer.run() }) else {
            abandon()
            throw .cannotListen("no thread for the lingerer")
        }
        guard spawnThread({ [self] in acceptLoop(listener.fd) }) else {
            abandon()
            lingerer.stop()
            throw .cannotListen("no thread for the acceptor")
        }
        acceptorRunning = true
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
        var byte: UInt8 = 1
        _ = write(wakePipe.write, &byte, 1)
        let deadline = Date() + (timeout ?? configuration.shutdownTimeout).seconds
        while acceptorRunning || !connections.isEmpty, lock.wait(until: deadline) {}
        if !connections.isEmpty {
            for fd in connections.values { Glibc.shutdown(fd, Int32(SHUT_RDWR)) }
            let grace = Date() + 1
            while !connections.isEmpty, lock.wait(until: grace) {}
        }
        lock.unlock()
        lingerer.stop()
        listener?.removeSocketFile()
        lock.lock()
        phase = .stopped
        lock.broadcast()
        lock.unlock()
    }

    var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return phase != .running
    }

    var wakeDescriptor: Int32 { wakePipe.read }

    /// Connections being served now.
    var connectionCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return connections.count
    }

    private func acceptLoop(_ listenerFD: Int32) {
        var descriptors = [
            pollfd(fd: listenerFD, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakePipe.read, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            descriptors[0].revents = 0
            descriptors[1].revents = 0
            guard poll(&descriptors, 2, -1) >= 0 || errno == EINTR else { break }
            if descriptors[1].revents != 0 { break }
            guard descriptors[0].revents != 0 else { continue }
            // No address is asked for: the server never learns who connected.
            let fd = accept(listenerFD, nil, nil)
            if fd < 0 {
                // Out of descriptors or memory: the pending connection stays readable, so wait a little
                // instead of spinning on it.
                if [EMFILE, ENFILE, ENOBUFS, ENOMEM].contains(errno) { usleep(10_000) }
                continue
            }
            admit(fd)
        }
        close(listenerFD)
        lock.lock()
        acceptorRunning = false
        lock.broadcast()
        lock.unlock()
    }

    private func admit(_ fd: Int32) {
        setDescriptorFlags(fd)
        if case .tcp = address {
            var one: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        }
        lock.lock()
        guard phase == .running, connections.count < configuration.maxConnections else {
            lock.unlock()
            return reject(fd)
        }
        let id = nextConnectionID
        nextConnectionID += 1
        connections[id] = fd
        lock.unlock()
        let connection = Connection(id: id, fd: fd, server: self)
        if !spawnThread({ connection.serve() }) {
            lock.lock()
            connections[id] = nil
            lock.unlock()
            reject(fd)
        }
    }

    /// The 503 for a connection over the limit: written without blocking (it fits any socket buffer), then
    /// the connection lingers so the client reads it.
    private func reject(_ fd: Int32) {
        _ = rejection.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
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

    /// Called by a connection's thread as it ends: the connection leaves the registry before its descriptor
    /// is closed, so `shutdown` never touches a descriptor number that was reused.
    func connectionFinished(id: Int, fd: Int32, linger: Bool) {
        lock.lock()
        connections[id] = nil
        lock.broadcast()
        lock.unlock()
        if linger { lingerer.add(fd) } else { close(fd) }
    }
}

extension Duration {
    /// The duration in seconds, as Foundation's `TimeInterval`.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
