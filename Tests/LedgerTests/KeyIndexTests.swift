import Foundation
import LedgerTesting
import TestSupport
import Testing

@testable import Ledger

/// The keys record `i` of ``KeyIndexTests`` is indexed under: a shared short key (repeated across
/// records), a key of exactly the inline length, a key longer than that (confirmed from the record),
/// sometimes the same key twice, and sometimes none.
func testKeys(_ i: Int) -> [[UInt8]] {
    if i % 11 == 0 { return [] }
    var keys: [[UInt8]] = [[0x53, UInt8(i % 97)]]
    keys.append([0x49] + withUnsafeBytes(of: UInt64(i).littleEndian, Array.init) + [UInt8](repeating: 7, count: 30))
    if i % 3 == 0 {
        // Long keys that share their first 39 bytes and differ after: only the record tells them apart.
        keys.append([UInt8](repeating: 0x4C, count: 39) + [UInt8(i % 5), 1, 2, 3])
    }
    if i % 7 == 0 { keys.append([0x53, UInt8(i % 97)]) }
    return keys
}

/// A payload that carries its keys, so that `indexKeys` reads them back: count, then length ‖ key.
func keyedPayload(_ i: Int) -> [UInt8] {
    let keys = testKeys(i)
    var bytes: [UInt8] = [UInt8(keys.count)]
    for key in keys { bytes += [UInt8(key.count)] + key }
    return bytes + payload(i, size: 20)
}

let keyedIndexKeys: @Sendable (RecordView) -> [[UInt8]] = { view in
    let bytes = view.payload
    var keys: [[UInt8]] = []
    var at = 1
    for _ in 0..<Int(bytes[0]) {
        let length = Int(bytes[at])
        keys.append(Array(bytes[(at + 1)..<(at + 1 + length)]))
        at += 1 + length
    }
    return keys
}

@Suite("Key index: chains on disk, exact keys, log order")
struct KeyIndexTests {
    static func keyedOptions(fileSystem: (any FileSystem)? = nil) -> Ledger.Options {
        var opts = options(segmentSize: 1 << 20, fileSystem: fileSystem)
        opts.indexKeys = keyedIndexKeys
        return opts
    }

    static func appendKeyed(_ ledger: Ledger, _ range: Range<Int>) {
        let done = DispatchGroup()
        for i in range {
            done.enter()
            ledger.append(type: 1, payload: keyedPayload(i)) { _ in done.leave() }
        }
        done.wait()
    }

    /// What `records(forKey:)` must answer for every key of the first `count` records.
    static func expected(_ count: Int) -> [[UInt8]: [UInt64]] {
        var index: [[UInt8]: [UInt64]] = [:]
        for i in 0..<count {
            for key in testKeys(i) { index[key, default: []].append(UInt64(i)) }
        }
        return index
    }

    static func expectAnswers(_ ledger: Ledger, _ count: Int) {
        for (key, records) in expected(count) {
            #expect(ledger.records(forKey: key) == records, "key \(key.prefix(8)) of \(key.count) bytes")
        }
        #expect(ledger.records(forKey: [0x53, 200]).isEmpty)
        #expect(ledger.records(forKey: [0x53]).isEmpty)
        #expect(ledger.records(forKey: []).isEmpty)
        #expect(ledger.records(forKey: [UInt8](repeating: 0x4C, count: 39) + [9, 1, 2, 3]).isEmpty)
        #expect(ledger.records(forKey: [UInt8](repeating: 0x4C, count: 39)).isEmpty)
    }

    static func bucketCount(_ ledger: Ledger) -> Int {
        ledger.lock.lock()
        defer { ledger.lock.unlock() }
        return ledger.state.keys.heads.count
    }

    @Test func manyKeysRepeatedKeysAndSeveralKeysPerRecordSurviveDoublingAndReopen() throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        var ledger = try Ledger.open(at: path, options: Self.keyedOptions())
        Self.appendKeyed(ledger, 0..<1_500)
        #expect(Self.bucketCount(ledger) == KeyIndex.minimumBuckets)
        Self.expectAnswers(ledger, 1_500)
        // Past 8 keys a bucket on average, the buckets double and every chain link is rewritten.
        Self.appendKeyed(ledger, 1_500..<5_000)
        #expect(Self.bucketCount(ledger) > KeyIndex.minimumBuckets)
        Self.expectAnswers(ledger, 5_000)
        ledger.close()

        ledger = try Ledger.open(at: path, options: Self.keyedOptions())
        Self.expectAnswers(ledger, 5_000)
        Self.appendKeyed(ledger, 5_000..<6_000)
        Self.expectAnswers(ledger, 6_000)
        ledger.close()
    }

    @Test func aMatchingFingerprintIsNotEnough() throws {
        let dir = TemporaryDirectory()
        var index = try KeyIndex.create(in: dir.path, expectedKeys: 0, fileSystem: PosixFileSystem())
        defer { close(index.descriptor) }
        let asked: [UInt8] = Array("Tcase-one".utf8)
        // An entry with the asked key's fingerprint but another key, as a fingerprint collision would make.
        var pending = try index.pending([(asked, 5)])
        let other = Array("Tcase-two".utf8)
        pending.entries.replaceSubrange(25..<(25 + other.count), with: other)
        try index.write(pending, fileSystem: PosixFileSystem())
        index.apply(pending)
        #expect(try index.candidates(for: asked).isEmpty)

        // A long key matches on fingerprint and prefix only, so its record is left to confirm.
        let long = [UInt8](repeating: 0x41, count: 60)
        let more = try index.pending([(long, 6), (asked, 7)])
        try index.write(more, fileSystem: PosixFileSystem())
        index.apply(more)
        #expect(try index.candidates(for: long) == [KeyIndex.Candidate(record: 6, isConfirmed: false)])
        #expect(try index.candidates(for: asked) == [KeyIndex.Candidate(record: 7, isConfirmed: true)])
    }

    @Test func aLookupOfOneKeyAmongManyReadsAFewEntries() throws {
        let dir = TemporaryDirectory()
        var index = try KeyIndex.create(in: dir.path, expectedKeys: 0, fileSystem: PosixFileSystem())
        defer { close(index.descriptor) }
        let keys = (0..<100_000).map { i in
            (key: [0x54] + withUnsafeBytes(of: UInt64(i), Array.init), record: UInt64(i))
        }
        try index.append(keys, fileSystem: PosixFileSystem())
        #expect(index.count == 100_000)
        // Load between 4 and 8 keys a bucket: the chains a lookup walks stay short.
        #expect(index.heads.count * 4 <= 100_000 && 100_000 <= index.heads.count * 8)
        for i in stride(from: 0, to: 100_000, by: 997) {
            #expect(
                try index.candidates(for: keys[i].key) == [KeyIndex.Candidate(record: UInt64(i), isConfirmed: true)])
        }
    }

    @Test func aFailedDoublingStopsTheLedgerAndNoLookupAnswersFromHalfRewrittenChains() throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        let trigger = Trigger()
        let fs = FaultInjectingFileSystem { operation, file, _ in
            trigger.isArmed && operation == .write && file.hasSuffix("/" + KeyIndex.fileName) ? EIO : nil
        }
        var opts = options(fileSystem: fs)
        opts.indexKeys = { view in [view.payloadPrefix(8)] }
        let ledger = try Ledger.open(at: path, options: opts)
        let full = KeyIndex.minimumBuckets * Int(KeyIndex.maxLoad)
        appendInOrder(ledger, 0..<full, size: 16)
        #expect(ledger.records(forKey: Array(payload(5, size: 16).prefix(8))) == [5])

        // The next key takes the index past 8 keys a bucket: its doubling's first write fails.
        trigger.arm()
        #expect(throws: LedgerError.self) { try ledger.appendAndWait(type: 1, payload: payload(full, size: 16)) }
        #expect(ledger.records(forKey: Array(payload(5, size: 16).prefix(8))).isEmpty)
        #expect(throws: LedgerError.self) { try ledger.appendAndWait(type: 1, payload: [1]) }
        ledger.close()

        let reopened = try Ledger.open(at: path, options: options())
        defer { reopened.close() }
        #expect(reopened.count == UInt64(full))
    }
}
