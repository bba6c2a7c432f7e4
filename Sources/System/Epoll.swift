internal import CSystemShim

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// An epoll instance: the one place that speaks to the kernel's readiness interface.
///
/// Connections are registered one-shot: an event disarms the descriptor, so exactly one thread (the
/// event loop, or the worker it handed the connection to) owns it until it is armed again. epoll itself
/// is thread-safe, so a worker arms a descriptor it gives back.
public final class Epoll: @unchecked Sendable {
    // @unchecked: `fd` is immutable; `events` is used by the loop's thread alone (`wait`).
    public let fd: Int32
    private var events: [epoll_event]

    public init(capacity: Int = 256) throws(SystemError) {
        fd = try syscall("epoll_create1") { epoll_create1(Int32(EPOLL_CLOEXEC)) }
        events = [epoll_event](repeating: epoll_event(), count: capacity)
    }

    deinit { FileDescriptor.close(fd) }

    /// Watches `descriptor` for input: level-triggered (the listener, the wake pipe) or one-shot.
    public func add(_ descriptor: Int32, token: UInt64, oneShot: Bool) throws(SystemError) {
        try control(EPOLL_CTL_ADD, descriptor, token: token, oneShot: oneShot)
    }

    /// Arms a one-shot descriptor again, after its owner is done with it.
    public func rearm(_ descriptor: Int32, token: UInt64) throws(SystemError) {
        try control(EPOLL_CTL_MOD, descriptor, token: token, oneShot: true)
    }

    public func remove(_ descriptor: Int32) {
        var event = epoll_event()
        _ = epoll_ctl(fd, EPOLL_CTL_DEL, descriptor, &event)
    }

    private func control(_ operation: Int32, _ descriptor: Int32, token: UInt64, oneShot: Bool) throws(SystemError) {
        var event = epoll_event()
        event.events = EPOLLIN.rawValue | EPOLLRDHUP.rawValue | (oneShot ? EPOLLONESHOT.rawValue : 0)
        event.data.u64 = token
        _ = try syscall("epoll_ctl") { epoll_ctl(fd, operation, descriptor, &event) }
    }

    /// Waits up to `milliseconds` and returns the tokens of the descriptors that became ready (readable
    /// or hung up: a read tells which); none on EINTR or timeout.
    public func wait(milliseconds: Int32) -> [UInt64] {
        let count = events.withUnsafeMutableBufferPointer { buffer in
            epoll_wait(fd, buffer.baseAddress, Int32(buffer.count), milliseconds)
        }
        return (0..<max(0, Int(count))).map { events[$0].data.u64 }
    }
}
