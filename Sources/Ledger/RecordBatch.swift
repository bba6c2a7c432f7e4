/// The binary framing of a batch of ledger records, as candor-server sends them to an inspector's sync
/// (Mirroring.docc/Sync.md): per record, in index order,
/// `index u64 LE ‖ type u8 ‖ leaf hash (32) ‖ payload length u32 LE ‖ payload`, or, for a record
/// withheld from the requester, the length 0xFFFFFFFF followed by its index key (``appendWithheld``).
///
/// It lives here, below both the server (InspectorWeb) and the client (Mirroring), so the two sides cannot
/// drift apart.
public enum RecordBatch {
    /// The bytes before each payload: 8 + 1 + 32 + 4.
    public static let framingByteCount = 45

    /// Appends one record's framing and payload.
    public static func append(index: UInt64, type: UInt8, leafHash: [UInt8], payload: [UInt8], to body: inout [UInt8]) {
        withUnsafeBytes(of: index.littleEndian) { body.append(contentsOf: $0) }
        body.append(type)
        body.append(contentsOf: leafHash)
        withUnsafeBytes(of: UInt32(payload.count).littleEndian) { body.append(contentsOf: $0) }
        body.append(contentsOf: payload)
    }

    /// The payload length that marks a *withheld* frame: a record the requester may not read.
    public static let withheldMarker: UInt32 = 0xFFFF_FFFF
    /// The largest index key a withheld frame carries (the intake's longest key, `"T"` ‖ case tag).
    public static let maximumWithheldKeyLength = 33

    /// Appends the frame of a record sent without its payload:
    /// `index u64 LE ‖ type u8 ‖ leaf hash (32) ‖ 0xFFFFFFFF ‖ K u8 ‖ K bytes of index key`.
    public static func appendWithheld(
        index: UInt64, type: UInt8, leafHash: [UInt8], key: [UInt8], to body: inout [UInt8]
    ) {
        precondition(key.count <= maximumWithheldKeyLength, "an index key of \(key.count) bytes")
        withUnsafeBytes(of: index.littleEndian) { body.append(contentsOf: $0) }
        body.append(type)
        body.append(contentsOf: leafHash)
        withUnsafeBytes(of: withheldMarker.littleEndian) { body.append(contentsOf: $0) }
        body.append(UInt8(key.count))
        body.append(contentsOf: key)
    }

    /// Appends a stored record.
    public static func append(_ record: LedgerRecord, to body: inout [UInt8]) {
        append(index: record.index, type: record.type, leafHash: record.leafHash, payload: record.payload, to: &body)
    }
}
