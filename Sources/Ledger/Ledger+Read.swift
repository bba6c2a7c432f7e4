import System
import Transparency

extension Ledger {
    /// Reads the acknowledged record at `index`, checking its checksum against the one before it.
    public func record(at index: UInt64) throws(LedgerError) -> LedgerRecord {
        let (segment, offset) = try stored(index)
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

    /// Where the acknowledged record at `index` is stored: its segment file's number and its byte offset
    /// there (Records.md), for a reader of the segment files such as an inspector's case index.
    public func location(of index: UInt64) throws(LedgerError) -> (segment: UInt64, offset: UInt64) {
        let (segment, offset) = try stored(index)
        return (segment.number, offset)
    }

    /// The segment file and byte offset of the acknowledged record at `index`.
    private func stored(_ index: UInt64) throws(LedgerError) -> (segment: SegmentFile, offset: UInt64) {
        lock.lock()
        guard !state.closed else {
            lock.unlock()
            throw .closed
        }
        guard index < state.count else {
            lock.unlock()
            throw .recordNotFound(index)
        }
        // Under the lock, because close() closes the table's descriptor under it: one pread of 40 bytes.
        let table = state.tree.table
        let position = Result { () throws(LedgerError) in try table.position(of: index) }
        let segments = state.segments
        lock.unlock()
        let found = try position.get()
        guard let segment = segments.dropFirst(found.segment).first else {
            throw .corrupt(file: table.path, offset: index * UInt64(RecordTable.entrySize), reason: "no such segment")
        }
        return (segment, found.offset)
    }

    /// The indices of the acknowledged records indexed under `key`, in log order.
    ///
    /// A few `pread`s of the key index (``KeyIndex``), plus one record read per match for a key longer
    /// than the index keeps inline. A read that fails is as fatal as a failed write: the ledger stops
    /// (``Options/onFatalError``) and the answer is empty, since a partial one would be wrong.
    public func records(forKey key: [UInt8]) -> [UInt64] {
        guard let indexKeys = options.indexKeys else { return [] }
        do throws(LedgerError) {
            let candidates = try withTree { (_) throws(LedgerError) in try state.keys.candidates(for: key) }
            var records: [UInt64] = []
            for candidate in candidates {
                if candidate.isConfirmed {
                    records.append(candidate.record)
                    continue
                }
                let record = try record(at: candidate.record)
                let keys = record.payload.withUnsafeBytes { indexKeys(RecordView(type: record.type, payload: $0)) }
                // A record indexed twice under one key is listed twice, once per entry.
                if keys.contains(key) { records.append(candidate.record) }
            }
            return records
        } catch .closed {
            return []
        } catch {
            fail(error)
            return []
        }
    }

    /// ``MerkleTree/completeSubtreeHash(level:index:)`` of the acknowledged records: what a tile server
    /// reads. Levels below 8 are hashed from the record table (at most 256 leaves); nil when the ledger
    /// cannot read it (and it stops, as after a failed write).
    public func completeSubtreeHash(level: Int, index: UInt64) -> [UInt8]? {
        do throws(LedgerError) {
            return try withTree { (tree) throws(LedgerError) in
                try tree.completeSubtreeHash(level: level, index: index)
            }
        } catch .closed {
            return nil
        } catch {
            fail(error)
            return nil
        }
    }

    /// The RFC 6962 root of the first `size` records.
    public func rootHash(size: UInt64) throws(LedgerError) -> [UInt8] {
        try withTree { (tree) throws(LedgerError) in try tree.rootHash(size: size) }
    }

    /// The leaf hash of record `index`.
    public func leafHash(at index: UInt64) throws(LedgerError) -> [UInt8] {
        try withTree { (tree) throws(LedgerError) in try tree.leafHash(at: index) }
    }

    /// An inclusion proof of record `leafIndex` in the tree of the first `treeSize` records.
    public func inclusionProof(leafIndex: UInt64, treeSize: UInt64) throws(LedgerError) -> InclusionProof {
        try withTree { (tree) throws(LedgerError) in
            try tree.inclusionProof(leafIndex: leafIndex, treeSize: treeSize)
        }
    }

    /// A consistency proof between the trees of the first `oldSize` and `newSize` records.
    public func consistencyProof(from oldSize: UInt64, to newSize: UInt64) throws(LedgerError) -> ConsistencyProof {
        try withTree { (tree) throws(LedgerError) in try tree.consistencyProof(from: oldSize, to: newSize) }
    }

    /// Runs `body` on the tree under the lock, or throws `.closed`: close() closes the files the tree and
    /// the key index read, under the lock.
    func withTree<T>(_ body: (LedgerTree) throws(LedgerError) -> T) throws(LedgerError) -> T {
        lock.lock()
        defer { lock.unlock() }
        guard !state.closed else { throw .closed }
        return try body(state.tree)
    }

    /// Stops the ledger after an error that a non-throwing read cannot report: the first one becomes the
    /// reason every later append is refused, and is told to ``Options/onFatalError``.
    func fail(_ error: LedgerError) {
        lock.lock()
        let isFirst = state.failure == nil
        state.failure = state.failure ?? error
        lock.unlock()
        if isFirst { options.onFatalError?(error) }
    }

    /// Reads `count` bytes of a segment. Segments are opened per read rather than kept open, so a ledger
    /// of thousands of segments never runs out of file descriptors.
    func readExactly(_ segment: SegmentFile, at offset: UInt64, count: Int) throws(LedgerError) -> [UInt8] {
        let file = try LedgerError.system { () throws(SystemError) in
            try FileDescriptor.open(segment.path, .readOnly)
        }
        let descriptor = file.rawValue
        return try preadExactly(descriptor, count: count, at: offset, path: segment.path)
    }
}
