import Foundation
import Sodium
import TestSupport
import Testing
import Transparency
import Workbench

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
