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
    /// that each stored leaf hash is SHA-256(0x00 ‖ type ‖ payload), and that the in-memory Merkle tree
    /// holds exactly those leaves. The first bad record is reported with its file, offset and index.
    /// Appends may continue meanwhile; they are simply not covered.
    public func verify() throws(LedgerError) -> VerifyReport {
        lock.lock()
        let segments = state.segments
        let tree = state.tree
        let closed = state.closed
        lock.unlock()
        if closed { throw .closed }

        let outcomes = UnsafeMutableBufferPointer<Result<UInt64, LedgerError>?>.allocate(capacity: segments.count)
        outcomes.initialize(repeating: nil)
        defer { outcomes.deallocate() }
        let shared = VerifySlots(buffer: outcomes)
        DispatchQueue.concurrentPerform(iterations: segments.count) { i in
            shared.buffer[i] = Result { () throws(LedgerError) in
                try Ledger.verify(segments[i], number: UInt64(i), logID: logID, tree: tree)
            }
        }
        var records: UInt64 = 0
        var bytes: UInt64 = 0
        for (i, outcome) in outcomes.enumerated() {
            let count = try outcome!.get()
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
        guard records == tree.size else {
            throw .verificationFailed(
                file: directory, offset: 0, recordIndex: records,
                reason: "disk holds \(records) records, the Merkle tree \(tree.size)")
        }
        return VerifyReport(segments: segments.count, records: records, bytes: bytes)
    }

    private static func verify(_ segment: SegmentFile, number: UInt64, logID: [UInt8], tree: MerkleTree)
        throws(LedgerError) -> UInt64
    {
        let descriptor = try syscall("open", path: segment.path) { Glibc.open(segment.path, O_RDONLY | O_CLOEXEC) }
        defer { Glibc.close(descriptor) }
        return try MappedFile.withContents(descriptor: descriptor, path: segment.path) {
            (file) throws(LedgerError) -> UInt64 in
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
            var treeMismatch: UInt64?
            var local: UInt64 = 0
            let outcome = SegmentScanner.scan(
                bytes, from: SegmentHeader.size, previous: header.previousChecksum, firstIndex: header.firstIndex,
                recomputeLeafHashes: true
            ) { _, _, leaf, _ in
                let index = header.firstIndex + local
                if treeMismatch == nil, index < tree.size, !leaf.elementsEqual(tree.leafHash(at: index)) {
                    treeMismatch = index
                }
                local += 1
            }
            if let failure = outcome.failure {
                throw .verificationFailed(
                    file: segment.path, offset: UInt64(failure.offset),
                    recordIndex: header.firstIndex + UInt64(outcome.recordCount), reason: failure.reason)
            }
            if let treeMismatch {
                throw .verificationFailed(
                    file: segment.path, offset: 0, recordIndex: treeMismatch,
                    reason: "the Merkle tree's leaf differs from the record on disk")
            }
            return UInt64(outcome.recordCount)
        }
    }

    private func lastChecksum(of segment: SegmentFile) throws(LedgerError) -> [UInt8] {
        guard segment.committedEnd > UInt64(SegmentHeader.size) else { return segment.previousChecksum }
        var bytes = [UInt8](repeating: 0, count: RecordFormat.checksumSize)
        let offset = off_t(segment.committedEnd) - off_t(RecordFormat.checksumSize)
        let n = try bytes.withUnsafeMutableBytes { buffer in
            Result { () throws(LedgerError) in
                try syscall("read", path: segment.path) {
                    pread(segment.readDescriptor, buffer.baseAddress!, buffer.count, offset)
                }
            }
        }.get()
        guard n == RecordFormat.checksumSize else {
            throw .verificationFailed(
                file: segment.path, offset: UInt64(offset), recordIndex: segment.firstIndex, reason: "short read")
        }
        return bytes
    }
}

private struct VerifySlots: @unchecked Sendable {
    // Each concurrentPerform iteration writes only its own slot.
    let buffer: UnsafeMutableBufferPointer<Result<UInt64, LedgerError>?>
}
