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

/// Reads exactly `count` bytes at `offset` of an open file, or throws: a read error as
/// `LedgerError.fatalIO`, a file that ends first as `.corrupt` at the offset asked for.
func preadExactly(_ descriptor: Int32, count: Int, at offset: UInt64, path: String) throws(LedgerError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
        let n = try bytes.withUnsafeMutableBytes { buffer in
            Result { () throws(LedgerError) in
                try syscall("read", path: path) {
                    pread(descriptor, buffer.baseAddress! + done, count - done, off_t(offset) + off_t(done))
                }
            }
        }.get()
        guard n > 0 else {
            throw .corrupt(file: path, offset: offset, reason: "the file ends inside a record")
        }
        done += n
    }
    return bytes
}
