import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

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
    /// that each stored leaf hash is SHA-256(0x00 ‖ type ‖ payload), and that the Merkle tree holds
    /// exactly those leaves and has their root. The first bad record is reported with its file, offset and index.
    /// Appends may continue meanwhile; they are simply not covered.
    public func verify() throws(LedgerError) -> VerifyReport {
        lock.lock()
        let segments = state.segments
        let closed = state.closed
        lock.unlock()
        if closed { throw .closed }

        let outcomes = UnsafeMutableBufferPointer<Result<[UInt8], LedgerError>?>.allocate(capacity: segments.count)
        outcomes.initialize(repeating: nil)
        defer {
            _ = outcomes.deinitialize()
            outcomes.deallocate()
        }
        let shared = VerifySlots(buffer: outcomes)
        DispatchQueue.concurrentPerform(iterations: segments.count) { i in
            shared.buffer[i] = Result { () throws(LedgerError) in
                try Ledger.verify(segments[i], number: UInt64(i), logID: logID, payloadOnly: options.leafIsPayloadOnly)
            }
        }
        var records: UInt64 = 0
        var bytes: UInt64 = 0
        var leafHashes: [[UInt8]] = []
        for (i, outcome) in outcomes.enumerated() {
            let leaves = try outcome!.get()
            leafHashes.append(leaves)
            let count = UInt64(leaves.count / RFC6962.hashByteCount)
            if segments[i].firstIndex != records {
                throw .verificationFailed(
                    file: segments[i].path, offset: 40, recordIndex: records,
                    reason: "segment starts at record \(segments[i].firstIndex), expected \(records)")
            }
            if i > 0 {
                let previousEnd = try lastChecksum(of: segments[i - 1])
                if previousEnd != segments[i].previousChecksum {
                    throw .verificationFailed(
                        file: segments[i].path, offset: 48, recordIndex: records,
                        reason: "the chain does not continue from the previous segment")
                }
            }
            records += count
            bytes += segments[i].committedEnd
        }
        try checkTree(against: leafHashes, of: segments, records: records)
        return VerifyReport(segments: segments.count, records: records, bytes: bytes)
    }

    /// Checks that the record table holds exactly the leaves on disk (it may have grown since the
    /// snapshot), and that the live tree's root over them is the one recomputed from them.
    ///
    /// The table is read one segment at a time, and the root is recomputed by appending the leaves to a
    /// tree of the live tree's own shape (the root of its full size needs no table read), so the check
    /// adds no per-record memory to what the scan already holds.
    private func checkTree(against leafHashes: [[UInt8]], of segments: [SegmentFile], records: UInt64)
        throws(LedgerError)
    {
        let width = RFC6962.hashByteCount
        var recomputed: LedgerTree?
        for (i, leaves) in leafHashes.enumerated() {
            let tableLeaves = try withTree { (tree) throws(LedgerError) -> [UInt8] in
                guard tree.size >= records else {
                    throw .verificationFailed(
                        file: directory, offset: 0, recordIndex: records,
                        reason: "disk holds \(records) records, the Merkle tree \(tree.size)")
                }
                recomputed = recomputed ?? LedgerTree(table: tree.table, leafHashes: [])
                return try tree.table.leafHashes(from: segments[i].firstIndex, count: leaves.count / width)
            }
            guard tableLeaves == leaves else {
                let index = (0..<leaves.count / width).first {
                    tableLeaves[($0 * width)..<(($0 + 1) * width)] != leaves[($0 * width)..<(($0 + 1) * width)]
                }!
                throw .verificationFailed(
                    file: segments[i].path, offset: 0, recordIndex: segments[i].firstIndex + UInt64(index),
                    reason: "the Merkle tree's leaf differs from the record on disk")
            }
            recomputed?.append(leafHashes: leaves)
        }
        let root = try withTree { (tree) throws(LedgerError) in try tree.rootHash(size: records) }
        guard try recomputed?.rootHash(size: records) ?? RFC6962.emptyRoot == root else {
            throw .verificationFailed(
                file: directory, offset: 0, recordIndex: records,
                reason: "the Merkle tree's root differs from the root of the records on disk")
        }
    }

    /// Verifies one segment up to its acknowledged end and returns its records' leaf hashes.
    private static func verify(_ segment: SegmentFile, number: UInt64, logID: [UInt8], payloadOnly: Bool) throws(LedgerError)
        -> [UInt8]
    {
        let descriptor = try syscall("open", path: segment.path) { Glibc.open(segment.path, O_RDONLY | O_CLOEXEC) }
        defer { Glibc.close(descriptor) }
        return try MappedFile.withContents(descriptor: descriptor, path: segment.path) {
            (file) throws(LedgerError) -> [UInt8] in
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
            guard header.logID == logID, header.segmentNumber == number, header.firstIndex == segment.firstIndex,
                header.previousChecksum == segment.previousChecksum
            else {
                throw .verificationFailed(
                    file: segment.path, offset: 0, recordIndex: segment.firstIndex,
                    reason: "the segment header does not match the ledger")
            }
            var leaves: [UInt8] = []
            let outcome = SegmentScanner.scan(
                bytes, from: SegmentHeader.size, previous: header.previousChecksum, firstIndex: header.firstIndex,
                recomputeLeafHashes: true, payloadOnlyLeaves: payloadOnly
            ) { _, _, leaf, _ in leaves.append(contentsOf: leaf) }
            if let failure = outcome.failure {
                throw .verificationFailed(
                    file: segment.path, offset: UInt64(failure.offset),
                    recordIndex: header.firstIndex + UInt64(outcome.recordCount), reason: failure.reason)
            }
            return leaves
        }
    }

    private func lastChecksum(of segment: SegmentFile) throws(LedgerError) -> [UInt8] {
        guard segment.committedEnd > UInt64(SegmentHeader.size) else { return segment.previousChecksum }
        return try readExactly(
            segment, at: segment.committedEnd - UInt64(RecordFormat.checksumSize), count: RecordFormat.checksumSize)
    }
}

private struct VerifySlots: @unchecked Sendable {
    // Each concurrentPerform iteration writes only its own slot.
    let buffer: UnsafeMutableBufferPointer<Result<[UInt8], LedgerError>?>
}
