import Ledger

/// One step of the ledger's durable writes, where a fault can be aimed.
public enum FaultStep: String, CaseIterable, Sendable {
    case recordWrite, recordFsync
    case rollOpen, rollWrite, rollFsync, rollRename, rollDirectorySync
    case checkpointOpen, checkpointWrite, checkpointFsync, checkpointRename, checkpointDirectorySync
    case recordTableWrite, keyIndexWrite

    /// The steps of appending to the log and checkpointing it: all but the writes of the ledger's
    /// caches (`records.idx`, `keys.idx`), which it can rebuild.
    public static let logSteps = allCases.filter { $0 != .recordTableWrite && $0 != .keyIndexWrite }

    public static let checkpointSteps = allCases.filter(\.isCheckpoint)

    public var isCheckpoint: Bool { rawValue.hasPrefix("checkpoint") }

    /// Whether `operation` on `path` is this step. A new segment is written as `segment-….tmp` and
    /// renamed, and so is the checkpoint; the directory sync that follows is told apart by `lastRename`,
    /// the destination of the last rename (without it, any directory sync is both).
    public func matches(_ operation: FileOperation, _ path: String, lastRename: String? = nil) -> Bool {
        let isTemp = path.hasSuffix(".tmp")
        let isSegment = path.contains("/segment-")
        let isCheckpoint = path.contains("/checkpoint")
        switch self {
        case .recordWrite: return operation == .write && isSegment && !isTemp
        case .recordFsync: return operation == .fsync && isSegment && !isTemp
        case .rollOpen: return operation == .open && isSegment && isTemp
        case .rollWrite: return operation == .write && isSegment && isTemp
        case .rollFsync: return operation == .fsync && isSegment && isTemp
        case .rollRename: return operation == .rename && isSegment
        case .rollDirectorySync: return operation == .directorySync && lastRename?.contains("/segment-") != false
        case .checkpointDirectorySync:
            return operation == .directorySync && lastRename?.contains("/checkpoint") != false
        case .checkpointOpen: return operation == .open && isCheckpoint
        case .checkpointWrite: return operation == .write && isCheckpoint
        case .checkpointFsync: return operation == .fsync && isCheckpoint
        case .checkpointRename: return operation == .rename && isCheckpoint
        // Records.md names the caches' files.
        case .recordTableWrite: return operation == .write && path.hasSuffix("/records.idx")
        case .keyIndexWrite: return operation == .write && path.hasSuffix("/keys.idx")
        }
    }
}
