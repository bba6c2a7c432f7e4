/// Where a record of the mirror is: its log index, and its segment file and byte offset there
/// (Ledger.docc/Records.md), so that it is read with one `pread` without opening the ledger.
public struct RecordLocation: Sendable, Hashable {
    public let index: UInt64
    public let segment: UInt32
    public let offset: UInt32

    static let byteCount = 16

    var encoded: [UInt8] { Binary.u64(index) + Binary.u32(segment) + Binary.u32(offset) }

    static func read(_ reader: inout BinaryReader) throws(IndexDamage) -> RecordLocation {
        RecordLocation(
            index: try reader.integer(UInt64.self), segment: try reader.integer(UInt32.self),
            offset: try reader.integer(UInt32.self))
    }
}
