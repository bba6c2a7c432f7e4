import HTTP
import System

extension HTTPError {
    /// A failed system call, as the HTTP layer reports it.
    init(_ error: SystemError) {
        self = .io(operation: error.operation, errno: error.errno)
    }

    /// Runs System calls inside the HTTP layer's typed throws, keeping the failed call and errno.
    static func system<T: ~Copyable>(_ body: () throws(SystemError) -> T) throws(HTTPError) -> T {
        do { return try body() } catch { throw HTTPError(error) }
    }
}

/// Waits until `fd` is ready for `readiness` or the deadline passes (408 for reads).
func waitUntilReady(_ fd: Int32, for readiness: Poll.Readiness, deadline: Deadline) throws(HTTPError) {
    let ready = try HTTPError.system { () throws(SystemError) in
        try Poll.wait(fd, for: readiness) { deadline.nanoseconds == .max ? -1 : deadline.remainingMilliseconds }
    }
    if !ready { throw .requestTimeout }
}

extension HTTPServer {
    /// Raises this process's soft limit of open descriptors to the hard limit (the soft one is often
    /// 1,024): every connection holds one, idle ones included. `start()` calls it; so may a client that
    /// opens thousands of connections (`candor-bench slowloris`).
    /// Returns the soft limit in force afterwards.
    @discardableResult
    public static func raiseDescriptorLimit() -> UInt64 {
        DescriptorLimit.raise()
    }
}
