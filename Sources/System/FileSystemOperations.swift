#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The steps of durable writing, as a seam: ``AtomicFile`` writes through it, the Ledger's
/// `FileSystem` refines it (with its own error type), and a test wraps it to make any one step fail.
///
/// Reads do not go through the seam: a failed read is reported, never hidden, and cannot lose what was
/// acknowledged.
public protocol FileSystemOperations {
    associatedtype Failure: Error
    /// Opens `path` for reading and writing, creating it (exclusively, mode 0600) when `create` is true.
    func openForWriting(_ path: String, create: Bool) throws(Failure) -> Int32
    /// Writes all of `bytes` at `offset`.
    func write(_ fd: Int32, _ bytes: [UInt8], at offset: UInt64, path: String) throws(Failure)
    /// Makes a file's data durable.
    func sync(_ fd: Int32, path: String) throws(Failure)
    /// Atomically renames `source` to `destination`.
    func rename(_ source: String, to destination: String) throws(Failure)
    /// Makes a directory's entries (new files, renames) durable.
    func syncDirectory(_ path: String) throws(Failure)
    /// Cuts a file to `length` bytes.
    func truncate(_ fd: Int32, to length: UInt64, path: String) throws(Failure)
}

/// The real file system, through POSIX calls.
public struct PosixFileOperations: FileSystemOperations, Sendable {
    /// The mode of the files `openForWriting(_:create:)` creates (less the umask).
    public var permissions: UInt32

    public init(permissions: UInt32 = 0o600) {
        self.permissions = permissions
    }

    public func openForWriting(_ path: String, create: Bool) throws(SystemError) -> Int32 {
        try FileDescriptor.open(path, create ? [.readWrite, .create, .exclusive] : .readWrite, mode: permissions)
            .release()
    }

    public func write(_ fd: Int32, _ bytes: [UInt8], at offset: UInt64, path: String) throws(SystemError) {
        try FileDescriptor.write(fd, all: bytes, at: offset, path: path)
    }

    public func sync(_ fd: Int32, path: String) throws(SystemError) {
        try FileDescriptor.dataSync(fd, path: path)
    }

    public func rename(_ source: String, to destination: String) throws(SystemError) {
        _ = try syscall("rename", path: destination) { systemRename(source, destination) }
    }

    public func syncDirectory(_ path: String) throws(SystemError) {
        try Directory.sync(path)
    }

    public func truncate(_ fd: Int32, to length: UInt64, path: String) throws(SystemError) {
        try FileDescriptor.truncate(fd, to: length, path: path)
    }
}

private func systemRename(_ source: String, _ destination: String) -> Int32 { rename(source, destination) }
