import Casework
import Foundation
import HTTP
import TestSupport
import Testing

@testable import CitizenWeb
@testable import Stores

/// Service feedback through the form and the JSON API: what is stored, and every hostile input refused
/// with a listed 4xx and nothing stored.
@Suite("CitizenSite: service feedback")
struct CitizenSiteFeedbackTests {
    let month = VisitMonth(CalendarDay(Date())).description

    func fields(_ site: GuardedSiteFixture, _ changes: [String: String] = [:]) throws -> [(String, String)] {
        var fields: [String: String] = [
            "ticket": try #require(HTMLForms.hiddenValue("ticket", in: try site.send(.get, "/feedback").text)),
            "province": "hue", "agency": "cong-an", "procedure": "dang-ky-khai-sinh", "month": month,
            "staff": "5", "timeliness": "4", "extras": "5", "overall": "4", "comment": "",
        ]
        fields.merge(changes) { _, new in new }
        return fields.sorted { $0.key < $1.key }
    }

    @Test func theHomePageLinksTheFormInBothLanguages() throws {
        let site = try GuardedSiteFixture()
        #expect(try site.send(.get, "/").text.contains("href=\"/feedback\""))
        #expect(try site.send(.get, "/en/").text.contains("href=\"/en/feedback\""))
        let english = try site.send(.get, "/en/feedback")
        #expect(english.status == 200 && english.text.contains("How did the staff treat you?"))
        #expect(try site.send(.get, "/feedback").text.contains("Cán bộ đối xử với bạn thế nào?"))
    }

    @Test func aRatingIsStoredAndThanked() throws {
        let site = try GuardedSiteFixture()
        let response = try site.form("/feedback", try fields(site, ["comment": "Phải chờ ba tiếng"]))
        #expect(response.status == 200 && response.text.contains("Cảm ơn"))
        #expect(site.store.feedbackCount == 1)
    }

    @Test(
        "hostile form input is refused, and nothing is stored",
        arguments: [
            (["ticket": "forged"], 400, "ticket"),
            (["agency": "bo-ngoai-giao-sao-hoa"], 422, "agency"),
            (["province": "atlantis"], 422, "province"),
            (["procedure": "x"], 422, "procedure"),
            (["overall": "7"], 422, "overall"),
            (["staff": "-1"], 422, "staff"),
            (["timeliness": "abc"], 422, "timeliness"),
            (["month": "2999-01"], 422, "month"),
            (["month": "2026-13"], 422, "month"),
            (["month": ""], 422, "month"),
            (["comment": "a\u{202E}b"], 422, "comment"),
        ])
    func formRefusals(changes: [String: String], status: Int, field: String) throws {
        let site = try GuardedSiteFixture()
        let before = site.store.recordCount
        let response = try site.form("/feedback", try fields(site, changes))
        #expect(response.status == status)
        #expect(response.text.contains("id=\"\(field)-error\"") || field == "ticket")
        #expect(site.store.recordCount == before && site.store.feedbackCount == 0)
    }

    @Test("a flood is stopped by the intake budget with 503 and Retry-After")
    func flood() throws {
        let site = try GuardedSiteFixture(configureSite: { $0.budget = IntakeBudget(perSecond: 0, burst: 3) })
        var statuses: [Int] = []
        for _ in 0..<6 { statuses.append(try site.form("/feedback", try fields(site)).status) }
        #expect(statuses == [200, 200, 200, 503, 503, 503])
        #expect(site.store.feedbackCount == 3)
        let refused = try site.form("/feedback", try fields(site))
        #expect(refused.headers["Retry-After"] != nil)
    }

    func body(_ changes: [String: Any] = [:]) -> [String: Any] {
        var body: [String: Any] = [
            "province": "hue", "agency": "cong-an", "procedure": "dang-ky-khai-sinh", "month": month, "staff": 5,
            "timeliness": 4, "extras": 5, "overall": 4,
        ]
        body.merge(changes) { _, new in new }
        return body
    }

    @Test func theAPIStoresARatingWithAProofOfWork() throws {
        let site = try GuardedSiteFixture()
        let response = try site.json("/api/v1/feedback", body().merging(try site.proofOfWork()) { a, _ in a })
        #expect(response.status == 201 && response.json["index"] != nil)
        #expect(response.headers["Candor-Challenge"] != nil)
        #expect(site.store.feedbackCount == 1)
    }

    @Test(
        "hostile API input is refused with its listed code, and nothing is stored",
        arguments: [
            ("overall", "0", 422, "invalid"),
            ("extras", "6", 422, "invalid"),
            ("agency", #""nope""#, 422, "invalid"),
            ("province", #""nope""#, 422, "invalid"),
            ("month", #""3000-01""#, 422, "invalid"),
            ("month", "202605", 400, "invalid_json"),
            ("staff", #""5""#, 400, "invalid_json"),
            ("staff", "4.5", 400, "invalid_json"),
        ])
    func apiRefusals(key: String, value: String, status: Int, code: String) throws {
        let changes = [key: try JSONSerialization.jsonObject(with: Data(value.utf8), options: .fragmentsAllowed)]
        let site = try GuardedSiteFixture()
        let before = site.store.recordCount
        let response = try site.json("/api/v1/feedback", body(changes).merging(try site.proofOfWork()) { a, _ in a })
        #expect(response.status == status)
        #expect(response.json["error"] as? String == code)
        #expect(site.store.recordCount == before)
    }

    @Test func theAPIWantsAProofOfWorkAndJSON() throws {
        let site = try GuardedSiteFixture()
        let unsolved = try site.json("/api/v1/feedback", body())
        #expect(unsolved.status == 403 && unsolved.json["error"] as? String == "proof_of_work_malformed")
        let text = try site.send(.post, "/api/v1/feedback", contentType: "text/plain", body: Array("x".utf8))
        #expect(text.status == 415)
        #expect(site.store.feedbackCount == 0)
    }
}
