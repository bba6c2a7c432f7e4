import Foundation
import Ledger
import Sodium
import System

/// The segment files of a mirror's ledger, read directly by the documented format (Ledger.docc/Records.md):
/// one record at a known place, or every record from a place on. Each record's chained checksum and leaf
/// hash are checked as it is read, so a damaged or altered file is an error, never a wrong case.
///
/// Reading never takes the ledger's lock nor runs its recovery: the index only points at records that a
/// sync verified against a signed checkpoint, which the ledger never rewrites.
final class MirrorSegments: @unchecked Sendable {
    // @unchecked: the descriptors are opened once under `lock` and then only read with pread.
    static let headerSize = 128
    static let recordHeaderSize = 48
    static let checksumSize = 32
    static let standInType: UInt8 = 0xFF

    let folder: String
    private var descriptors: [UInt32: Int32] = [:]
    private var paths: [UInt32: String] = [:]
    private let lock = NSLock()

    /// Gives the late copy of a stand-in (a record withheld at first, fetched once its case became
    /// readable), or nil: what the index files and reads in its place.
    let lateCopy: (@Sendable (LedgerRecord) -> LedgerRecord?)?

    /// `folder` is the mirror's ledger folder (`DIR/intake`).
    init(folder: String, lateCopy: (@Sendable (LedgerRecord) -> LedgerRecord?)? = nil) {
        self.folder = folder
        self.lateCopy = lateCopy
    }

    /// `record`, or its late copy when it is a stand-in that has one.
    func substituted(_ record: LedgerRecord) -> LedgerRecord {
        guard record.type == Self.standInType, let copy = lateCopy?(record) else { return record }
        return copy
    }

    deinit { for fd in descriptors.values { FileDescriptor.close(fd) } }

    func path(_ segment: UInt32) -> String {
        lock.withLock {
            if let path = paths[segment] { return path }
            let digits = String(segment)
            let path = folder + "/segment-" + String(repeating: "0", count: max(0, 16 - digits.count)) + digits + ".log"
            paths[segment] = path
            return path
        }
    }

    func exists(_ segment: UInt32) -> Bool { FileManager.default.fileExists(atPath: path(segment)) }

    private func descriptor(_ segment: UInt32) throws(IndexDamage) -> Int32 {
        let path = path(segment)
        lock.lock()
        defer { lock.unlock() }
        if let fd = descriptors[segment] { return fd }
        guard let fd = try? FileDescriptor.open(path, [.readOnly]).release() else {
            throw IndexDamage("cannot open \(path)")
        }
        descriptors[segment] = fd
        return fd
    }

    /// The first `count` bytes of `segment` into `buffer`, grown when it is shorter (its bytes past
    /// `count` are left as they were).
    private func read(_ segment: UInt32, count: Int, into buffer: inout [UInt8]) throws(IndexDamage) {
        let fd = try descriptor(segment)
        if buffer.count < count { buffer = [UInt8](repeating: 0, count: count) }
        let complete = buffer.withUnsafeMutableBytes { bytes in
            (try? FileDescriptor.read(
                fd, into: UnsafeMutableRawBufferPointer(rebasing: bytes[0..<count]), at: 0, path: folder)) ?? false
        }
        guard complete else { throw IndexDamage("\(path(segment)) is shorter than the index says") }
    }

    /// Up to `count` bytes from `offset`: fewer where the segment ends.
    private func read(_ segment: UInt32, upTo count: Int, at offset: UInt64) throws(IndexDamage) -> [UInt8] {
        let fd = try descriptor(segment)
        guard let bytes = try? FileDescriptor.read(fd, upTo: count, at: offset, path: folder) else {
            throw IndexDamage("cannot read \(path(segment))")
        }
        return bytes
    }

    private func read(_ segment: UInt32, count: Int, at offset: UInt64) throws(IndexDamage) -> [UInt8] {
        let fd = try descriptor(segment)
        guard let bytes = try? FileDescriptor.read(fd, exactly: count, at: offset, path: folder),
            bytes.count == count
        else { throw IndexDamage("\(path(segment)) is shorter than the index says") }
        return bytes
    }

    /// Where record `index` is, or nil when no segment holds it: the last segment whose header's first
    /// index (Records.md, offset 40) is not above it, walked from its start with every checksum checked.
    /// One segment is read, not the log: what a case opened from an earlier feedback record needs.
    func location(of index: UInt64) throws(IndexDamage) -> RecordLocation? {
        var chosen: (segment: UInt32, first: UInt64)?
        var segment: UInt32 = 0
        while exists(segment) {
            let first = try read(segment, count: Self.headerSize, at: 0)[40..<48].reversed()
                .reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            if first > index { break }
            chosen = (segment, first)
            segment += 1
        }
        guard let chosen else { return nil }
        var found: RecordLocation?
        do {
            try scan(
                from: (chosen.segment, UInt32(Self.headerSize)), firstIndex: chosen.first,
                count: index - chosen.first + 1
            ) { _, location in
                if location.index == index { found = location }
            }
        } catch let damage as IndexDamage {
            throw damage
        } catch {
            throw IndexDamage("\(error)")
        }
        return found
    }

    /// The record at `location`, with its checksum checked unless `checksum` is false (a record this
    /// process's scan checked moments before: its length and a stand-in's leaf hash are still checked).
    func record(at location: RecordLocation, checksum: Bool = true) throws(IndexDamage) -> LedgerRecord {
        let offset = UInt64(location.offset)
        guard offset >= UInt64(Self.headerSize) else { throw IndexDamage("a record offset inside a segment header") }
        // The 32 bytes before a record are the previous checksum, except after the header, which holds it
        // at 48. One read brings them, the record's header and, for most records, the rest: a longer
        // record is read to its end by a second (a read per record is most of what the kernel does for
        // a sync's index).
        let first = offset == UInt64(Self.headerSize)
        let lead = first ? Self.headerSize : Self.checksumSize
        let start = first ? 0 : offset - UInt64(Self.checksumSize)
        var bytes = try read(location.segment, upTo: lead + Self.recordHeaderSize + Self.likelyRecordSize, at: start)
        guard bytes.count >= lead + Self.recordHeaderSize else {
            throw IndexDamage("\(path(location.segment)) is shorter than the index says")
        }
        let length = Int(
            UInt32(bytes[lead]) | UInt32(bytes[lead + 1]) << 8 | UInt32(bytes[lead + 2]) << 16
                | UInt32(bytes[lead + 3]) << 24)
        guard length <= 64 << 20 else { throw IndexDamage("a record length past 64 MiB in \(path(location.segment))") }
        let end = lead + Self.recordHeaderSize + length + Self.checksumSize
        if bytes.count < end {
            bytes += try read(location.segment, count: end - bytes.count, at: start + UInt64(bytes.count))
        } else {
            bytes.removeLast(bytes.count - end)
        }
        let previous = first ? bytes[48..<80] : bytes[0..<Self.checksumSize]
        return substituted(
            try Self.checked(
                bytes[lead..<end], previous: checksum ? previous : nil, length: length, index: location.index,
                file: path(location.segment)))
    }

    /// What the first read of a record asks for past its header: most records are shorter.
    static let likelyRecordSize = 2048

    /// Checks one record's bytes (header ‖ payload ‖ checksum) against its chained checksum.
    ///
    /// The leaf hash is not computed again: the sync checked every record's leaf hash and the root before
    /// the record counted, and the chained checksum, which covers the header's leaf hash and the payload,
    /// finds what damage can do to them since. (A hand that rewrites a payload on disk can rewrite its
    /// leaf hash and the checksums too, which no check of the record alone finds.) Hashing each record
    /// twice more was a tenth of a sync.
    ///
    /// Without `previous`, the checksum is not checked: the caller's scan did.
    static func checked(
        _ bytes: ArraySlice<UInt8>, previous: ArraySlice<UInt8>?, length: Int, index: UInt64, file: String
    )
        throws(IndexDamage) -> LedgerRecord
    {
        let base = bytes.startIndex
        let end = base + recordHeaderSize + length
        if let previous {
            var chain = GenericHash()
            chain.update(previous)
            chain.update(bytes[base..<end])
            guard chain.finalize().elementsEqual(bytes[end..<(end + checksumSize)]) else {
                throw IndexDamage("record \(index) in \(file) fails its checksum")
            }
        }
        let type = bytes[base + 4]
        let payload = Array(bytes[(base + recordHeaderSize)..<end])
        let leafHash = Array(bytes[(base + 16)..<(base + 48)])
        // A stand-in (type 0xFF) for a record this inspector may not read carries the original record's
        // leaf hash as its first 32 bytes, and the ledger keeps that one.
        if type == standInType, payload.count < 32 || !payload[0..<32].elementsEqual(leafHash) {
            throw IndexDamage("stand-in \(index) in \(file) does not carry its leaf hash")
        }
        return LedgerRecord(index: index, type: type, payload: payload, leafHash: leafHash)
    }

    /// Reads every record from `start` (the first record to read, index `firstIndex`) until `count` have
    /// been read, in log order, each checked (but the checksums of those in `unchecked`: records this
    /// process wrote moments before), calling `body` with it and its location.
    func scan(
        from start: (segment: UInt32, offset: UInt32), firstIndex: UInt64, count: UInt64,
        unchecked: Range<UInt64> = 0..<0, _ body: (LedgerRecord, RecordLocation) throws -> Void
    ) throws {
        var segment = start.segment
        var offset = Int(start.offset)
        var index = firstIndex
        let end = firstIndex + count
        // One buffer for every segment: a fresh one each time was zeroed and faulted in page by page.
        var file: [UInt8] = []
        while index < end {
            guard exists(segment) else { throw IndexDamage("the mirror has no \(path(segment))") }
            let fd = try descriptor(segment)
            let size = Int(try FileDescriptor.status(fd, path: path(segment)).size)
            if offset >= size {
                segment += 1
                offset = Self.headerSize
                continue
            }
            try read(segment, count: size, into: &file)
            var previous = offset == Self.headerSize ? file[48..<80] : file[(offset - Self.checksumSize)..<offset]
            // `previous` is a slice of the buffer: released before the next segment is read into it.
            defer { previous = [] }
            while index < end, offset + Self.recordHeaderSize <= size {
                let length = Int(
                    UInt32(file[offset]) | UInt32(file[offset + 1]) << 8 | UInt32(file[offset + 2]) << 16
                        | UInt32(file[offset + 3]) << 24)
                let total = Self.recordHeaderSize + length + Self.checksumSize
                guard length <= 64 << 20, offset + total <= size else {
                    throw IndexDamage("record \(index) is cut short in \(path(segment))")
                }
                let record = try Self.checked(
                    file[offset..<(offset + total)], previous: unchecked.contains(index) ? nil : previous,
                    length: length, index: index, file: path(segment))
                try body(
                    substituted(record), RecordLocation(index: index, segment: segment, offset: UInt32(offset)))
                previous = file[(offset + total - Self.checksumSize)..<(offset + total)]
                offset += total
                index += 1
            }
            if index < end {
                segment += 1
                offset = Self.headerSize
            }
        }
    }
}
