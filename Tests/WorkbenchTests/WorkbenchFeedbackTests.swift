import Casework
import Foundation
import TestSupport
import Testing
import Workbench

/// The Feedback page against a real candor-server: the feedback of the inspector's units per agency
/// and procedure, apart from the cases, and a comment opened as a case through its confirmation page.
@Suite("Workbench: the Feedback page and opening a case from a comment", .serialized)
final class WorkbenchFeedbackTests {
    let server: CandorServer
    let fixture: WorkbenchFixture
    let comment = "The officer at desk 3 asked for 200,000 dong before taking the file."

    init() throws {
        (fixture, server) = try WorkbenchFixture.withServer()
    }

    deinit { server.stop() }

    func rate(overall: String, comment: String) throws {
        let form = try server.request("GET", "/en/feedback")
        let ticket = try #require(HTMLForms.hiddenValue("ticket", in: form.text))
        let fields = [
            ("ticket", ticket), ("province", "hue"), ("agency", "cong-an"), ("procedure", "dang-ky-khai-sinh"),
            ("month", VisitMonth(CalendarDay(Date())).description), ("staff", "2"), ("timeliness", "3"),
            ("extras", "1"), ("overall", overall), ("comment", comment),
        ]
        let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
        let sent = try server.request(
            "POST", "/en/feedback", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Array(body.utf8))
        try #require(sent.status == 200, "\(sent.text.prefix(400))")
    }

    @Test func feedbackPerAgencyAndACommentOpenedAsACase() throws {
        try rate(overall: "1", comment: comment)
        try rate(overall: "4", comment: "")
        try fixture.signIn()
        try fixture.unlock()
        _ = try fixture.sync()
        #expect(try fixture.browser.get("/en/").text.contains("href=\"/en/feedback\""), "linked from the inbox")

        // The page, in both languages, apart from the cases: counts, means, the comment opened in memory.
        let page = try fixture.browser.get("/en/feedback")
        #expect(page.status == 200)
        #expect(page.text.contains("<h1>Feedback</h1>") && page.text.contains(comment))
        #expect(page.text.contains("<td>2</td><td>2.0</td><td>3.0</td><td>1.0</td><td>2.5</td>"), "\(page.text)")
        #expect(!page.text.contains("<script"))
        #expect(try fixture.browser.get("/feedback").text.contains("<h1>Góp ý</h1>"))
        let marker = try #require(page.text.range(of: "action=\"/en/feedback/"))
        let record = try #require(Int(page.text[marker.upperBound...].prefix { $0.isNumber }))
        let path = "/en/feedback/\(record)/open-case"
        let csrf = try #require(HTMLForms.hiddenValue("csrf", in: page.text))
        let reason = [("reason", "Asks for money: a bribe")]

        // The workbench's checks: another origin, no CSRF token; no reason is a 422.
        #expect(try fixture.browser.post(path, [("csrf", csrf)] + reason, origin: "http://evil.example").status == 403)
        #expect(try fixture.browser.post(path, reason).status == 403)
        #expect(try fixture.browser.post(path, [("csrf", csrf)]).status == 422)

        // The confirmation shows what is signed; only confirm=yes sends it.
        let review = try fixture.browser.post(path, [("csrf", csrf)] + reason)
        #expect(review.status == 200)
        #expect(review.text.contains(comment) && review.text.contains("Asks for money: a bribe"))
        #expect(review.text.contains("The case has no citizen") && review.text.contains("lan"))
        let sent = try fixture.browser.post(path, [("csrf", csrf)] + reason + [("confirm", "yes")])
        #expect(sent.status == 303, "\(sent.status) \(sent.text.prefix(600))")
        let location = try #require(sent.header("Location"))
        let id = try #require(Int(location.split(separator: "/").last ?? ""))
        let casePage = try fixture.browser.get(location)
        #expect(casePage.status == 200 && casePage.text.contains(comment))
        // No citizen reads a reply on such a case: the page offers none (accept is offered).
        #expect(!casePage.text.contains("/act/reply\"") && casePage.text.contains("/act/accept\""))
        #expect(try fixture.browser.get("/en/feedback").text.contains("Opened as case \(id)"))

        // A second opening is refused before anything is signed.
        let again = try fixture.browser.post(path, [("csrf", csrf)] + reason + [("confirm", "yes")])
        #expect(again.status == 422 && again.text.contains("was already opened as case \(id)"))
    }

    @Test func aLockedWorkbenchShowsNoFeedback() throws {
        try rate(overall: "1", comment: comment)
        try fixture.signIn()
        let locked = try fixture.browser.get("/en/feedback")
        #expect(locked.status == 403 && !locked.text.contains(comment))
        let opened = try fixture.browser.post(
            "/en/feedback/1/open-case", [("csrf", try fixture.csrf()), ("reason", "x")])
        #expect(opened.status == 403)
    }
}
