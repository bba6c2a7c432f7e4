/// A literal transcription of the RFC 6962 §2.1 definitions, kept only to cross-check ``MerkleTree``.
///
/// It recomputes everything from the leaf hashes on every call (O(n) per root), which is the point:
/// it shares no code path with the level-by-level tree except `RFC6962.nodeHash`.
enum ReferenceMerkle {
    /// MTH(D[n]) over leaf hashes: the empty root, the leaf itself, or
    /// `SHA-256(0x01 ‖ MTH(D[0:k]) ‖ MTH(D[k:n]))` with `k` the largest power of two below `n`.
    static func rootHash(_ leaves: ArraySlice<[UInt8]>) -> [UInt8] {
        switch leaves.count {
        case 0: return RFC6962.emptyRoot
        case 1: return leaves[leaves.startIndex]
        default:
            let k = Int(MerkleTree.largestPowerOfTwo(below: UInt64(leaves.count)))
            let middle = leaves.startIndex + k
            return RFC6962.nodeHash(rootHash(leaves[..<middle]), rootHash(leaves[middle...]))
        }
    }

    /// PATH(m, D[n]) (RFC 6962 §2.1.1).
    static func inclusionProof(_ m: Int, _ leaves: ArraySlice<[UInt8]>) -> [[UInt8]] {
        guard leaves.count > 1 else { return [] }
        let k = Int(MerkleTree.largestPowerOfTwo(below: UInt64(leaves.count)))
        let middle = leaves.startIndex + k
        if m < k {
            return inclusionProof(m, leaves[..<middle]) + [rootHash(leaves[middle...])]
        }
        return inclusionProof(m - k, leaves[middle...]) + [rootHash(leaves[..<middle])]
    }

    /// PROOF(m, D[n]) = SUBPROOF(m, D[n], true) (RFC 6962 §2.1.2), for 0 < m <= n.
    static func consistencyProof(_ m: Int, _ leaves: ArraySlice<[UInt8]>, _ isOldRoot: Bool = true) -> [[UInt8]] {
        if m == leaves.count {
            return isOldRoot ? [] : [rootHash(leaves)]
        }
        let k = Int(MerkleTree.largestPowerOfTwo(below: UInt64(leaves.count)))
        let middle = leaves.startIndex + k
        if m <= k {
            return consistencyProof(m, leaves[..<middle], isOldRoot) + [rootHash(leaves[middle...])]
        }
        return consistencyProof(m - k, leaves[middle...], false) + [rootHash(leaves[..<middle])]
    }
}
