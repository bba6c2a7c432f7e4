import Casework
import Foundation
import Ledger
import TestSupport
import Testing

@testable import API
@testable import Mirroring
@testable import Stores

/// The `records` request for batch N + 1 is sent while batch N is checked and appended: what goes wrong
/// in that batch must fail the sync exactly as it did when the batch was asked for in turn.
@Suite("Sync: the next batch asked for ahead")
struct SyncAheadTests {
    /// A mirror verified at 4 records, and 6 more on the server; the batches of a 2-record sync start at
    /// 4, 6 and 8, so the batch from 6 is the first one asked for ahead.
    static func verifiedAtFourWithSixMore() throws -> (SyncHarness, note: String?) {
        let harness = try SyncHarness()
        try harness.submit(3)
        _ = try harness.sync()
        try harness.submit(6)
        let mirror = try Mirror(directory: harness.mirrorPath)
        defer { mirror.close() }
        return (harness, mirror.verifiedCheckpointNote)
    }

    static func expectVerifiedAtFour(_ harness: SyncHarness, note: String?) throws {
        let mirror = try Mirror(directory: harness.mirrorPath)
        defer { mirror.close() }
        #expect(mirror.verifiedCheckpointNote == note, "the verified checkpoint stays the last verified one")
        #expect(mirror.recordCount == 6, "the batch from 4 is kept, pending, as by a sync that asks in turn")
    }

    @Test func anAlteredRecordInABatchAskedForAheadFailsAtThatRecord() throws {
        let (harness, note) = try Self.verifiedAtFourWithSixMore()
        let proxy = try harness.tamperingProxy { target, body in
            guard target.contains("/records?from=6&"),
                var records = try? RecordBatchReader.parse(body, server: "s")
            else { return body }
            records[0].payload[records[0].payload.count - 1] ^= 0x01
            var altered: [UInt8] = []
            for record in records { RecordBatchReader.append(record, to: &altered) }
            return altered
        }
        defer { proxy.shutdown() }
        let error = mirroringError { () throws(MirroringError) in try harness.sync(batchCount: 2, through: proxy) }
        guard case .verificationFailed(let message, let evidence?) = error else {
            Issue.record("expected a verification failure with evidence, got \(String(describing: error))")
            return
        }
        #expect(message.hasPrefix("record 6 was altered"))
        #expect(FileManager.default.fileExists(atPath: evidence + "/record-6.bin"))
        try Self.expectVerifiedAtFour(harness, note: note)
        #expect(try harness.sync(batchCount: 2) == Sync.Outcome(previousSize: 4, size: 10, downloaded: 4))
    }

    @Test func aBrokenBatchAskedForAheadFailsAfterTheBatchBeforeItIsAppended() throws {
        let (harness, note) = try Self.verifiedAtFourWithSixMore()
        let proxy = try harness.tamperingProxy { target, body in
            target.contains("/records?from=6&") ? Array(body.prefix(50)) : body
        }
        defer { proxy.shutdown() }
        let error = mirroringError { () throws(MirroringError) in try harness.sync(batchCount: 2, through: proxy) }
        guard case .connection(let message) = error else {
            Issue.record("expected a connection error, got \(String(describing: error))")
            return
        }
        #expect(message.contains("cut short"))
        #expect(harness.evidenceFolders.isEmpty)
        try Self.expectVerifiedAtFour(harness, note: note)
        #expect(try harness.sync(batchCount: 2) == Sync.Outcome(previousSize: 4, size: 10, downloaded: 4))
    }
}

/// ``Sync/caseKey(type:payload:)`` reads the tag at its fixed offset; it must name the case the intake's
/// `"T"` index key names, for every record.
@Suite("Sync: case keys")
struct SyncCaseKeyTests {
    /// The case key as the index keys give it: the `"T"` key's tag.
    static func indexedCaseKey(type: UInt8, payload: [UInt8]) -> CaseTag.Words? {
        guard type == IntakeRecord.envelopeType || type == IntakeRecord.eventType else { return nil }
        return RecordView.withView(type: type, payload: payload) { IntakeRecord.indexKeys($0) }
            .first { $0.first == UInt8(ascii: "T") }.flatMap { CaseTag.Words(Array($0.dropFirst())) }
    }

    static let tag = (0..<32).map { UInt8($0 * 7 + 3) }

    static var records: [(type: UInt8, payload: [UInt8])] {
        var records: [(UInt8, [UInt8])] = []
        for version in [Envelope.version, Envelope.unsignedVersion, 0, 3, 9] {
            for length in [0, 1, 33, 34, 35, 200] {
                records.append(
                    (
                        IntakeRecord.envelopeType,
                        Array(([version, 1] + tag + [UInt8](repeating: 5, count: 200)).prefix(length))
                    ))
            }
        }
        for version in [0] + Array(InspectorEvent.versions) + [InspectorEvent.versions.upperBound + 1] {
            for length in [0, 1, 32, 33, 34, 120] {
                records.append(
                    (
                        IntakeRecord.eventType,
                        Array(([version] + tag + [UInt8](repeating: 6, count: 120)).prefix(length))
                    ))
            }
        }
        let leaf = [UInt8](repeating: 8, count: 32)
        records.append(
            (IntakeRecord.standInType, IntakeRecord.standIn(leafHash: leaf, type: 1, key: [UInt8(ascii: "T")] + tag)))
        records.append((IntakeRecord.standInType, IntakeRecord.standIn(leafHash: leaf, type: 3, key: [])))
        records.append((IntakeRecord.attachmentLinkType, [1] + tag + [UInt8](repeating: 2, count: 16)))
        records.append((IntakeRecord.dayMarkType, [1, 0, 0, 0, 0, 0, 0, 0]))
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let length = Int.random(in: 0..<80, using: &generator)
            let type: UInt8 = [0, 1, 2, 3, 4, 5, 6, 255].randomElement(using: &generator)!
            records.append((type, (0..<length).map { _ in UInt8.random(in: 0...5, using: &generator) }))
        }
        return records
    }

    @Test func theCaseKeyIsTheTagOfTheIndexKey() {
        var found = 0
        for (type, payload) in Self.records {
            let key = Sync.caseKey(type: type, payload: payload)
            #expect(key == Self.indexedCaseKey(type: type, payload: payload), "type \(type), \(payload.count) bytes")
            if let key {
                found += 1
                #expect(
                    Array(IntakeRecord.indexKey(for: key.tag).dropFirst())
                        == Array(payload.dropFirst(type == 1 ? 2 : 1).prefix(32)))
            }
        }
        #expect(found > 20)
    }

    @Test func aTagReadInPlaceHasTheWordsOfItsBytes() {
        let bytes = [UInt8](repeating: 0xAA, count: 5) + Self.tag
        let inPlace = bytes.withUnsafeBytes { CaseTag.Words($0, at: 5) }
        #expect(inPlace == CaseTag.Words(Self.tag[...]))
        #expect(inPlace == CaseTag.Words(Self.tag.lazy.map { $0 }))
        #expect(inPlace.tag.rawRepresentation == Self.tag)
    }
}
