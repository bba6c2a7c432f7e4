import Foundation
import TestSupport
import Testing

@testable import Ledger
@testable import Transparency

/// `Options.standInType`: a record whose leaf hash is its payload's first 32 bytes (Records.md,
/// "Stand-ins"), so a ledger that holds stand-ins for some records has the root of the full one.
@Suite("Ledger: stand-ins")
struct StandInTests {
    static let standIn: UInt8 = 0xFF

    static func standInOptions(segmentSize: Int = 64 << 20) -> Ledger.Options {
        var options = options(segmentSize: segmentSize)
        options.standInType = standIn
        return options
    }

    @Test func aLedgerWithStandInsHasTheRootOfTheFullOneAtEverySize() throws {
        let fullFolder = TemporaryDirectory("full")
        let partialFolder = TemporaryDirectory("partial")
        let full = try Ledger.open(at: fullFolder.path, options: Self.standInOptions())
        // Small segments: stand-ins and records cross segment boundaries, which verify() checks apart.
        let partial = try Ledger.open(at: partialFolder.path, options: Self.standInOptions(segmentSize: 4096))
        let count = 300
        for i in 0..<count {
            let type = UInt8(1 + i % 3)
            let body = payload(i, size: 40 + i % 50)
            _ = try full.appendAndWait(type: type, payload: body)
            if i % 4 == 1 {
                // What a mirror stores for a record it may not read: the leaf hash, then anything.
                let leaf = RFC6962.leafHash([type] + body)
                _ = try partial.appendAndWait(type: Self.standIn, payload: leaf + [type] + Array("Tkey".utf8))
            } else {
                _ = try partial.appendAndWait(type: type, payload: body)
            }
        }
        for size in 0...UInt64(count) {
            #expect(try partial.rootHash(size: size) == full.rootHash(size: size), "size \(size)")
        }
        #expect(try partial.record(at: 1).type == Self.standIn)
        #expect(try partial.record(at: 1).leafHash == full.leafHash(at: 1))
        #expect(try partial.verify().records == UInt64(count))
        full.close()
        partial.close()

        let reopened = try Ledger.open(at: partialFolder.path, options: Self.standInOptions(segmentSize: 4096))
        defer { reopened.close() }
        let fullAgain = try Ledger.open(at: fullFolder.path, options: Self.standInOptions())
        defer { fullAgain.close() }
        #expect(try reopened.rootHash(size: UInt64(count)) == fullAgain.rootHash(size: UInt64(count)))
        #expect(try reopened.verify().records == UInt64(count))
    }

    @Test(arguments: [0, 1, 31])
    func aStandInTooShortForItsLeafHashIsRefused(length: Int) throws {
        let folder = TemporaryDirectory("short")
        let ledger = try Ledger.open(at: folder.path, options: Self.standInOptions())
        defer { ledger.close() }
        let error = ledgerError { try ledger.appendAndWait(type: Self.standIn, payload: payload(1, size: length)) }
        guard case .invalidArgument(let message)? = error else {
            Issue.record("expected invalidArgument, got \(String(describing: error))")
            return
        }
        #expect(message.contains("stand-in"))
        #expect(ledger.count == 0)
        // Exactly 32 bytes is a stand-in with nothing after its leaf hash.
        _ = try ledger.appendAndWait(type: Self.standIn, payload: payload(2, size: 32))
        #expect(try ledger.leafHash(at: 0) == payload(2, size: 32))
    }

    @Test func withoutTheOptionTheStandInTypeIsAnOrdinaryRecord() throws {
        let folder = TemporaryDirectory("plain")
        let ledger = try Ledger.open(at: folder.path, options: options())
        defer { ledger.close() }
        let body = payload(3, size: 8)
        _ = try ledger.appendAndWait(type: Self.standIn, payload: body)
        #expect(try ledger.leafHash(at: 0) == RFC6962.leafHash([Self.standIn] + body))
    }

    /// How verify() judges one stand-in, framed and chained correctly as a forger would write it, whose
    /// stored leaf hash is `leaf`.
    static func scanned(payload body: [UInt8], storedLeaf leaf: [UInt8]) -> SegmentScanner.Failure? {
        var bytes: [UInt8] = []
        let previous = [UInt8](repeating: 7, count: 32)
        _ = RecordFormat.encode(
            type: standIn, payload: body, leafHash: leaf, batch: 0, isBatchEnd: true, previous: previous,
            into: &bytes)
        return bytes.withUnsafeBytes {
            SegmentScanner.scan($0, from: 0, previous: previous, firstIndex: 0, recomputeLeaves: standInOptions())
        }.failure
    }

    @Test func verifyChecksAStandInsLeafHashAgainstItsPayload() throws {
        let wrong = Self.scanned(payload: payload(1, size: 40), storedLeaf: payload(9, size: 32))
        #expect(wrong?.kind == .leafHash)
        #expect(wrong?.reason.contains("stand-in") == true)
        let short = Self.scanned(payload: payload(1, size: 10), storedLeaf: payload(9, size: 32))
        #expect(short?.reason.contains("too short") == true)
        #expect(Self.scanned(payload: payload(1, size: 40), storedLeaf: payload(1, size: 32)) == nil)
    }
}
