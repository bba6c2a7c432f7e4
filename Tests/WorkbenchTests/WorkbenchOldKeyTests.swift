import Foundation
import TestSupport
import Testing
import Workbench

/// `serve --old-key`: after lan rotates her key, the older key, unlocked on the same Unlock page, still
/// opens the records sealed to it.
@Suite("Workbench: an older key opens the records sealed to it", .serialized)
final class WorkbenchOldKeyTests {
    let server: CandorServer
    let fixture: WorkbenchFixture
    let account = "The cadastral officer wanted 1,000,000 dong before measuring the plot. Old key test."
    let newPassphrase = "a new passphrase for a new key"

    /// A report sealed to lan's key, synced into the mirror; then lan makes a new key and Keys/ lists it.
    init() throws {
        (fixture, server) = try WorkbenchFixture.withServer()
        _ = try WorkbenchFixture.report(account, to: server)
        try fixture.signIn()
        try fixture.unlock()
        try fixture.sync()
        fixture.workbench.shutdown()
        var environment = WorkbenchFixture.environment
        environment["CANDOR_PASSPHRASE"] = newPassphrase
        let made = try ChildProcess.run(
            try BuiltProducts.path("candor-inspect"),
            ["keygen", "--name", "lan", "--out", fixture.folder.child("lan-2027.candor-key")],
            in: fixture.folder.path, environment: environment)
        try #require(made.status == 0, "\(made.stderr)")
        try made.stdout.write(toFile: fixture.keys + "/lan.pub", atomically: true, encoding: .utf8)
    }

    deinit { server.stop() }

    /// A workbench with the new key (and `oldKeys`) on the same mirror, signed in; shut down by the caller.
    func workbench(oldKeys: [String]) throws -> (Workbench, FormBrowser) {
        var configuration = Workbench.Configuration(
            keyPath: fixture.folder.child("lan-2027.candor-key"), mirrorDirectory: fixture.mirror)
        configuration.listen = try ListenAddress("127.0.0.1:0")
        configuration.keysDirectory = fixture.keys
        configuration.oldKeyPaths = oldKeys
        let workbench = Workbench(configuration)
        try workbench.start()
        let browser = FormBrowser(port: workbench.port)
        browser.host = "127.0.0.1:\(workbench.port)"
        let url = workbench.oneTimeURL
        #expect(try browser.get(String(url[try #require(url.range(of: "/login")).lowerBound...])).status == 303)
        return (workbench, browser)
    }

    func caseID(_ browser: FormBrowser) throws -> Int {
        let inbox = try browser.get("/en/")
        let link = try #require(inbox.text.range(of: "href=\"/en/case/"), "\(inbox.text)")
        return try #require(Int(inbox.text[link.upperBound...].prefix { $0.isNumber }))
    }

    @Test func theOlderKeyOpensTheCaseSealedToIt() throws {
        let (workbench, browser) = try workbench(oldKeys: [fixture.keyFile])
        defer { workbench.shutdown() }
        let unlock = try browser.get("/en/")
        #expect(unlock.text.contains("Passphrase of your older key \(fixture.keyFile)"))
        let csrf = try #require(HTMLForms.hiddenValue("csrf", in: unlock.text))
        // The new key's passphrase does not open the older key: its own field is needed, and nothing unlocks.
        let wrong = try browser.post("/en/unlock", [("csrf", csrf), ("passphrase", newPassphrase)])
        #expect(wrong.status == 403)
        #expect(wrong.text.contains("does not open your older key \(fixture.keyFile)"))
        #expect(try browser.get("/en/").text.contains("name=\"passphrase\""), "still locked")
        let opened = try browser.post(
            "/en/unlock",
            [("csrf", csrf), ("passphrase", newPassphrase), ("old-passphrase-1", WorkbenchFixture.passphrase)])
        #expect(opened.status == 303, "\(opened.text.prefix(600))")
        let page = try browser.get("/en/case/\(try caseID(browser))")
        #expect(page.text.contains("1,000,000 dong"), "\(page.text.prefix(2000))")
    }

    @Test func withoutItTheCaseStaysSealed() throws {
        let (workbench, browser) = try workbench(oldKeys: [])
        defer { workbench.shutdown() }
        let csrf = try #require(HTMLForms.hiddenValue("csrf", in: try browser.get("/en/").text))
        #expect(try browser.post("/en/unlock", [("csrf", csrf), ("passphrase", newPassphrase)]).status == 303)
        let page = try browser.get("/en/case/\(try caseID(browser))")
        #expect(!page.text.contains("1,000,000 dong"))
        #expect(page.text.contains("not sealed to your key"))
    }
}
