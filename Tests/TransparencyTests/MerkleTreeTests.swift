import Foundation
import TestSupport
import Testing

@testable import Transparency

@Suite("Merkle tree: stored levels, roots of every size, bulk build") struct MerkleTreeTests {
    static func incremental(_ leaves: [[UInt8]]) -> MerkleTree {
        var tree = MerkleTree()
        for leaf in leaves { tree.append(leafHash: leaf) }
        return tree
    }

    static func bulk(_ leaves: [[UInt8]]) -> MerkleTree {
        MerkleTree(leafHashes: leaves.flatMap { $0 })
    }

    @Test func emptyTree() throws {
        let tree = MerkleTree()
        #expect(tree.size == 0)
        #expect(tree.rootHash() == RFC6962.emptyRoot)
        #expect(try tree.rootHash(size: 0) == RFC6962.emptyRoot)
        #expect(MerkleTree(leafHashes: []).rootHash() == RFC6962.emptyRoot)
    }

    @Test func publishedRootsWhileAppending() throws {
        var tree = MerkleTree()
        for (index, leaf) in RFC6962Vectors.leafHashes.enumerated() {
            tree.append(leafHash: leaf)
            #expect(tree.size == UInt64(index + 1))
            #expect(tree.rootHash() == RFC6962Vectors.rootHashes[index + 1])
        }
        for size in 0...8 {
            #expect(try tree.rootHash(size: UInt64(size)) == RFC6962Vectors.rootHashes[size])
        }
    }

    @Test func publishedRootsFromBulkBuild() throws {
        for size in 0...8 {
            let tree = Self.bulk(Array(RFC6962Vectors.leafHashes[..<size]))
            #expect(tree.rootHash() == RFC6962Vectors.rootHashes[size])
        }
    }

    /// The stored levels are exactly the published complete-subtree hashes (NodeHashes in constants.go).
    @Test func storedLevelsArePublishedNodeHashes() {
        for tree in [Self.incremental(RFC6962Vectors.leafHashes), Self.bulk(RFC6962Vectors.leafHashes)] {
            #expect(tree.levels == RFC6962Vectors.nodeHashes.map { $0.flatMap { $0 } })
        }
    }

    @Test func leafHashAtIndex() {
        let tree = Self.incremental(RFC6962Vectors.leafHashes)
        for (index, leaf) in RFC6962Vectors.leafHashes.enumerated() {
            #expect(tree.leafHash(at: UInt64(index)) == leaf)
        }
    }

    @Test func rootBeyondSizeIsRejected() {
        let tree = Self.incremental(RFC6962Vectors.leafHashes)
        #expect(throws: TransparencyError.self) { try tree.rootHash(size: 9) }
        #expect(throws: TransparencyError.self) { try MerkleTree().rootHash(size: 1) }
    }

    /// Every root of a 300-leaf random tree, now and for each earlier size, is the RFC 6962 §2.1 MTH.
    @Test func rootsMatchReferenceForEverySizeUpTo300() throws {
        var random = SplitMix64(seed: 6962)
        let leaves = random.leafHashes(300)
        var tree = MerkleTree()
        var roots: [[UInt8]] = [RFC6962.emptyRoot]
        for (index, leaf) in leaves.enumerated() {
            tree.append(leafHash: leaf)
            let root = ReferenceMerkle.rootHash(leaves[...index])
            #expect(tree.rootHash() == root)
            roots.append(root)
        }
        let bulkTree = Self.bulk(leaves)
        for size in 0...leaves.count {
            #expect(try tree.rootHash(size: UInt64(size)) == roots[size])
            #expect(try bulkTree.rootHash(size: UInt64(size)) == roots[size])
        }
    }

    @Test func subtreeHashOfAnyRangeIsItsMTH() {
        var random = SplitMix64(seed: 2)
        let leaves = random.leafHashes(40)
        let tree = Self.bulk(leaves)
        for start in 0..<leaves.count {
            for end in (start + 1)...leaves.count {
                #expect(
                    tree.subtreeHash(start: UInt64(start), end: UInt64(end))
                        == ReferenceMerkle.rootHash(leaves[start..<end]))
            }
        }
    }

    /// Sizes around powers of two, and one past the parallel threshold (2 × 8192 pairs).
    @Test(arguments: [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 100, 255, 256, 257, 1000, 1025, 16_385, 20_000])
    func bulkBuildEqualsIncrementalAppends(size: Int) {
        var random = SplitMix64(seed: UInt64(size))
        let leaves = random.leafHashes(size)
        let bulk = Self.bulk(leaves)
        let incremental = Self.incremental(leaves)
        #expect(bulk.size == UInt64(size))
        #expect(bulk.levels.count == incremental.levels.count || size == 0)
        #expect(bulk.levels.filter { !$0.isEmpty } == incremental.levels.filter { !$0.isEmpty })
        #expect(bulk.rootHash() == incremental.rootHash())
    }

    @Test func appendingToABulkBuiltTreeKeepsItConsistent() {
        var random = SplitMix64(seed: 77)
        let leaves = random.leafHashes(150)
        var tree = Self.bulk(Array(leaves[..<97]))
        for leaf in leaves[97...] { tree.append(leafHash: leaf) }
        #expect(tree.levels == Self.incremental(leaves).levels)
        #expect(tree.rootHash() == ReferenceMerkle.rootHash(leaves[...]))
    }

    @Test func copiesAreIndependent() {
        var random = SplitMix64(seed: 5)
        let leaves = random.leafHashes(10)
        var tree = Self.incremental(Array(leaves[..<6]))
        let snapshot = tree
        for leaf in leaves[6...] { tree.append(leafHash: leaf) }
        #expect(snapshot.size == 6)
        #expect(snapshot.rootHash() == ReferenceMerkle.rootHash(leaves[..<6]))
        #expect(tree.rootHash() == ReferenceMerkle.rootHash(leaves[...]))
    }

    @Test func largestPowerOfTwoBelow() {
        // The table of transparency-dev/merkle testonly/reference_test.go TestDownToPowerOfTwo.
        for (n, k) in [(2, 1), (7, 4), (8, 4), (63, 32), (28937, 16384)] as [(UInt64, UInt64)] {
            #expect(MerkleTree.largestPowerOfTwo(below: n) == k)
        }
        #expect(MerkleTree.largestPowerOfTwo(below: UInt64.max) == 1 << 63)
    }

    /// Builds a million leaves (the size the bulk build promises to handle in well under a second in
    /// release builds); only run on demand because debug builds are several times slower.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CANDOR_MERKLE_BENCH"] != nil))
    func millionLeafBulkBuild() {
        var random = SplitMix64(seed: 1_000_000)
        let leafHashes = random.bytes(1_000_000 * RFC6962.hashByteCount)
        let clock = ContinuousClock()
        var tree = MerkleTree()
        let cpuBefore = Self.processCPUSeconds()
        let elapsed = clock.measure { tree = MerkleTree(leafHashes: leafHashes) }
        let cpu = Self.processCPUSeconds() - cpuBefore
        print("MerkleTree(leafHashes:) with 1,000,000 leaves: \(elapsed) wall, \(cpu) s CPU on all cores")
        #expect(tree.size == 1_000_000)
        let proofClock = clock.measure {
            for size in stride(from: UInt64(1), through: 1_000_000, by: 9_973) {
                _ = try? tree.consistencyProof(from: size / 2 + 1, to: size)
                _ = try? tree.inclusionProof(leafIndex: size / 3, treeSize: size)
            }
        }
        print("200 consistency + inclusion proofs over 1,000,000 leaves: \(proofClock)")
    }

    /// User + system CPU time of the whole process, to judge the build on a machine busy with other work.
    static func processCPUSeconds() -> Double {
        Double(clock()) / Double(CLOCKS_PER_SEC)
    }
}

@Suite("MerkleTree: complete subtrees for tiles")
struct MerkleTreeSubtreeTests {
    @Test func completeSubtreesAreTheStoredLevels() throws {
        var tree = MerkleTree()
        var leaves: [[UInt8]] = []
        for i in 0..<11 {
            let leaf = RFC6962.leafHash(Array("entry \(i)".utf8))
            leaves.append(leaf)
            tree.append(leafHash: leaf)
        }
        #expect(tree.completeSubtreeHash(level: 0, index: 10) == leaves[10])
        #expect(tree.completeSubtreeHash(level: 0, index: 11) == nil)
        // Level 1, index 2: the hash of leaves 4 and 5.
        #expect(tree.completeSubtreeHash(level: 1, index: 2) == RFC6962.nodeHash(leaves[4], leaves[5]))
        #expect(tree.completeSubtreeHash(level: 1, index: 5) == nil, "leaves 10, 11: 11 is missing")
        // Level 3, index 0: the root of the first 8 leaves.
        #expect(tree.completeSubtreeHash(level: 3, index: 0) == (try tree.rootHash(size: 8)))
        #expect(tree.completeSubtreeHash(level: 3, index: 1) == nil)
        #expect(tree.completeSubtreeHash(level: 4, index: 0) == nil)
        #expect(tree.completeSubtreeHash(level: 70, index: 0) == nil)
        #expect(tree.completeSubtreeHash(level: 1, index: UInt64.max) == nil)
    }
}
