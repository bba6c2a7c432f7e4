/// Anything that can give the hash of every complete subtree of an RFC 6962 tree: the in-memory
/// ``MerkleTree``, and the live ledger's tree, which reads its lower levels from disk.
///
/// The proof algorithms (RFC 6962 §2.1.1 and §2.1.2) need nothing else, so they are written once, here,
/// over this protocol. `ReadError` is `Never` for a tree in memory, so its proofs cannot fail on a read;
/// the ledger's tree on disk reports I/O errors as its `LedgerError`.
package protocol MerkleHashSource {
    associatedtype ReadError: Error

    /// The number of leaves.
    var size: UInt64 { get }

    /// The hash of the complete subtree of `2^level` leaves at position `index` of its level. The
    /// caller guarantees that the subtree is complete (`(index + 1) << level <= size`).
    func storedHash(level: Int, index: UInt64) throws(ReadError) -> [UInt8]
}

extension MerkleHashSource {
    /// MTH(D[start:end]), the RFC 6962 §2.1 hash of the leaves `start ..< end`, for any non-empty range.
    ///
    /// An aligned power-of-two range is a stored complete subtree. Otherwise the range splits, as in
    /// the definition, at the largest power of two below its length. For the ranges that proofs use
    /// (nodes of some tree, so `start` is a multiple of a power of two at least `end - start`), the left
    /// part is always stored and the recursion follows the right border: O(log n) stored hashes.
    package func subtreeHash(start: UInt64, end: UInt64) throws(ReadError) -> [UInt8] {
        precondition(start < end && end <= size, "subtree \(start)..<\(end) out of range (size \(size))")
        let count = end - start
        if count & (count - 1) == 0 && start % count == 0 {
            let level = count.trailingZeroBitCount
            return try storedHash(level: level, index: start >> UInt64(level))
        }
        let split = MerkleTree.largestPowerOfTwo(below: count)
        return RFC6962.nodeHash(
            try subtreeHash(start: start, end: start + split), try subtreeHash(start: start + split, end: end))
    }

    /// The root of the first `treeSize` leaves (``RFC6962/emptyRoot`` for none); `treeSize <= size`.
    package func root(of treeSize: UInt64) throws(ReadError) -> [UInt8] {
        treeSize == 0 ? RFC6962.emptyRoot : try subtreeHash(start: 0, end: treeSize)
    }

    /// Throws ``TransparencyError/invalidProof(_:)`` when the tree has no root for `treeSize`.
    package func checkRootRequest(size treeSize: UInt64) throws(TransparencyError) {
        guard treeSize <= size else {
            throw .invalidProof("no root for tree size \(treeSize): the tree has only \(size) leaves")
        }
    }

    /// Throws ``TransparencyError/invalidProof(_:)`` unless `leafIndex < treeSize <= size`.
    package func checkInclusionRequest(leafIndex: UInt64, treeSize: UInt64) throws(TransparencyError) {
        guard treeSize <= size else {
            throw .invalidProof("no inclusion proof for tree size \(treeSize): the tree has only \(size) leaves")
        }
        guard leafIndex < treeSize else {
            throw .invalidProof("no inclusion proof for leaf \(leafIndex) in a tree of \(treeSize) leaves")
        }
    }

    /// Throws ``TransparencyError/invalidProof(_:)`` unless `oldSize <= newSize <= size`.
    package func checkConsistencyRequest(from oldSize: UInt64, to newSize: UInt64) throws(TransparencyError) {
        guard newSize <= size else {
            throw .invalidProof("no consistency proof to tree size \(newSize): the tree has only \(size) leaves")
        }
        guard oldSize <= newSize else {
            throw .invalidProof("no consistency proof from tree size \(oldSize) to the smaller \(newSize)")
        }
    }

    /// The audit path of leaf `leafIndex` in the tree of `treeSize` leaves, bottom up (arguments checked
    /// by ``checkInclusionRequest(leafIndex:treeSize:)``).
    package func inclusionPath(leafIndex: UInt64, treeSize: UInt64) throws(ReadError) -> [[UInt8]] {
        // PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n]) when m < k, else PATH(m - k, D[k:n]) : MTH(D[0:k]).
        var siblings: [[UInt8]] = []
        var start: UInt64 = 0
        var end = treeSize
        while end - start > 1 {
            let split = start + MerkleTree.largestPowerOfTwo(below: end - start)
            if leafIndex < split {
                siblings.append(try subtreeHash(start: split, end: end))
                end = split
            } else {
                siblings.append(try subtreeHash(start: start, end: split))
                start = split
            }
        }
        return siblings.reversed()
    }

    /// The consistency path from the tree of `oldSize` leaves to that of `newSize`, bottom up (arguments
    /// checked by ``checkConsistencyRequest(from:to:)``); empty when `oldSize` is 0 or `newSize`.
    package func consistencyPath(from oldSize: UInt64, to newSize: UInt64) throws(ReadError) -> [[UInt8]] {
        guard oldSize > 0 && oldSize < newSize else { return [] }
        // SUBPROOF(m, D[m], true) = {}; SUBPROOF(m, D[m], false) = {MTH(D[m])};
        // for m < n: SUBPROOF(m, D[0:k], b) : MTH(D[k:n]) when m <= k,
        //            SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k]) otherwise.
        var hashes: [[UInt8]] = []
        var start: UInt64 = 0
        var end = newSize
        var old = oldSize  // relative to `start`
        var oldRootIsKnown = true  // the verifier has MTH(D[start:start+old]): it is the old root
        while old < end - start {
            let split = MerkleTree.largestPowerOfTwo(below: end - start)
            if old <= split {
                hashes.append(try subtreeHash(start: start + split, end: end))
                end = start + split
            } else {
                hashes.append(try subtreeHash(start: start, end: start + split))
                start += split
                old -= split
                oldRootIsKnown = false
            }
        }
        if !oldRootIsKnown {
            hashes.append(try subtreeHash(start: start, end: end))
        }
        return hashes.reversed()
    }
}
