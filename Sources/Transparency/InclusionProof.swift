/// A proof that one leaf is in a tree of a given size (RFC 6962 §2.1.1 audit path).
///
/// `hashes` lists the sibling subtree hashes from the leaf up to the root. Verification follows
/// RFC 9162 §2.1.3.2, in the equivalent form of transparency-dev/merkle `proof/verify.go`: the proof
/// length is fixed by `leafIndex` and `treeSize`, so any other length is rejected before hashing.
public struct InclusionProof: Sendable, Hashable {
    /// The 0-based index of the leaf.
    public let leafIndex: UInt64
    /// The number of leaves of the tree whose root the proof leads to.
    public let treeSize: UInt64
    /// The sibling hashes, 32 bytes each, bottom-up.
    public let hashes: [[UInt8]]

    /// A proof as received (for example from a log's API). Nothing is checked until it is verified.
    public init(leafIndex: UInt64, treeSize: UInt64, hashes: [[UInt8]]) {
        self.leafIndex = leafIndex
        self.treeSize = treeSize
        self.hashes = hashes
    }

    /// The root hash that this proof and `leafHash` lead to.
    ///
    /// Throws ``TransparencyError/invalidProof(_:)`` when the proof is malformed: an empty tree, an index
    /// not below the size, a hash that is not 32 bytes, or a proof of the wrong length.
    public func rootHash(leafHash: [UInt8]) throws(TransparencyError) -> [UInt8] {
        guard treeSize > 0 else {
            throw .invalidProof("inclusion proof for an empty tree: it has no leaves")
        }
        guard leafIndex < treeSize else {
            throw .invalidProof("inclusion proof for leaf \(leafIndex) in a tree of only \(treeSize) leaves")
        }
        try RFC6962.requireHash(leafHash, "leaf hash")
        for (position, hash) in hashes.enumerated() {
            try RFC6962.requireHash(hash, "inclusion proof hash \(position)")
        }
        let (inner, border) = Self.decompose(index: leafIndex, size: treeSize)
        guard hashes.count == inner + border else {
            throw .invalidProof(
                "inclusion proof for leaf \(leafIndex) of \(treeSize) has \(hashes.count) hashes, "
                    + "expected \(inner + border)"
            )
        }
        // Below the point where the paths to `leafIndex` and to the last leaf part, the bits of the
        // index say on which side each sibling sits. Above it the leaf is in the left subtree of every
        // node on the tree's right border, so every remaining sibling is on the left.
        var hash = leafHash
        for (level, sibling) in hashes[..<inner].enumerated() {
            hash =
                (leafIndex >> UInt64(level)) & 1 == 0
                ? RFC6962.nodeHash(hash, sibling) : RFC6962.nodeHash(sibling, hash)
        }
        for sibling in hashes[inner...] {
            hash = RFC6962.nodeHash(sibling, hash)
        }
        return hash
    }

    /// Checks that this proof leads from `leafHash` to `rootHash`.
    ///
    /// Throws ``TransparencyError/invalidProof(_:)`` when the proof is malformed or the roots differ.
    public func verify(leafHash: [UInt8], rootHash expectedRoot: [UInt8]) throws(TransparencyError) {
        try RFC6962.requireHash(expectedRoot, "root hash")
        guard try rootHash(leafHash: leafHash) == expectedRoot else {
            throw .invalidProof(
                "inclusion proof for leaf \(leafIndex) does not lead to the root of tree size \(treeSize)")
        }
    }

    /// Splits the proof length for leaf `index` in a tree of `size` leaves into `inner`, the levels
    /// below the point where the paths to `index` and to `size - 1` diverge, and `border`, the left
    /// siblings above it (one per set bit of `index` above that point).
    static func decompose(index: UInt64, size: UInt64) -> (inner: Int, border: Int) {
        let inner = UInt64.bitWidth - (index ^ (size - 1)).leadingZeroBitCount
        let border = (index >> UInt64(inner)).nonzeroBitCount  // a smart shift: 0 when inner is 64
        return (inner, border)
    }
}
