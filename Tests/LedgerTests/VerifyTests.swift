import Foundation
import Testing

@testable import Ledger

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
            SegmentScanner.scan($0, from: 0, previous: previous, firstIndex: 0, recomputeLeafHashes: true)
        }
        #expect(full.failure?.kind == .leafHash)
    }
}
