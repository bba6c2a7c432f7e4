/// Inclusion and consistency proofs (RFC 6962 §2.1.1 and §2.1.2; RFC 9162 §2.1.3.1 and §2.1.4.1).
///
/// Both walk down from the root of the requested tree, one split at a time, and collect the hash of
/// the sibling subtree at each step; the proof lists those hashes from the bottom up.
extension MerkleTree {
    /// The audit path proving that leaf `leafIndex` is in the tree of `treeSize` leaves.
    ///
    /// Throws ``LedgerError/invalidProof(_:)`` unless `leafIndex < treeSize <= size`.
    public func inclusionProof(leafIndex: UInt64, treeSize: UInt64) throws(LedgerError) -> InclusionProof {
        guard treeSize <= size else {
            throw .invalidProof("no inclusion proof for tree size \(treeSize): the tree has only \(size) leaves")
        }
        guard leafIndex < treeSize else {
            throw .invalidProof("no inclusion proof for leaf \(leafIndex) in a tree of \(treeSize) leaves")
        }
        // PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n]) when m < k, else PATH(m - k, D[k:n]) : MTH(D[0:k]).
        var siblings: [[UInt8]] = []
        var start: UInt64 = 0
        var end = treeSize
        while end - start > 1 {
            let split = start + Self.largestPowerOfTwo(below: end - start)
            if leafIndex < split {
                siblings.append(subtreeHash(start: split, end: end))
                end = split
            } else {
                siblings.append(subtreeHash(start: start, end: split))
                start = split
            }
        }
        return InclusionProof(leafIndex: leafIndex, treeSize: treeSize, hashes: siblings.reversed())
    }

    /// The proof that the tree of `newSize` leaves extends the tree of `oldSize` leaves.
    ///
    /// The proof is empty when `oldSize` is 0 or equals `newSize`. Throws
    /// ``LedgerError/invalidProof(_:)`` unless `oldSize <= newSize <= size`.
    public func consistencyProof(from oldSize: UInt64, to newSize: UInt64) throws(LedgerError) -> ConsistencyProof {
        guard newSize <= size else {
            throw .invalidProof("no consistency proof to tree size \(newSize): the tree has only \(size) leaves")
        }
        guard oldSize <= newSize else {
            throw .invalidProof("no consistency proof from tree size \(oldSize) to the smaller \(newSize)")
        }
        guard oldSize > 0 && oldSize < newSize else {
            return ConsistencyProof(oldSize: oldSize, newSize: newSize, hashes: [])
        }
        // SUBPROOF(m, D[m], true) = {}; SUBPROOF(m, D[m], false) = {MTH(D[m])};
        // for m < n: SUBPROOF(m, D[0:k], b) : MTH(D[k:n]) when m <= k,
        //            SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k]) otherwise.
        var hashes: [[UInt8]] = []
        var start: UInt64 = 0
        var end = newSize
        var old = oldSize  // relative to `start`
        var oldRootIsKnown = true  // the verifier has MTH(D[start:start+old]): it is the old root
        while old < end - start {
            let split = Self.largestPowerOfTwo(below: end - start)
            if old <= split {
                hashes.append(subtreeHash(start: start + split, end: end))
                end = start + split
            } else {
                hashes.append(subtreeHash(start: start, end: start + split))
                start += split
                old -= split
                oldRootIsKnown = false
            }
        }
        if !oldRootIsKnown {
            hashes.append(subtreeHash(start: start, end: end))
        }
        return ConsistencyProof(oldSize: oldSize, newSize: newSize, hashes: hashes.reversed())
    }
}
