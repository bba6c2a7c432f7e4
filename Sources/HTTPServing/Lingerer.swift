import Foundation
import HTTP
import System

/// Closes connections gracefully after an error response, on one background thread.
///
/// Closing a socket with unread bytes in its receive queue makes Linux send a TCP reset, and a reset can
/// destroy the response the client has not read yet: the client sees "connection reset" instead of our
/// 413 or 503. So the write side is shut first (the client reads our response, then end of stream), and
/// what the client still sends is read and dropped until it closes, the linger time passes or 1 MiB was
/// dropped. One thread polls them all, so lingering costs no connection thread and no connection slot.
final class Lingerer: @unchecked Sendable {
    // @unchecked: `incoming`, `stopping` and `finished` are guarded by `lock`; `run` owns the rest.
    private let lock = NSCondition()
    private var incoming: [Int32] = []
    private var stopping = false
    private var finished = false
    private let timeout: Duration
    private let capacity = 1024
    private static let maxDrainedBytes = 1 << 20

    init(timeout: Duration) { self.timeout = timeout }

    /// Takes ownership of `fd`: shuts its write side now, closes it later.
    func add(_ fd: Int32) {
        Socket.shutdown(fd, .write)
        lock.lock()
        defer { lock.unlock() }
        guard !stopping, incoming.count < capacity else {
            FileDescriptor.close(fd)
            return
        }
        incoming.append(fd)
        lock.signal()
    }

    /// Closes every lingering connection and ends the thread.
    func stop() {
        lock.lock()
        stopping = true
        lock.broadcast()
        while !finished { lock.wait() }
        lock.unlock()
    }

    func run() {
        var active: [(fd: Int32, deadline: Deadline, drained: Int)] = []
        var scratch = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            lock.lock()
            while incoming.isEmpty, active.isEmpty, !stopping { lock.wait() }
            let stop = stopping
            let deadline = Deadline.after(timeout)
            active += incoming.map { ($0, deadline, 0) }
            incoming.removeAll()
            lock.unlock()
            if stop {
                for entry in active { FileDescriptor.close(entry.fd) }
                break
            }
            while active.count > capacity { FileDescriptor.close(active.removeFirst().fd) }
            // A short timeout, so that new connections and a stop are picked up without a wake-up pipe.
            let readable = Poll.readable(active.map(\.fd), milliseconds: 50)
            var kept: [(fd: Int32, deadline: Deadline, drained: Int)] = []
            for (index, var entry) in active.enumerated() {
                var done = entry.deadline.hasPassed
                if !done, readable[index] {
                    switch scratch.withUnsafeMutableBytes({ buffer in
                        Result { try Socket.receive(entry.fd, into: buffer) }
                    }) {
                    case .success(let count?) where count > 0:
                        entry.drained += count
                        done = entry.drained > Self.maxDrainedBytes
                    case .success(nil): break  // nothing after all (EAGAIN)
                    case .success, .failure: done = true  // the peer closed, or the socket failed
                    }
                }
                if done { FileDescriptor.close(entry.fd) } else { kept.append(entry) }
            }
            active = kept
        }
        lock.lock()
        finished = true
        lock.broadcast()
        lock.unlock()
    }
}
