import Casework
import Foundation
import HTTPServing
import Ledger
import TestSupport
import Testing

@testable import API
@testable import Keys
@testable import Mirroring
@testable import Stores
@testable import Transparency

/// A mirror of the records its inspector may read: stand-ins for the rest, the whole log verified,
/// late records when a case becomes readable (Sync.md, "Partial mirrors").
@Suite("Partial mirror: stand-ins and late records")
struct PartialMirrorTests {
    /// Submits 3 reports (records 1, 2, 3 after the day mark) and hides the second one's case.
    static func threeReportsOneHidden(_ harness: SyncHarness) throws -> Receipt {
        _ = try harness.store.submit(report: SyncHarness.report(0))
        let hidden = try harness.store.submit(report: SyncHarness.report(1))
        _ = try harness.store.submit(report: SyncHarness.report(2))
        harness.hiddenCases.withLock { _ = $0.insert(hidden.caseTag) }
        return hidden
    }

    func withMirror(_ harness: SyncHarness, _ body: (Mirror) throws -> Void) throws {
        let mirror = try Mirror(directory: harness.mirrorPath)
        defer { mirror.close() }
        return try body(mirror)
    }

    @Test func hiddenRecordsAreStandInsAndTheWholeLogStillVerifies() throws {
        let harness = try SyncHarness()
        let hidden = try Self.threeReportsOneHidden(harness)
        let outcome = try harness.sync()
        #expect(outcome == Sync.Outcome(previousSize: 0, size: 4, downloaded: 3))
        #expect(outcome.verifiedRecords == 4)
        try withMirror(harness) { mirror throws in
            let original = try harness.store.record(at: 2)
            #expect(try mirror.isWithheld(2))
            #expect(try mirror.record(at: 2).type == IntakeRecord.standInType)
            #expect(try mirror.record(at: 2).leafHash == original.leafHash)
            let standIn = try #require(try mirror.standIn(at: 2))
            #expect(standIn.type == IntakeRecord.envelopeType)
            #expect(standIn.key == IntakeRecord.indexKey(for: hidden.caseTag))
            #expect(mirror.ledger.records(forKey: IntakeRecord.indexKey(for: hidden.caseTag)) == [2])
            for index in [UInt64(0), 1, 3] {
                #expect(try !mirror.isWithheld(index))
                #expect(try mirror.record(at: index) == harness.store.record(at: index))
            }
            let checkpoint = try Checkpoint(text: SignedNote(parsing: try #require(mirror.verifiedCheckpointNote)).text)
            #expect(try mirror.rootHash(size: 4) == checkpoint.rootHash)
            #expect(try mirror.ledger.verify().records == 4)
        }
        #expect(try harness.sync() == Sync.Outcome(previousSize: 4, size: 4, downloaded: 0))
    }

    @Test func aCaseThatBecomesReadableIsFilledFromCaseRecords() throws {
        let harness = try SyncHarness()
        let hidden = try Self.threeReportsOneHidden(harness)
        _ = try harness.sync()
        try Self.makeReadableWithAFollowUp(harness, hidden)
        let outcome = try harness.sync()
        #expect(outcome == Sync.Outcome(previousSize: 4, size: 5, downloaded: 2), "the follow-up, and record 2 late")
        try withMirror(harness) { mirror throws in
            #expect(try !mirror.isWithheld(2))
            #expect(try mirror.record(at: 2) == harness.store.record(at: 2))
            #expect(try mirror.standIn(at: 2) != nil, "the verified log itself is never rewritten")
            #expect(try mirror.record(at: 4) == harness.store.record(at: 4))
        }
        #expect(try harness.sync() == Sync.Outcome(previousSize: 5, size: 5, downloaded: 0))
        #expect(harness.evidenceFolders.isEmpty)
    }

    @Test func aCaseStillHiddenKeepsItsStandIns() throws {
        let harness = try SyncHarness()
        let hidden = try Self.threeReportsOneHidden(harness)
        _ = try harness.sync()
        _ = try harness.store.addFollowUp(token: hidden.token, followUp: FollowUp(text: "Thêm chi tiết."))
        #expect(try harness.sync() == Sync.Outcome(previousSize: 4, size: 5, downloaded: 0))
        try withMirror(harness) { mirror throws in
            #expect(try mirror.isWithheld(2))
            #expect(try mirror.isWithheld(4))
        }
    }

    @Test func aCaseReadableOnlyInPartIsRefusedAndKeepsItsStandIns() throws {
        let harness = try SyncHarness()
        let hidden = try Self.threeReportsOneHidden(harness)
        _ = try harness.sync()
        // A policy that lets the new follow-up through but not the report: case-records is a 403.
        try Self.makeReadableWithAFollowUp(harness, hidden)
        harness.hiddenCases.withLock { _ = $0.insert(hidden.caseTag) }
        let proxy = try harness.tamperingProxy { target, body in
            target.contains("/records?") ? Self.unhide(index: 4, in: body, store: harness.store) : body
        }
        defer { proxy.shutdown() }
        #expect(try harness.sync(through: proxy) == Sync.Outcome(previousSize: 4, size: 5, downloaded: 1))
        try withMirror(harness) { mirror throws in #expect(try mirror.isWithheld(2)) }
    }

    @Test func aTamperedWithheldLeafHashFailsWithEvidence() throws {
        let harness = try SyncHarness()
        _ = try Self.threeReportsOneHidden(harness)
        let proxy = try harness.tamperingProxy { target, body in
            guard target.contains("/records?") else { return body }
            return Self.rewrite(body) { record in
                if record.isWithheld { record.leafHash[0] ^= 0x01 }
            }
        }
        defer { proxy.shutdown() }
        let (message, evidence) = try #require(Self.failedSync(harness, through: proxy))
        #expect(message.contains("do not add up to the signed checkpoint"))
        #expect(FileManager.default.fileExists(atPath: try #require(evidence) + "/pending-intake"))
        try withMirror(harness) { mirror throws in
            #expect(mirror.recordCount == 0, "the unverified records were set aside")
            #expect(mirror.verifiedCheckpointNote == nil)
        }
        // The honest server then syncs as if nothing happened.
        #expect(try harness.sync() == Sync.Outcome(previousSize: 0, size: 4, downloaded: 3))
    }

    @Test func aTamperedLateRecordFailsWithEvidenceAndIsNotStored() throws {
        let harness = try SyncHarness()
        let hidden = try Self.threeReportsOneHidden(harness)
        _ = try harness.sync()
        try Self.makeReadableWithAFollowUp(harness, hidden)
        let proxy = try harness.tamperingProxy { target, body in
            guard target.contains("/case-records?") else { return body }
            return Self.rewrite(body) { record in
                if record.index == 2 { record.payload[record.payload.count - 1] ^= 0x01 }
            }
        }
        defer { proxy.shutdown() }
        let (message, evidence) = try #require(Self.failedSync(harness, through: proxy))
        #expect(message.contains("late record 2 of case \(hidden.caseTag.hex) does not match the log"))
        let folder = try #require(evidence)
        #expect(FileManager.default.fileExists(atPath: folder + "/case-records.bin"))
        #expect(FileManager.default.fileExists(atPath: folder + "/record-2.bin"))
        try withMirror(harness) { mirror throws in
            #expect(try mirror.isWithheld(2), "nothing of the case was stored")
            #expect(mirror.recordCount == 5, "the new checkpoint itself verified")
        }
        // The next sync, from the honest server, fills it.
        #expect(try harness.sync() == Sync.Outcome(previousSize: 5, size: 5, downloaded: 1))
        try withMirror(harness) { mirror throws in #expect(try mirror.record(at: 2) == harness.store.record(at: 2)) }
    }

    @Test func aWithheldDayMarkIsRefused() throws {
        let harness = try SyncHarness()
        _ = try Self.threeReportsOneHidden(harness)
        let proxy = try harness.tamperingProxy { target, body in
            guard target.contains("/records?") else { return body }
            return Self.rewrite(body) { record in
                if record.type == IntakeRecord.dayMarkType {
                    record.payload = []
                    record.withheldKey = []
                }
            }
        }
        defer { proxy.shutdown() }
        let (message, _) = try #require(Self.failedSync(harness, through: proxy))
        #expect(message.contains("withheld record 0 of type 4, which it must send in full"))
    }

    @Test func anInterruptedPartialSyncResumes() throws {
        let harness = try SyncHarness()
        _ = try Self.threeReportsOneHidden(harness)
        #expect(
            mirroringError { () throws(MirroringError) in try harness.sync(batchCount: 1, interruptAfterBatches: 3) }
                != nil)
        try withMirror(harness) { mirror throws in
            #expect(mirror.recordCount == 3)
            #expect(try mirror.isWithheld(2), "a pending stand-in, verified by the next sync's root")
        }
        #expect(try harness.sync() == Sync.Outcome(previousSize: 0, size: 4, downloaded: 1))
    }

    @Test func lateRecordsCutOffBySomethingElseAreFetchedByTheNextSync() throws {
        let harness = try SyncHarness()
        let hidden = try Self.threeReportsOneHidden(harness)
        _ = try harness.sync()
        try Self.makeReadableWithAFollowUp(harness, hidden)
        let proxy = try harness.tamperingProxy { target, body in target.contains("/case-records?") ? [1, 2, 3] : body }
        defer { proxy.shutdown() }
        let cut = mirroringError { () throws(MirroringError) in try harness.sync(through: proxy) }
        guard case .connection? = cut else {
            Issue.record("expected a connection error, got \(String(describing: cut))")
            return
        }
        try withMirror(harness) { mirror throws in
            #expect(mirror.recordCount == 5, "the records themselves verified")
            #expect(try mirror.isWithheld(2))
        }
        // Nothing new to download: the next sync still looks at the follow-up's case.
        #expect(try harness.sync() == Sync.Outcome(previousSize: 5, size: 5, downloaded: 1))
        try withMirror(harness) { mirror throws in #expect(try mirror.record(at: 2) == harness.store.record(at: 2)) }
    }

    // MARK: helpers

    /// The case of `hidden` is transferred to the inspector's unit: the policy lets them read it from now
    /// on, and its next record (here a follow-up, record 4) arrives in full.
    static func makeReadableWithAFollowUp(_ harness: SyncHarness, _ hidden: Receipt) throws {
        harness.hiddenCases.withLock { $0.removeAll() }
        _ = try harness.store.addFollowUp(token: hidden.token, followUp: FollowUp(text: "Thêm chi tiết."))
    }

    /// The message and evidence folder of the verification failure that a sync through `proxy` ends in.
    static func failedSync(_ harness: SyncHarness, through proxy: HTTPServer) -> (String, String?)? {
        let error = mirroringError { () throws(MirroringError) in try harness.sync(through: proxy) }
        guard case .verificationFailed(let message, let evidence)? = error else {
            Issue.record("expected a verification failure, got \(String(describing: error))")
            return nil
        }
        return (message, evidence)
    }

    /// `body` with each record changed by `change`, framed again.
    static func rewrite(_ body: [UInt8], _ change: (inout RecordBatchReader.Record) -> Void) -> [UInt8] {
        var records = (try? RecordBatchReader.parse(body, server: "test")) ?? []
        var out: [UInt8] = []
        for index in records.indices {
            change(&records[index])
            RecordBatchReader.append(records[index], to: &out)
        }
        return out
    }

    /// `body` with withheld record `index` sent in full, from the store.
    static func unhide(index: UInt64, in body: [UInt8], store: IntakeStore) -> [UInt8] {
        rewrite(body) { record in
            guard record.index == index, let stored = try? store.record(at: index) else { return }
            record.payload = stored.payload
            record.withheldKey = nil
        }
    }
}
