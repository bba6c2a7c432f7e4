import System
import Transparency

/// The per-record table of a live ledger, `records.idx`: where each record is and its leaf hash.
///
/// Keeping these in memory would cost about 100 bytes a record, and a server that appends for months
/// must not grow with its log. The table is read with `pread`, never mapped: mapped pages count in the
/// process's resident set, pages of the kernel's cache do not.
///
/// The table is a cache, not part of the ledger's durable state: every open rebuilds it from the
/// segments (which the open scans anyway), so a stale or damaged table left by a crash is simply
/// rewritten, and its writes need no fsync. Entry `i` (``entrySize`` bytes, at `i · entrySize`) is:
///
/// | bytes   | field                                            |
/// |---------|--------------------------------------------------|
/// | 0..<32  | the record's leaf hash (Records.md)              |
/// | 32..<36 | its segment's position in the ledger, UInt32 LE  |
/// | 36..<40 | its byte offset in that segment, UInt32 LE       |
struct RecordTable {
    static let fileName = "records.idx"
    static let entrySize = 40

    let descriptor: Int32
    let path: String

    /// Where a record is on disk.
    struct Position {
        var segment: Int
        var offset: UInt64
    }

    /// Replaces whatever table `directory` holds with an empty one, through `fileSystem` like every
    /// other write of the ledger, so that fault injection reaches it.
    static func create(in directory: String, fileSystem: any FileSystem) throws(LedgerError) -> RecordTable {
        let path = directory + "/" + fileName
        Directory.removeFile(path)
        return RecordTable(descriptor: try fileSystem.openForWriting(path, create: true), path: path)
    }

    /// Appends one entry to `buffer`.
    static func encode(leafHash: some Sequence<UInt8>, segment: Int, offset: UInt64, into buffer: inout [UInt8]) {
        buffer.append(contentsOf: leafHash)
        withUnsafeBytes(of: UInt32(segment).littleEndian) { buffer.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(offset).littleEndian) { buffer.append(contentsOf: $0) }
    }

    /// Writes `entries` (whole encoded entries) as the entries from record `index` on.
    func write(_ entries: [UInt8], from index: UInt64, fileSystem: any FileSystem) throws(LedgerError) {
        guard !entries.isEmpty else { return }
        try fileSystem.write(descriptor, entries, at: index * UInt64(Self.entrySize), path: path)
    }

    /// The whole entries of records `index ..< index + count`, concatenated, in one read.
    func entries(from index: UInt64, count: Int) throws(LedgerError) -> [UInt8] {
        try preadExactly(descriptor, count: count * Self.entrySize, at: index * UInt64(Self.entrySize), path: path)
    }

    /// The leaf hashes of records `index ..< index + count`, concatenated, in one read.
    func leafHashes(from index: UInt64, count: Int) throws(LedgerError) -> [UInt8] {
        let entries = try entries(from: index, count: count)
        var hashes: [UInt8] = []
        hashes.reserveCapacity(count * RFC6962.hashByteCount)
        for start in stride(from: 0, to: entries.count, by: Self.entrySize) {
            hashes += entries[start..<(start + RFC6962.hashByteCount)]
        }
        return hashes
    }

    /// Where record `index` is.
    func position(of index: UInt64) throws(LedgerError) -> Position {
        let entry = try preadExactly(
            descriptor, count: Self.entrySize, at: index * UInt64(Self.entrySize), path: path)
        return Self.position(inEntries: entry, number: 0)
    }

    /// The position entry `number` of `entries` (whole entries, as ``entries(from:count:)`` reads them) gives.
    static func position(inEntries entries: [UInt8], number: Int) -> Position {
        entries.withUnsafeBytes { bytes in
            Position(
                segment: Int(bytes.littleEndian(UInt32.self, at: number * entrySize + 32)),
                offset: UInt64(bytes.littleEndian(UInt32.self, at: number * entrySize + 36)))
        }
    }
}
