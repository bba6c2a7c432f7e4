/// Writes a whole file so that a crash leaves either the old file or the new one, never a mix.
///
/// The sequence is the one DESIGN.md prescribes: write a temp file in full, fsync it, put it in place,
/// then fsync the directory. Without the first fsync the rename can reach the disk before the data (an
/// empty file after a crash); without the last, the rename itself can be lost. Every durable file of
/// Candor is written here: the Ledger's segments, checkpoints and torn tails, state files, key files.
public enum AtomicFile {
    /// The suffix of the temp file that ``write(_:to:through:)`` renames into place. A file with this
    /// suffix after a crash was never renamed, so it holds nothing anyone was told about.
    public static let temporarySuffix = ".tmp"

    /// Writes `bytes` to `path`, replacing any file there.
    public static func write<Files: FileSystemOperations>(_ bytes: [UInt8], to path: String, through files: Files)
        throws(Files.Failure)
    {
        FileDescriptor.close(try create(bytes, at: path, through: files))
    }

    /// Writes `bytes` to `path` (0600), replacing any file there.
    public static func write(_ bytes: [UInt8], to path: String, permissions: UInt32 = 0o600) throws(SystemError) {
        try write(bytes, to: path, through: PosixFileOperations(permissions: permissions))
    }

    /// Writes `bytes` to `path` like ``write(_:to:through:)`` and returns a descriptor, open for reading
    /// and writing, on the new file (a Ledger segment, which is then appended to).
    public static func create<Files: FileSystemOperations>(_ bytes: [UInt8], at path: String, through files: Files)
        throws(Files.Failure) -> Int32
    {
        let temporary = path + temporarySuffix
        Directory.removeFile(temporary)  // a leftover from a crash mid-write: it was never renamed.
        let fd = try files.openForWriting(temporary, create: true)
        do {
            try files.write(fd, bytes, at: 0, path: temporary)
            try files.sync(fd, path: temporary)
        } catch {
            FileDescriptor.close(fd)
            Directory.removeFile(temporary)
            throw error
        }
        do {
            try files.rename(temporary, to: path)
            try files.syncDirectory(Directory.containing(path))
        } catch {
            FileDescriptor.close(fd)
            throw error
        }
        return fd
    }

    /// Writes a new file at `path` that never replaces one: EEXIST (``Errno/exists``) when anything is
    /// there, a symbolic link included.
    ///
    /// The temp file (its own random name, created exclusively with `permissions`, which a fchmod then
    /// sets whatever the umask) is put in place with `link`, not `rename`, because `link` fails if the
    /// name exists: of two processes writing one file at once, the second learns it lost instead of
    /// silently replacing the first one's. The file is never visible under `path` before it is whole.
    public static func writeNew(_ bytes: UnsafeRawBufferPointer, to path: String, permissions: UInt32 = 0o600)
        throws(SystemError)
    {
        var random = SystemRandomNumberGenerator()
        let temporary = path + ".tmp-" + String(random.next(), radix: 16)
        let file = try FileDescriptor.open(temporary, [.writeOnly, .create, .exclusive], mode: permissions)
        defer { Directory.removeFile(temporary) }
        try file.setPermissions(permissions, path: temporary)
        try file.write(all: bytes, path: temporary)
        try file.sync(path: temporary)
        file.close()
        try Directory.link(temporary, to: path)
        try Directory.sync(Directory.containing(path))
    }

    /// ``writeNew(_:to:permissions:)`` of an array.
    public static func writeNew(_ bytes: [UInt8], to path: String, permissions: UInt32 = 0o600) throws(SystemError) {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(SystemError) in try writeNew(buffer, to: path, permissions: permissions) }
        }.get()
    }
}
