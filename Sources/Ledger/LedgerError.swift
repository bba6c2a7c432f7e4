import Transparency

/// The one error type of the Ledger layer.
///
/// Every case carries what a person needs to act: the file, the offset, the record, the reason.
public enum LedgerError: Error, Equatable, Sendable, CustomStringConvertible {
    // MARK: storage

    /// The path is not a Candor ledger (no segment magic, or not a directory).
    case notALedger(path: String, reason: String)
    /// A record or segment failed its checks somewhere other than a torn tail: the open stops.
    case corrupt(file: String, offset: UInt64, reason: String)
    /// `verify` found a bad record.
    case verificationFailed(file: String, offset: UInt64, recordIndex: UInt64, reason: String)
    /// A write, fsync or rename failed. The ledger refuses all further appends; the error says why.
    case fatalIO(operation: String, path: String, errno: Int32, message: String)
    /// The ledger stopped accepting appends after an earlier fatal error, which is kept as the cause.
    indirect case closedAfterFailure(LedgerError)
    /// The ledger was closed.
    case closed
    /// A record index past the end of the log.
    case recordNotFound(UInt64)
    /// A payload too large for the record format, or an invalid argument.
    case invalidArgument(String)
    /// Another process holds the ledger's lock.
    case locked(path: String)

    // MARK: transparency

    /// A proof, signed note or checkpoint did not parse or verify (the Transparency module's error).
    case transparency(TransparencyError)
    /// The log refused to sign: the new tree is not consistent with the last signed checkpoint.
    case inconsistentCheckpoint(String)
    /// The open found fewer records than the last checkpoint the log signed covers: acknowledged and
    /// signed records were removed from the disk (a clean cut at a batch boundary looks like an ordinary
    /// end to recovery; only the checkpoint shows it). The open stops and changes nothing.
    case shorterThanCheckpoint(directory: String, records: UInt64, checkpointSize: UInt64)

    public var description: String {
        switch self {
        case .notALedger(let path, let reason): "\(path) is not a Candor ledger: \(reason)"
        case .corrupt(let file, let offset, let reason): "ledger corrupt in \(file) at offset \(offset): \(reason)"
        case .verificationFailed(let file, let offset, let index, let reason):
            "verify failed at record \(index) (\(file), offset \(offset)): \(reason)"
        case .fatalIO(let operation, let path, let errno, let message):
            "\(operation) failed on \(path): \(message) (errno \(errno)); the ledger refuses further appends"
        case .closedAfterFailure(let error): "the ledger refuses appends after an earlier failure: \(error)"
        case .closed: "the ledger is closed"
        case .recordNotFound(let index): "no record at index \(index)"
        case .invalidArgument(let why): "invalid argument: \(why)"
        case .locked(let path): "\(path) is in use by another process (lock held)"
        case .transparency(let error): error.description
        case .inconsistentCheckpoint(let why): "refusing to sign an inconsistent checkpoint: \(why)"
        case .shorterThanCheckpoint(let directory, let records, let size):
            "the log in \(directory) has \(records) records but its last signed checkpoint covers \(size): "
                + "records were removed"
        }
    }
}

extension LedgerError {
    /// Runs Transparency code inside the ledger's typed throws, keeping its error as the cause.
    static func lifting<T>(_ body: () throws(TransparencyError) -> T) throws(LedgerError) -> T {
        do { return try body() } catch { throw .transparency(error) }
    }
}
