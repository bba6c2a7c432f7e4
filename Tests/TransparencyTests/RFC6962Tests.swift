import Foundation
import Sodium
import TestSupport
import Testing

@testable import Transparency

/// The published RFC 6962 test vectors of github.com/transparency-dev/merkle (the same ones as in
/// google/trillian's merkle packages), copied verbatim. Sources:
/// - testonly/constants.go: LeafInputs, NodeHashes, RootHashes, EmptyRootHash;
/// - proof/verify_test.go: inclusionProofs, consistencyProofs (leaf numbers there are 1-based);
/// - testonly/reference_test.go: TestRefInclusionProof, TestRefConsistencyProof.
enum RFC6962Vectors {
    static func hex(_ text: String) -> [UInt8] { [UInt8](hex: text) }

    /// testonly/constants.go LeafInputs().
    static let leafInputs: [[UInt8]] = [
        "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f",
    ].map(hex)

    static let leafHashes: [[UInt8]] = leafInputs.map { RFC6962.leafHash($0) }

    /// testonly/constants.go NodeHashes(): [level][index] of every complete subtree of the 8 leaves.
    static let nodeHashes: [[[UInt8]]] = [
        [
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
            "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
            "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
            "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1",
        ],
        [
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        ],
        [
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ],
        ["5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"],
    ].map { $0.map(hex) }

    /// testonly/constants.go RootHashes(), indexed by tree size 0…8.
    static let rootHashes: [[UInt8]] = [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ].map(hex)

    struct Inclusion: Sendable, CustomTestStringConvertible {
        let leafIndex: UInt64  // 0-based (verify_test.go lists leaf numbers from 1)
        let treeSize: UInt64
        let proof: [[UInt8]]
        var testDescription: String { "leaf \(leafIndex) of \(treeSize)" }
    }

    /// proof/verify_test.go inclusionProofs (minus the {0, 0, nil} placeholder), then
    /// testonly/reference_test.go TestRefInclusionProof.
    static let inclusionProofs: [Inclusion] = [
        Inclusion(leafIndex: 0, treeSize: 1, proof: []),
        Inclusion(
            leafIndex: 0, treeSize: 8,
            proof: [
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ].map(hex)),
        Inclusion(
            leafIndex: 5, treeSize: 8,
            proof: [
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ].map(hex)),
        Inclusion(
            leafIndex: 2, treeSize: 3,
            proof: ["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"].map(hex)),
        Inclusion(
            leafIndex: 1, treeSize: 5,
            proof: [
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            ].map(hex)),
        // reference_test.go only:
        Inclusion(
            leafIndex: 0, treeSize: 2,
            proof: ["96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"].map(hex)),
        Inclusion(
            leafIndex: 1, treeSize: 2,
            proof: ["6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"].map(hex)),
    ]

    struct Consistency: Sendable, CustomTestStringConvertible {
        let oldSize: UInt64
        let newSize: UInt64
        let proof: [[UInt8]]
        var testDescription: String { "\(oldSize) to \(newSize)" }
    }

    /// proof/verify_test.go consistencyProofs (a superset of TestRefConsistencyProof).
    static let consistencyProofs: [Consistency] = [
        Consistency(oldSize: 1, newSize: 1, proof: []),
        Consistency(
            oldSize: 1, newSize: 8,
            proof: [
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ].map(hex)),
        Consistency(
            oldSize: 6, newSize: 8,
            proof: [
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ].map(hex)),
        Consistency(
            oldSize: 2, newSize: 5,
            proof: [
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            ].map(hex)),
        Consistency(
            oldSize: 6, newSize: 7,
            proof: [
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ].map(hex)),
    ]

    /// proof/verify_test.go sha256SomeHash: an arbitrary 32-byte value.
    static let someHash = hex("abacaba000000000000000000000000000000000000000000060061e00123456")
}

/// Random trees for the property tests, the same on every run.
extension SplitMix64 {
    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &self) }
    }

    /// `count` random 32-byte leaf hashes.
    mutating func leafHashes(_ count: Int) -> [[UInt8]] {
        (0..<count).map { _ in bytes(RFC6962.hashByteCount) }
    }
}

@Suite("RFC 6962 hashing: the published vectors") struct RFC6962Tests {
    @Test func emptyRootIsSHA256OfNothing() {
        #expect(RFC6962.emptyRoot == RFC6962Vectors.rootHashes[0])
        #expect(RFC6962.emptyRoot == SHA256.hash([UInt8]()))
    }

    @Test(arguments: 0..<8) func leafHashOfPublishedInput(index: Int) {
        #expect(RFC6962.leafHash(RFC6962Vectors.leafInputs[index]) == RFC6962Vectors.nodeHashes[0][index])
    }

    @Test func leafHashIsSHA256OfZeroPrefixedEntry() {
        let entry: [UInt8] = Array("candor".utf8)
        #expect(RFC6962.leafHash(entry) == SHA256.hash([0x00] + entry))
        #expect(RFC6962.leafHash(Data(entry)) == RFC6962.leafHash(entry))
    }

    @Test func nodeHashesOfPublishedLevels() {
        let levels = RFC6962Vectors.nodeHashes
        for level in 1..<levels.count {
            for (index, hash) in levels[level].enumerated() {
                #expect(RFC6962.nodeHash(levels[level - 1][2 * index], levels[level - 1][2 * index + 1]) == hash)
            }
        }
    }

    @Test func nodeHashIsSHA256OfOnePrefixedChildren() {
        let (left, right) = (RFC6962Vectors.leafHashes[0], RFC6962Vectors.leafHashes[1])
        #expect(RFC6962.nodeHash(left, right) == SHA256.hash([0x01] + left + right))
    }

    /// RFC 6962 §2.1: the prefixes make a leaf whose entry is two child hashes differ from their node.
    @Test func leavesAndNodesAreDomainSeparated() {
        let (left, right) = (RFC6962Vectors.leafHashes[0], RFC6962Vectors.leafHashes[1])
        #expect(RFC6962.leafHash(left + right) != RFC6962.nodeHash(left, right))
        #expect(RFC6962.leafHash([0x01] + left + right) != RFC6962.nodeHash(left, right))
    }

    @Test(arguments: 0...8) func referenceRootOfPublishedLeaves(size: Int) {
        #expect(ReferenceMerkle.rootHash(RFC6962Vectors.leafHashes[..<size]) == RFC6962Vectors.rootHashes[size])
    }

    @Test(arguments: RFC6962Vectors.inclusionProofs) func referenceInclusionProof(vector: RFC6962Vectors.Inclusion) {
        let leaves = RFC6962Vectors.leafHashes[..<Int(vector.treeSize)]
        #expect(ReferenceMerkle.inclusionProof(Int(vector.leafIndex), leaves) == vector.proof)
    }

    @Test(arguments: RFC6962Vectors.consistencyProofs) func referenceConsistencyProof(
        vector: RFC6962Vectors.Consistency
    ) {
        let leaves = RFC6962Vectors.leafHashes[..<Int(vector.newSize)]
        #expect(ReferenceMerkle.consistencyProof(Int(vector.oldSize), leaves) == vector.proof)
    }
}
