import System

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

/// The seam through which the ledger writes to disk: System's ``FileSystemOperations``, failing with
/// ``LedgerError``.
///
/// Production uses `PosixFileSystem`. Tests and fault-injection harnesses wrap it with
/// `FaultInjectingFileSystem` (in LedgerTesting) to make any write, fsync, rename or directory sync
/// fail, and check that nothing is acknowledged after the failure. Reads do not go through the seam: a failed read is
/// reported, never hidden, and cannot lose an acknowledged record.
public protocol FileSystem: FileSystemOperations, Sendable where Failure == LedgerError {}

/// The real file system: System's POSIX calls, their failures as ``LedgerError/fatalIO(operation:path:errno:message:)``.
public struct PosixFileSystem: FileSystem {
    private let files = PosixFileOperations()

    public init() {}

    public func openForWriting(_ path: String, create: Bool) throws(LedgerError) -> Int32 {
        try LedgerError.system { () throws(SystemError) in try files.openForWriting(path, create: create) }
    }

    public func write(_ fd: Int32, _ bytes: [UInt8], at offset: UInt64, path: String) throws(LedgerError) {
        try LedgerError.system { () throws(SystemError) in try files.write(fd, bytes, at: offset, path: path) }
    }

    public func sync(_ fd: Int32, path: String) throws(LedgerError) {
        try LedgerError.system { () throws(SystemError) in try files.sync(fd, path: path) }
    }

    public func rename(_ source: String, to destination: String) throws(LedgerError) {
        try LedgerError.system { () throws(SystemError) in try files.rename(source, to: destination) }
    }

    public func syncDirectory(_ path: String) throws(LedgerError) {
        try LedgerError.system { () throws(SystemError) in try files.syncDirectory(path) }
    }

    public func truncate(_ fd: Int32, to length: UInt64, path: String) throws(LedgerError) {
        try LedgerError.system { () throws(SystemError) in try files.truncate(fd, to: length, path: path) }
    }
}
