import Sodium

/// The fixed 128-byte header at the start of every segment file (Ledger.docc/Records.md).
///
/// ```
/// offset  size  field
/// 0       8     magic "CANDORLG"
/// 8       2     format version, u16 LE = 1
/// 10      2     header size, u16 LE = 128
/// 12      4     flags, must be 0
/// 16      16    log id: random, the same in every segment of one ledger
/// 32      8     segment number, u64 LE, 0, 1, 2, … with no gaps
/// 40      8     index of the first record in this segment, u64 LE
/// 48      32    previous checksum: the checksum of the last record before this segment
///               (for segment 0: BLAKE2b-256("candor-ledger-genesis" ‖ log id))
/// 80      16    reserved, must be 0
/// 96      32    header checksum: BLAKE2b-256(bytes 0 ..< 96)
/// ```
struct SegmentHeader: Equatable {
    static let size = 128
    static let magic: [UInt8] = Array("CANDORLG".utf8)
    static let version: UInt16 = 1
    /// The highest first index a header may say: a log never holds 2^62 records, and the scan adds the
    /// records it counts to it.
    static let maximumFirstIndex: UInt64 = 1 << 62 - 1

    var logID: [UInt8]
    var segmentNumber: UInt64
    var firstIndex: UInt64
    var previousChecksum: [UInt8]

    static func genesisChecksum(logID: [UInt8]) -> [UInt8] {
        GenericHash.hash(Array("candor-ledger-genesis".utf8) + logID)
    }

    func encoded() -> [UInt8] {
        var bytes = SegmentHeader.magic
        bytes.appendLittleEndian(SegmentHeader.version)
        bytes.appendLittleEndian(UInt16(SegmentHeader.size))
        bytes.appendLittleEndian(UInt32(0))
        bytes += logID
        bytes.appendLittleEndian(segmentNumber)
        bytes.appendLittleEndian(firstIndex)
        bytes += previousChecksum
        bytes += [UInt8](repeating: 0, count: 16)
        bytes += GenericHash.hash(bytes)
        return bytes
    }

    enum ParseError: Error, Equatable {
        /// No magic: this file was never a ledger segment.
        case notASegment(String)
        /// It is a segment, but the header is damaged or from an unknown version.
        case damaged(String)
    }

    static func parse(_ bytes: UnsafeRawBufferPointer) -> Result<SegmentHeader, ParseError> {
        guard bytes.count >= 8, Array(bytes[0..<8]) == magic else {
            return .failure(.notASegment("it does not start with the segment magic \"CANDORLG\""))
        }
        guard bytes.count >= size else {
            return .failure(.damaged("the header is cut short (\(bytes.count) of \(size) bytes)"))
        }
        let header = UnsafeRawBufferPointer(rebasing: bytes[0..<size])
        let stored = Array(header[96..<128])
        guard GenericHash.hash(UnsafeRawBufferPointer(rebasing: header[0..<96])) == stored else {
            return .failure(.damaged("the header checksum does not match"))
        }
        let version = header.littleEndian(UInt16.self, at: 8)
        guard version == SegmentHeader.version else {
            return .failure(.damaged("unsupported format version \(version)"))
        }
        guard header.littleEndian(UInt16.self, at: 10) == UInt16(size), header.littleEndian(UInt32.self, at: 12) == 0,
            header[80..<96].allSatisfy({ $0 == 0 })
        else {
            return .failure(.damaged("unknown header size, flags or reserved bytes"))
        }
        let firstIndex = header.littleEndian(UInt64.self, at: 40)
        guard firstIndex <= maximumFirstIndex else {
            return .failure(.damaged("first index \(firstIndex) is beyond any log"))
        }
        return .success(
            SegmentHeader(
                logID: Array(header[16..<32]),
                segmentNumber: header.littleEndian(UInt64.self, at: 32),
                firstIndex: firstIndex,
                previousChecksum: Array(header[48..<80])))
    }
}
