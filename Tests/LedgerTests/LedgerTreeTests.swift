import Foundation
import TestSupport
import Testing

@testable import Ledger
@testable import Transparency

/// Appends `count` records of `payload(i)`, from `start`, without waiting for each: one thread enqueues
/// them in order, so record `start + i` holds `payload(start + i)`.
func appendInOrder(_ ledger: Ledger, _ range: Range<Int>, size: Int = 40) {
    let done = DispatchGroup()
    for i in range {
        done.enter()
        ledger.append(type: 1, payload: payload(i, size: size)) { result in
            if case .failure(let error) = result { Issue.record("append \(i) failed: \(error)") }
            done.leave()
        }
    }
    done.wait()
}

/// The in-memory tree of the records `payload(0) ..< payload(count)`, the reference for the live tree.
func referenceTree(_ count: Int, size: Int = 40) -> MerkleTree {
    var leaves: [UInt8] = []
    for i in 0..<count { leaves += RecordFormat.leafHash(type: 1, payload: payload(i, size: size), payloadOnly: false) }
    return MerkleTree(leafHashes: leaves)
}

@Suite("Live Merkle tree: levels below 8 on disk give the in-memory tree's results")
struct LedgerTreeTests {
    /// Compares roots, leaves, proofs and complete subtrees of the first `size` records at `ledger`'s
    /// current size with those of `reference` (of at least as many leaves).
    static func expectSame(_ ledger: Ledger, _ reference: MerkleTree, size: UInt64) throws {
        #expect(try ledger.rootHash(size: size) == reference.rootHash(size: size), "root of \(size)")
        var leaves: Set<UInt64> = [0, size / 2, size - 1]
        for boundary in [255, 256, 257, 511, 512] where boundary < size { leaves.insert(UInt64(boundary)) }
        for leaf in leaves {
            #expect(try ledger.leafHash(at: leaf) == reference.leafHash(at: leaf))
            #expect(
                try ledger.inclusionProof(leafIndex: leaf, treeSize: size)
                    == reference.inclusionProof(leafIndex: leaf, treeSize: size), "inclusion of \(leaf) in \(size)")
        }
        var olds: Set<UInt64> = [0, 1, size / 3, size - 1, size]
        for boundary in [255, 256, 257, 512] where boundary <= size { olds.insert(UInt64(boundary)) }
        for old in olds {
            #expect(
                try ledger.consistencyProof(from: old, to: size) == reference.consistencyProof(from: old, to: size),
                "consistency \(old) to \(size)")
        }
    }

    /// Every complete subtree the ledger has, at every level, and the first few it does not have yet.
    static func expectSameSubtrees(_ ledger: Ledger, _ reference: MerkleTree) {
        for level in 0..<12 {
            for index in 0...(ledger.count >> UInt64(level)) + 1 {
                #expect(
                    ledger.completeSubtreeHash(level: level, index: index)
                        == reference.completeSubtreeHash(level: level, index: index), "level \(level) index \(index)")
            }
        }
    }

    @Test func everySizeUpTo600MatchesTheInMemoryTreeBeforeAndAfterAReopen() throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        let reference = referenceTree(600)
        var ledger = try Ledger.open(at: path, options: options(segmentSize: 8192))
        for size in 1...600 {
            appendInOrder(ledger, (size - 1)..<size)
            try Self.expectSame(ledger, reference, size: UInt64(size))
            if [1, 255, 256, 257, 300, 511, 512, 513, 600].contains(size) {
                Self.expectSameSubtrees(ledger, referenceTree(size))
            }
        }
        ledger.close()

        ledger = try Ledger.open(at: path, options: options(segmentSize: 8192))
        defer { ledger.close() }
        for size in 1...600 { try Self.expectSame(ledger, reference, size: UInt64(size)) }
        Self.expectSameSubtrees(ledger, reference)
        #expect(try ledger.verify().records == 600)
    }

    @Test func aFewThousandRecordsAcrossReopens() throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        let reference = referenceTree(4_100)
        var ledger = try Ledger.open(at: path)
        appendInOrder(ledger, 0..<2_049)
        ledger.close()
        // Reopened with a partial group of 256 in memory, then appended past several more groups.
        ledger = try Ledger.open(at: path)
        appendInOrder(ledger, 2_049..<4_100)
        let sizes: [UInt64] = [
            1, 255, 256, 1_024, 2_048, 2_049, 2_050, 3_071, 3_072, 3_073, 4_095, 4_096, 4_097, 4_100,
        ]
        for size in sizes { try Self.expectSame(ledger, reference, size: size) }
        Self.expectSameSubtrees(ledger, reference)
        ledger.close()

        ledger = try Ledger.open(at: path)
        defer { ledger.close() }
        for size in sizes { try Self.expectSame(ledger, reference, size: size) }
        for _ in 0..<50 { try Self.expectSame(ledger, reference, size: UInt64.random(in: 1...4_100)) }
        Self.expectSameSubtrees(ledger, reference)
    }

    @Test func theLiveTreeKeepsOnlyOneHashPer256LeavesAndTheLastGroup() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger.open(at: dir.child("log"))
        defer { ledger.close() }
        appendInOrder(ledger, 0..<1_000)
        ledger.lock.lock()
        let tree = ledger.state.tree
        ledger.lock.unlock()
        #expect(tree.upper.size == 3)
        #expect(tree.tail.count == (1_000 - 768) * 32)
    }

    @Test func readsAfterCloseSayClosed() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger.open(at: dir.child("log"))
        appendInOrder(ledger, 0..<300)
        ledger.close()
        #expect(throws: LedgerError.closed) { try ledger.rootHash(size: 300) }
        #expect(throws: LedgerError.closed) { try ledger.inclusionProof(leafIndex: 3, treeSize: 300) }
        #expect(ledger.completeSubtreeHash(level: 0, index: 0) == nil)
        #expect(ledger.records(forKey: [1]).isEmpty)
    }

    @Test func appendingManyLeavesAtOnceBuildsTheSameTree() throws {
        let dir = TemporaryDirectory()
        let table = try RecordTable.create(in: dir.path, fileSystem: PosixFileSystem())
        defer { close(table.descriptor) }
        var leaves: [UInt8] = []
        for i in 0..<1_300 { leaves += RecordFormat.leafHash(type: 1, payload: payload(i, size: 40)) }
        var inChunks = LedgerTree(table: table, leafHashes: [])
        var start = 0
        for chunk in [0, 1, 254, 300, 0, 512, 100, 133] {
            inChunks.append(leafHashes: Array(leaves[(start * 32)..<((start + chunk) * 32)]))
            start += chunk
        }
        #expect(start == 1_300)
        let reference = referenceTree(1_300)
        #expect(inChunks.size == 1_300)
        #expect(inChunks.upper.levels == LedgerTree(table: table, leafHashes: leaves).upper.levels)
        #expect(try inChunks.rootHash(size: 1_300) == reference.rootHash())
    }
}
