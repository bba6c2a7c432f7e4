import Testing

@testable import Ledger

@Suite("Segment scanner: torn tails versus damage")
struct SegmentScannerTests {
    /// Records 0…3 where record 0 is a batch of its own and records 1…3 form one batch.
    static func twoBatches() -> (bytes: [UInt8], offsets: [Int], genesis: [UInt8]) {
        let genesis = [UInt8](repeating: 9, count: 32)
        var buffer: [UInt8] = []
        var offsets: [Int] = []
        var previous = genesis
        let batches: [(UInt64, Bool)] = [(0, true), (1, false), (1, false), (1, true)]
        for (i, (batch, end)) in batches.enumerated() {
            offsets.append(buffer.count)
            let body = payload(i, size: 64)
            previous = RecordFormat.encode(
                type: 1, payload: body, leafHash: RecordFormat.leafHash(type: 1, payload: body), batch: batch,
                isBatchEnd: end, previous: previous, into: &buffer)
        }
        return (buffer, offsets, genesis)
    }

    static func failedBatch(_ outcome: SegmentScanner.Outcome) -> UInt64 {
        let failed = UInt64(outcome.recordCount)
        return outcome.lastWasBatchEnd ? failed : (outcome.lastBatch ?? failed)
    }

    @Test func allRecordsScan() {
        let (bytes, _, genesis) = Self.twoBatches()
        let outcome = bytes.withUnsafeBytes { SegmentScanner.scan($0, from: 0, previous: genesis, firstIndex: 0) }
        #expect(outcome.failure == nil)
        #expect(outcome.recordCount == 4)
        #expect(outcome.endOffset == bytes.count)
    }

    @Test(arguments: [1, 2])
    func aHoleInsideTheLastBatchIsATornTail(_ victim: Int) {
        var (bytes, offsets, genesis) = Self.twoBatches()
        for i in offsets[victim] + 20..<offsets[victim] + 60 { bytes[i] = 0 }  // a page that never reached disk
        bytes.withUnsafeBytes { buffer in
            let outcome = SegmentScanner.scan(buffer, from: 0, previous: genesis, firstIndex: 0)
            #expect(outcome.failure?.offset == offsets[victim])
            let later = SegmentScanner.validRecordOfLaterBatch(
                in: buffer, after: offsets[victim], recordsStart: 0, batch: Self.failedBatch(outcome),
                maxPayloadLength: 1 << 20)
            #expect(later == nil)
        }
    }

    @Test func damageBeforeALaterBatchIsCorruption() {
        var (bytes, offsets, genesis) = Self.twoBatches()
        bytes[offsets[0] + 50] ^= 1
        bytes.withUnsafeBytes { buffer in
            let outcome = SegmentScanner.scan(buffer, from: 0, previous: genesis, firstIndex: 0)
            #expect(outcome.failure?.offset == 0)
            #expect(outcome.failure?.kind == .checksum)
            let later = SegmentScanner.validRecordOfLaterBatch(
                in: buffer, after: 0, recordsStart: 0, batch: Self.failedBatch(outcome), maxPayloadLength: 1 << 20)
            #expect(later == offsets[1])
        }
    }

    @Test(
        arguments: [
            (0, UInt8(0xFF), "length"), (4, 0x00, "type 0"), (5, 0x02, "unknown flag"), (6, 0x01, "reserved"),
            (8, 0x05, "batch in the future"), (20, 0x01, "leaf hash byte"), (60, 0x01, "payload"),
        ] as [(Int, UInt8, String)])
    func everyFieldIsChecked(_ offset: Int, _ value: UInt8, _ what: String) {
        var (bytes, _, genesis) = Self.twoBatches()
        if offset == 0 {
            bytes[3] = value
        } else {
            bytes[offset] = value == 0 ? 0 : bytes[offset] ^ value
        }
        let outcome = bytes.withUnsafeBytes { SegmentScanner.scan($0, from: 0, previous: genesis, firstIndex: 0) }
        #expect(outcome.failure != nil, "\(what) not checked")
        #expect(outcome.recordCount == 0)
    }

    @Test func aBatchThatDoesNotContinueIsMalformed() {
        let genesis = [UInt8](repeating: 9, count: 32)
        var buffer: [UInt8] = []
        var previous = genesis
        // Record 1 claims batch 0 although record 0 closed batch 0.
        for (batch, end) in [(UInt64(0), true), (0, true)] {
            previous = RecordFormat.encode(
                type: 1, payload: [1], leafHash: RecordFormat.leafHash(type: 1, payload: [UInt8]([1])), batch: batch,
                isBatchEnd: end, previous: previous, into: &buffer)
        }
        let outcome = buffer.withUnsafeBytes { SegmentScanner.scan($0, from: 0, previous: genesis, firstIndex: 0) }
        #expect(outcome.recordCount == 1)
        #expect(outcome.failure?.kind == .malformed)
    }
}
