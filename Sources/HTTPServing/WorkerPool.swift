import Foundation
import HTTP
import Synchronization
import System

/// The threads that serve requests the event loop has gathered: started on demand, up to a maximum, and
/// kept for the next request. A connection that finds them all busy waits its turn in order.
///
/// Handlers may block (a durable append waits for its fsync), so the pool is sized in threads, not cores.
/// A request whose body is still arriving (larger than `bodyBufferBytes`) holds its worker for as long as
/// the body takes: at most half the workers stream bodies at once, so that slow uploads cannot hold them
/// all. The others wait their turn, parked, in order, under their own body deadline.
final class WorkerPool: @unchecked Sendable {
    // @unchecked: every field but `maxThreads` is guarded by `lock`.
    private let lock = NSCondition()
    private var queue: [Connection] = []
    private var head = 0
    private var idle = 0
    private var threads = 0
    private var stopping = false
    private var parked: [Connection] = []
    private var streaming = 0
    let maxThreads: Int
    private var maxStreaming: Int { max(1, maxThreads / 2) }
    /// Workers waiting a moment on their connection for its next request (``Connection/serve()``).
    private let waiting = Atomic<Int>(0)

    init(maxThreads: Int) {
        self.maxThreads = max(1, maxThreads)
    }

    /// Queues a connection whose request is ready; false when no thread exists and none can be started.
    func submit(_ connection: Connection) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        queue.append(connection)
        if queue.count - head > idle, threads < maxThreads, Threads.spawn({ [self] in work() }) {
            threads += 1
        }
        guard threads > 0 else {
            queue.removeLast()
            return false
        }
        if idle > 0 { lock.signal() }
        return true
    }

    /// True when a worker may wait on its connection: at most half of them do at once, so the others
    /// are there for the requests the event loop hands over.
    func beginWaiting() -> Bool {
        if waiting.add(1, ordering: .relaxed).newValue <= maxThreads / 2 { return true }
        waiting.subtract(1, ordering: .relaxed)
        return false
    }

    func endWaiting() { waiting.subtract(1, ordering: .relaxed) }

    /// Lets every idle thread end; busy ones end after their request.
    func stop() {
        lock.lock()
        stopping = true
        lock.broadcast()
        lock.unlock()
    }

    private func work() {
        lock.lock()
        while true {
            while !canTakeWork, !stopping {
                idle += 1
                lock.wait()
                idle -= 1
            }
            // Stopping, and nothing this thread can take: parked bodies go to the streaming workers.
            guard canTakeWork else { break }
            guard let (connection, streams) = takeWork() else { continue }
            if streams { streaming += 1 }
            lock.unlock()
            connection.serve()
            lock.lock()
            if streams { streaming -= 1 }
        }
        threads -= 1
        lock.unlock()
    }

    private var canTakeWork: Bool { head < queue.count || (!parked.isEmpty && streaming < maxStreaming) }

    /// The next connection and whether it streams a body: a parked one first when a streaming slot is
    /// free, else the queue's next (parked instead when it streams and no slot is free). Under `lock`.
    private func takeWork() -> (Connection, streams: Bool)? {
        if !parked.isEmpty, streaming < maxStreaming { return (parked.removeFirst(), true) }
        guard head < queue.count else { return nil }
        let connection = queue[head]
        head += 1
        if head == queue.count {
            queue.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 1024, head * 2 >= queue.count {
            queue.removeFirst(head)
            head = 0
        }
        guard connection.streamsBody else { return (connection, false) }
        guard streaming < maxStreaming else {
            parked.append(connection)
            return nil
        }
        return (connection, true)
    }
}
