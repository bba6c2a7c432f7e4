#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Runs a system call, retrying on EINTR, and turns a failure into `HTTPError.io`.
///
/// As in the Ledger: one place knows how the kernel reports errors, and EINTR is retried because it
/// means "a signal arrived", not "the call failed". `close` never goes through here: on Linux the
/// descriptor is gone even when close reports EINTR, and retrying could close someone else's.
@inline(__always)
func syscall<T: FixedWidthInteger>(_ operation: StaticString, _ body: () -> T) throws(HTTPError) -> T {
    while true {
        let result = body()
        if result >= 0 { return result }
        let code = errno
        if code == EINTR { continue }
        throw HTTPError.io(operation: "\(operation)", errno: code)
    }
}

/// Waits until `fd` is ready for `events` or the deadline passes (408 for reads).
func waitUntilReady(_ fd: Int32, events: Int16, deadline: Deadline) throws(HTTPError) {
    var descriptor = pollfd(fd: fd, events: events, revents: 0)
    while true {
        let milliseconds = deadline.nanoseconds == .max ? -1 : deadline.remainingMilliseconds
        if milliseconds == 0 { throw .requestTimeout }
        let ready = poll(&descriptor, 1, milliseconds)
        if ready > 0 { return }
        if ready < 0, errno != EINTR { throw .io(operation: "poll", errno: errno) }
    }
}

/// Starts a detached thread; false when the system has none to give (the caller then refuses the work).
func spawnThread(_ body: @escaping @Sendable () -> Void) -> Bool {
    final class Box {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    // Handlers render pages and encode JSON; 4 MiB of (lazily committed) stack leaves them room.
    pthread_attr_setstacksize(&attributes, 4 << 20)
    let box = Unmanaged.passRetained(Box(body)).toOpaque()
    var thread = pthread_t()
    let result = pthread_create(
        &thread, &attributes,
        { argument in
            Unmanaged<Box>.fromOpaque(argument!).takeRetainedValue().body()
            return nil
        }, box)
    if result != 0 {
        Unmanaged<Box>.fromOpaque(box).release()
        return false
    }
    return true
}

extension HTTPServer {
    /// Raises this process's soft limit of open descriptors to the hard limit (the soft one is often
    /// 1,024): every connection holds one, idle ones included. `start()` calls it; so may a client that
    /// opens thousands of connections (`candor-bench slowloris`).
    /// Returns the soft limit in force afterwards.
    @discardableResult
    public static func raiseDescriptorLimit() -> UInt64 {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 0 }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 { limit = raised }
        }
        return UInt64(limit.rlim_cur)
    }
}

/// Non-blocking (every wait is a `poll` with a deadline) and close-on-exec (no child inherits a client).
/// Glibc's module map hides accept4 and pipe2, which would set both at once.
func setDescriptorFlags(_ fd: Int32) {
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    _ = fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | FD_CLOEXEC)
}
