import Transparency

/// The Merkle tree of a live ledger, with its lower levels on disk.
///
/// Memory holds the levels from 8 up (one hash per 256 leaves, as a ``MerkleTree`` whose leaves are
/// the level-8 hashes: the subtrees a C2SP tlog tile of level 1 holds) and the leaf hashes of the last,
/// incomplete group of 256 leaves. A complete subtree below level 8 is hashed when asked, from at most
/// 256 leaf hashes read in one `pread` from the ``RecordTable``: at most 255 hashes, a few microseconds.
/// So the tree costs a quarter of a byte of memory per leaf, while roots and proofs for any size stay
/// O(log n) stored hashes (a few of which are recomputed from one group of leaves).
struct LedgerTree: MerkleHashSource {
    /// The levels below this one are computed from the leaves; this one and above are kept.
    static let keptLevel = 8
    static let groupSize = 1 << keptLevel

    let table: RecordTable
    /// The tree over the level-8 hashes: its level `k` is this tree's level `8 + k`.
    private(set) var upper: MerkleTree
    /// The leaf hashes past the last complete group of 256 leaves, concatenated.
    private(set) var tail: [UInt8]

    var size: UInt64 { upper.size << UInt64(Self.keptLevel) + UInt64(tail.count / RFC6962.hashByteCount) }

    /// The tree over `leafHashes` (concatenated), whose entries `table` already holds.
    init(table: RecordTable, leafHashes: [UInt8]) {
        self.table = table
        let width = RFC6962.hashByteCount
        let complete = leafHashes.count / (Self.groupSize * width) * (Self.groupSize * width)
        var level = Array(leafHashes[0..<complete])
        for _ in 0..<Self.keptLevel { level = MerkleTree.parents(of: level) }
        upper = MerkleTree(leafHashes: level)
        tail = Array(leafHashes[complete...])
    }

    /// Appends one leaf hash, whose entry `table` already holds; hashes its group when it completes it.
    mutating func append(leafHash: [UInt8]) {
        tail += leafHash
        if tail.count == Self.groupSize * RFC6962.hashByteCount {
            upper.append(leafHash: Self.hashUp(tail))
            tail.removeAll(keepingCapacity: true)
        }
    }

    /// Appends many leaf hashes (concatenated), hashing the groups they complete in parallel.
    mutating func append(leafHashes: [UInt8]) {
        let width = RFC6962.hashByteCount
        tail += leafHashes
        let complete = tail.count / (Self.groupSize * width) * (Self.groupSize * width)
        guard complete > 0 else { return }
        var level = Array(tail[0..<complete])
        for _ in 0..<Self.keptLevel { level = MerkleTree.parents(of: level) }
        for start in stride(from: 0, to: level.count, by: width) {
            upper.append(leafHash: Array(level[start..<(start + width)]))
        }
        tail.removeFirst(complete)
    }

    /// Appends whole groups of 256 leaves by their level-8 hashes (concatenated): what ``Ledger/verify()``
    /// uses, having hashed each segment's groups in parallel. The table must already hold their entries.
    ///
    /// Groups can only follow complete groups: appending some to a tree whose size is not a multiple of
    /// 256 is a programmer error and traps.
    mutating func append(groupHashes: [UInt8]) {
        let width = RFC6962.hashByteCount
        guard !groupHashes.isEmpty else { return }
        precondition(tail.isEmpty, "groups cannot follow \(tail.count / width) leaves of an incomplete group")
        for start in stride(from: 0, to: groupHashes.count, by: width) {
            upper.append(leafHash: Array(groupHashes[start..<(start + width)]))
        }
    }

    /// The root of `2^k` leaf hashes (concatenated), hashed pairwise level by level.
    static func hashUp(_ leaves: [UInt8]) -> [UInt8] {
        var level = leaves
        while level.count > RFC6962.hashByteCount { level = MerkleTree.parents(of: level) }
        return level
    }

    func storedHash(level: Int, index: UInt64) throws(LedgerError) -> [UInt8] {
        if level >= Self.keptLevel { return upper.storedHash(level: level - Self.keptLevel, index: index) }
        let width = RFC6962.hashByteCount
        let first = index << UInt64(level)
        let count = 1 << level
        let tailStart = upper.size << UInt64(Self.keptLevel)
        let leaves: [UInt8]
        if first >= tailStart {
            let offset = Int(first - tailStart) * width
            leaves = Array(tail[offset..<(offset + count * width)])
        } else {
            leaves = try table.leafHashes(from: first, count: count)
        }
        return Self.hashUp(leaves)
    }

    /// ``MerkleTree/completeSubtreeHash(level:index:)``, with the lower levels read from the table.
    func completeSubtreeHash(level: Int, index: UInt64) throws(LedgerError) -> [UInt8]? {
        guard level >= 0, level < 64, index < size else { return nil }
        let (end, overflow) = (index + 1).multipliedReportingOverflow(by: UInt64(1) << UInt64(level))
        guard !overflow, end <= size else { return nil }
        return try storedHash(level: level, index: index)
    }

    /// The hash of leaf `index`; throws ``LedgerError/recordNotFound(_:)`` past the end.
    func leafHash(at index: UInt64) throws(LedgerError) -> [UInt8] {
        guard index < size else { throw .recordNotFound(index) }
        return try storedHash(level: 0, index: index)
    }

    /// The root hash of the first `treeSize` leaves.
    func rootHash(size treeSize: UInt64) throws(LedgerError) -> [UInt8] {
        try LedgerError.lifting { () throws(TransparencyError) in try checkRootRequest(size: treeSize) }
        return try root(of: treeSize)
    }

    /// ``MerkleTree/inclusionProof(leafIndex:treeSize:)`` of this tree.
    func inclusionProof(leafIndex: UInt64, treeSize: UInt64) throws(LedgerError) -> InclusionProof {
        try LedgerError.lifting { () throws(TransparencyError) in
            try checkInclusionRequest(leafIndex: leafIndex, treeSize: treeSize)
        }
        return InclusionProof(
            leafIndex: leafIndex, treeSize: treeSize,
            hashes: try inclusionPath(leafIndex: leafIndex, treeSize: treeSize))
    }

    /// ``MerkleTree/consistencyProof(from:to:)`` of this tree.
    func consistencyProof(from oldSize: UInt64, to newSize: UInt64) throws(LedgerError) -> ConsistencyProof {
        try LedgerError.lifting { () throws(TransparencyError) in
            try checkConsistencyRequest(from: oldSize, to: newSize)
        }
        return ConsistencyProof(
            oldSize: oldSize, newSize: newSize, hashes: try consistencyPath(from: oldSize, to: newSize))
    }
}
