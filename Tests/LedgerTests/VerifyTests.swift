import Foundation
import TestSupport
import Testing

@testable import Ledger
@testable import Transparency

@Suite("Verify")
struct VerifyTests {
    @Test func aHealthyLedgerVerifies() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger.open(at: dir.child("log"), options: options(segmentSize: 4096))
        defer { ledger.close() }
        #expect(try ledger.verify() == Ledger.VerifyReport(segments: 1, records: 0, bytes: 128))
        for i in 0..<50 { _ = try ledger.appendAndWait(type: 1, payload: payload(i, size: 200)) }
        let report = try ledger.verify()
        #expect(report.records == 50)
        #expect(report.segments == segmentFiles(dir.child("log")).count)
    }

    @Test(arguments: [0, 17, 33, 49])
    func damageAfterOpenIsReportedAtTheFirstBadRecord(_ victim: Int) throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        let ledger = try Ledger.open(at: path)
        defer { ledger.close() }
        for i in 0..<50 { _ = try ledger.appendAndWait(type: 1, payload: payload(i, size: 200)) }
        let segment = segmentFiles(path)[0]
        let offset = SegmentHeader.size + victim * (RecordFormat.overhead + 200)
        flipBit(in: segment, at: offset + 48 + 199, bit: 0x80)
        guard case .verificationFailed(let file, let at, let index, _)? = ledgerError({ try ledger.verify() }) else {
            Issue.record("verify passed a damaged ledger")
            return
        }
        #expect(file == segment)
        #expect(at == UInt64(offset))
        #expect(index == UInt64(victim))
        // Reading the damaged record also refuses instead of returning wrong bytes.
        #expect(throws: LedgerError.self) { try ledger.record(at: UInt64(victim)) }
    }

    @Test func aLeafHashThatDoesNotMatchItsPayloadIsFound() throws {
        // Forge a record whose chain checksum is right but whose stored leaf hash is wrong: only a full
        // verify (which recomputes SHA-256) can see it.
        var buffer: [UInt8] = []
        let previous = [UInt8](repeating: 1, count: 32)
        _ = RecordFormat.encode(
            type: 1, payload: [1, 2, 3], leafHash: [UInt8](repeating: 0xEE, count: 32), batch: 0, isBatchEnd: true,
            previous: previous, into: &buffer)
        let quick = buffer.withUnsafeBytes { SegmentScanner.scan($0, from: 0, previous: previous, firstIndex: 0) }
        #expect(quick.failure == nil)
        let full = buffer.withUnsafeBytes {
            SegmentScanner.scan($0, from: 0, previous: previous, firstIndex: 0, recomputeLeaves: Ledger.Options())
        }
        #expect(full.failure?.kind == .leafHash)
    }

    @Test(arguments: [4096, 16 << 10, 64 << 10])
    func theRootIsRecomputedAcrossSegmentAndGroupBoundaries(_ segmentSize: Int) throws {
        // 120-byte records: 33 a segment (groups of 256 span segments), 135, or 545 (a segment holds
        // the end of one group, whole groups, and the start of another).
        let dir = TemporaryDirectory()
        let ledger = try Ledger.open(at: dir.child("log"), options: options(segmentSize: segmentSize))
        defer { ledger.close() }
        appendInOrder(ledger, 0..<1_300)
        let report = try ledger.verify()
        #expect(report.records == 1_300)
        #expect(report.segments == segmentFiles(dir.child("log")).count)
        #expect(try ledger.rootHash(size: 1_300) == referenceTree(1_300).rootHash())
    }

    @Test func aSegmentsLeavesSplitAtTheGroupBoundariesRebuildTheTree() throws {
        let dir = TemporaryDirectory()
        let table = try RecordTable.create(in: dir.path, fileSystem: PosixFileSystem())
        defer { close(table.descriptor) }
        let reference = referenceTree(1_300)
        let leaves = reference.levels[0]
        var tree = LedgerTree(table: table, leafHashes: [])
        var start = 0
        // Segments that start aligned or not, end a group exactly, hold none, one or several boundaries.
        for count in [0, 17, 239, 0, 600, 1, 255, 188] {
            let segment = VerifiedSegment(
                firstIndex: UInt64(start), leafHashes: Array(leaves[(start * 32)..<((start + count) * 32)]),
                lastChecksum: [])
            #expect(segment.recordCount == count)
            #expect(segment.head.count / 32 + segment.groupHashes.count / 32 * 256 + segment.tail.count / 32 == count)
            #expect(segment.groupHashes.isEmpty || (start + segment.head.count / 32) % 256 == 0)
            tree.append(leafHashes: segment.head)
            tree.append(groupHashes: segment.groupHashes)
            tree.append(leafHashes: segment.tail)
            start += count
        }
        #expect(start == 1_300)
        #expect(tree.size == 1_300)
        #expect(tree.upper.levels == LedgerTree(table: table, leafHashes: leaves).upper.levels)
        #expect(tree.tail == Array(leaves[(1_280 * 32)...]))
        #expect(try tree.rootHash(size: 1_300) == reference.rootHash())
    }

    @Test func aLiveTreeThatDisagreesWithTheSegmentsFailsVerify() throws {
        // The table and the segments agree, but the tree's kept level 8 was built from another leaf 7.
        let dir = TemporaryDirectory()
        let ledger = try Ledger.open(at: dir.child("log"))
        defer { ledger.close() }
        appendInOrder(ledger, 0..<300)
        var leaves = referenceTree(300).levels[0]
        leaves[7 * 32] ^= 1
        ledger.lock.lock()
        ledger.state.tree = LedgerTree(table: ledger.state.tree.table, leafHashes: leaves)
        ledger.lock.unlock()
        guard case .verificationFailed(_, _, let index, let reason)? = ledgerError({ try ledger.verify() }) else {
            Issue.record("verify passed a tree whose root is not the records'")
            return
        }
        #expect(index == 300)
        #expect(reason.contains("root"))
    }
}
