import Dispatch
import Foundation
import Sodium

/// An in-memory RFC 6962 Merkle tree over leaf hashes, append-only.
///
/// The tree keeps the hash of every *complete* subtree: level `k` holds, concatenated in one flat
/// byte array, the hashes of the aligned subtrees of `2^k` leaves, left to right (`size >> k` hashes of
/// 32 bytes). Level 0 is the leaf hashes themselves. Flat arrays instead of one `[UInt8]` per node keep
/// a million leaves at about 64 MB (two hashes per leaf) with no per-node allocation.
///
/// With those levels:
/// - ``append(leafHash:)`` is amortised O(1): it hashes only the subtrees the new leaf completes;
/// - the root or a proof for *any* size up to ``size`` needs O(log² n) hashes at most, without
///   touching the leaves, because every node of an older tree is either a stored complete subtree or
///   a right-border node rebuilt from O(log n) stored subtrees.
///
/// `MerkleTree` is a value type: a copy shares storage until one of them appends (copy-on-write), so
/// appending to a copy that another thread still holds copies the whole tree once.
public struct MerkleTree: Sendable {
    /// `levels[k]` is the concatenated 32-byte hashes of the complete subtrees of `2^k` leaves.
    private(set) var levels: [[UInt8]]

    /// The number of leaves.
    public private(set) var size: UInt64

    /// The empty tree.
    public init() {
        levels = [[]]
        size = 0
    }

    /// Builds the tree over `leafHashes`, the concatenation of `n` 32-byte leaf hashes, in one pass.
    ///
    /// Each level's pairs are hashed in parallel across the cores when the level is large. A million
    /// leaves need a million node hashes, about one CPU-second with libsodium's SHA-256, so about half a
    /// second on two cores. A byte count that is not a multiple of 32 is a programmer error and traps.
    public init(leafHashes: [UInt8]) {
        precondition(
            leafHashes.count % RFC6962.hashByteCount == 0,
            "leafHashes must be a concatenation of 32-byte hashes (got \(leafHashes.count) bytes)")
        levels = [leafHashes]
        size = UInt64(leafHashes.count / RFC6962.hashByteCount)
        while levels[levels.count - 1].count >= 2 * RFC6962.hashByteCount {
            levels.append(Self.parents(of: levels[levels.count - 1]))
        }
    }

    /// Appends one leaf hash (32 bytes; anything else is a programmer error and traps).
    ///
    /// Hashes the complete subtrees that the new leaf closes: one on average, `log2(size)` at most.
    public mutating func append(leafHash: [UInt8]) {
        precondition(leafHash.count == RFC6962.hashByteCount, "a leaf hash is 32 bytes (got \(leafHash.count))")
        levels[0].append(contentsOf: leafHash)
        size += 1
        var level = 0
        var count = size  // hashes now stored at `level`
        // The newest hash at `level` has an odd index (count is even) exactly when it completes a pair.
        while count & 1 == 0 {
            let parent = levels[level].withUnsafeBytes { stored in
                let end = stored.count
                let width = RFC6962.hashByteCount
                return RFC6962.nodeHash(
                    UnsafeRawBufferPointer(rebasing: stored[(end - 2 * width)..<(end - width)]),
                    UnsafeRawBufferPointer(rebasing: stored[(end - width)..<end]))
            }
            if levels.count == level + 1 { levels.append([]) }
            levels[level + 1].append(contentsOf: parent)
            level += 1
            count >>= 1
        }
    }

    /// The hash of the complete subtree of `2^level` leaves at position `index` of its level (the leaves
    /// `index·2^level ..< (index+1)·2^level`), or nil if the tree does not have it complete yet. This is
    /// what a C2SP tlog-tiles tile holds: tile L/N is the hashes at level 8L, indices 256N and on.
    public func completeSubtreeHash(level: Int, index: UInt64) -> [UInt8]? {
        guard level >= 0, level < 64, level < levels.count else { return nil }
        guard index < size else { return nil }
        let (end, overflow) = (index + 1).multipliedReportingOverflow(by: UInt64(1) << UInt64(level))
        guard !overflow, end <= size else { return nil }
        let start = Int(index) * RFC6962.hashByteCount
        return Array(levels[level][start..<(start + RFC6962.hashByteCount)])
    }

    /// The hash of leaf `index` (which must be below ``size``; anything else traps).
    public func leafHash(at index: UInt64) -> [UInt8] {
        precondition(index < size, "leaf index \(index) out of range (size \(size))")
        return storedHash(level: 0, index: index)
    }

    /// The root hash of the whole tree (``RFC6962/emptyRoot`` when it has no leaves).
    public func rootHash() -> [UInt8] {
        root(of: size)
    }

    /// The root hash the tree had when it held its first `size` leaves.
    ///
    /// Throws ``TransparencyError/invalidProof(_:)`` when `size` is beyond the current size.
    public func rootHash(size treeSize: UInt64) throws(TransparencyError) -> [UInt8] {
        try checkRootRequest(size: treeSize)
        return root(of: treeSize)
    }

    // MARK: internals

    /// The stored hash of complete subtree `index` at `level` (``MerkleHashSource``).
    package func storedHash(level: Int, index: UInt64) -> [UInt8] {
        let offset = Int(index) * RFC6962.hashByteCount
        return Array(levels[level][offset..<(offset + RFC6962.hashByteCount)])
    }

    /// The largest power of two strictly below `n` (n ≥ 2): the split point `k` of RFC 6962 §2.1.
    static func largestPowerOfTwo(below n: UInt64) -> UInt64 {
        precondition(n >= 2, "no split for fewer than two leaves")
        return 1 << UInt64(63 - (n - 1).leadingZeroBitCount)
    }

    /// Below this many pairs a level is hashed on the calling thread: dispatching costs more than it saves.
    static let parallelPairThreshold = 8192

    /// The next level up: the node hash of each pair of adjacent hashes in `level` (an odd last one
    /// has no complete parent yet and is left out).
    package static func parents(of level: [UInt8]) -> [UInt8] {
        let width = RFC6962.hashByteCount
        let pairCount = level.count / (2 * width)
        return [UInt8](unsafeUninitializedCapacity: pairCount * width) { output, initialized in
            level.withUnsafeBytes { input in
                let hasher = PairHasher(input: input, output: UnsafeMutableRawBufferPointer(output))
                if pairCount < parallelPairThreshold {
                    hasher.hash(pairs: 0..<pairCount)
                } else {
                    let chunkCount = min(ProcessInfo.processInfo.activeProcessorCount * 4, pairCount / 1024)
                    let chunkSize = (pairCount + chunkCount - 1) / chunkCount
                    DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                        let lower = chunk * chunkSize
                        hasher.hash(pairs: lower..<min(lower + chunkSize, pairCount))
                    }
                }
            }
            initialized = pairCount * width
        }
    }
}

/// Hashes pairs of a level into the level above, over raw buffers that outlive every worker.
///
/// `@unchecked Sendable` is sound here because the input is only read, each call writes only the
/// output hashes of its own pairs, and `concurrentPerform` returns only after every worker is done.
private struct PairHasher: @unchecked Sendable {
    let input: UnsafeRawBufferPointer
    let output: UnsafeMutableRawBufferPointer

    func hash(pairs: Range<Int>) {
        let width = RFC6962.hashByteCount
        // One preimage buffer per call, reused for every pair: `0x01 ‖ left ‖ right`.
        let preimage = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 + 2 * width, alignment: 16)
        defer { preimage.deallocate() }
        preimage[0] = RFC6962.nodePrefix
        for pair in pairs {
            preimage.baseAddress!.advanced(by: 1).copyMemory(
                from: input.baseAddress!.advanced(by: pair * 2 * width), byteCount: 2 * width)
            let parent = SHA256.hash(UnsafeRawBufferPointer(preimage))
            parent.withUnsafeBytes { hash in
                output.baseAddress!.advanced(by: pair * width).copyMemory(from: hash.baseAddress!, byteCount: width)
            }
        }
    }
}
