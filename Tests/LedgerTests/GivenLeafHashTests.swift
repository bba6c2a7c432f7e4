import Foundation
import TestSupport
import Testing

@testable import Ledger
@testable import Transparency

/// `append(type:payload:leafHash:completion:)`: a caller that hashed a record already hands its leaf
/// hash in (Records.md, "Leaf hashes given by the caller").
@Suite("Ledger: leaf hashes given by the caller")
struct GivenLeafHashTests {
    /// Appends one record with `leafHash` and waits.
    static func append(_ ledger: Ledger, type: UInt8, payload: [UInt8], leafHash: [UInt8]) throws(LedgerError)
        -> UInt64
    {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox()
        ledger.append(type: type, payload: payload, leafHash: leafHash) { result in
            box.result = result
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }

    @Test func aLedgerFedItsLeafHashesHasTheRootOfOneThatHashedThem() throws {
        let hashedFolder = TemporaryDirectory("hashed")
        let givenFolder = TemporaryDirectory("given")
        let hashed = try Ledger.open(at: hashedFolder.path, options: StandInTests.standInOptions())
        let given = try Ledger.open(at: givenFolder.path, options: StandInTests.standInOptions(segmentSize: 4096))
        for i in 0..<100 {
            let type = UInt8(1 + i % 3)
            let body = payload(i, size: 40 + i % 50)
            _ = try hashed.appendAndWait(type: type, payload: body)
            let leaf = RFC6962.leafHash([type] + body)
            if i % 4 == 1 {
                _ = try Self.append(given, type: StandInTests.standIn, payload: leaf + [type], leafHash: leaf)
            } else {
                _ = try Self.append(given, type: type, payload: body, leafHash: leaf)
            }
        }
        #expect(try given.rootHash(size: 100) == hashed.rootHash(size: 100))
        #expect(try given.record(at: 2).leafHash == hashed.leafHash(at: 2))
        #expect(try given.verify().records == 100)
        hashed.close()
        given.close()
    }

    @Test func aWrongLeafHashIsStoredAsGivenAndVerifyFindsIt() throws {
        let folder = TemporaryDirectory("wrong")
        let ledger = try Ledger.open(at: folder.path, options: options())
        defer { ledger.close() }
        let wrong = [UInt8](repeating: 9, count: 32)
        _ = try Self.append(ledger, type: 1, payload: payload(1, size: 20), leafHash: wrong)
        #expect(try ledger.leafHash(at: 0) == wrong, "the caller's duty: the ledger does not hash it again")
        #expect(ledgerError { try ledger.verify() } != nil)
    }

    @Test func aStandInKeepsItsRuleAndALeafHashIsThirtyTwoBytes() throws {
        let folder = TemporaryDirectory("rule")
        let ledger = try Ledger.open(at: folder.path, options: StandInTests.standInOptions())
        defer { ledger.close() }
        let leaf = payload(5, size: 32)
        let refusals: [(UInt8, [UInt8], [UInt8])] = [
            (StandInTests.standIn, leaf + [1], payload(6, size: 32)),  // not its payload's first 32 bytes
            (StandInTests.standIn, payload(5, size: 31), payload(5, size: 32)),  // too short for one
            (1, payload(1, size: 20), payload(1, size: 31)),
            (0, payload(1, size: 20), leaf),
        ]
        for (type, body, hash) in refusals {
            let error = ledgerError { try Self.append(ledger, type: type, payload: body, leafHash: hash) }
            guard case .invalidArgument? = error else {
                Issue.record("expected invalidArgument for type \(type), got \(String(describing: error))")
                continue
            }
        }
        #expect(ledger.count == 0)
        _ = try Self.append(ledger, type: StandInTests.standIn, payload: leaf + [1], leafHash: leaf)
        #expect(try ledger.leafHash(at: 0) == leaf)
    }
}

private final class ResultBox: @unchecked Sendable {
    // Written once by the writer thread before the semaphore is signalled, read after the wait.
    var result: Result<UInt64, LedgerError>?
}
