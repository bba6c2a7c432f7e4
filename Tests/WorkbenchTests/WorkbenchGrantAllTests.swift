import Foundation
import TestSupport
import Testing
import Workbench

/// Workbench+GrantAll.swift: the grant form's "every case" box is `grant --all`; its confirmation lists
/// each case and its record keys before anything is signed.
@Suite("Workbench: grant to every case, confirmed", .serialized)
final class WorkbenchGrantAllTests {
    var server: CandorServer
    let fixture: WorkbenchFixture

    /// Two reports sealed while lan was the only inspector; then thu joins (Keys/thu.pub, the server
    /// restarted on the same port) and lan syncs.
    init() throws {
        (fixture, server) = try WorkbenchFixture.withServer()
        _ = try WorkbenchFixture.report("A fee of 300,000 dong for a birth certificate. First.", to: server)
        _ = try WorkbenchFixture.report("A fee of 400,000 dong for a residence card. Second.", to: server)
        try fixture.signIn()
        try fixture.unlock()
        try fixture.sync()
        let made = try ChildProcess.run(
            try BuiltProducts.path("candor-inspect"),
            ["keygen", "--name", "thu", "--out", fixture.folder.child("thu.candor-key")],
            in: fixture.folder.path, environment: WorkbenchFixture.environment)
        try #require(made.status == 0, "\(made.stderr)")
        try made.stdout.write(toFile: fixture.keys + "/thu.pub", atomically: true, encoding: .utf8)
        let port = try #require(server.port)
        server.stop()
        server = try CandorServer(
            arguments: [
                "--data", fixture.folder.child("data"), "--keys", fixture.keys, "--listen", "127.0.0.1:\(port)",
                "--min-fill-seconds", "0", "--origin", "wb.candor.example/intake",
            ], environment: WorkbenchFixture.environment)
        try fixture.sync()
    }

    deinit { server.stop() }

    @Test func everyCaseIsConfirmedThenGranted() throws {
        let id = try fixture.firstCaseID()
        let path = "/en/case/\(id)/act/grant"
        let form = try fixture.browser.get(path)
        #expect(form.text.contains("name=\"all\" value=\"yes\""))
        #expect(form.text.contains("(grant --all)"))
        let csrf = try #require(HTMLForms.hiddenValue("csrf", in: form.text))
        // One case alone is offered as before; the box adds the others.
        let review = try fixture.browser.post(path, [("csrf", csrf), ("assignee", "thu"), ("all", "yes")])
        #expect(review.status == 200, "\(review.text.prefix(800))")
        #expect(review.text.contains("grant --all (2)"), "\(review.text)")
        #expect(review.text.contains("<dt>Assign to</dt><dd>thu</dd>"))
        #expect(review.text.contains("Sign and send"))
        let sent = try fixture.browser.post(
            path, [("csrf", csrf), ("assignee", "thu"), ("all", "yes"), ("confirm", "yes")])
        #expect(sent.status == 303, "\(sent.status) \(sent.text.prefix(800))")
        #expect(try fixture.browser.get("/en/case/\(id)").text.contains("grant --all (2): signed and recorded"))
        let again = try fixture.browser.post(path, [("csrf", csrf), ("assignee", "thu"), ("all", "yes")])
        #expect(again.status == 422)
        #expect(again.text.contains("thu can already open every record of every case that you can open"))
    }
}
