import Foundation
import Sodium
import TestSupport
import Testing

@testable import Ledger
@testable import Transparency

@Suite("Ledger checkpoints: signed, persisted, never inconsistent")
struct LedgerCheckpointTests {
    static let origin = "test.candor.example/intake"
    static let signer = try! NoteSigner(
        name: origin, privateKey: Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: 3, count: 32))))

    @Test func aSignedCheckpointVerifiesAndIsPersisted() throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        var ledger = try Ledger.open(at: path)
        for i in 0..<7 { _ = try ledger.appendAndWait(type: 1, payload: payload(i)) }
        let note = try ledger.signCheckpoint(origin: Self.origin, signer: Self.signer)
        let parsed = try SignedNote(parsing: note)
        #expect(try parsed.verify(with: [Self.signer.verifier]).count == 1)
        let checkpoint = try Checkpoint(text: parsed.text)
        #expect(checkpoint.origin == Self.origin)
        #expect(checkpoint.size == 7)
        #expect(checkpoint.rootHash == (try ledger.rootHash(size: ledger.count)))
        #expect(String(data: FileManager.default.contents(atPath: path + "/checkpoint")!, encoding: .utf8) == note)
        ledger.close()

        ledger = try Ledger.open(at: path)
        defer { ledger.close() }
        #expect(ledger.lastSignedCheckpoint == note)
        _ = try ledger.appendAndWait(type: 1, payload: [1])
        let next = try Checkpoint(
            text: SignedNote(parsing: ledger.signCheckpoint(origin: Self.origin, signer: Self.signer)).text)
        #expect(next.size == 8)
        let proof = try ledger.consistencyProof(from: 7, to: 8)
        try proof.verify(oldRoot: checkpoint.rootHash, newRoot: next.rootHash)
    }

    /// After a key transition (same name, new key), the checkpoint of the old key is not served again:
    /// the same tree is signed with the new key, once, and that one is reused.
    @Test func aNewKeySignsTheSameTreeAgain() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger.open(at: dir.child("log"))
        defer { ledger.close() }
        for i in 0..<5 { _ = try ledger.appendAndWait(type: 1, payload: payload(i)) }
        let old = try ledger.signedCheckpointOfAllRecords(origin: Self.origin, signer: Self.signer)
        #expect(ledger.lastCheckpointIsSigned(by: Self.signer))
        #expect(try ledger.signedCheckpointOfAllRecords(origin: Self.origin, signer: Self.signer) == old)

        let newSigner = try NoteSigner(
            name: Self.origin, privateKey: Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: 4, count: 32))))
        #expect(!ledger.lastCheckpointIsSigned(by: newSigner))
        let new = try ledger.signedCheckpointOfAllRecords(origin: Self.origin, signer: newSigner)
        #expect(new != old)
        let parsed = try SignedNote(parsing: new)
        #expect(try parsed.verify(with: [newSigner.verifier]).count == 1)
        #expect(throws: TransparencyError.self) { try parsed.verify(with: [Self.signer.verifier]) }
        #expect(try Checkpoint(text: parsed.text).size == 5)
        #expect(try Checkpoint(text: parsed.text).rootHash == (try ledger.rootHash(size: 5)))
        #expect(try ledger.signedCheckpointOfAllRecords(origin: Self.origin, signer: newSigner) == new)
    }

    @Test func theOriginCannotChange() throws {
        let dir = TemporaryDirectory()
        let ledger = try Ledger.open(at: dir.child("log"))
        defer { ledger.close() }
        _ = try ledger.signCheckpoint(origin: Self.origin, signer: Self.signer)
        #expect(throws: LedgerError.self) {
            try ledger.signCheckpoint(origin: "other.example/log", signer: Self.signer)
        }
    }

    @Test func aLogThatNoLongerExtendsItsCheckpointDoesNotOpen() throws {
        // Ledger A signs a checkpoint over 10 records; its checkpoint is planted next to ledger B, which
        // holds different records. Opening B must refuse rather than sign over a rewritten history.
        let dirA = TemporaryDirectory()
        let dirB = TemporaryDirectory()
        let a = try Ledger.open(at: dirA.child("log"))
        for i in 0..<10 { _ = try a.appendAndWait(type: 1, payload: payload(i)) }
        _ = try a.signCheckpoint(origin: Self.origin, signer: Self.signer)
        a.close()
        for count in [5, 12] {
            let pathB = dirB.child("log\(count)")
            let b = try Ledger.open(at: pathB)
            for i in 0..<count { _ = try b.appendAndWait(type: 1, payload: payload(i + 1000)) }
            b.close()
            try FileManager.default.copyItem(atPath: dirA.child("log") + "/checkpoint", toPath: pathB + "/checkpoint")
            let refused = ledgerError({ try Ledger.open(at: pathB) })
            if count < 10 {
                // Fewer records than the checkpoint covers: refused for that, naming both sizes.
                #expect(refused == .shorterThanCheckpoint(directory: pathB, records: UInt64(count), checkpointSize: 10))
                continue
            }
            guard case .inconsistentCheckpoint(let why)? = refused else {
                Issue.record("opened a ledger that contradicts its checkpoint (\(count) records)")
                continue
            }
            #expect(!why.isEmpty)
        }
    }

    @Test func aTruncatedLogDoesNotOpenPastItsCheckpoint() throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        let ledger = try Ledger.open(at: path)
        for i in 0..<10 { _ = try ledger.appendAndWait(type: 1, payload: payload(i, size: 100)) }
        _ = try ledger.signCheckpoint(origin: Self.origin, signer: Self.signer)
        ledger.close()
        // Cutting acknowledged and checkpointed records looks like a torn tail to the scanner; the
        // checkpoint is what catches it.
        let cut = SegmentHeader.size + 8 * (RecordFormat.overhead + 100) + 10
        truncateFile(segmentFiles(path)[0], to: cut)
        #expect(
            ledgerError { try Ledger.open(at: path) }
                == .shorterThanCheckpoint(directory: path, records: 8, checkpointSize: 10))
        #expect(fileSize(segmentFiles(path)[0]) == cut, "a refused open must leave the disk as it found it")
    }

    /// Deleting every segment leaves a folder that would otherwise open as a new, empty log.
    @Test func aLogWhoseSegmentsWereAllDeletedDoesNotOpen() throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        let ledger = try Ledger.open(at: path)
        for i in 0..<4 { _ = try ledger.appendAndWait(type: 1, payload: payload(i)) }
        _ = try ledger.signCheckpoint(origin: Self.origin, signer: Self.signer)
        ledger.close()
        for segment in segmentFiles(path) { try FileManager.default.removeItem(atPath: segment) }
        #expect(
            ledgerError { try Ledger.open(at: path) }
                == .shorterThanCheckpoint(directory: path, records: 0, checkpointSize: 4))
        #expect(segmentFiles(path).isEmpty, "a refused open must not start a new log")
    }
}
