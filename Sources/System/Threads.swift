#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Threads of the process's own, for work that blocks (Foundation's `Thread` has no stack-size or
/// failure report that a server can act on).
public enum Threads {
    /// Starts a detached thread; false when the system has none to give (the caller then refuses the work).
    public static func spawn(_ body: @escaping @Sendable () -> Void) -> Bool {
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

    /// Lowers the calling thread's scheduling priority to the lowest (nice 19), so that it runs on the
    /// time the process's other threads leave: work that only gets ahead of what they will need.
    ///
    /// On Linux the nice value is a thread's own, and `who` 0 names the calling thread. A failure
    /// leaves the priority as it was, which changes only how soon the work is done.
    public static func lowerPriority() {
        #if canImport(Glibc)
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
        #elseif canImport(Musl)
            _ = setpriority(PRIO_PROCESS, 0, 19)
        #endif
    }
}
