import Dispatch
import System
import Transparency

extension Ledger {
    /// What a full verification covered.
    public struct VerifyReport: Sendable, Equatable {
        public var segments: Int
        public var records: UInt64
        public var bytes: UInt64
    }

    /// Re-reads every acknowledged record from disk and recomputes every checksum and leaf hash.
    ///
    /// It checks segment headers, the chain between segments, each record's chained BLAKE2b checksum,
    /// that each stored leaf hash is SHA-256(0x00 ‖ type ‖ payload), that the record table holds exactly
    /// those leaves and positions, and that the Merkle tree has their root. The first bad record is
    /// reported with its file, offset and index. Appends may continue meanwhile; they are simply not covered.
    ///
    /// Everything per record happens in one pass over each segment, the segments in parallel: the scan,
    /// the comparison with the segment's range of the record table, and the hashing of the complete groups
    /// of 256 leaves into the tree's level 8. Only those level-8 hashes and the leaves of the groups that
    /// straddle two segments are combined afterwards, in order, into the root.
    public func verify() throws(LedgerError) -> VerifyReport {
        lock.lock()
        let segments = state.segments
        let closed = state.closed
        lock.unlock()
        if closed { throw .closed }

        let outcomes = UnsafeMutableBufferPointer<Result<VerifiedSegment, LedgerError>?>.allocate(
            capacity: segments.count)
        outcomes.initialize(repeating: nil)
        defer {
            _ = outcomes.deinitialize()
            outcomes.deallocate()
        }
        let shared = VerifySlots(buffer: outcomes)
        DispatchQueue.concurrentPerform(iterations: segments.count) { i in
            shared.buffer[i] = Result { () throws(LedgerError) in try verify(segments[i], number: i) }
        }
        var records: UInt64 = 0
        var bytes: UInt64 = 0
        var previousEnd: [UInt8]?
        var recomputed = try withTree { LedgerTree(table: $0.table, leafHashes: []) }
        for (i, outcome) in outcomes.enumerated() {
            let segment = try outcome!.get()
            if segments[i].firstIndex != records {
                throw .verificationFailed(
                    file: segments[i].path, offset: 40, recordIndex: records,
                    reason: "segment starts at record \(segments[i].firstIndex), expected \(records)")
            }
            if let previousEnd, previousEnd != segments[i].previousChecksum {
                throw .verificationFailed(
                    file: segments[i].path, offset: 48, recordIndex: records,
                    reason: "the chain does not continue from the previous segment")
            }
            recomputed.append(leafHashes: segment.head)
            recomputed.append(groupHashes: segment.groupHashes)
            recomputed.append(leafHashes: segment.tail)
            previousEnd = segment.lastChecksum
            records += UInt64(segment.recordCount)
            bytes += segments[i].committedEnd
        }
        // The recomputed tree holds every leaf in memory (its complete groups as level-8 hashes, the rest
        // as leaves), so its root comes from the segments alone and never from the table.
        let root = try withTree { (tree) throws(LedgerError) in try tree.rootHash(size: records) }
        guard try recomputed.rootHash(size: records) == root else {
            throw .verificationFailed(
                file: directory, offset: 0, recordIndex: records,
                reason: "the Merkle tree's root differs from the root of the records on disk")
        }
        return VerifyReport(segments: segments.count, records: records, bytes: bytes)
    }

    /// Verifies one segment up to its acknowledged end, then its range of the record table, and hashes
    /// its complete groups of 256 leaves.
    private func verify(_ segment: SegmentFile, number: Int) throws(LedgerError) -> VerifiedSegment {
        let mapping = try LedgerError.system { () throws(SystemError) in
            let file = try FileDescriptor.open(segment.path, .readOnly)
            return try MappedFile(file.rawValue, path: segment.path)
        }
        let (leaves, entries, lastChecksum) = try { (file: UnsafeRawBufferPointer) throws(LedgerError) in
            let end = Int(segment.committedEnd)
            guard file.count >= end else {
                throw .verificationFailed(
                    file: segment.path, offset: UInt64(file.count), recordIndex: segment.firstIndex,
                    reason: "the file is shorter (\(file.count) bytes) than its acknowledged records (\(end))")
            }
            let bytes = UnsafeRawBufferPointer(rebasing: file[0..<end])
            guard case .success(let header) = SegmentHeader.parse(bytes) else {
                throw .verificationFailed(
                    file: segment.path, offset: 0, recordIndex: segment.firstIndex, reason: "bad segment header")
            }
            guard header.logID == logID, header.segmentNumber == UInt64(number),
                header.firstIndex == segment.firstIndex, header.previousChecksum == segment.previousChecksum
            else {
                throw .verificationFailed(
                    file: segment.path, offset: 0, recordIndex: segment.firstIndex,
                    reason: "the segment header does not match the ledger")
            }
            var leaves: [UInt8] = []
            var entries: [UInt8] = []
            let outcome = SegmentScanner.scan(
                bytes, from: SegmentHeader.size, previous: header.previousChecksum, firstIndex: header.firstIndex,
                recomputeLeaves: options
            ) { offset, _, leaf, _ in
                leaves.append(contentsOf: leaf)
                RecordTable.encode(leafHash: leaf, segment: number, offset: UInt64(offset), into: &entries)
            }
            if let failure = outcome.failure {
                throw .verificationFailed(
                    file: segment.path, offset: UInt64(failure.offset),
                    recordIndex: header.firstIndex + UInt64(outcome.recordCount), reason: failure.reason)
            }
            return (leaves, entries, outcome.lastChecksum)
        }(mapping.bytes)
        try checkTable(entries, of: segment)
        return VerifiedSegment(firstIndex: segment.firstIndex, leafHashes: leaves, lastChecksum: lastChecksum)
    }

    /// Checks that the record table's entries for `segment`'s records are `expected`, byte for byte.
    ///
    /// The table may have grown since the snapshot, never shrunk: the writer writes a batch's entries
    /// before the batch becomes visible. It is read under the lock, which `close()` takes before closing it.
    private func checkTable(_ expected: [UInt8], of segment: SegmentFile) throws(LedgerError) {
        let width = RecordTable.entrySize
        let count = UInt64(expected.count / width)
        let (stored, path) = try withTree { (tree) throws(LedgerError) in
            guard tree.size >= segment.firstIndex + count else {
                throw .verificationFailed(
                    file: directory, offset: 0, recordIndex: segment.firstIndex + count,
                    reason: "disk holds at least \(segment.firstIndex + count) records, the Merkle tree \(tree.size)")
            }
            return (try tree.table.entries(from: segment.firstIndex, count: Int(count)), tree.table.path)
        }
        guard stored != expected else { return }
        func differs(_ entry: Int, _ length: Int) -> Bool {
            stored[(entry * width)..<(entry * width + length)] != expected[(entry * width)..<(entry * width + length)]
        }
        let bad = (0..<Int(count)).first { differs($0, width) }!
        let leafDiffers = differs(bad, RFC6962.hashByteCount)
        let index = segment.firstIndex + UInt64(bad)
        throw .verificationFailed(
            file: path, offset: index * UInt64(width), recordIndex: index,
            reason: leafDiffers
                ? "the record table's leaf hash differs from the record on disk"
                : "the record table's position differs from the record's place on disk")
    }
}

/// What verifying one segment leaves for the combined checks: its chain's end and its leaves, split
/// where the tree's groups of 256 leaves (``LedgerTree/groupSize``) begin and end.
struct VerifiedSegment {
    var recordCount: Int
    var lastChecksum: [UInt8]
    /// The leaf hashes before the segment's first group boundary: they complete the group that the
    /// previous segments began (all of them when the segment holds no boundary).
    var head: [UInt8]
    /// The level-8 hash of each group of 256 leaves that lies wholly inside the segment.
    var groupHashes: [UInt8]
    /// The leaf hashes after the segment's last group boundary: the start of a group the next segments end.
    var tail: [UInt8]

    /// Splits the leaf hashes (concatenated) of the records from `firstIndex` on, and hashes the complete groups.
    init(firstIndex: UInt64, leafHashes: [UInt8], lastChecksum: [UInt8]) {
        let width = RFC6962.hashByteCount
        let group = LedgerTree.groupSize
        let count = leafHashes.count / width
        let headCount = min(count, (group - Int(firstIndex % UInt64(group))) % group)
        let groupsEnd = headCount + (count - headCount) / group * group
        recordCount = count
        self.lastChecksum = lastChecksum
        head = Array(leafHashes[0..<(headCount * width)])
        var level = Array(leafHashes[(headCount * width)..<(groupsEnd * width)])
        for _ in 0..<LedgerTree.keptLevel { level = MerkleTree.parents(of: level) }
        groupHashes = level
        tail = Array(leafHashes[(groupsEnd * width)...])
    }
}

private struct VerifySlots: @unchecked Sendable {
    // Each concurrentPerform iteration writes only its own slot.
    let buffer: UnsafeMutableBufferPointer<Result<VerifiedSegment, LedgerError>?>
}
