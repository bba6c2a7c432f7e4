/// A proof that the tree of `newSize` leaves extends the tree of `oldSize` leaves: it holds the same
/// first `oldSize` leaves, so nothing logged before was removed or changed (RFC 6962 §2.1.2).
///
/// Verification follows RFC 9162 §2.1.4.2, in the equivalent form of transparency-dev/merkle
/// `proof/verify.go`: the old root and the new root are both rebuilt from the same hashes, and the
/// proof length is fixed by the two sizes.
public struct ConsistencyProof: Sendable, Hashable {
    /// The size of the older tree.
    public let oldSize: UInt64
    /// The size of the newer tree.
    public let newSize: UInt64
    /// The subtree hashes, 32 bytes each, bottom-up.
    public let hashes: [[UInt8]]

    /// A proof as received (for example from a log's API). Nothing is checked until it is verified.
    public init(oldSize: UInt64, newSize: UInt64, hashes: [[UInt8]]) {
        self.oldSize = oldSize
        self.newSize = newSize
        self.hashes = hashes
    }

    /// Checks that the tree with root `oldRoot` at ``oldSize`` is a prefix of the tree with root
    /// `newRoot` at ``newSize``.
    ///
    /// Edge cases, decided so that no malformed input passes:
    /// - `oldSize > newSize` is rejected (a log never shrinks);
    /// - `oldSize == 0`: every tree extends the empty tree, so the proof must be empty and `oldRoot`
    ///   must be the empty root (and `newRoot` too when `newSize` is 0);
    /// - `oldSize == newSize`: the proof must be empty and the two roots equal.
    ///
    /// Throws ``TransparencyError/invalidProof(_:)`` for any malformed proof or mismatching root.
    public func verify(oldRoot: [UInt8], newRoot: [UInt8]) throws(TransparencyError) {
        try RFC6962.requireHash(oldRoot, "old root hash")
        try RFC6962.requireHash(newRoot, "new root hash")
        for (position, hash) in hashes.enumerated() {
            try RFC6962.requireHash(hash, "consistency proof hash \(position)")
        }
        guard oldSize <= newSize else {
            throw .invalidProof("consistency proof from tree size \(oldSize) to the smaller \(newSize)")
        }
        if oldSize == 0 {
            guard hashes.isEmpty else {
                throw .invalidProof(
                    "consistency proof from the empty tree must be empty, it has \(hashes.count) hashes")
            }
            guard oldRoot == RFC6962.emptyRoot, newSize > 0 || newRoot == RFC6962.emptyRoot else {
                throw .invalidProof("the root of the empty tree must be SHA-256 of nothing")
            }
            return
        }
        if oldSize == newSize {
            guard hashes.isEmpty else {
                throw .invalidProof(
                    "consistency proof between equal sizes must be empty, it has \(hashes.count) hashes")
            }
            guard oldRoot == newRoot else {
                throw .invalidProof("two different roots for the same tree size \(oldSize)")
            }
            return
        }
        guard !hashes.isEmpty else {
            throw .invalidProof("empty consistency proof from tree size \(oldSize) to \(newSize)")
        }

        // The proof is, in effect, the tail of the inclusion proof of leaf `oldSize - 1` in the new
        // tree, starting at the level of the largest complete subtree that ends at `oldSize`. That
        // subtree's hash is the old root itself when `oldSize` is a power of two; otherwise it is the
        // proof's first hash.
        var (inner, border) = InclusionProof.decompose(index: oldSize - 1, size: newSize)
        let shift = oldSize.trailingZeroBitCount
        inner -= shift  // shift < inner because oldSize < newSize
        let oldIsPowerOfTwo = oldSize == 1 << UInt64(shift)
        let seed = oldIsPowerOfTwo ? oldRoot : hashes[0]
        let path = oldIsPowerOfTwo ? hashes[...] : hashes[1...]
        guard path.count == inner + border else {
            let expected = inner + border + (oldIsPowerOfTwo ? 0 : 1)
            throw .invalidProof(
                "consistency proof from \(oldSize) to \(newSize) has \(hashes.count) hashes, expected \(expected)")
        }
        let innerPath = path.prefix(inner)
        let borderPath = path.dropFirst(inner)
        let mask = (oldSize - 1) >> UInt64(shift)

        // The old root uses only the siblings on the left of the path: those were already complete.
        var old = seed
        for (level, sibling) in innerPath.enumerated() where (mask >> UInt64(level)) & 1 == 1 {
            old = RFC6962.nodeHash(sibling, old)
        }
        for sibling in borderPath { old = RFC6962.nodeHash(sibling, old) }
        guard old == oldRoot else {
            throw .invalidProof("consistency proof from \(oldSize) to \(newSize) does not lead to the old root")
        }

        // The new root uses every sibling, on the side the index bits say.
        var new = seed
        for (level, sibling) in innerPath.enumerated() {
            new = (mask >> UInt64(level)) & 1 == 0 ? RFC6962.nodeHash(new, sibling) : RFC6962.nodeHash(sibling, new)
        }
        for sibling in borderPath { new = RFC6962.nodeHash(sibling, new) }
        guard new == newRoot else {
            throw .invalidProof("consistency proof from \(oldSize) to \(newSize) does not lead to the new root")
        }
    }
}
