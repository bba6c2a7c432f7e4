import Foundation
import Sodium
import TestSupport
import Testing
import Transparency

@testable import Workbench

/// Workbench+Unlock.swift's Sync: a verification failure is shown as `candor-inspect sync` says it,
/// with what did not match and where the evidence is kept.
@Suite("Workbench: Sync shows a verification failure as the command does", .serialized)
final class WorkbenchSyncTests {
    let server: CandorServer
    let fixture: WorkbenchFixture

    init() throws {
        var started: CandorServer?
        fixture = try WorkbenchFixture { folder, keys in
            started = try CandorServer(
                arguments: [
                    "--data", folder.child("data"), "--keys", keys, "--listen", "127.0.0.1:0",
                    "--min-fill-seconds", "0", "--origin", "wb.candor.example/intake",
                ], environment: WorkbenchFixture.environment)
            // The log's name, with another key: the server's checkpoints do not verify under it.
            let real = try NoteVerifier(verifierKey: try #require(started?.printed("log verifier key")))
            let forged = try NoteVerifier(name: real.name, publicKey: Signing.PrivateKey().publicKey)
            try (forged.verifierKey + "\n").write(toFile: keys + "/log.key", atomically: true, encoding: .utf8)
            return started?.url
        }
        server = try #require(started)
    }

    deinit { server.stop() }

    @Test func aCheckpointThatDoesNotVerifyIsShownWithItsEvidence() throws {
        try fixture.signIn()
        try fixture.unlock()
        let page = try fixture.sync()
        let said = "candor-inspect sync: verification failed: the server&#39;s checkpoint does not verify"
        #expect(page.text.contains("<h1>Sync failed</h1>"))
        #expect(page.text.contains(said))
        #expect(page.text.contains("The evidence is kept in \(fixture.mirror)/evidence/"), "\(page.text)")
        let evidence = try FileManager.default.contentsOfDirectory(atPath: fixture.mirror + "/evidence")
        #expect(evidence.count == 1)
    }
}

/// Workbench+Sync.swift's page while a sync runs: the counts so far, a meta refresh, and the mirror
/// kept for the sync alone.
@Suite("Workbench: the Sync page while a sync runs", .serialized)
struct WorkbenchSyncPageTests {
    @Test func itShowsTheCountsAndRefreshesItself() throws {
        let fixture = try WorkbenchFixture()
        try fixture.signIn()
        try fixture.unlock()
        #expect(try fixture.browser.get("/en/sync").status == 303, "no sync yet: to the inbox")
        fixture.workbench.syncing.withLock { $0 = SyncProgress(have: 3, total: 10) }
        let page = try fixture.browser.get("/en/sync")
        #expect(page.status == 200)
        #expect(page.text.contains("<meta http-equiv=\"refresh\" content=\"1\">"))
        #expect(page.text.contains("3 of 10 records downloaded and verified so far"))
        #expect(try fixture.browser.get("/sync").text.contains("Đã tải và kiểm tra 3 trên 10 bản ghi"))
        // A second press starts nothing; other pages wait for the sync, and forms are refused.
        let csrf = try fixture.csrf("/en/sync")
        #expect(try fixture.browser.post("/en/sync", [("csrf", csrf)]).header("Location") == "/en/sync")
        #expect(fixture.workbench.syncing.withLock { $0?.have } == 3, "still the first sync")
        let inbox = try fixture.browser.get("/en/")
        #expect(inbox.status == 303 && inbox.header("Location") == "/en/sync")
        let busy = try fixture.browser.post("/en/case/1/act/note", [("csrf", csrf), ("text", "x"), ("confirm", "yes")])
        #expect(busy.status == 409)
        #expect(busy.text.contains("A sync is running"))
        #expect(try fixture.browser.post("/en/lock", [("csrf", csrf)]).status == 303, "Lock still works")

        fixture.workbench.syncing.withLock { $0?.result = ("up to date: 10 records", false) }
        try fixture.unlock()
        let done = try fixture.browser.get("/en/sync")
        #expect(!done.text.contains("http-equiv=\"refresh\""))
        #expect(done.text.contains("<h1>Sync finished</h1>") && done.text.contains("up to date: 10 records"))
    }
}
