#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Runs a system call, retrying on EINTR, and turns a failure into ``SystemError``.
///
/// Modelled on swift-nio's `syscall(blocking:where:_:)`: one place knows how the kernel reports errors.
/// EINTR is retried because it means "a signal arrived", not "the operation failed". Nothing else is
/// retried, and in particular never an fsync: after a failed fsync the kernel may already have dropped
/// the dirty pages, so a second fsync can "succeed" without the data being on disk (the 2018 PostgreSQL
/// fsync bug). `close` never goes through here: on Linux the descriptor is gone even when close reports
/// EINTR, and retrying could close someone else's.
@inline(__always)
public func syscall<T: FixedWidthInteger>(
    _ operation: StaticString, path: @autoclosure () -> String = "", _ body: () -> T
) throws(SystemError) -> T {
    while true {
        let result = body()
        if result >= 0 { return result }
        let code = errno
        if code == EINTR { continue }
        throw SystemError(operation: "\(operation)", path: path(), errno: code)
    }
}

/// A system call that failed: what was tried, on which file (empty for a socket or a pipe), and the
/// kernel's `errno`.
public struct SystemError: Error, Equatable, Sendable, CustomStringConvertible {
    public var operation: String
    public var path: String
    public var errno: Int32

    public init(operation: String, path: String = "", errno: Int32) {
        self.operation = operation
        self.path = path
        self.errno = errno
    }

    /// The failure the last system call of this thread reported (`errno` now).
    public static func last(_ operation: String, path: String = "") -> SystemError {
        SystemError(operation: operation, path: path, errno: Errno.current)
    }

    /// The kernel's words for `errno` (`strerror`).
    public var message: String { String(cString: strerror(errno)) }

    public var description: String {
        path.isEmpty
            ? "\(operation) failed: \(message) (errno \(errno))"
            : "\(operation) failed on \(path): \(message) (errno \(errno))"
    }
}

/// The `errno` values callers tell apart, so that they need not import the C library for them.
public enum Errno {
    public static let exists = EEXIST
    public static let noSuchFile = ENOENT
    public static let connectionRefused = ECONNREFUSED
    public static let timedOut = ETIMEDOUT
    public static let io = EIO

    /// The calling thread's `errno` now.
    public static var current: Int32 { errno }
}
