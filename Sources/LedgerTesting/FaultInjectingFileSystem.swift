import Ledger
import Synchronization

/// A `FileSystem` that fails chosen operations, for fault-injection tests and harnesses.
///
/// `rule` is asked before every operation with the operation, the path and how many operations of that
/// kind came before (0-based). Returning an errno makes the operation fail with it, as the kernel would;
/// returning nil passes the call to the real file system.
public final class FaultInjectingFileSystem: FileSystem {
    public typealias Rule = @Sendable (_ operation: FileOperation, _ path: String, _ ordinal: Int) -> Int32?

    private let base: any FileSystem
    private let rule: Rule
    private let counts = Mutex<[FileOperation: Int]>([:])
    private let injectedLog = Mutex<[String]>([])

    public init(base: any FileSystem = PosixFileSystem(), rule: @escaping Rule) {
        self.base = base
        self.rule = rule
    }

    /// The faults injected so far, as "operation path".
    public var injected: [String] { injectedLog.withLock { $0 } }

    /// How many operations of each kind were attempted.
    public func count(of operation: FileOperation) -> Int { counts.withLock { $0[operation, default: 0] } }

    private func check(_ operation: FileOperation, _ path: String) throws(LedgerError) {
        let ordinal = counts.withLock { counts in
            defer { counts[operation, default: 0] += 1 }
            return counts[operation, default: 0]
        }
        if let code = rule(operation, path, ordinal) {
            injectedLog.withLock { $0.append("\(operation.rawValue) \(path)") }
            throw LedgerError.fatalIO(
                operation: operation.rawValue, path: path, errno: code, message: "injected fault")
        }
    }

    public func openForWriting(_ path: String, create: Bool) throws(LedgerError) -> Int32 {
        try check(.open, path)
        return try base.openForWriting(path, create: create)
    }

    public func write(_ fd: Int32, _ bytes: [UInt8], at offset: UInt64, path: String)
        throws(LedgerError)
    {
        try check(.write, path)
        try base.write(fd, bytes, at: offset, path: path)
    }

    public func sync(_ fd: Int32, path: String) throws(LedgerError) {
        try check(.fsync, path)
        try base.sync(fd, path: path)
    }

    public func rename(_ source: String, to destination: String) throws(LedgerError) {
        try check(.rename, destination)
        try base.rename(source, to: destination)
    }

    public func syncDirectory(_ path: String) throws(LedgerError) {
        try check(.directorySync, path)
        try base.syncDirectory(path)
    }

    public func truncate(_ fd: Int32, to length: UInt64, path: String) throws(LedgerError) {
        try check(.truncate, path)
        try base.truncate(fd, to: length, path: path)
    }
}
