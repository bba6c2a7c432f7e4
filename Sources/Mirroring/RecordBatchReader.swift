import Ledger

/// Reads the binary records batch of `GET /api/v1/inspect/records` and `case-records` (Sync.md): per
/// record, `index u64 LE ‖ type u8 ‖ leaf hash (32) ‖ payload length u32 LE ‖ payload`, or, for a
/// record withheld from the requester, `… ‖ 0xFFFFFFFF ‖ K u8 ‖ K bytes of index key`.
public enum RecordBatchReader {
    public struct Record: Sendable, Equatable {
        public var index: UInt64
        public var type: UInt8
        public var leafHash: [UInt8]
        /// The payload; empty for a withheld record.
        public var payload: [UInt8]
        /// For a withheld record, its index key (empty for none); nil for a record sent in full.
        public var withheldKey: [UInt8]? = nil

        public var isWithheld: Bool { withheldKey != nil }
    }

    static let framingByteCount = RecordBatch.framingByteCount
    static let maximumPayloadLength = 64 << 20

    /// Parses a whole batch; throws ``MirroringError/connection(_:)`` for a malformed one.
    public static func parse(_ bytes: [UInt8], server: String) throws(MirroringError) -> [Record] {
        var records: [Record] = []
        var offset = 0
        while offset < bytes.count {
            guard bytes.count - offset >= framingByteCount else {
                throw .connection("\(server) sent a records batch that ends inside a record's framing")
            }
            // Fixed-width loads, not a generic fold over each field's bytes: a sync parses two million frames.
            let (index, length) = bytes.withUnsafeBytes { raw in
                (
                    UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)),
                    Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 41, as: UInt32.self)))
                )
            }
            let type = bytes[offset + 8]
            let leafHash = Array(bytes[(offset + 9)..<(offset + 41)])
            let start = offset + framingByteCount
            if length == Int(RecordBatch.withheldMarker) {
                let key = try withheldKey(bytes, at: start, index: index, server: server)
                records.append(Record(index: index, type: type, leafHash: leafHash, payload: [], withheldKey: key))
                offset = start + 1 + key.count
                continue
            }
            guard length <= maximumPayloadLength, bytes.count - offset - framingByteCount >= length else {
                throw .connection("\(server) sent a records batch whose record \(index) is cut short")
            }
            records.append(
                Record(index: index, type: type, leafHash: leafHash, payload: Array(bytes[start..<(start + length)])))
            offset = start + length
        }
        return records
    }

    /// The index key of a withheld frame at `start` (its K byte): none, `"A"` ‖ 16 bytes, `"T"` ‖ 32
    /// bytes or `"L"` ‖ 32 bytes (an attachment link), the only keys a withheld record has (Sync.md).
    static func withheldKey(_ bytes: [UInt8], at start: Int, index: UInt64, server: String) throws(MirroringError)
        -> [UInt8]
    {
        guard start < bytes.count, bytes.count - start - 1 >= Int(bytes[start]) else {
            throw .connection("\(server) sent a records batch whose withheld record \(index) is cut short")
        }
        let key = Array(bytes[(start + 1)..<(start + 1 + Int(bytes[start]))])
        let valid =
            switch key.first {
            case nil: true
            case UInt8(ascii: "A"): key.count == 17
            case UInt8(ascii: "T"), UInt8(ascii: "L"): key.count == RecordBatch.maximumWithheldKeyLength
            default: false
            }
        guard valid else {
            throw .connection(
                "\(server) sent withheld record \(index) with an index key of \(key.count) bytes that is not "
                    + "\"A\" + attachment id, \"T\" + case tag or \"L\" + case tag")
        }
        return key
    }

    /// The framing of one record, as the server writes it (``RecordBatch``).
    public static func append(_ record: Record, to bytes: inout [UInt8]) {
        if let key = record.withheldKey {
            RecordBatch.appendWithheld(
                index: record.index, type: record.type, leafHash: record.leafHash, key: key, to: &bytes)
        } else {
            RecordBatch.append(
                index: record.index, type: record.type, leafHash: record.leafHash, payload: record.payload, to: &bytes)
        }
    }
}
