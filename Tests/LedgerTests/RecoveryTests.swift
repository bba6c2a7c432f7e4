import Foundation
import TestSupport
import Testing

@testable import Ledger

@Suite("Recovery on open")
struct RecoveryTests {
    static let size = 100
    static func offset(ofRecord i: Int) -> Int { SegmentHeader.size + i * (RecordFormat.overhead + size) }

    /// A closed ledger of `count` records, each acknowledged on its own (one batch each).
    static func makeLedger(_ dir: TemporaryDirectory, count: Int = 10, segmentSize: Int = 64 << 20) throws -> String {
        let path = dir.child("log")
        let ledger = try Ledger.open(at: path, options: options(segmentSize: segmentSize))
        for i in 0..<count { _ = try ledger.appendAndWait(type: 1, payload: payload(i, size: size)) }
        ledger.close()
        return path
    }

    static let tails: [String: [UInt8]] = [
        "half a header": Array(repeating: UInt8(0x07), count: 20),
        "zero-filled blocks": [UInt8](repeating: 0, count: 8192),
        "random garbage": payload(99, size: 333),
    ]

    @Test(arguments: ["half a header", "zero-filled blocks", "random garbage"])
    func aTornTailIsCutAndKept(_ name: String) throws {
        let tail = Self.tails[name]!
        let dir = TemporaryDirectory()
        let path = try Self.makeLedger(dir)
        let segment = segmentFiles(path)[0]
        let goodSize = fileSize(segment)
        appendBytes(to: segment, tail)

        let ledger = try Ledger.open(at: path)
        defer { ledger.close() }
        #expect(ledger.count == 10)
        #expect(ledger.recovery.truncatedBytes == UInt64(tail.count))
        #expect(fileSize(segment) == goodSize)
        let side = try #require(ledger.recovery.tornTailFile)
        #expect(FileManager.default.contents(atPath: side) == Data(tail))
        #expect(try ledger.appendAndWait(type: 1, payload: [42]) == 10)
        #expect(try ledger.verify().records == 11)
    }

    @Test func anUnfinishedBatchAtTheEndIsCut() throws {
        // Two records of a batch whose last record (the one with the batch-end flag) never reached the
        // disk: the batch was never acknowledged, so recovery cuts both, even though each checks out.
        let dir = TemporaryDirectory()
        let path = try Self.makeLedger(dir, count: 5)
        let segment = segmentFiles(path)[0]
        let bytes = try #require(FileManager.default.contents(atPath: segment))
        var previous = Array(bytes.suffix(RecordFormat.checksumSize))
        var tail: [UInt8] = []
        for i in 5..<7 {
            let body = payload(i, size: Self.size)
            previous = RecordFormat.encode(
                type: 1, payload: body, leafHash: RecordFormat.leafHash(type: 1, payload: body), batch: 5,
                isBatchEnd: false, previous: previous, into: &tail)
        }
        appendBytes(to: segment, tail)

        let ledger = try Ledger.open(at: path)
        defer { ledger.close() }
        #expect(ledger.count == 5)
        #expect(ledger.recovery.truncatedBytes == UInt64(tail.count))
        #expect(try ledger.appendAndWait(type: 1, payload: [1]) == 5)
        #expect(try ledger.verify().records == 6)
    }

    @Test func aHalfWrittenLastRecordIsCut() throws {
        let dir = TemporaryDirectory()
        let path = try Self.makeLedger(dir, count: 11)
        let segment = segmentFiles(path)[0]
        truncateFile(segment, to: Self.offset(ofRecord: 10) + 61)
        let ledger = try Ledger.open(at: path)
        defer { ledger.close() }
        #expect(ledger.count == 10)
        #expect(ledger.recovery.truncatedBytes == 61)
        #expect(try ledger.record(at: 9).payload == payload(9, size: Self.size))
    }

    @Test(arguments: [0, 3, 7])
    func damageInTheMiddleOfTheLastSegmentStopsTheOpen(_ record: Int) throws {
        let dir = TemporaryDirectory()
        let path = try Self.makeLedger(dir)
        let segment = segmentFiles(path)[0]
        let offset = Self.offset(ofRecord: record)
        flipBit(in: segment, at: offset + 48 + 10)  // a payload byte
        guard case .corrupt(let file, let at, let reason)? = ledgerError({ try Ledger.open(at: path) }) else {
            Issue.record("open succeeded on a damaged record")
            return
        }
        #expect(file == segment)
        #expect(at == UInt64(offset))
        #expect(reason.contains("record \(record)"))
        #expect(fileSize(segment) == Self.offset(ofRecord: 10), "a failed open must not cut anything")
    }

    @Test func aDamagedLengthFieldIsNotMistakenForATornTail() throws {
        let dir = TemporaryDirectory()
        let path = try Self.makeLedger(dir)
        let segment = segmentFiles(path)[0]
        let offset = Self.offset(ofRecord: 4)
        flipBit(in: segment, at: offset + 2, bit: 0x10)  // length now reaches far past the end of the file
        #expect(throws: LedgerError.self) { try Ledger.open(at: path) }
        #expect(fileSize(segment) == Self.offset(ofRecord: 10))
    }

    @Test func damageInAClosedSegmentNamesTheFileAndOffset() throws {
        let dir = TemporaryDirectory()
        let path = try Self.makeLedger(dir, count: 60, segmentSize: 4096)
        let files = segmentFiles(path)
        #expect(files.count > 2)
        // The last record of a closed segment: even its tail is not a "torn tail".
        let victim = files[1]
        let size = fileSize(victim)
        flipBit(in: victim, at: size - 40)
        guard case .corrupt(let file, let offset, _)? = ledgerError({ try Ledger.open(at: path) }) else {
            Issue.record("open succeeded on a damaged closed segment")
            return
        }
        #expect(file == victim)
        #expect(offset == UInt64(size - RecordFormat.overhead - Self.size))
        #expect(fileSize(victim) == size)
    }

    @Test func aMissingSegmentStopsTheOpen() throws {
        let dir = TemporaryDirectory()
        let path = try Self.makeLedger(dir, count: 60, segmentSize: 4096)
        let files = segmentFiles(path)
        try FileManager.default.removeItem(atPath: files[1])
        #expect(throws: LedgerError.self) { try Ledger.open(at: path) }
    }

    @Test func aSegmentFromAnotherLedgerIsRefused() throws {
        let one = TemporaryDirectory()
        let two = TemporaryDirectory()
        let a = try Self.makeLedger(one, count: 60, segmentSize: 4096)
        let b = try Self.makeLedger(two, count: 60, segmentSize: 4096)
        let target = segmentFiles(a)[1]
        try FileManager.default.removeItem(atPath: target)
        try FileManager.default.copyItem(atPath: segmentFiles(b)[1], toPath: target)
        guard case .corrupt(let file, _, let reason)? = ledgerError({ try Ledger.open(at: a) }) else {
            Issue.record("mixed ledgers opened")
            return
        }
        #expect(file == target)
        #expect(reason.contains("another ledger"))
    }

    @Test func leftoverTempFilesAreRemoved() throws {
        let dir = TemporaryDirectory()
        let path = try Self.makeLedger(dir)
        let leftover = path + "/segment-0000000000000001.log.tmp"
        _ = FileManager.default.createFile(atPath: leftover, contents: Data([1, 2, 3]))
        let ledger = try Ledger.open(at: path)
        defer { ledger.close() }
        #expect(!FileManager.default.fileExists(atPath: leftover))
        #expect(ledger.count == 10)
    }
}

@Suite("Opening something that is not a ledger")
struct NotALedgerTests {
    @Test func aRegularFile() throws {
        let dir = TemporaryDirectory()
        let file = dir.child("notes.txt")
        _ = FileManager.default.createFile(atPath: file, contents: Data("hello\n".utf8))
        #expect(throws: LedgerError.notALedger(path: file, reason: "it is a file, not a ledger directory")) {
            try Ledger.open(at: file)
        }
    }

    @Test func aSegmentFileInsteadOfItsDirectory() throws {
        let dir = TemporaryDirectory()
        let path = try RecoveryTests.makeLedger(dir)
        let segment = segmentFiles(path)[0]
        guard case .notALedger(_, let reason)? = ledgerError({ try Ledger.open(at: segment) }) else {
            Issue.record("opened a segment file as a ledger")
            return
        }
        #expect(reason.contains("open the directory"))
    }

    @Test func aDirectoryOfOtherFiles() throws {
        let dir = TemporaryDirectory()
        _ = FileManager.default.createFile(atPath: dir.child("photo.jpg"), contents: Data([0xFF, 0xD8]))
        #expect(throws: LedgerError.self) { try Ledger.open(at: dir.path) }
        #expect(!FileManager.default.fileExists(atPath: dir.child("segment-0000000000000000.log")))
    }

    @Test func aSegmentNamedFileWithoutTheMagic() throws {
        let dir = TemporaryDirectory()
        let fake = dir.child("segment-0000000000000000.log")
        _ = FileManager.default.createFile(atPath: fake, contents: Data(repeating: 0x41, count: 500))
        guard case .notALedger(let path, let reason)? = ledgerError({ try Ledger.open(at: dir.path) }) else {
            Issue.record("opened a fake segment")
            return
        }
        #expect(path == fake)
        #expect(reason.contains("magic"))
    }

    @Test func aMissingDirectoryWithoutCreate() throws {
        let dir = TemporaryDirectory()
        var opts = Ledger.Options()
        opts.createIfMissing = false
        #expect(throws: LedgerError.notALedger(path: dir.child("nope"), reason: "no such directory")) {
            try Ledger.open(at: dir.child("nope"), options: opts)
        }
    }
}
