/// The binary framing of a batch of ledger records, as candor-server sends them to an inspector's sync
/// (Mirroring.docc/Sync.md): per record, in index order,
/// `index u64 LE ‖ type u8 ‖ leaf hash (32) ‖ payload length u32 LE ‖ payload`.
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

    /// Appends a stored record.
    public static func append(_ record: LedgerRecord, to body: inout [UInt8]) {
        append(index: record.index, type: record.type, leafHash: record.leafHash, payload: record.payload, to: &body)
    }
}
