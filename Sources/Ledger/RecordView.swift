/// A record as it lies in a segment, lent to an index-key function during recovery and appends.
///
/// It points into the segment's bytes without copying them, so it is valid only for the duration of the
/// call it is passed to; copy what you need out of it (`payloadPrefix(_:)`, `payload`).
public struct RecordView {
    /// The record's type, 1…255.
    public let type: UInt8
    let bytes: UnsafeRawBufferPointer

    init(type: UInt8, payload: UnsafeRawBufferPointer) {
        self.type = type
        self.bytes = payload
    }

    /// The payload's length in bytes.
    public var payloadCount: Int { bytes.count }

    /// A copy of the first `count` payload bytes, or fewer if the payload is shorter.
    public func payloadPrefix(_ count: Int) -> [UInt8] { Array(bytes.prefix(max(0, count))) }

    /// A copy of the payload bytes in `range`, clamped to the payload.
    public func payloadBytes(_ range: Range<Int>) -> [UInt8] {
        let clamped = range.clamped(to: 0..<bytes.count)
        return Array(bytes[clamped])
    }

    /// A copy of the whole payload.
    public var payload: [UInt8] { Array(bytes) }

    /// Lends the payload's bytes to `body`, for a reader of fixed offsets that copies nothing.
    public func withPayloadBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R { body(bytes) }

    /// Lends a view of `payload` to `body`, as an index-key function gets it: how code outside the
    /// ledger asks such a function about a record it holds in memory.
    public static func withView<R>(type: UInt8, payload: [UInt8], _ body: (RecordView) -> R) -> R {
        payload.withUnsafeBytes { body(RecordView(type: type, payload: $0)) }
    }
}

/// A record read back from the ledger.
public struct LedgerRecord: Sendable, Equatable {
    /// Its position in the log, from 0.
    public let index: UInt64
    public let type: UInt8
    public let payload: [UInt8]
    /// The RFC 6962 leaf hash of `type ‖ payload`, as committed in the Merkle tree.
    public let leafHash: [UInt8]

    /// A record as a holder other than the ledger knows it: a mirror's late copy of one it withheld, or a
    /// record the inspectors' case index reads from the segment files.
    public init(index: UInt64, type: UInt8, payload: [UInt8], leafHash: [UInt8]) {
        self.index = index
        self.type = type
        self.payload = payload
        self.leafHash = leafHash
    }
}
