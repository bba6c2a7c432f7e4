/// Inclusion and consistency proofs (RFC 6962 §2.1.1 and §2.1.2; RFC 9162 §2.1.3.1 and §2.1.4.1).
///
/// Both walk down from the root of the requested tree, one split at a time, and collect the hash of
/// the sibling subtree at each step; the proof lists those hashes from the bottom up. The walk itself
/// is ``MerkleHashSource``'s, shared with the live ledger's tree.
extension MerkleTree: MerkleHashSource {
    /// The audit path proving that leaf `leafIndex` is in the tree of `treeSize` leaves.
    ///
    /// Throws ``TransparencyError/invalidProof(_:)`` unless `leafIndex < treeSize <= size`.
    public func inclusionProof(leafIndex: UInt64, treeSize: UInt64) throws(TransparencyError) -> InclusionProof {
        try checkInclusionRequest(leafIndex: leafIndex, treeSize: treeSize)
        return InclusionProof(
            leafIndex: leafIndex, treeSize: treeSize, hashes: inclusionPath(leafIndex: leafIndex, treeSize: treeSize))
    }

    /// The proof that the tree of `newSize` leaves extends the tree of `oldSize` leaves.
    ///
    /// The proof is empty when `oldSize` is 0 or equals `newSize`. Throws
    /// ``TransparencyError/invalidProof(_:)`` unless `oldSize <= newSize <= size`.
    public func consistencyProof(from oldSize: UInt64, to newSize: UInt64) throws(TransparencyError) -> ConsistencyProof
    {
        try checkConsistencyRequest(from: oldSize, to: newSize)
        return ConsistencyProof(
            oldSize: oldSize, newSize: newSize, hashes: consistencyPath(from: oldSize, to: newSize))
    }
}
