import Casework
import Foundation
import Ledger
import TestSupport
import Testing

@testable import API
@testable import Keys
@testable import Mirroring
@testable import Stores
@testable import Transparency

/// `Sync` against a real server on a loopback port: pulls, resumes, and refuses what does not verify.
@Suite("Sync: the verified mirror")
struct SyncTests {
    @Test func firstSyncPullsEverythingAndTheMirrorHasTheServersRoot() throws {
        let harness = try SyncHarness()
        try harness.submit(3)  // and the day mark before them
        let outcome = try harness.sync()
        #expect(outcome == Sync.Outcome(previousSize: 0, size: 4, downloaded: 4))
        #expect(outcome.newRecords == 4)

        let mirror = try Mirror(directory: harness.mirrorPath)
        defer { mirror.close() }
        #expect(mirror.recordCount == 4)
        for index in 0..<UInt64(4) { #expect(try mirror.record(at: index) == harness.store.record(at: index)) }
        #expect(try mirror.record(at: 0).type == IntakeRecord.dayMarkType)
        let checkpoint = try Checkpoint(text: try SignedNote(parsing: try #require(mirror.verifiedCheckpointNote)).text)
        #expect(checkpoint.size == 4)
        #expect(try mirror.rootHash(size: 4) == checkpoint.rootHash)
        let pin = try #require(try mirror.pin)
        #expect(pin.origin == SyncHarness.origin)
        #expect(pin.logKey == harness.logKey.verifierKey)
        #expect(pin.server == harness.url.description)
        let mode = try FileManager.default.attributesOfItem(atPath: harness.mirrorPath)[.posixPermissions] as? Int
        #expect(mode == 0o700)
    }

    @Test func secondSyncIsANoOpAndALaterOnePullsOnlyTheNewRecords() throws {
        let harness = try SyncHarness()
        try harness.submit(2)
        #expect(try harness.sync().newRecords == 3, "the day mark and 2 reports")
        let again = try harness.sync()
        #expect(again == Sync.Outcome(previousSize: 3, size: 3, downloaded: 0))
        try harness.submit(3)
        #expect(try harness.sync() == Sync.Outcome(previousSize: 3, size: 6, downloaded: 3))
        #expect(try harness.sync().newRecords == 0)
        #expect(harness.evidenceFolders.isEmpty)
    }

    @Test func anEmptyLogSyncs() throws {
        let harness = try SyncHarness()
        #expect(try harness.sync() == Sync.Outcome(previousSize: 0, size: 0, downloaded: 0))
    }

    @Test func anInterruptedSyncResumes() throws {
        let harness = try SyncHarness()
        try harness.submit(5)
        let interrupted = mirroringError { () throws(MirroringError) in
            try harness.sync(batchCount: 2, interruptAfterBatches: 1)
        }
        #expect(interrupted != nil)
        do {
            let mirror = try Mirror(directory: harness.mirrorPath)
            defer { mirror.close() }
            #expect(mirror.recordCount == 2, "the first batch is kept, pending")
            #expect(mirror.verifiedCheckpointNote == nil, "nothing is verified yet")
        }
        try harness.submit(1)
        #expect(
            try harness.sync(batchCount: 2) == Sync.Outcome(previousSize: 0, size: 7, downloaded: 5),
            "the day mark and 6 reports, 2 of them already pending")
        // And once more from a verified checkpoint: interrupted, then resumed.
        try harness.submit(4)
        #expect(
            mirroringError { () throws(MirroringError) in try harness.sync(batchCount: 1, interruptAfterBatches: 2) }
                != nil)
        #expect(try harness.sync() == Sync.Outcome(previousSize: 7, size: 11, downloaded: 2))
        #expect(harness.evidenceFolders.isEmpty)
    }

    @Test func syncSurvivesAServerRestart() throws {
        let harness = try SyncHarness()
        try harness.submit(2)
        _ = try harness.sync()
        harness.stop()
        try harness.start()
        try harness.submit(1)
        #expect(try harness.sync() == Sync.Outcome(previousSize: 3, size: 4, downloaded: 1), "the day is marked once")
    }

    @Test func anUnknownInspectorIsRefusedWithTheServersMessage() throws {
        let harness = try SyncHarness()
        let stranger = try InspectorPrivateKey.generate(name: "stranger")
        let error = mirroringError { () throws(MirroringError) in try harness.sync(key: stranger) }
        guard case .refused(let status, let code, _) = error else {
            Issue.record("expected a refusal, got \(String(describing: error))")
            return
        }
        #expect(status == 401)
        #expect(code == "unknown_inspector")
        #expect(error!.description.hasPrefix("the server refused the request: 401 unknown_inspector: "))
    }

    @Test func aServerThatIsDownIsAClearError() throws {
        let harness = try SyncHarness()
        let url = harness.url
        harness.stop()
        let mirror = try Mirror(directory: harness.mirrorPath)
        defer { mirror.close() }
        let sync = Sync(
            connection: InspectorConnection(server: url, key: harness.key), mirror: mirror, logKey: harness.logKey)
        let error = mirroringError { () throws(MirroringError) in try sync.run() }
        let message = "cannot connect to \(url): connection refused — is candor-server running?"
        // The HTTP client's error is kept as the cause, and its words are the message.
        #expect(error == .client(.connection(message)))
        #expect(error?.description == message)
    }

    @Test func anotherLogKeyIsRefused() throws {
        let harness = try SyncHarness()
        try harness.submit(1)
        let mirror = try Mirror(directory: harness.mirrorPath)
        defer { mirror.close() }
        let other = try NoteSigner(name: SyncHarness.origin, privateKey: .init()).verifier
        let sync = Sync(
            connection: InspectorConnection(server: harness.url, key: harness.key), mirror: mirror, logKey: other)
        let error = mirroringError { () throws(MirroringError) in try sync.run() }
        guard case .verificationFailed(let what, let evidence) = error else {
            Issue.record("expected a verification failure, got \(String(describing: error))")
            return
        }
        #expect(what.contains("does not verify with the log key"))
        #expect(FileManager.default.fileExists(atPath: try #require(evidence) + "/new.checkpoint"))
        #expect(mirror.recordCount == 0)
    }

    // MARK: tampering on the server's side

    /// Truncated history: the server's data folder is put back to an older copy.
    @Test func droppedHistoryIsCaught() throws {
        let harness = try SyncHarness()
        try harness.submit(2)
        _ = try harness.sync()  // the server signs a checkpoint of 3: the day mark and 2 reports
        harness.stop()
        let copy = harness.folder.child("data-at-2")
        try FileManager.default.copyItem(atPath: harness.data, toPath: copy)
        try harness.start()
        try harness.submit(3)
        #expect(try harness.sync().size == 6)
        harness.stop()
        try FileManager.default.removeItem(atPath: harness.data)
        try FileManager.default.moveItem(atPath: copy, toPath: harness.data)
        try harness.start()

        let error = mirroringError { () throws(MirroringError) in try harness.sync() }
        guard case .verificationFailed(let what, let evidence?) = error else {
            Issue.record("expected a verification failure, got \(String(describing: error))")
            return
        }
        #expect(what.hasPrefix("history dropped: the server's log now has 3 records"))
        #expect(what.contains("a checkpoint of 6 records before"))
        let old = try String(contentsOfFile: evidence + "/old.checkpoint", encoding: .utf8)
        let new = try String(contentsOfFile: evidence + "/new.checkpoint", encoding: .utf8)
        #expect(try Checkpoint(text: SignedNote(parsing: old).text).size == 6)
        #expect(try Checkpoint(text: SignedNote(parsing: new).text).size == 3)
        #expect(FileManager.default.fileExists(atPath: evidence + "/README.txt"))
        // The mirror's good state is untouched, and the failure repeats.
        let mirror = try Mirror(directory: harness.mirrorPath)
        #expect(mirror.recordCount == 6)
        #expect(mirror.verifiedCheckpointNote == old)
        mirror.close()
        #expect(mirroringError { () throws(MirroringError) in try harness.sync() } != nil)
    }

    /// A fork: the older copy grows again with other records, past the size the mirror verified.
    @Test func aForkIsCaughtByTheConsistencyProof() throws {
        let harness = try SyncHarness()
        try harness.submit(2)
        _ = try harness.sync()
        harness.stop()
        let copy = harness.folder.child("data-at-2")
        try FileManager.default.copyItem(atPath: harness.data, toPath: copy)
        try harness.start()
        try harness.submit(2)
        #expect(try harness.sync().size == 5)
        harness.stop()
        try FileManager.default.removeItem(atPath: harness.data)
        try FileManager.default.moveItem(atPath: copy, toPath: harness.data)
        try harness.start()
        try harness.submit(4)  // 7 records: more than the 5 verified, but a different history

        let error = mirroringError { () throws(MirroringError) in try harness.sync() }
        guard case .verificationFailed(let what, let evidence?) = error else {
            Issue.record("expected a verification failure, got \(String(describing: error))")
            return
        }
        #expect(what.hasPrefix("the log's history was rewritten (a fork)"))
        #expect(what.contains("checkpoint of 7 records"))
        #expect(FileManager.default.fileExists(atPath: evidence + "/consistency.json"))
        #expect(FileManager.default.fileExists(atPath: evidence + "/old.checkpoint"))
        let mirror = try Mirror(directory: harness.mirrorPath)
        defer { mirror.close() }
        #expect(mirror.recordCount == 5)
    }

    /// The same size, signed twice with different roots.
    @Test func twoRootsForOneSizeAreAFork() throws {
        let harness = try SyncHarness()
        try harness.submit(1)
        _ = try harness.sync()
        harness.stop()
        let copy = harness.folder.child("data-at-1")
        try FileManager.default.copyItem(atPath: harness.data, toPath: copy)
        try harness.start()
        try harness.submit(1)
        #expect(try harness.sync().size == 3)
        harness.stop()
        try FileManager.default.removeItem(atPath: harness.data)
        try FileManager.default.moveItem(atPath: copy, toPath: harness.data)
        try harness.start()
        try harness.submit(1)
        let error = mirroringError { () throws(MirroringError) in try harness.sync() }
        guard case .verificationFailed(let what, _) = error else {
            Issue.record("expected a verification failure, got \(String(describing: error))")
            return
        }
        #expect(what.hasPrefix("the log forked: the server signed two different roots for the same 3 records"))
    }

    @Test func aDamagedMirrorIsALocalProblem() throws {
        let harness = try SyncHarness()
        try harness.submit(2)
        _ = try harness.sync()
        // Put another log's verified checkpoint in the mirror: its own records no longer match it.
        let signer = try CheckpointSignerKey.loadOrCreate(in: harness.data, name: SyncHarness.origin)
        let fake = SignedCheckpoint(
            try Checkpoint(origin: SyncHarness.origin, size: 2, rootHash: [UInt8](repeating: 7, count: 32)),
            signedBy: signer)
        try Mirror.writeAtomically(Array(fake.serialized.utf8), to: harness.mirrorPath + "/checkpoint")
        let error = mirroringError { () throws(MirroringError) in try harness.sync() }
        guard case .verificationFailed(let what, _) = error else {
            Issue.record("expected a verification failure, got \(String(describing: error))")
            return
        }
        #expect(what.hasPrefix("the mirror itself is damaged"))
    }
}

@Suite("Sync: formats")
struct SyncFormatTests {
    @Test(arguments: [
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"), ("http://localhost:8080/", "http://localhost:8080"),
        ("http://[::1]:9000", "http://[::1]:9000"), ("http://example.org", "http://example.org:80"),
    ])
    func serverURLs(text: String, canonical: String) throws {
        #expect(try HTTPClient.ServerURL(text).description == canonical)
    }

    @Test(arguments: [
        "https://example.org", "ftp://x", "127.0.0.1:8080", "http://", "http://host:0", "http://host:65536",
        "http://host:80/path", "http://user@host", "http://[::1", "http://host:x", "http://ho st",
    ])
    func badServerURLs(text: String) {
        let error = thrownError(HTTPClientError.self) { try HTTPClient.ServerURL(text) }
        guard case .usage(let message) = error else {
            Issue.record("expected a usage error for \(text)")
            return
        }
        #expect(message.contains("http://HOST:PORT"))
    }

    @Test func batchRoundTrips() throws {
        let records = [
            RecordBatchReader.Record(
                index: 7, type: 1, leafHash: [UInt8](repeating: 1, count: 32), payload: [1, 2, 3]),
            RecordBatchReader.Record(index: 8, type: 2, leafHash: [UInt8](repeating: 2, count: 32), payload: []),
        ]
        var bytes: [UInt8] = []
        for record in records { RecordBatchReader.append(record, to: &bytes) }
        #expect(bytes.count == 45 * 2 + 3)
        #expect(Array(bytes[0..<8]) == [7, 0, 0, 0, 0, 0, 0, 0])
        #expect(bytes[8] == 1)
        #expect(Array(bytes[41..<45]) == [3, 0, 0, 0])
        #expect(try RecordBatchReader.parse(bytes, server: "s") == records)
        #expect(try RecordBatchReader.parse([], server: "s").isEmpty)
        for cut in [1, 44, 47] {
            #expect(
                mirroringError { () throws(MirroringError) in
                    try RecordBatchReader.parse(Array(bytes.prefix(cut)), server: "s")
                } != nil)
        }
    }
}
