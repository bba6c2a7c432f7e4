import Foundation
import TestSupport
import Testing

@testable import Transparency

@Suite("Inclusion proofs: published vectors, every leaf, every corruption") struct InclusionProofTests {
    static let publishedTree = MerkleTreeTests.incremental(RFC6962Vectors.leafHashes)

    /// One wrong way to use a proof: it must not verify.
    struct Probe: CustomStringConvertible {
        let leafIndex: UInt64
        let treeSize: UInt64
        let leafHash: [UInt8]
        let root: [UInt8]
        let hashes: [[UInt8]]
        let description: String

        func verifies() -> Bool {
            (try? InclusionProof(leafIndex: leafIndex, treeSize: treeSize, hashes: hashes)
                .verify(leafHash: leafHash, rootHash: root)) != nil
        }
    }

    /// The corruptions of transparency-dev/merkle proof/verify_test.go corruptInclusionProof, plus a
    /// wrong leaf from the same tree and a bit flipped in every byte position's hash.
    static func corruptions(
        of proof: InclusionProof, leafHash: [UInt8], root: [UInt8], otherLeaf: [UInt8]
    ) -> [Probe] {
        let (index, size, hashes) = (proof.leafIndex, proof.treeSize, proof.hashes)
        func probe(
            _ index: UInt64, _ size: UInt64, _ leaf: [UInt8], _ root: [UInt8], _ hashes: [[UInt8]], _ what: String
        ) -> Probe {
            Probe(leafIndex: index, treeSize: size, leafHash: leaf, root: root, hashes: hashes, description: what)
        }
        var probes = [
            probe(index &- 1, size, leafHash, root, hashes, "index - 1"),
            probe(index + 1, size, leafHash, root, hashes, "index + 1"),
            probe(index ^ 2, size, leafHash, root, hashes, "index ^ 2"),
            probe(index, size * 2, leafHash, root, hashes, "size * 2"),
            probe(index, size / 2, leafHash, root, hashes, "size / 2"),
            probe(index, size, Array("WrongLeaf".utf8), root, hashes, "short leaf"),
            probe(index, size, otherLeaf, root, hashes, "other leaf"),
            probe(index, size, leafHash, RFC6962.emptyRoot, hashes, "empty root"),
            probe(index, size, leafHash, RFC6962Vectors.someHash, hashes, "random root"),
            probe(index, size, leafHash, Array(root.dropLast()), hashes, "short root"),
            probe(index, size, leafHash, root, hashes + [[]], "trailing garbage"),
            probe(index, size, leafHash, root, hashes + [root], "trailing root"),
            probe(index, size, leafHash, root, [[]] + hashes, "preceding garbage"),
            probe(index, size, leafHash, root, [root] + hashes, "preceding root"),
        ]
        for position in hashes.indices {
            for bit in [0, 3, 255] {  // bit 3 of byte 0 is transparency-dev's choice
                var flipped = hashes
                flipped[position][bit / 8] ^= UInt8(1 << (bit % 8))
                probes.append(probe(index, size, leafHash, root, flipped, "proof[\(position)] bit \(bit)"))
            }
            var shortened = hashes
            shortened[position].removeLast()
            probes.append(probe(index, size, leafHash, root, shortened, "proof[\(position)] 31 bytes"))
        }
        if !hashes.isEmpty {
            probes.append(probe(index, size, leafHash, root, Array(hashes.dropLast()), "removed last"))
            probes.append(probe(index, size, leafHash, root, Array(hashes.dropFirst()), "removed first"))
        }
        if hashes.count > 1 {
            let inserted = [hashes[0], RFC6962Vectors.someHash] + hashes[1...]
            probes.append(probe(index, size, leafHash, root, inserted, "inserted component"))
            probes.append(probe(index, size, leafHash, root, hashes.reversed(), "reversed"))
        }
        return probes
    }

    // MARK: published vectors

    @Test(arguments: RFC6962Vectors.inclusionProofs)
    func publishedProofIsGenerated(vector: RFC6962Vectors.Inclusion) throws {
        let proof = try Self.publishedTree.inclusionProof(leafIndex: vector.leafIndex, treeSize: vector.treeSize)
        #expect(proof == InclusionProof(leafIndex: vector.leafIndex, treeSize: vector.treeSize, hashes: vector.proof))
    }

    @Test(arguments: RFC6962Vectors.inclusionProofs)
    func publishedProofVerifiesAndItsCorruptionsFail(vector: RFC6962Vectors.Inclusion) throws {
        let proof = InclusionProof(leafIndex: vector.leafIndex, treeSize: vector.treeSize, hashes: vector.proof)
        let leafHash = RFC6962Vectors.leafHashes[Int(vector.leafIndex)]
        let root = RFC6962Vectors.rootHashes[Int(vector.treeSize)]
        #expect(try proof.rootHash(leafHash: leafHash) == root)
        try proof.verify(leafHash: leafHash, rootHash: root)
        let other = RFC6962Vectors.leafHashes[Int(vector.leafIndex + 1) % Int(vector.treeSize + 1)]
        for probe in Self.corruptions(of: proof, leafHash: leafHash, root: root, otherLeaf: other) {
            #expect(!probe.verifies(), "\(vector.testDescription): \(probe) verified")
        }
    }

    /// transparency-dev/merkle TestVerifyInclusionSingleEntry: in a 1-leaf tree the root is the leaf.
    @Test func singleEntry() throws {
        let hash = RFC6962.leafHash(Array("data".utf8))
        let proof = InclusionProof(leafIndex: 0, treeSize: 1, hashes: [])
        try proof.verify(leafHash: hash, rootHash: hash)
        #expect(throws: TransparencyError.self) { try proof.verify(leafHash: [], rootHash: hash) }
        #expect(throws: TransparencyError.self) { try proof.verify(leafHash: hash, rootHash: []) }
        #expect(throws: TransparencyError.self) { try proof.verify(leafHash: [], rootHash: []) }
    }

    /// transparency-dev/merkle TestVerifyInclusion: impossible index/size pairs never verify.
    @Test(arguments: [(0, 0), (0, 1), (1, 0), (2, 1)] as [(UInt64, UInt64)])
    func impossibleIndexAndSize(index: UInt64, size: UInt64) {
        let proof = InclusionProof(leafIndex: index, treeSize: size, hashes: [])
        #expect(throws: TransparencyError.self) { try proof.verify(leafHash: RFC6962Vectors.someHash, rootHash: []) }
        #expect(throws: TransparencyError.self) { try proof.verify(leafHash: [], rootHash: RFC6962.emptyRoot) }
        #expect(throws: TransparencyError.self) {
            try proof.verify(leafHash: RFC6962Vectors.someHash, rootHash: RFC6962.emptyRoot)
        }
    }

    @Test func malformedProofsAreInvalidProofErrors() {
        let hash = RFC6962Vectors.someHash
        let cases: [(InclusionProof, String)] = [
            (InclusionProof(leafIndex: 0, treeSize: 0, hashes: []), "empty tree"),
            (InclusionProof(leafIndex: 5, treeSize: 5, hashes: [hash, hash, hash]), "index = size"),
            (InclusionProof(leafIndex: .max, treeSize: 5, hashes: [hash]), "index max"),
            (InclusionProof(leafIndex: 0, treeSize: 2, hashes: []), "too short"),
            (InclusionProof(leafIndex: 0, treeSize: 2, hashes: [hash, hash]), "too long"),
            (InclusionProof(leafIndex: 0, treeSize: 2, hashes: [Array(hash.dropLast())]), "31-byte hash"),
            (InclusionProof(leafIndex: 0, treeSize: 2, hashes: [hash + [0]]), "33-byte hash"),
        ]
        for (proof, what) in cases {
            let error = #expect(throws: TransparencyError.self, "\(what)") { try proof.rootHash(leafHash: hash) }
            guard case .invalidProof = error else {
                Issue.record("\(what): expected invalidProof, got \(String(describing: error))")
                continue
            }
        }
    }

    @Test func generationRejectsImpossibleRequests() {
        let tree = Self.publishedTree
        #expect(throws: TransparencyError.self) { try tree.inclusionProof(leafIndex: 0, treeSize: 0) }
        #expect(throws: TransparencyError.self) { try tree.inclusionProof(leafIndex: 8, treeSize: 8) }
        #expect(throws: TransparencyError.self) { try tree.inclusionProof(leafIndex: 0, treeSize: 9) }
        #expect(throws: TransparencyError.self) { try tree.inclusionProof(leafIndex: 3, treeSize: 2) }
    }

    /// Extreme sizes: the decomposition must not overflow near 2^64.
    @Test func hugeTreeSizes() throws {
        let leaf = RFC6962Vectors.someHash
        let size = UInt64.max
        let proof = InclusionProof(leafIndex: size - 1, treeSize: size, hashes: Array(repeating: leaf, count: 63))
        let root = try proof.rootHash(leafHash: leaf)
        #expect(root.count == 32)
        let first = InclusionProof(leafIndex: 0, treeSize: 1 << 63 + 1, hashes: Array(repeating: leaf, count: 64))
        #expect(try first.rootHash(leafHash: leaf).count == 32)
    }

    // MARK: properties over random trees

    static let random300: (leaves: [[UInt8]], tree: MerkleTree) = {
        var random = SplitMix64(seed: 9162)
        let leaves = random.leafHashes(300)
        return (leaves, MerkleTreeTests.bulk(leaves))
    }()

    /// Every proof of every leaf of every tree size up to 300 verifies against the reference root.
    @Test(arguments: [1...60, 61...150, 151...230, 231...300])
    func everyProofVerifies(sizes: ClosedRange<Int>) throws {
        let (leaves, tree) = Self.random300
        for size in sizes {
            let root = ReferenceMerkle.rootHash(leaves[..<size])
            for index in 0..<size {
                let proof = try tree.inclusionProof(leafIndex: UInt64(index), treeSize: UInt64(size))
                try proof.verify(leafHash: leaves[index], rootHash: root)
            }
        }
    }

    /// Generated proofs are exactly RFC 6962 §2.1.1 PATH(m, D[n]) for every leaf of trees up to 64.
    @Test func proofsMatchReferenceUpTo64() throws {
        let (leaves, tree) = Self.random300
        for size in 1...64 {
            for index in 0..<size {
                let proof = try tree.inclusionProof(leafIndex: UInt64(index), treeSize: UInt64(size))
                #expect(proof.hashes == ReferenceMerkle.inclusionProof(index, leaves[..<size]))
            }
        }
    }

    /// Every corruption fails, for each leaf of a few sizes and a sample of all sizes up to 300.
    @Test func corruptedProofsFail() throws {
        let (leaves, tree) = Self.random300
        var random = SplitMix64(seed: 42)
        var cases: [(Int, Int)] = []
        for size in [1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 31, 32, 33] {
            for index in 0..<size { cases.append((index, size)) }
        }
        for size in stride(from: 34, through: 300, by: 3) {
            cases.append((0, size))
            cases.append((size - 1, size))
            cases.append((Int.random(in: 0..<size, using: &random), size))
        }
        for (index, size) in cases {
            let root = try tree.rootHash(size: UInt64(size))
            let proof = try tree.inclusionProof(leafIndex: UInt64(index), treeSize: UInt64(size))
            try proof.verify(leafHash: leaves[index], rootHash: root)
            let other = leaves[(index + 1 + Int.random(in: 0..<size, using: &random)) % (size + 1)]
            let probes = Self.corruptions(of: proof, leafHash: leaves[index], root: root, otherLeaf: other)
                .filter { !($0.leafHash == leaves[index] && $0.description == "other leaf") }
            for probe in probes {
                #expect(!probe.verifies(), "leaf \(index) of \(size): \(probe) verified")
            }
            // A proof for another size never verifies against the honest root of that size.
            for wrongSize in [size - 1, size + 1, size * 2, size / 2] where wrongSize > index && wrongSize <= 300 {
                let wrongRoot = try tree.rootHash(size: UInt64(wrongSize))
                let probe = InclusionProof(leafIndex: UInt64(index), treeSize: UInt64(wrongSize), hashes: proof.hashes)
                #expect(
                    (try? probe.verify(leafHash: leaves[index], rootHash: wrongRoot)) == nil,
                    "leaf \(index) of \(size) verified as a tree of \(wrongSize)")
            }
        }
    }

    @Test func largerTreeSampledProofs() throws {
        var random = SplitMix64(seed: 65_537)
        let leaves = random.leafHashes(5_000)
        let tree = MerkleTreeTests.bulk(leaves)
        for _ in 0..<300 {
            let size = Int.random(in: 1...leaves.count, using: &random)
            let index = Int.random(in: 0..<size, using: &random)
            let proof = try tree.inclusionProof(leafIndex: UInt64(index), treeSize: UInt64(size))
            try proof.verify(leafHash: leaves[index], rootHash: try tree.rootHash(size: UInt64(size)))
        }
        #expect(tree.rootHash() == ReferenceMerkle.rootHash(leaves[...]))
    }
}
