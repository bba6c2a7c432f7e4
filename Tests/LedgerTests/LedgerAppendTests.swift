import Foundation
import TestSupport
import Testing

@testable import Ledger
@testable import Transparency

@Suite("Ledger: append, read back, reopen")
struct LedgerAppendTests {
    @Test func appendsAreNumberedAndReadBack() async throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger.open(at: dir.child("log"))
        defer { ledger.close() }
        for i in 0..<20 {
            let index = try await ledger.append(type: 1 + UInt8(i % 3), payload: payload(i))
            #expect(index == UInt64(i))
        }
        #expect(ledger.count == 20)
        for i in 0..<20 {
            let record = try ledger.record(at: UInt64(i))
            #expect(record.payload == payload(i))
            #expect(record.type == 1 + UInt8(i % 3))
            #expect(record.leafHash == RFC6962.leafHash([record.type] + record.payload))
        }
    }

    @Test func emptyPayloadIsAllowed() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger.open(at: dir.child("log"))
        defer { ledger.close() }
        #expect(try ledger.appendAndWait(type: 9, payload: []) == 0)
        #expect(try ledger.record(at: 0).payload == [])
    }

    @Test func typeZeroAndOversizedPayloadsAreRefused() throws {
        let dir = TemporaryDirectory()
        var opts = options()
        opts.maxPayloadLength = 1000
        let ledger = try Ledger.open(at: dir.child("log"), options: opts)
        defer { ledger.close() }
        #expect(throws: LedgerError.invalidArgument("record type 0 is reserved")) {
            try ledger.appendAndWait(type: 0, payload: [1])
        }
        #expect(throws: LedgerError.self) { try ledger.appendAndWait(type: 1, payload: payload(0, size: 1001)) }
        #expect(ledger.count == 0)
        #expect(try ledger.appendAndWait(type: 1, payload: payload(0, size: 1000)) == 0)
    }

    @Test func readingPastTheEndSaysSo() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger.open(at: dir.child("log"))
        defer { ledger.close() }
        _ = try ledger.appendAndWait(type: 1, payload: [1, 2, 3])
        #expect(throws: LedgerError.recordNotFound(1)) { try ledger.record(at: 1) }
    }

    @Test func reopenRecoversEverythingAndContinuesTheChain() throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        var ledger = try Ledger.open(at: path, options: options(segmentSize: 4096))
        for i in 0..<100 { _ = try ledger.appendAndWait(type: 1, payload: payload(i, size: 150)) }
        let root = try ledger.rootHash(size: ledger.count)
        ledger.close()

        ledger = try Ledger.open(at: path, options: options(segmentSize: 4096))
        #expect(ledger.count == 100)
        #expect(ledger.recovery.records == 100)
        #expect(ledger.recovery.truncatedBytes == 0)
        #expect(ledger.recovery.segments > 3)
        #expect(try ledger.rootHash(size: ledger.count) == root)
        for i in 100..<130 { _ = try ledger.appendAndWait(type: 2, payload: payload(i, size: 150)) }
        #expect(try ledger.verify().records == 130)
        ledger.close()

        ledger = try Ledger.open(at: path, options: options(segmentSize: 4096))
        defer { ledger.close() }
        #expect(ledger.count == 130)
        for i in [0, 57, 99, 100, 129] {
            #expect(try ledger.record(at: UInt64(i)).payload == payload(i, size: 150))
        }
    }

    @Test func appendsAfterCloseAreRefused() async throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger.open(at: dir.child("log"))
        ledger.close()
        await #expect(throws: LedgerError.closed) { try await ledger.append(type: 1, payload: [1]) }
    }

    @Test func aSecondOpenOfTheSameLedgerIsRefused() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger.open(at: dir.child("log"))
        defer { ledger.close() }
        #expect(throws: LedgerError.locked(path: dir.child("log"))) { try Ledger.open(at: dir.child("log")) }
    }
}

@Suite("Ledger: index by application keys")
struct LedgerIndexTests {
    static func keyed() -> Ledger.Options {
        var opts = options(segmentSize: 4096)
        // The first 4 payload bytes are the key, as a case tag would be.
        opts.indexKeys = { view in view.payloadCount >= 4 ? [view.payloadPrefix(4)] : [] }
        return opts
    }

    @Test func lookupFindsEveryRecordOfAKeyInOrder() throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        var ledger = try Ledger.open(at: path, options: Self.keyed())
        for i in 0..<60 {
            let tag: [UInt8] = [0xCA, 0x5E, 0, UInt8(i % 5)]
            _ = try ledger.appendAndWait(type: 1, payload: tag + payload(i))
        }
        _ = try ledger.appendAndWait(type: 1, payload: [1, 2])  // too short to have a key
        #expect(ledger.records(forKey: [0xCA, 0x5E, 0, 3]) == stride(from: 3, to: 60, by: 5).map { UInt64($0) })
        #expect(ledger.records(forKey: [9, 9, 9, 9]).isEmpty)
        ledger.close()

        // Reopening rebuilds the same index from the records on disk.
        ledger = try Ledger.open(at: path, options: Self.keyed())
        defer { ledger.close() }
        #expect(ledger.records(forKey: [0xCA, 0x5E, 0, 3]) == stride(from: 3, to: 60, by: 5).map { UInt64($0) })
        #expect(ledger.records(forKey: [0xCA, 0x5E, 0, 0]).count == 12)
    }
}
