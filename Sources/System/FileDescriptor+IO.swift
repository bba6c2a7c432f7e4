#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Reading and writing whole buffers. The kernel may move fewer bytes than asked (a signal, a full pipe,
/// a disk near full), so every write loops until all is written and every read until all is read.
extension FileDescriptor {
    /// Writes all of `bytes`, at `offset` (pwrite) or at the file position (write) when it is nil.
    public static func write(_ fd: Int32, all bytes: UnsafeRawBufferPointer, at offset: UInt64? = nil, path: String)
        throws(SystemError)
    {
        var done = 0
        while done < bytes.count {
            let start = bytes.baseAddress! + done
            let remaining = bytes.count - done
            let n = try syscall("write", path: path) {
                if let offset {
                    pwrite(fd, start, remaining, off_t(offset) + off_t(done))
                } else {
                    systemWrite(fd, start, remaining)
                }
            }
            // A regular file never takes 0 bytes of a non-empty write; looping on it would never end.
            if n == 0 { throw SystemError(operation: "write", path: path, errno: Errno.io) }
            done += n
        }
    }

    /// Writes all of `bytes`, at `offset` or at the file position.
    public static func write(_ fd: Int32, all bytes: [UInt8], at offset: UInt64? = nil, path: String)
        throws(SystemError)
    {
        // withUnsafeBytes rethrows untyped errors: the Result carries the typed one through.
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(SystemError) in try write(fd, all: buffer, at: offset, path: path) }
        }.get()
    }

    /// Reads exactly `count` bytes at `offset`; nil when the file ends first.
    public static func read(_ fd: Int32, exactly count: Int, at offset: UInt64, path: String) throws(SystemError)
        -> [UInt8]?
    {
        var bytes = [UInt8](repeating: 0, count: count)
        let complete = try bytes.withUnsafeMutableBytes { buffer in
            Result { () throws(SystemError) in try read(fd, into: buffer, at: offset, path: path) }
        }.get()
        return complete ? bytes : nil
    }

    /// Up to `count` bytes from `offset`: fewer when the file ends first.
    public static func read(_ fd: Int32, upTo count: Int, at offset: UInt64, path: String) throws(SystemError)
        -> [UInt8]
    {
        var bytes = [UInt8](repeating: 0, count: count)
        let done = try bytes.withUnsafeMutableBytes { buffer in
            Result { () throws(SystemError) in
                var done = 0
                while done < count {
                    let n = try syscall("read", path: path) {
                        pread(fd, buffer.baseAddress! + done, count - done, off_t(offset) + off_t(done))
                    }
                    if n == 0 { break }
                    done += n
                }
                return done
            }
        }.get()
        bytes.removeLast(count - done)
        return bytes
    }

    /// Fills `buffer` from `offset`; false when the file ends first.
    public static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64, path: String)
        throws(SystemError) -> Bool
    {
        var done = 0
        while done < buffer.count {
            let n = try syscall("read", path: path) {
                pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
            }
            if n == 0 { return false }
            done += n
        }
        return true
    }

    /// Reads from the file position until the end of the file or `count` bytes, whichever comes first.
    public static func read(_ fd: Int32, upTo count: Int, path: String) throws(SystemError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = try bytes.withUnsafeMutableBytes { buffer in
                Result { () throws(SystemError) in
                    try syscall("read", path: path) { systemRead(fd, buffer.baseAddress! + done, count - done) }
                }
            }.get()
            if n == 0 { break }
            done += n
        }
        bytes.removeLast(count - done)
        return bytes
    }

    /// Makes the file's data durable, with the metadata needed to read it back (its size): what an
    /// append needs, without the mtime update a full fsync adds.
    public static func dataSync(_ fd: Int32, path: String) throws(SystemError) {
        _ = try syscall("fsync", path: path) { fdatasync(fd) }
    }

    /// Makes the file's data and metadata durable (a directory: its entries).
    public static func sync(_ fd: Int32, path: String) throws(SystemError) {
        _ = try syscall("fsync", path: path) { fsync(fd) }
    }

    /// Cuts the file to `length` bytes.
    public static func truncate(_ fd: Int32, to length: UInt64, path: String) throws(SystemError) {
        _ = try syscall("truncate", path: path) { ftruncate(fd, off_t(length)) }
    }

    /// What `fstat` says of an open file that callers use.
    public struct Status: Sendable {
        /// The size in bytes.
        public var size: UInt64
        /// The permission bits (0o777).
        public var permissions: UInt32
        /// A regular file (not a directory, a device, a pipe or a socket).
        public var isRegularFile: Bool
    }

    public static func status(_ fd: Int32, path: String) throws(SystemError) -> Status {
        var info = stat()
        _ = try syscall("fstat", path: path) { fstat(fd, &info) }
        return Status(
            size: UInt64(info.st_size), permissions: UInt32(info.st_mode) & 0o777,
            isRegularFile: info.st_mode & S_IFMT == S_IFREG)
    }

    /// Sets the permission bits, whatever the umask made of the mode given at creation.
    public static func setPermissions(_ fd: Int32, _ permissions: UInt32, path: String) throws(SystemError) {
        _ = try syscall("chmod", path: path) { fchmod(fd, mode_t(permissions)) }
    }

    // MARK: the owned descriptor

    public func write(all bytes: [UInt8], at offset: UInt64? = nil, path: String) throws(SystemError) {
        try Self.write(rawValue, all: bytes, at: offset, path: path)
    }

    public func write(all bytes: UnsafeRawBufferPointer, at offset: UInt64? = nil, path: String) throws(SystemError) {
        try Self.write(rawValue, all: bytes, at: offset, path: path)
    }

    public func read(exactly count: Int, at offset: UInt64, path: String) throws(SystemError) -> [UInt8]? {
        try Self.read(rawValue, exactly: count, at: offset, path: path)
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64, path: String)
        throws(SystemError) -> Bool
    {
        try Self.read(rawValue, into: buffer, at: offset, path: path)
    }

    public func read(upTo count: Int, path: String) throws(SystemError) -> [UInt8] {
        try Self.read(rawValue, upTo: count, path: path)
    }

    public func sync(path: String) throws(SystemError) { try Self.sync(rawValue, path: path) }

    public func status(path: String) throws(SystemError) -> Status { try Self.status(rawValue, path: path) }

    public func setPermissions(_ permissions: UInt32, path: String) throws(SystemError) {
        try Self.setPermissions(rawValue, permissions, path: path)
    }
}

private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { write(fd, bytes, count) }
private func systemRead(_ fd: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, bytes, count) }
