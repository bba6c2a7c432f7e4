#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

extension Ledger {
    /// Reads the acknowledged record at `index`, checking its checksum against the one before it.
    public func record(at index: UInt64) throws(LedgerError) -> LedgerRecord {
        lock.lock()
        guard !state.closed else {
            lock.unlock()
            throw .closed
        }
        guard index < state.count else {
            lock.unlock()
            throw .recordNotFound(index)
        }
        let position = state.positions[Int(index)]
        let segment = state.segments[Int(position.segment)]
        lock.unlock()

        let offset = UInt64(position.offset)
        let isFirst = offset == UInt64(SegmentHeader.size)
        let start = isFirst ? offset : offset - UInt64(RecordFormat.checksumSize)
        let header = try readExactly(segment, at: start, count: Int(offset - start) + RecordFormat.headerSize)
        let previous = isFirst ? segment.previousChecksum : Array(header[0..<RecordFormat.checksumSize])
        let framing = Array(header[(header.count - RecordFormat.headerSize)...])
        let length = framing.withUnsafeBytes { Int($0.littleEndian(UInt32.self, at: 0)) }
        guard length <= RecordFormat.maxPayloadLength else {
            throw .corrupt(file: segment.path, offset: offset, reason: "record \(index): impossible length \(length)")
        }
        let rest = try readExactly(
            segment, at: offset + UInt64(RecordFormat.headerSize), count: length + RecordFormat.checksumSize)
        let record = framing + rest[0..<length]
        let checksum = record.withUnsafeBytes { RecordFormat.chainChecksum(previous: previous, record: $0) }
        guard rest[length...].elementsEqual(checksum) else {
            throw .corrupt(file: segment.path, offset: offset, reason: "record \(index): checksum does not match")
        }
        return LedgerRecord(
            index: index, type: framing[4], payload: Array(rest[0..<length]), leafHash: Array(framing[16..<48]))
    }

    /// The indices of the acknowledged records indexed under `key`, in log order. O(1) lookup.
    public func records(forKey key: [UInt8]) -> [UInt64] {
        lock.lock()
        defer { lock.unlock() }
        return state.index[key] ?? []
    }

    /// ``MerkleTree/completeSubtreeHash(level:index:)`` of the acknowledged records, without copying
    /// the tree: what a tile server reads.
    public func completeSubtreeHash(level: Int, index: UInt64) -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        return state.tree.completeSubtreeHash(level: level, index: index)
    }

    /// A copy of the Merkle tree over the acknowledged records.
    ///
    /// Copies share storage until written to, so the next append after taking a copy copies the whole
    /// tree once. For proofs and roots on a live ledger, use the methods below, which do not copy.
    public var tree: MerkleTree {
        lock.lock()
        defer { lock.unlock() }
        return state.tree
    }

    /// The RFC 6962 root of the first `size` records.
    public func rootHash(size: UInt64) throws(LedgerError) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        return try state.tree.rootHash(size: size)
    }

    /// The leaf hash of record `index`.
    public func leafHash(at index: UInt64) throws(LedgerError) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        guard index < state.tree.size else { throw .recordNotFound(index) }
        return state.tree.leafHash(at: index)
    }

    /// An inclusion proof of record `leafIndex` in the tree of the first `treeSize` records.
    public func inclusionProof(leafIndex: UInt64, treeSize: UInt64) throws(LedgerError) -> InclusionProof {
        lock.lock()
        defer { lock.unlock() }
        return try state.tree.inclusionProof(leafIndex: leafIndex, treeSize: treeSize)
    }

    /// A consistency proof between the trees of the first `oldSize` and `newSize` records.
    public func consistencyProof(from oldSize: UInt64, to newSize: UInt64) throws(LedgerError) -> ConsistencyProof {
        lock.lock()
        defer { lock.unlock() }
        return try state.tree.consistencyProof(from: oldSize, to: newSize)
    }

    /// Reads `count` bytes of a segment. Segments are opened per read rather than kept open, so a ledger
    /// of thousands of segments never runs out of file descriptors.
    func readExactly(_ segment: SegmentFile, at offset: UInt64, count: Int) throws(LedgerError) -> [UInt8] {
        let descriptor = try syscall("open", path: segment.path) { Glibc.open(segment.path, O_RDONLY | O_CLOEXEC) }
        defer { Glibc.close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = try bytes.withUnsafeMutableBytes { buffer in
                Result { () throws(LedgerError) in
                    try syscall("read", path: segment.path) {
                        pread(descriptor, buffer.baseAddress! + done, count - done, off_t(offset) + off_t(done))
                    }
                }
            }.get()
            guard n > 0 else {
                throw .corrupt(file: segment.path, offset: offset, reason: "the file ends inside a record")
            }
            done += n
        }
        return bytes
    }
}
