import Foundation
import TestSupport
import Testing

@testable import Transparency

@Suite("Consistency proofs: published vectors, every pair of sizes, every corruption")
struct ConsistencyProofTests {
    /// One wrong way to use a proof: it must not verify.
    struct Probe: CustomStringConvertible {
        let oldSize: UInt64
        let newSize: UInt64
        let oldRoot: [UInt8]
        let newRoot: [UInt8]
        let hashes: [[UInt8]]
        let description: String

        func verifies() -> Bool {
            (try? ConsistencyProof(oldSize: oldSize, newSize: newSize, hashes: hashes)
                .verify(oldRoot: oldRoot, newRoot: newRoot)) != nil
        }
    }

    /// The corruptions of transparency-dev/merkle proof/verify_test.go corruptConsistencyProof, plus
    /// more bit positions, a shortened hash, a dropped first hash and a reversed proof.
    static func corruptions(of proof: ConsistencyProof, oldRoot: [UInt8], newRoot: [UInt8]) -> [Probe] {
        let (m, n, hashes) = (proof.oldSize, proof.newSize, proof.hashes)
        func probe(_ m: UInt64, _ n: UInt64, _ r1: [UInt8], _ r2: [UInt8], _ h: [[UInt8]], _ what: String) -> Probe {
            Probe(oldSize: m, newSize: n, oldRoot: r1, newRoot: r2, hashes: h, description: what)
        }
        let wrong = Array("WrongRoot".utf8)
        var probes = [
            probe(m - 1, n, oldRoot, newRoot, hashes, "size1 - 1"),
            probe(m + 1, n, oldRoot, newRoot, hashes, "size1 + 1"),
            probe(m ^ 2, n, oldRoot, newRoot, hashes, "size1 ^ 2"),
            probe(m, n * 2, oldRoot, newRoot, hashes, "size2 * 2"),
            probe(m, n / 2, oldRoot, newRoot, hashes, "size2 / 2"),
            probe(m, n, wrong, newRoot, hashes, "wrong root1"),
            probe(m, n, oldRoot, wrong, hashes, "wrong root2"),
            probe(m, n, RFC6962Vectors.someHash, newRoot, hashes, "other root1"),
            probe(m, n, oldRoot, RFC6962Vectors.someHash, hashes, "other root2"),
            probe(m, n, newRoot, oldRoot, hashes, "swapped roots"),
            probe(n, m, newRoot, oldRoot, hashes, "swapped sizes and roots"),
            probe(m, n, oldRoot, newRoot, [], "empty proof"),
            probe(m, n, oldRoot, newRoot, hashes + [[]], "trailing garbage"),
            probe(m, n, oldRoot, newRoot, hashes + [oldRoot], "trailing root1"),
            probe(m, n, oldRoot, newRoot, hashes + [newRoot], "trailing root2"),
            probe(m, n, oldRoot, newRoot, [[]] + hashes, "preceding garbage"),
            probe(m, n, oldRoot, newRoot, [oldRoot] + hashes, "preceding root1"),
            probe(m, n, oldRoot, newRoot, [newRoot] + hashes, "preceding root2"),
            probe(m, n, oldRoot, newRoot, [hashes[0]] + hashes, "preceding proof[0]"),
            probe(m, n, oldRoot, newRoot, Array(hashes.dropLast()), "truncated proof"),
            probe(m, n, oldRoot, newRoot, Array(hashes.dropFirst()), "dropped first"),
        ]
        if hashes.count > 1 {
            probes.append(probe(m, n, oldRoot, newRoot, hashes.reversed(), "reversed"))
        }
        for position in hashes.indices {
            for bit in [0, 4, 255] {  // bit 4 of byte 0 is transparency-dev's choice
                var flipped = hashes
                flipped[position][bit / 8] ^= UInt8(1 << (bit % 8))
                probes.append(probe(m, n, oldRoot, newRoot, flipped, "proof[\(position)] bit \(bit)"))
            }
            var shortened = hashes
            shortened[position].removeLast()
            probes.append(probe(m, n, oldRoot, newRoot, shortened, "proof[\(position)] 31 bytes"))
        }
        return probes
    }

    // MARK: published vectors

    @Test(arguments: RFC6962Vectors.consistencyProofs)
    func publishedProofIsGenerated(vector: RFC6962Vectors.Consistency) throws {
        let tree = InclusionProofTests.publishedTree
        let proof = try tree.consistencyProof(from: vector.oldSize, to: vector.newSize)
        #expect(proof == ConsistencyProof(oldSize: vector.oldSize, newSize: vector.newSize, hashes: vector.proof))
    }

    @Test(arguments: RFC6962Vectors.consistencyProofs)
    func publishedProofVerifiesAndItsCorruptionsFail(vector: RFC6962Vectors.Consistency) throws {
        let proof = ConsistencyProof(oldSize: vector.oldSize, newSize: vector.newSize, hashes: vector.proof)
        let oldRoot = RFC6962Vectors.rootHashes[Int(vector.oldSize)]
        let newRoot = RFC6962Vectors.rootHashes[Int(vector.newSize)]
        try proof.verify(oldRoot: oldRoot, newRoot: newRoot)
        guard !vector.proof.isEmpty else { return }  // as in verify_test.go: only non-trivial proofs
        for probe in Self.corruptions(of: proof, oldRoot: oldRoot, newRoot: newRoot) {
            #expect(!probe.verifies(), "\(vector.testDescription): \(probe) verified")
        }
    }

    /// transparency-dev/merkle TestVerifyConsistency, adapted: Candor checks every root is 32 bytes
    /// and that the root of the empty tree is SHA-256 of nothing, where Go accepts any bytes.
    @Test func edgeCases() {
        let empty = RFC6962.emptyRoot
        var random = SplitMix64(seed: 1)
        let (root1, root2) = (random.bytes(32), random.bytes(32))
        let cases: [(UInt64, UInt64, [UInt8], [UInt8], [[UInt8]], Bool, String)] = [
            (0, 0, empty, empty, [], true, "empty to empty"),
            (0, 1, empty, root2, [], true, "empty to anything"),
            (1, 1, root2, root2, [], true, "same size, same root"),
            (0, 0, root1, root1, [], false, "empty tree with a non-empty root"),
            (0, 1, root1, root2, [], false, "old root of the empty tree is not SHA-256()"),
            (0, 0, empty, root2, [], false, "empty to empty, different roots"),
            (1, 1, root1, root2, [], false, "same size, different roots"),
            (1, 0, root1, root2, [], false, "time travel 1 to 0"),
            (2, 1, root1, root2, [], false, "time travel 2 to 1"),
            (1, 2, root1, root2, [], false, "empty proof"),
            (0, 0, empty, empty, [empty], false, "equal empty sizes, non-empty proof"),
            (0, 1, empty, empty, [empty], false, "from empty, non-empty proof"),
            (1, 1, empty, empty, [empty], false, "equal sizes, non-empty proof"),
            (1, 1, Array("root".utf8), Array("root".utf8), [], false, "roots not 32 bytes"),
        ]
        for (m, n, r1, r2, hashes, valid, what) in cases {
            let result = Result { () throws(TransparencyError) in
                try ConsistencyProof(oldSize: m, newSize: n, hashes: hashes).verify(oldRoot: r1, newRoot: r2)
            }
            switch result {
            case .success: #expect(valid, "\(what) verified")
            case .failure(let error):
                #expect(!valid, "\(what): \(error)")
                guard case .invalidProof = error else {
                    Issue.record("\(what): expected invalidProof, got \(error)")
                    continue
                }
            }
        }
    }

    @Test func generationRejectsImpossibleRequests() throws {
        let tree = InclusionProofTests.publishedTree
        #expect(throws: TransparencyError.self) { try tree.consistencyProof(from: 3, to: 2) }
        #expect(throws: TransparencyError.self) { try tree.consistencyProof(from: 1, to: 9) }
        #expect(throws: TransparencyError.self) { try tree.consistencyProof(from: 9, to: 9) }
        #expect(try tree.consistencyProof(from: 0, to: 8).hashes.isEmpty)
        #expect(try tree.consistencyProof(from: 8, to: 8).hashes.isEmpty)
        #expect(try tree.consistencyProof(from: 0, to: 0).hashes.isEmpty)
    }

    // MARK: properties over random trees

    /// Every consistency proof between any two sizes up to 300 verifies, against the reference roots.
    @Test(arguments: [1...120, 121...200, 201...260, 261...300])
    func everyProofVerifies(newSizes: ClosedRange<Int>) throws {
        let (leaves, tree) = InclusionProofTests.random300
        var roots: [[UInt8]] = []
        for size in 0...leaves.count { roots.append(try tree.rootHash(size: UInt64(size))) }
        for newSize in newSizes {
            #expect(roots[newSize] == ReferenceMerkle.rootHash(leaves[..<newSize]))
            for oldSize in 0...newSize {
                let proof = try tree.consistencyProof(from: UInt64(oldSize), to: UInt64(newSize))
                try proof.verify(oldRoot: roots[oldSize], newRoot: roots[newSize])
            }
        }
    }

    /// Generated proofs are exactly RFC 6962 §2.1.2 PROOF(m, D[n]) for all 0 < m <= n <= 64.
    @Test func proofsMatchReferenceUpTo64() throws {
        let (leaves, tree) = InclusionProofTests.random300
        for newSize in 1...64 {
            for oldSize in 1...newSize {
                let proof = try tree.consistencyProof(from: UInt64(oldSize), to: UInt64(newSize))
                #expect(proof.hashes == ReferenceMerkle.consistencyProof(oldSize, leaves[..<newSize]))
            }
        }
    }

    /// Every corruption fails, for all pairs up to 20 and a sample up to 300.
    @Test func corruptedProofsFail() throws {
        let tree = InclusionProofTests.random300.tree
        var random = SplitMix64(seed: 43)
        var pairs: [(Int, Int)] = []
        for newSize in 2...20 {
            for oldSize in 1..<newSize { pairs.append((oldSize, newSize)) }
        }
        for _ in 0..<250 {
            let newSize = Int.random(in: 21...300, using: &random)
            pairs.append((Int.random(in: 1..<newSize, using: &random), newSize))
        }
        for (oldSize, newSize) in pairs {
            let oldRoot = try tree.rootHash(size: UInt64(oldSize))
            let newRoot = try tree.rootHash(size: UInt64(newSize))
            let proof = try tree.consistencyProof(from: UInt64(oldSize), to: UInt64(newSize))
            try proof.verify(oldRoot: oldRoot, newRoot: newRoot)
            for probe in Self.corruptions(of: proof, oldRoot: oldRoot, newRoot: newRoot) {
                #expect(!probe.verifies(), "\(oldSize) to \(newSize): \(probe) verified")
            }
            // The proof for other sizes never verifies, even against the honest roots of those sizes.
            for (m, n) in [
                (oldSize - 1, newSize), (oldSize + 1, newSize), (oldSize, newSize - 1), (oldSize, newSize + 1),
            ]
            where 0 < m && m < n && n <= 300 && (m, n) != (oldSize, newSize) {
                let probe = ConsistencyProof(oldSize: UInt64(m), newSize: UInt64(n), hashes: proof.hashes)
                let verified: Void? = try? probe.verify(
                    oldRoot: try tree.rootHash(size: UInt64(m)), newRoot: try tree.rootHash(size: UInt64(n)))
                #expect(verified == nil, "the proof \(oldSize) to \(newSize) verified as \(m) to \(n)")
            }
        }
    }

    @Test func largerTreeSampledProofs() throws {
        var random = SplitMix64(seed: 65_539)
        let leaves = random.leafHashes(5_000)
        var tree = MerkleTree()
        var roots: [[UInt8]] = [RFC6962.emptyRoot]
        for leaf in leaves {
            tree.append(leafHash: leaf)
            roots.append(tree.rootHash())
        }
        for _ in 0..<300 {
            let newSize = Int.random(in: 1...leaves.count, using: &random)
            let oldSize = Int.random(in: 0...newSize, using: &random)
            let proof = try tree.consistencyProof(from: UInt64(oldSize), to: UInt64(newSize))
            try proof.verify(oldRoot: roots[oldSize], newRoot: roots[newSize])
        }
    }
}
