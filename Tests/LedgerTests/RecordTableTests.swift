import Foundation
import TestSupport
import Testing

@testable import Ledger

@Suite("Record table and key index files: caches rebuilt on every open")
struct RecordTableTests {
    enum Damage: String, CaseIterable, Sendable {
        case deleted, garbage, truncated, emptied
    }

    static func damage(_ path: String, _ how: Damage) {
        switch how {
        case .deleted:
            unlink(path)
        case .garbage:
            let size = fileSize(path)
            _ = FileManager.default.createFile(
                atPath: path, contents: Data((0..<(size + 1000)).map { _ in UInt8.random(in: 0...255) }))
        case .truncated:
            truncate(path, off_t(fileSize(path) / 2))
        case .emptied:
            truncate(path, 0)
        }
    }

    @Test(arguments: Damage.allCases)
    func aDamagedTableIsRebuiltOnOpen(_ how: Damage) throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        var ledger = try Ledger.open(at: path, options: KeyIndexTests.keyedOptions())
        KeyIndexTests.appendKeyed(ledger, 0..<700)
        let root = try ledger.rootHash(size: 700)
        let proof = try ledger.inclusionProof(leafIndex: 300, treeSize: 700)
        ledger.close()

        Self.damage(path + "/" + RecordTable.fileName, how)
        Self.damage(path + "/" + KeyIndex.fileName, how)
        ledger = try Ledger.open(at: path, options: KeyIndexTests.keyedOptions())
        defer { ledger.close() }
        #expect(ledger.count == 700)
        #expect(try ledger.rootHash(size: 700) == root)
        #expect(try ledger.inclusionProof(leafIndex: 300, treeSize: 700) == proof)
        #expect(try ledger.record(at: 699).payload == keyedPayload(699))
        KeyIndexTests.expectAnswers(ledger, 700)
        #expect(fileSize(path + "/" + RecordTable.fileName) == 700 * RecordTable.entrySize)
        #expect(try ledger.verify().records == 700)
    }

    @Test func theTablesAreKnownFilesOfALedgerDirectory() throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        let ledger = try Ledger.open(at: path)
        ledger.close()
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: path))
        #expect(names.isSuperset(of: [RecordTable.fileName, KeyIndex.fileName]))
        // Tables left without any segment are not foreign files: a new ledger starts there.
        for segment in segmentFiles(path) { unlink(segment) }
        let reopened = try Ledger.open(at: path)
        defer { reopened.close() }
        #expect(reopened.count == 0)
    }

    @Test func aTableThatDisagreesWithTheSegmentsFailsVerify() throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        let ledger = try Ledger.open(at: path)
        defer { ledger.close() }
        appendInOrder(ledger, 0..<300)
        // A leaf hash of the live table flipped behind the ledger's back.
        flipBit(in: path + "/" + RecordTable.fileName, at: 7 * RecordTable.entrySize + 3)
        #expect(throws: LedgerError.self) { try ledger.verify() }
    }

    /// Entries in a complete group and in the last, incomplete one, in the first segment and later
    /// ones; bytes of the leaf hash (0..<32), the segment's position (32..<36) and the offset (36..<40).
    @Test(arguments: [(7, 3), (0, 31), (255, 32), (256, 35), (299, 36), (130, 39)])
    func aTableEntryThatDisagreesIsReportedWithItsIndex(entry: Int, byte: Int) throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        let table = path + "/" + RecordTable.fileName
        let ledger = try Ledger.open(at: path, options: options(segmentSize: 4096))
        defer { ledger.close() }
        appendInOrder(ledger, 0..<300)
        #expect(try ledger.verify().records == 300)
        flipBit(in: table, at: entry * RecordTable.entrySize + byte)
        let error = ledgerError { try ledger.verify() }
        guard case .verificationFailed(let file, let offset, let index, let reason)? = error else {
            Issue.record("verify passed a record table that disagrees with the segments")
            return
        }
        #expect(file == table)
        #expect(offset == UInt64(entry * RecordTable.entrySize))
        #expect(index == UInt64(entry))
        #expect(reason.contains(byte < 32 ? "leaf hash" : "position"))
    }

    @Test func aTableShorterThanTheSegmentsFailsVerify() throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        let ledger = try Ledger.open(at: path)
        defer { ledger.close() }
        appendInOrder(ledger, 0..<300)
        truncateFile(path + "/" + RecordTable.fileName, to: 299 * RecordTable.entrySize + 20)
        #expect(throws: LedgerError.self) { try ledger.verify() }
    }
}
