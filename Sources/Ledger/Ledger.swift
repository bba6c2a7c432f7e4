import Foundation
import Sodium
import System

/// An append-only log of records on disk, with group commit, crash recovery and a Merkle tree.
///
/// The ledger knows bytes, not reports. Records are appended to segment files
/// (`segment-0000000000000000.log`, …) in the ledger's directory; each record's checksum is chained over
/// every record before it. `append` returns only after the fsync that covers the record, and many
/// concurrent appends share one fsync (group commit). Ledger.docc/Records.md specifies the format.
public final class Ledger: @unchecked Sendable {
    // @unchecked: every mutable field below is guarded by `lock`, except the `Writer`'s, which only
    // the writer thread touches.

    /// How a ledger is opened.
    public struct Options: Sendable {
        /// A segment is closed and a new one started once the next record would take it past this size.
        public var segmentSize: Int = 16 << 20
        /// The largest payload `append` accepts.
        public var maxPayloadLength: Int = 16 << 20
        /// The largest number of records one fsync covers.
        public var maxBatchRecords: Int = 4096
        /// Create the directory and a first segment when there is no ledger yet.
        public var createIfMissing: Bool = true
        /// Where writes go; tests inject faults here.
        public var fileSystem: any FileSystem = PosixFileSystem()
        /// Keys under which a record is indexed, for `records(forKey:)`. Called once per record on open
        /// and on every append, and again on a record found by a lookup of a key longer than 39 bytes
        /// (the index keeps only 39 bytes of a key); it must be fast and pure.
        public var indexKeys: (@Sendable (RecordView) -> [[UInt8]])?
        /// Whether a record's Merkle leaf is its payload alone instead of `type ‖ payload` (Records.md,
        /// "Leaf entries"). A log served as C2SP tlog-tiles sets it, so that a tile client's entry is
        /// exactly the payload. It must be the same every time a ledger is opened: it is not stored.
        public var leafIsPayloadOnly = false
        /// The record type of a *stand-in* (Records.md, "Stand-ins"), or nil for a ledger without them.
        /// A stand-in takes the place of a record its holder did not download: its payload is at least
        /// 32 bytes and its leaf hash is the payload's first 32 bytes, not a hash of it, so the tree,
        /// roots and proofs are those of the log it stands in for. Like ``leafIsPayloadOnly`` it is not
        /// stored and must be the same on every open.
        public var standInType: UInt8?
        /// Told once, from the thread that hit it, when a write or fsync fails and the ledger stops
        /// accepting appends (``LedgerError/fatalIO(operation:path:errno:message:)``). A server uses it to
        /// stop and let its supervisor restart it: only a fresh open, which recovers from what is on
        /// disk, can write again. It must return quickly and must not call back into the ledger.
        public var onFatalError: (@Sendable (LedgerError) -> Void)?
        /// Sign checkpoints by itself, in the background, whenever the log has grown (at most once per
        /// interval, and once more on ``Ledger/close()``), so that every acknowledged record is soon
        /// covered by a signed checkpoint that a later open checks the log against (``CheckpointCadence``).
        public var checkpointing: CheckpointSchedule?

        public init() {}
    }

    /// What opening the ledger found and did.
    public struct Recovery: Sendable, Equatable {
        public var segments: Int
        public var records: UInt64
        /// Bytes of a torn tail that were cut from the last segment (0 if none).
        public var truncatedBytes: UInt64
        /// Where the cut bytes were kept, if any were cut.
        public var tornTailFile: String?
        /// Time spent checking the segments (in parallel), and rewriting the record table and the key
        /// index and building the Merkle tree's kept levels.
        public var scanSeconds: Double
        public var treeSeconds: Double
    }

    public let directory: String
    public let options: Options
    public let recovery: Recovery
    let logID: [UInt8]

    let lock = NSCondition()
    /// Serialises checkpoint signing, which must see each signed checkpoint before signing the next.
    let checkpointSigning = NSLock()
    var state: State
    let writer: Writer
    /// The background signer, when ``Options/checkpointing`` is set.
    let cadence: CheckpointCadence?
    private let writerDone = DispatchSemaphore(value: 0)
    private let lockFileDescriptor: Int32

    /// Everything shared between appenders, readers and the writer thread.
    struct State {
        var pending: [PendingAppend] = []
        var failure: LedgerError?
        var closing = false
        var closed = false
        var segments: [SegmentFile]
        /// The Merkle tree of the acknowledged records; its leaves and the records' positions are in
        /// the record table on disk (``RecordTable``), so memory does not grow with the log.
        var tree: LedgerTree
        /// The index of `records(forKey:)`, its chains on disk. Only the writer thread changes it.
        var keys: KeyIndex
        var lastCheckpoint: SignedCheckpointState?
        var count: UInt64 { tree.size }
    }

    struct SegmentFile {
        var number: UInt64
        var path: String
        var firstIndex: UInt64
        /// The checksum the segment's first record chains onto (from its header).
        var previousChecksum: [UInt8]
        /// Offset just past the last acknowledged record.
        var committedEnd: UInt64
    }

    struct PendingAppend {
        var type: UInt8
        var payload: [UInt8]
        var leafHash: [UInt8]
        var completion: @Sendable (Result<UInt64, LedgerError>) -> Void
    }

    init(
        directory: String, options: Options, recovery: Recovery, logID: [UInt8], state: State, writer: Writer,
        lockFileDescriptor: Int32
    ) {
        self.directory = directory
        self.options = options
        self.recovery = recovery
        self.logID = logID
        self.state = state
        self.writer = writer
        self.lockFileDescriptor = lockFileDescriptor
        cadence = options.checkpointing.map(CheckpointCadence.init(schedule:))
        let thread = Thread { [self] in
            self.runWriter()
            self.writerDone.signal()
        }
        thread.name = "candor-ledger-writer"
        thread.start()
    }

    deinit {
        // The writer thread holds `self` until close() ends it, so a ledger that was never closed is never
        // deinitialised; close() releases every descriptor.
    }

    /// The number of acknowledged (durable) records.
    public var count: UInt64 {
        lock.lock()
        defer { lock.unlock() }
        return state.count
    }

    /// Stops accepting appends, waits for the ones in flight to be made durable (and, with
    /// ``Options/checkpointing``, signed for), stops the writer and releases the files and the lock.
    /// Reads after `close()` throw `.closed`.
    public func close() {
        lock.lock()
        if state.closing {
            lock.unlock()
            return
        }
        state.closing = true
        lock.broadcast()
        lock.unlock()
        writerDone.wait()
        // Every append is committed now: the background signer covers them before it ends.
        cadence?.stop()
        // A signature in progress finishes first; later ones see `closed` and refuse, so no checkpoint
        // file is written once the lock is released.
        checkpointSigning.lock()
        lock.lock()
        state.closed = true
        // Under the lock: readers of the record table and the key index check `closed` under it first.
        FileDescriptor.close(state.tree.table.descriptor)
        FileDescriptor.close(state.keys.descriptor)
        lock.unlock()
        checkpointSigning.unlock()
        FileDescriptor.close(writer.descriptor)
        FileDescriptor.close(lockFileDescriptor)
    }

    /// Segment file name for a segment number: fixed width, so names sort in log order.
    static func segmentName(_ number: UInt64) -> String {
        let digits = String(number)
        return "segment-" + String(repeating: "0", count: max(0, 16 - digits.count)) + digits + ".log"
    }

    static func segmentNumber(fromName name: String) -> UInt64? {
        guard name.hasPrefix("segment-"), name.hasSuffix(".log") else { return nil }
        let digits = name.dropFirst("segment-".count).dropLast(".log".count)
        guard digits.count == 16, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return UInt64(digits)
    }
}
