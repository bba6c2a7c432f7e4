import Foundation
import TestSupport
import Testing

@testable import Ledger

/// `records(from:maxCount:maxBytes:)`: a range read in one read per segment, record for record what
/// ``Ledger/record(at:)`` reads, with the same checks.
@Suite("Ledger: ranged reads")
struct RangedReadTests {
    /// 60 records of 0 to 300 bytes over segments of 4 KiB: most ranges cross a segment.
    static func ledger(_ folder: TemporaryDirectory) throws -> Ledger {
        let ledger = try Ledger.open(at: folder.path, options: options(segmentSize: 4096))
        for i in 0..<60 {
            _ = try ledger.appendAndWait(type: UInt8(1 + i % 5), payload: payload(i, size: (i * 37) % 301))
        }
        return ledger
    }

    @Test func everyRangeReadsWhatRecordAtReads() throws {
        let folder = TemporaryDirectory("ranges")
        let ledger = try Self.ledger(folder)
        defer { ledger.close() }
        #expect(segmentFiles(folder.path).count > 2)
        let one = try (0..<UInt64(60)).map { try ledger.record(at: $0) }
        for start in 0..<60 {
            for count in [1, 2, 7, 60] {
                let read = try ledger.records(from: UInt64(start), maxCount: count, maxBytes: 1 << 20)
                #expect(read == Array(one[start..<min(60, start + count)]), "from \(start), \(count)")
            }
        }
        #expect(try ledger.records(from: 60, maxCount: 5, maxBytes: 100).isEmpty)
        #expect(try ledger.records(from: 3, maxCount: 0, maxBytes: 100).isEmpty)
    }

    @Test func theBytesCapStopsBeforeTheRecordThatPassesIt() throws {
        let folder = TemporaryDirectory("cap")
        let ledger = try Self.ledger(folder)
        defer { ledger.close() }
        // Payloads of records 1, 2, 3: 37, 74 and 111 bytes.
        #expect(try ledger.records(from: 1, maxCount: 10, maxBytes: 111).map(\.index) == [1, 2])
        #expect(try ledger.records(from: 1, maxCount: 10, maxBytes: 222).map(\.index) == [1, 2, 3])
        #expect(try ledger.records(from: 3, maxCount: 10, maxBytes: 1).map(\.index) == [3], "one at least")
    }

    @Test func aDamagedRecordFailsTheRangeThatHoldsIt() throws {
        let folder = TemporaryDirectory("damaged")
        let ledger = try Self.ledger(folder)
        defer { ledger.close() }
        let (segment, offset) = try ledger.location(of: 20)
        let path = segmentFiles(folder.path).first { $0.hasSuffix(Ledger.segmentName(segment)) }!
        flipBit(in: path, at: Int(offset) + 48 + 3)
        #expect(ledgerError { try ledger.records(from: 18, maxCount: 5, maxBytes: 1 << 20) } != nil)
        #expect(ledgerError { try ledger.records(from: 20, maxCount: 1, maxBytes: 1 << 20) } != nil)
        #expect(try ledger.records(from: 21, maxCount: 3, maxBytes: 1 << 20).count == 3)
    }
}
