import Foundation
import TestSupport
import Testing
import Workbench

/// Workbench+Requests.swift: each check refuses with a 403 (Workbench.docc, "Security model").
@Suite("Workbench: the Host, Origin, session, CSRF and lock checks", .serialized)
struct WorkbenchRequestsTests {
    @Test func theOneTimeURLIsExchangedOnceForAStrictCookie() throws {
        let fixture = try WorkbenchFixture()
        let url = fixture.workbench.oneTimeURL
        #expect(url.hasPrefix("http://127.0.0.1:\(fixture.workbench.port)/login?token="))
        let target = String(url[url.range(of: "/login")!.lowerBound...])
        let first = try fixture.browser.get(target)
        #expect(first.status == 303)
        let cookie = try #require(first.header("Set-Cookie"))
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
        let other = FormBrowser(port: fixture.workbench.port)
        #expect(try other.get(target).status == 403, "the token is spent")
        #expect(try other.get("/").status == 403, "no session without the cookie")
        #expect(try other.get("/login?token=00").status == 403)
        let page = try fixture.browser.get("/")
        #expect(page.status == 200)
        #expect(page.text.contains("name=\"passphrase\""))
        let policy = try #require(page.header("Content-Security-Policy"))
        #expect(policy.contains("default-src 'none'"))
        #expect(!page.text.contains("<script"))
    }

    @Test(arguments: ["evil.example:PORT", "127.0.0.1:1", "localhost", "candor.rebind.example"])
    func aWrongHostIsRefused(_ host: String) throws {
        let fixture = try WorkbenchFixture()
        try fixture.signIn()
        fixture.browser.host = host.replacingOccurrences(of: "PORT", with: String(fixture.workbench.port))
        #expect(try fixture.browser.get("/").status == 403)
        fixture.browser.host = "localhost:\(fixture.workbench.port)"
        #expect(try fixture.browser.get("/").status == 200)
    }

    @Test func aCrossOriginOrOriginlessPostIsRefused() throws {
        let fixture = try WorkbenchFixture()
        try fixture.signIn()
        let csrf = try fixture.csrf()
        let form = [("csrf", csrf), ("passphrase", WorkbenchFixture.passphrase)]
        #expect(try fixture.browser.post("/unlock", form, origin: "http://evil.example").status == 403)
        #expect(try fixture.browser.post("/unlock", form, origin: "null").status == 403)
        #expect(try fixture.browser.post("/unlock", form, sendsOrigin: false).status == 403)
        #expect(try fixture.browser.get("/").text.contains("name=\"passphrase\""), "still locked")
    }

    @Test func aMissingOrStaleCSRFTokenIsRefused() throws {
        let fixture = try WorkbenchFixture()
        try fixture.signIn()
        let stale = try fixture.csrf()
        #expect(try fixture.browser.post("/unlock", [("passphrase", WorkbenchFixture.passphrase)]).status == 403)
        #expect(
            try fixture.browser.post("/unlock", [("csrf", "0" + stale.dropFirst()), ("passphrase", "x")]).status == 403)
        // Locking renews the token: a form rendered before is stale.
        #expect(try fixture.browser.post("/lock", [("csrf", stale)]).status == 303)
        #expect(
            try fixture.browser.post("/unlock", [("csrf", stale), ("passphrase", WorkbenchFixture.passphrase)]).status
                == 403)
        #expect(try fixture.csrf() != stale)
    }

    @Test func aLockedSessionSignsAndSendsNothing() throws {
        let fixture = try WorkbenchFixture()
        try fixture.signIn()
        let csrf = try fixture.csrf()
        #expect(try fixture.browser.post("/sync", [("csrf", csrf)]).status == 403)
        #expect(try fixture.browser.post("/case/0/act/accept", [("csrf", csrf), ("confirm", "yes")]).status == 403)
        #expect(try fixture.browser.get("/case/0").status == 403)
        let wrong = try fixture.browser.post("/unlock", [("csrf", csrf), ("passphrase", "not the passphrase")])
        #expect(wrong.status == 403)
    }

    @Test func theIdleLockWipesTheKey() throws {
        let fixture = try WorkbenchFixture(idleLock: .milliseconds(400))
        try fixture.signIn()
        try fixture.unlock()
        #expect(try fixture.browser.get("/").text.contains("/lock"), "unlocked: the Lock button shows")
        Thread.sleep(forTimeInterval: 1.5)
        let page = try fixture.browser.get("/")
        #expect(page.text.contains("name=\"passphrase\""), "locked again")
        #expect(try fixture.browser.post("/sync", [("csrf", try fixture.csrf())]).status == 403)
    }
}
