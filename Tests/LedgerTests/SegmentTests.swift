import Foundation
import LedgerTesting
import TestSupport
import Testing

@testable import Ledger

@Suite("Segments: header format and roll-over")
struct SegmentTests {
    @Test func headerRoundTripsAndIsChecksummed() throws {
        let header = SegmentHeader(
            logID: Array(0..<16), segmentNumber: 7, firstIndex: 1234,
            previousChecksum: [UInt8](repeating: 0xAB, count: 32))
        let bytes = header.encoded()
        #expect(bytes.count == SegmentHeader.size)
        #expect(Array(bytes[0..<8]) == Array("CANDORLG".utf8))
        let parsed = bytes.withUnsafeBytes { SegmentHeader.parse($0) }
        #expect(parsed == .success(header))
        for offset in [8, 20, 33, 41, 60, 90, 100] {
            var damaged = bytes
            damaged[offset] ^= 0x40
            let result = damaged.withUnsafeBytes { SegmentHeader.parse($0) }
            guard case .failure(.damaged) = result else {
                Issue.record("flip at \(offset) not detected: \(result)")
                continue
            }
        }
        let short = Array(bytes[0..<100]).withUnsafeBytes { SegmentHeader.parse($0) }
        guard case .failure(.damaged) = short else {
            Issue.record("short header accepted")
            return
        }
        let foreign = Array("#!/bin/sh\necho hi\n".utf8).withUnsafeBytes { SegmentHeader.parse($0) }
        guard case .failure(.notASegment) = foreign else {
            Issue.record("foreign file accepted")
            return
        }
    }

    /// Found by fuzz-ledger-record: a checksummed header whose first index is near 2^64 made the record
    /// scan's index (first index + records so far) overflow and trap, instead of a damaged header.
    @Test(arguments: [UInt64.max, UInt64.max - 3, 1 << 62])
    func aFirstIndexNoLogCanReachIsADamagedHeader(firstIndex: UInt64) throws {
        let bytes = SegmentHeader(
            logID: Array(0..<16), segmentNumber: 0, firstIndex: firstIndex,
            previousChecksum: Array(repeating: 1, count: 32)
        ).encoded()
        let parsed = bytes.withUnsafeBytes { SegmentHeader.parse($0) }
        guard case .failure(.damaged(let why)) = parsed else {
            Issue.record("parsed: \(parsed)")
            return
        }
        #expect(why.contains("first index"))
        let highest = SegmentHeader(
            logID: Array(0..<16), segmentNumber: 0, firstIndex: SegmentHeader.maximumFirstIndex,
            previousChecksum: Array(repeating: 1, count: 32))
        #expect(try highest.encoded().withUnsafeBytes { SegmentHeader.parse($0) }.get() == highest)
    }

    @Test func segmentsRollOverAtTheConfiguredSize() throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        let ledger = try Ledger.open(at: path, options: options(segmentSize: 8192))
        defer { ledger.close() }
        for i in 0..<200 { _ = try ledger.appendAndWait(type: 1, payload: payload(i, size: 300)) }
        let files = segmentFiles(path)
        #expect(files.count >= 7)
        for file in files.dropLast() {
            #expect(fileSize(file) <= 8192)
            #expect(fileSize(file) > 8192 - 380 - 1)  // full: the next record would not have fitted
        }
        #expect(files.first!.hasSuffix("segment-0000000000000000.log"))
    }

    @Test func aRecordLargerThanASegmentGetsASegmentOfItsOwn() throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        let ledger = try Ledger.open(at: path, options: options(segmentSize: 4096))
        defer { ledger.close() }
        _ = try ledger.appendAndWait(type: 1, payload: payload(1, size: 100))
        _ = try ledger.appendAndWait(type: 1, payload: payload(2, size: 10_000))
        _ = try ledger.appendAndWait(type: 1, payload: payload(3, size: 100))
        #expect(try ledger.record(at: 1).payload == payload(2, size: 10_000))
        #expect(segmentFiles(path).count == 3)
        #expect(try ledger.verify().records == 3)
    }

    @Test func closedSegmentsAreNeverWrittenAgain() throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        var ledger = try Ledger.open(at: path, options: options(segmentSize: 4096))
        for i in 0..<40 { _ = try ledger.appendAndWait(type: 1, payload: payload(i, size: 200)) }
        let closed = segmentFiles(path).dropLast()
        let before = closed.map { FileManager.default.contents(atPath: $0)! }
        for i in 40..<120 { _ = try ledger.appendAndWait(type: 1, payload: payload(i, size: 200)) }
        ledger.close()
        ledger = try Ledger.open(at: path, options: options(segmentSize: 4096))
        for i in 120..<130 { _ = try ledger.appendAndWait(type: 1, payload: payload(i, size: 200)) }
        ledger.close()
        #expect(closed.map { FileManager.default.contents(atPath: $0)! } == before)
    }
}

@Suite("Group commit")
struct GroupCommitTests {
    @Test func concurrentAppendersShareFsyncs() async throws {
        let dir = TemporaryDirectory()
        let counting = FaultInjectingFileSystem { _, _, _ in nil }
        let ledger = try Ledger.open(at: dir.child("log"), options: options(fileSystem: counting))
        defer { ledger.close() }
        let syncsBefore = counting.count(of: .fsync)
        let indices = try await withThrowingTaskGroup(of: [UInt64].self) { group in
            for appender in 0..<32 {
                group.addTask {
                    var mine: [UInt64] = []
                    for i in 0..<25 {
                        mine.append(try await ledger.append(type: 1, payload: payload(appender * 100 + i)))
                    }
                    return mine
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(Set(indices) == Set(0..<800))
        let syncs = counting.count(of: .fsync) - syncsBefore
        #expect(syncs < 800, "800 appends took \(syncs) fsyncs: no batching")
        #expect(syncs >= 1)
    }

    @Test func anAppendCompletesOnlyAfterItsFsync() throws {
        // Every write is followed by an fsync before any acknowledgement: the file system records the
        // order of operations, and each acknowledgement must see a sync after the write of its record.
        let dir = TemporaryDirectory()
        let log = OperationLog()
        let fs = FaultInjectingFileSystem { operation, _, _ in
            log.add(operation)
            return nil
        }
        let ledger = try Ledger.open(at: dir.child("log"), options: options(fileSystem: fs))
        defer { ledger.close() }
        for i in 0..<10 {
            _ = try ledger.appendAndWait(type: 1, payload: payload(i))
            let ops = log.snapshot()
            #expect(ops.last == .fsync, "acknowledged before its fsync: \(ops.suffix(3))")
        }
    }
}

final class OperationLog: @unchecked Sendable {
    private let lock = NSLock()
    private var operations: [FileOperation] = []
    func add(_ operation: FileOperation) { lock.withLock { operations.append(operation) } }
    func snapshot() -> [FileOperation] { lock.withLock { operations } }
}
