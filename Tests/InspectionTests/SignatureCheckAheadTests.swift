import Casework
import Foundation
import Ledger
import Stores
import Testing
import Triage

@testable import InspectorWorkspace

/// A sync checks its downloaded events' signatures on a thread of its own (CaseIndex.md, "Signatures
/// checked during the download"): only a valid one is recorded, and the index trusts the record alone.
@Suite("Signatures checked while a sync downloads")
struct SignatureCheckAheadTests {
    /// The device-sealed case's records with an accept and a note, the note's signature spoilt.
    func records() throws -> (records: [(type: UInt8, payload: [UInt8])], valid: UInt64, spoilt: UInt64) {
        let device = try DeviceSealedCase(receivedOn: nil)
        try device.act(.accept)
        try device.act(.note, EventDetails(text: "Gọi lại cho phòng CSGT."))
        var records = try (0..<device.store.recordCount).map { index in
            let record = try device.store.record(at: index)
            return (type: record.type, payload: record.payload)
        }
        let events = records.indices.filter { records[$0].type == IntakeRecord.eventType }
        try #require(events.count == 2)
        records[events[1]].payload[records[events[1]].payload.count - 1] ^= 1
        return (records, UInt64(events[0]), UInt64(events[1]))
    }

    @Test func onlyAValidEventsSignatureIsRecorded() throws {
        let (records, valid, spoilt) = try records()
        let ahead = SignatureCheckAhead()
        ahead.add(first: 0, records)
        // `finish` stops at once: wait until the batch was taken and checked.
        var checked = CheckedSignatures.none
        for _ in 0..<200 where !checked.contains(valid) {
            usleep(10_000)
            checked = ahead.snapshot
        }
        let final = ahead.finish()
        #expect(final.contains(valid))
        #expect(!final.contains(spoilt))
        for index in records.indices where records[index].type != IntakeRecord.eventType {
            #expect(!final.contains(UInt64(index)), "record \(index) is no event")
        }
        #expect(!final.contains(1_000_000))
    }

    /// The index finishes the checks once it has scanned, and the sync's every way out finishes them
    /// again: the second call must not wait for ever, and gives the same answer.
    @Test func finishingTwiceGivesTheSameAnswer() throws {
        let (records, valid, _) = try records()
        let ahead = SignatureCheckAhead()
        ahead.add(first: 0, records)
        for _ in 0..<200 where !ahead.snapshot.contains(valid) { usleep(10_000) }
        let first = ahead.finish()
        let second = ahead.finish()
        #expect(first.contains(valid))
        #expect(second.contains(valid))
    }

    @Test func aBatchAfterTheStopIsNotChecked() throws {
        let (records, valid, _) = try records()
        let ahead = SignatureCheckAhead()
        #expect(!ahead.finish().contains(valid))
        ahead.add(first: 0, records)
        #expect(!ahead.snapshot.contains(valid))
    }

    /// The index's books skip the signature check of a checked event: the sync checked those very bytes.
    @Test func aBookDoesNotCheckACheckedEventAgain() throws {
        let (records, _, spoilt) = try records()
        let ledgerRecords = records.enumerated().map { index, record in
            LedgerRecord(index: UInt64(index), type: record.type, payload: record.payload, leafHash: [])
        }
        let keys = [DeviceSealedCase.sealing(1)]
        let unchecked = CaseBook(records: ledgerRecords, keys: keys, signers: DeviceSealedCase.signers)
        #expect(unchecked.cases.first?.events.last?.verdict == .invalidSignature)
        var words = [UInt64](repeating: 0, count: 1)
        words[0] |= 1 << spoilt
        let trusted = CaseBook(
            records: ledgerRecords, keys: keys, signers: DeviceSealedCase.signers,
            checked: CheckedSignatures(words: words))
        #expect(trusted.cases.first?.events.last?.verdict == .valid)
    }
}
