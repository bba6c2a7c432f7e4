#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Waiting for one descriptor to become ready, with `poll`.
public enum Poll {
    /// What to wait for.
    public enum Readiness: Sendable {
        /// Bytes to read, or the peer hung up (a read tells which).
        case input
        /// Room to write.
        case output
    }

    /// Waits until `fd` is ready; false when `remainingMilliseconds` says 0 first. It is asked again after
    /// every wake-up (a signal), and -1 waits with no limit.
    public static func wait(
        _ fd: Int32, for readiness: Readiness, remainingMilliseconds: () -> Int32
    ) throws(SystemError) -> Bool {
        var descriptor = pollfd(fd: fd, events: Int16(readiness == .input ? POLLIN : POLLOUT), revents: 0)
        while true {
            let milliseconds = remainingMilliseconds()
            if milliseconds == 0 { return false }
            let ready = poll(&descriptor, 1, milliseconds)
            if ready > 0 { return true }
            if ready < 0, errno != EINTR { throw .last("poll") }
        }
    }

    /// Waits up to `milliseconds` for input on any of `fds` (or a hang-up) and says which are ready; none
    /// after a signal.
    public static func readable(_ fds: [Int32], milliseconds: Int32) -> [Bool] {
        var descriptors = fds.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let ready = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
        return descriptors.map { ready > 0 && $0.revents != 0 }
    }
}
