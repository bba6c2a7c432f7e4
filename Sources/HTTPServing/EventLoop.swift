import Foundation
import HTTP
import System

/// The one thread that accepts connections and owns each of them while it is idle or still arriving.
///
/// A connection costs a worker thread only once its request is in hand: a whole head, and its body up to
/// `bodyBufferBytes` (``Connection/advance()``). Until then it waits here, in epoll, with deadlines that
/// never restart: `keepAliveTimeout` and `maxConnectionLifetime` while idle, `headerTimeout` from a head's
/// first byte, the body's pace from the head's end. So thousands of slow clients cost descriptors and
/// the bytes they sent, and good clients keep being served (SECURITY.md, M3).
final class EventLoop: @unchecked Sendable {
    // @unchecked: `owned`, `nextScan`, `stopping` and `listener` belong to the loop's thread; `returned`
    // and `exited` are guarded by `lock`; the rest is immutable.
    private let server: HTTPServer
    private let epoll: Epoll
    private let pool: WorkerPool
    private var listener: Int32
    private let wake: Int32
    private var owned: [Int32: Connection] = [:]
    private var nextScan = Deadline.now()
    private var stopping = false
    private var listenerPausedUntil: Deadline?
    private let lock = NSLock()
    private var returned: [Connection] = []
    private var exited = false

    private static let listenerToken = UInt64.max
    private static let wakeToken = UInt64.max - 1
    /// The longest the loop sleeps: connections given back by workers are looked at by then.
    private static let maxSleep = Duration.milliseconds(250)
    /// Deadlines are checked at most this often; a timeout may fire this much late.
    private static let scanInterval = Duration.milliseconds(25)

    init(server: HTTPServer, listener: Int32, wake: Int32, pool: WorkerPool) throws(HTTPError) {
        self.server = server
        self.listener = listener
        self.wake = wake
        self.pool = pool
        epoll = try HTTPError.system { () throws(SystemError) in
            let epoll = try Epoll()
            try epoll.add(listener, token: Self.listenerToken, oneShot: false)
            try epoll.add(wake, token: Self.wakeToken, oneShot: false)
            return epoll
        }
    }

    /// A worker is done with a connection that stays open: the loop waits for its next request.
    func giveBack(_ connection: Connection) {
        connection.input.releaseIfEmpty()
        // Listed and armed under the lock: an event for it always finds it listed, and the loop cannot
        // close it (and free its descriptor number) before it is armed. Unarmed after an error, its
        // deadline still closes it.
        let accepted = lock.withLock {
            guard !exited else { return false }
            returned.append(connection)
            try? epoll.rearm(connection.fd, token: UInt64(connection.fd))
            return true
        }
        if !accepted { server.connectionFinished(connection, linger: false) }
    }

    /// Runs until the server asks it to exit; then closes what it still owns.
    func run() {
        while !server.loopShouldExit {
            let now = Deadline.now()
            let wakeAt = min(nextScan, now + Self.maxSleep)
            let milliseconds = wakeAt > now ? wakeAt.remainingMilliseconds : 0
            let tokens = epoll.wait(milliseconds: milliseconds)
            takeReturned()
            for token in tokens {
                switch token {
                case Self.listenerToken: acceptConnections()
                case Self.wakeToken: wakeUp()
                default: if let connection = owned[Int32(truncatingIfNeeded: token)] { readable(connection) }
                }
            }
            if Deadline.now() >= nextScan { scanDeadlines() }
        }
        lock.withLock { exited = true }
        takeReturned()
        for connection in owned.values { server.connectionFinished(connection, linger: false) }
        owned.removeAll()
        closeListener()
        server.eventLoopFinished()
    }

    // MARK: connections

    private func acceptConnections() {
        // A bounded batch, so a flood of connections cannot starve the clients already here.
        for _ in 0..<64 {
            // No address is asked for: the server never learns who connected.
            let fd: Int32
            do {
                guard let accepted = try Socket.accept(listener) else { return }
                fd = accepted
            } catch {
                if error.isOutOfResources {
                    // Out of descriptors or memory: the pending connection stays readable, so stop
                    // watching the listener for a moment instead of spinning on it.
                    epoll.remove(listener)
                    listenerPausedUntil = .after(.milliseconds(50))
                    nextScan = min(nextScan, listenerPausedUntil!)
                }
                return
            }
            guard let connection = server.admit(fd) else { continue }
            owned[fd] = connection
            guard (try? epoll.add(fd, token: UInt64(fd), oneShot: true)) != nil else {
                owned[fd] = nil
                server.connectionFinished(connection, linger: false)
                continue
            }
            track(connection)
        }
    }

    private func readable(_ connection: Connection) {
        let arrived: Bool?
        do throws(HTTPError) {
            arrived = try connection.input.fillNow()
        } catch {
            return close(connection)
        }
        switch arrived {
        case nil: arm(connection)
        case false?: connection.inputEnded() ? handOver(connection) : close(connection)
        case true?: connection.advance() ? handOver(connection) : arm(connection)
        }
    }

    private func arm(_ connection: Connection) {
        guard (try? epoll.rearm(connection.fd, token: UInt64(connection.fd))) != nil else { return close(connection) }
        track(connection)
    }

    private func track(_ connection: Connection) {
        nextScan = min(nextScan, connection.loopDeadline)
    }

    private func handOver(_ connection: Connection) {
        owned[connection.fd] = nil
        if !pool.submit(connection) { server.connectionFinished(connection, linger: false) }
    }

    private func close(_ connection: Connection) {
        owned[connection.fd] = nil
        server.connectionFinished(connection, linger: false)
    }

    private func takeReturned() {
        let connections = lock.withLock {
            defer { returned.removeAll() }
            return returned
        }
        for connection in connections {
            owned[connection.fd] = connection
            track(connection)
            if stopping { closeIfIdle(connection) }
        }
    }

    /// Expired connections are answered 408 by a worker or closed quietly (idle); the next scan is set
    /// by the earliest deadline left.
    private func scanDeadlines() {
        let now = Deadline.now()
        if let pause = listenerPausedUntil, now >= pause {
            listenerPausedUntil = nil
            try? epoll.add(listener, token: Self.listenerToken, oneShot: false)
        }
        var earliest = listenerPausedUntil ?? now + Self.maxSleep
        for connection in Array(owned.values) {
            let deadline = connection.loopDeadline
            if deadline <= now {
                connection.expire() ? handOver(connection) : close(connection)
            } else {
                earliest = min(earliest, deadline)
            }
        }
        nextScan = max(earliest, now + Self.scanInterval)
    }

    // MARK: shutdown

    /// The server began to stop: no more connections; idle ones close. A connection whose next request
    /// has begun to arrive keeps its deadlines: bytes sent before the client could know are served.
    private func wakeUp() {
        _ = try? FileDescriptor.read(wake, upTo: 64, path: "the wake pipe")
        guard !stopping, server.isStopping else { return }
        stopping = true
        closeListener()
        for connection in Array(owned.values) { closeIfIdle(connection) }
    }

    private func closeIfIdle(_ connection: Connection) {
        guard connection.isIdle else { return }
        // A request already on its way is read first: it was sent before the client could know.
        if (try? connection.input.fillNow()) == true {
            if connection.advance() { handOver(connection) }
            return
        }
        close(connection)
    }

    private func closeListener() {
        guard listener >= 0 else { return }
        epoll.remove(listener)
        FileDescriptor.close(listener)
        listener = -1
        listenerPausedUntil = nil
    }
}
