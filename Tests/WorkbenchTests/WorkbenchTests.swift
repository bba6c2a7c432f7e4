import Foundation
import TestSupport
import Testing
import Workbench

/// The workbench against a real candor-server (the binary): unlock, sync, the inbox, a case with its
/// photo from memory, accept and reply through the confirmation pages; the citizen reads the reply.
@Suite("Workbench: an inspector's day against a real candor-server", .serialized)
final class WorkbenchTests {
    let server: CandorServer
    let fixture: WorkbenchFixture
    let account = "At the one-stop desk the officer asked for 500,000 dong to accept the licence file."

    init() throws {
        (fixture, server) = try WorkbenchFixture.withServer()
    }

    deinit { server.stop() }

    func report() throws -> String { try WorkbenchFixture.report(account, to: server) }

    /// Sends an action through its form and its confirmation page; returns the confirmation page.
    @discardableResult
    func act(_ action: String, on id: Int, _ fields: [(String, String)] = []) throws -> String {
        let path = "/case/\(id)/act/\(action)"
        let form = try fixture.browser.get(path)
        #expect(form.status == 200)
        let csrf = try #require(HTMLForms.hiddenValue("csrf", in: form.text))
        let review = try fixture.browser.post(path, [("csrf", csrf)] + fields)
        #expect(review.status == 200, "\(review.text.prefix(600))")
        let sent = try fixture.browser.post(path, [("csrf", csrf)] + fields + [("confirm", "yes")])
        #expect(sent.status == 303, "\(sent.status) \(sent.text.prefix(600))")
        return review.text
    }

    @Test func unlockSyncOpenAcceptAndReply() throws {
        let token = try report()
        try fixture.signIn()
        try fixture.unlock()
        let synced = try fixture.sync()
        #expect(synced.text.contains("Sync finished") && synced.text.contains("verified "), "\(synced.text)")
        let inbox = try fixture.browser.get("/en/")
        #expect(inbox.status == 200)
        #expect(inbox.text.contains("1 cases: 1 new"), "\(inbox.text)")
        #expect(inbox.text.contains("<span class=\"new-mark\">new</span>"))
        let link = try #require(inbox.text.range(of: "href=\"/en/case/"))
        let id = try #require(Int(inbox.text[link.upperBound...].prefix { $0.isNumber }))
        let filtered = try fixture.browser.get("/en/?status=resolved")
        #expect(filtered.text.contains("No case matches."))

        // The case page, and the photo served from memory without its GPS block.
        let page = try fixture.browser.get("/en/case/\(id)")
        #expect(page.status == 200)
        #expect(page.text.contains("500,000 dong"))
        #expect(page.text.contains("IMG_0042.jpg") && page.text.contains("metadata stripped"))
        #expect(page.text.contains("<img class=\"attachment\" src=\"/en/case/\(id)/file/1\""))
        let photo = try fixture.browser.get("/en/case/\(id)/file/1")
        #expect(photo.header("Content-Type") == "image/jpeg")
        #expect(Array(photo.body.prefix(2)) == [0xFF, 0xD8])
        #expect(!photo.text.contains("GPS-CANARY"))

        // Accept, then reply: the composer and the confirmation say the citizen reads it.
        let accepted = try act("accept", on: id)
        #expect(accepted.contains("Ký và gửi"))
        // The inbox's order, kept for the session, is read again after the action.
        #expect(try fixture.browser.get("/en/").text.contains("<td>accepted</td>"))
        let reply = "We have received your report and asked the ward to explain."
        let composer = try fixture.browser.get("/en/case/\(id)/act/reply")
        #expect(composer.text.contains("The citizen will read this reply"))
        let confirmation = try act("reply", on: id, [("text", reply)])
        #expect(confirmation.contains(reply) && confirmation.contains("lan"))
        let after = try fixture.browser.get("/en/case/\(id)")
        #expect(after.text.contains("signature verified"))
        #expect(after.text.contains(reply))
        #expect(!after.text.contains("FLAGGED"))

        // The citizen reads the reply on the status page.
        let (type, body) = ("application/x-www-form-urlencoded", Array("token=\(token)".utf8))
        let status = try server.request("POST", "/en/status", headers: [("Content-Type", type)], body: body)
        #expect(status.text.contains(reply), "\(status.text.prefix(800))")
        #expect(status.text.contains("Accepted"))

        // Grant and transfer check as the commands do: lan already opens everything, and a flat Keys/ has
        // no unit to transfer to (the case page offers no transfer).
        #expect(!after.text.contains("/act/transfer"))
        let grantForm = try fixture.browser.get("/en/case/\(id)/act/grant")
        let grantCSRF = try #require(HTMLForms.hiddenValue("csrf", in: grantForm.text))
        let grant = try fixture.browser.post("/en/case/\(id)/act/grant", [("csrf", grantCSRF), ("assignee", "lan")])
        #expect(grant.status == 422)
        #expect(grant.text.contains("lan can already open every record of case \(id)"))
        let transfer = try fixture.browser.post(
            "/en/case/\(id)/act/transfer", [("csrf", grantCSRF), ("unit", "chinh-phu"), ("reason", "x")])
        #expect(transfer.status == 422)
        #expect(transfer.text.contains("has no units"))

        // Resolve, then publish: the preview marks a quote of the citizen's words, which needs its box.
        try act("resolve", on: id, [("outcome", "can-bo-khien-trach"), ("summary", "The officer was reprimanded.")])
        let publish = "/en/case/\(id)/publish"
        #expect(try fixture.browser.get("/en/case/\(id)").text.contains(publish))
        let csrfPublish = try fixture.csrf(publish)
        let quoting = "The citizen said the officer asked for 500,000 dong to accept the licence file."
        let marked = try fixture.browser.post(publish, [("csrf", csrfPublish), ("summary", quoting)])
        #expect(marked.status == 200, "\(marked.text.prefix(500))")
        #expect(marked.text.contains("<mark class=\"quote"), "\(marked.text)")
        let outcomeID = try #require(HTMLForms.hiddenValue("id", in: marked.text))
        let unticked = try fixture.browser.post(
            publish, [("csrf", csrfPublish), ("summary", quoting), ("id", outcomeID), ("confirm", "yes")])
        #expect(unticked.status == 422)
        #expect(unticked.text.contains("Nothing was published."))
        let own = "The ward reprimanded the officer, Nguyen Van An, after the inspection."
        let preview = try fixture.browser.post(publish, [("csrf", csrfPublish), ("summary", own)])
        #expect(preview.text.contains("<mark class=\"redacted\">Nguyen Van An</mark>"), "\(preview.text)")
        #expect(preview.text.contains("The JSON line to sign"))
        let ownID = try #require(HTMLForms.hiddenValue("id", in: preview.text))
        let published = try fixture.browser.post(
            publish, [("csrf", csrfPublish), ("summary", own), ("id", ownID), ("confirm", "yes")])
        #expect(published.status == 303, "\(published.text.prefix(800))")
        #expect(try fixture.browser.get("/en/case/\(id)").text.contains("Published outcome \(ownID)"))
        #expect(try server.request("GET", "/en/outcomes").text.contains("/en/outcomes/\(ownID)"))
        let outcome = try server.request("GET", "/en/outcomes/\(ownID)")
        #expect(outcome.text.contains("The ward reprimanded the officer"), "\(outcome.text.prefix(1500))")
        #expect(!outcome.text.contains("Nguyen Van An"))

        // The dashboard: charts with their tables, from the index.
        let dashboard = try fixture.browser.get("/en/dashboard")
        #expect(dashboard.status == 200)
        #expect(dashboard.text.contains("<svg class=\"chart\""))
        #expect(dashboard.text.contains("<th scope=\"row\">resolved</th><td>1</td>"), "\(dashboard.text)")
        #expect(dashboard.text.contains("Resolved within the deadline</dt><dd>100 % (1/1)"))

        // Locked, the same confirmed form sends nothing.
        #expect(try fixture.browser.post("/lock", [("csrf", try fixture.csrf())]).status == 303)
        let csrf = try fixture.csrf()
        let refused = try fixture.browser.post(
            "/case/\(id)/act/note", [("csrf", csrf), ("text", "never sent"), ("confirm", "yes")])
        #expect(refused.status == 403)
        try fixture.unlock()
        #expect(!(try fixture.browser.get("/en/case/\(id)").text.contains("never sent")))
        // The case was seen on the last visit: no longer new.
        let later = try fixture.browser.get("/en/")
        #expect(later.text.contains("/en/case/\(id)\""))
        #expect(!later.text.contains("new-mark"))
        let mark = try String(contentsOfFile: fixture.mirror + "/workbench-last-visit", encoding: .utf8)
        #expect(UInt64(mark.trimmingCharacters(in: .whitespacesAndNewlines)) != nil, "a count, nothing else")
    }
}
