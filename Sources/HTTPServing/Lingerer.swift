import Foundation
import HTTP

#if canImport(Glibc)
    import Glibc
#endif

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
        shutdown(fd, Int32(SHUT_WR))
        lock.lock()
        defer { lock.unlock() }
        guard !stopping, incoming.count < capacity else {
            close(fd)
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
                for entry in active { close(entry.fd) }
                break
            }
            while active.count > capacity { close(active.removeFirst().fd) }
            var descriptors = active.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            // A short timeout, so that new connections and a stop are picked up without a wake-up pipe.
            _ = poll(&descriptors, nfds_t(descriptors.count), 50)
            var kept: [(fd: Int32, deadline: Deadline, drained: Int)] = []
            for (index, var entry) in active.enumerated() {
                var done = entry.deadline.hasPassed
                if !done, descriptors[index].revents != 0 {
                    let count = scratch.withUnsafeMutableBytes { recv(entry.fd, $0.baseAddress, $0.count, 0) }
                    if count > 0 {
                        entry.drained += count
                        done = entry.drained > Self.maxDrainedBytes
                    } else {
                        done = count == 0 || (errno != EAGAIN && errno != EINTR)
                    }
                }
                if done { close(entry.fd) } else { kept.append(entry) }
            }
            active = kept
        }
        lock.lock()
        finished = true
        lock.broadcast()
        lock.unlock()
    }
}
