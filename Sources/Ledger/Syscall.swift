#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Runs a system call, retrying on EINTR, and turns a failure into `LedgerError.fatalIO`.
///
/// Modelled on swift-nio's `syscall(blocking:where:_:)`: one place knows how the kernel reports errors.
/// EINTR is retried because it means "a signal arrived", not "the operation failed". Nothing else is
/// retried, and in particular never an fsync: after a failed fsync the kernel may already have dropped
/// the dirty pages, so a second fsync can "succeed" without the data being on disk (the 2018 PostgreSQL
/// fsync bug). The caller treats every error as fatal.
@inline(__always)
func syscall<T: FixedWidthInteger>(
    _ operation: StaticString, path: @autoclosure () -> String, _ body: () -> T
) throws(LedgerError) -> T {
    while true {
        let result = body()
        if result >= 0 { return result }
        let code = errno
        if code == EINTR { continue }
        throw LedgerError.fatalIO(
            operation: "\(operation)", path: path(), errno: code, message: String(cString: strerror(code)))
    }
}
