#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The steps of durable writing that the ledger performs, named so a fault can be aimed at one of them.
public enum FileOperation: String, Sendable, CaseIterable {
    /// Creating or opening a file for writing.
    case open
    /// Writing bytes to a file.
    case write
    /// `fdatasync`/`fsync` of a file.
    case fsync
    /// Renaming a temp file into place.
    case rename
    /// `fsync` of a directory, which makes a rename or a new file durable.
    case directorySync
    /// Truncating a file (recovery of a torn tail).
    case truncate
}

/// The seam through which the ledger writes to disk.
///
/// Production uses `PosixFileSystem`. Tests and fault-injection harnesses wrap it with
/// `FaultInjectingFileSystem` (in LedgerTesting) to make any write, fsync, rename or directory sync
/// fail, and check that nothing is acknowledged after the failure. Reads do not go through the seam: a failed read is
/// reported, never hidden, and cannot lose an acknowledged record.
public protocol FileSystem: Sendable {
    /// Opens `path` for reading and writing, creating it (mode 0600) when `create` is true.
    func openForWriting(_ path: String, create: Bool) throws(LedgerError) -> Int32
    /// Writes all of `bytes` at `offset`.
    func write(_ fd: Int32, _ bytes: [UInt8], at offset: UInt64, path: String) throws(LedgerError)
    /// Makes a file's data durable.
    func sync(_ fd: Int32, path: String) throws(LedgerError)
    /// Atomically renames `source` to `destination`.
    func rename(_ source: String, to destination: String) throws(LedgerError)
    /// Makes a directory's entries (new files, renames) durable.
    func syncDirectory(_ path: String) throws(LedgerError)
    /// Cuts a file to `length` bytes.
    func truncate(_ fd: Int32, to length: UInt64, path: String) throws(LedgerError)
}

/// The real file system, through POSIX calls.
public struct PosixFileSystem: FileSystem {
    public init() {}

    public func openForWriting(_ path: String, create: Bool) throws(LedgerError) -> Int32 {
        let flags = O_RDWR | O_CLOEXEC | (create ? O_CREAT | O_EXCL : 0)
        return try syscall("open", path: path) { Glibc.open(path, flags, 0o600) }
    }

    public func write(_ fd: Int32, _ bytes: [UInt8], at offset: UInt64, path: String)
        throws(LedgerError)
    {
        var done = 0
        while done < bytes.count {
            let n = try bytes.withUnsafeBytes { buffer in
                Result { () throws(LedgerError) in
                    try syscall("write", path: path) {
                        pwrite(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
                    }
                }
            }.get()
            if n == 0 {
                throw LedgerError.fatalIO(operation: "write", path: path, errno: EIO, message: "wrote 0 bytes")
            }
            done += n
        }
    }

    public func sync(_ fd: Int32, path: String) throws(LedgerError) {
        // fdatasync also flushes the metadata needed to read the data back (the file size), which is
        // all an append needs; it skips the mtime update that a full fsync would add.
        _ = try syscall("fsync", path: path) { fdatasync(fd) }
    }

    public func rename(_ source: String, to destination: String) throws(LedgerError) {
        _ = try syscall("rename", path: destination) { Glibc.rename(source, destination) }
    }

    public func syncDirectory(_ path: String) throws(LedgerError) {
        let fd = try syscall("open", path: path) { Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        defer { Glibc.close(fd) }
        _ = try syscall("fsync", path: path) { fsync(fd) }
    }

    public func truncate(_ fd: Int32, to length: UInt64, path: String) throws(LedgerError) {
        _ = try syscall("truncate", path: path) { ftruncate(fd, off_t(length)) }
    }
}
