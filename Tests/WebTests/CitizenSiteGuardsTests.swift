import Casework
import Foundation
import HTTP
import Sodium
import TestSupport
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Web

/// Every write path costs a ticket or a proof of work, and is admitted (disk reserve, budget, case
/// bound, fields) before any of its bytes reach the log (SECURITY.md, M1 and M2).
@Suite("Citizen site: what a write costs and when it is admitted")
struct CitizenSiteGuardsTests {
    @Test func theFollowUpAndRatingFormsCarryATicketAndNeedOne() throws {
        let site = try GuardedSiteFixture(configureStore: { $0.isResolved = { _ in true } })
        let token = try site.newCase().grouped
        let page = try site.form("/status", [("token", token)])
        #expect(page.status == 200)
        #expect(page.text.components(separatedBy: "name=\"ticket\"").count == 3, "both forms carry a ticket")
        let ticket = try #require(HTMLForms.hiddenValue("ticket", in: page.text))

        let before = site.store.recordCount
        let photo = [(name: "file", filename: "a.jpg", type: "image/jpeg", bytes: HTMLForms.jpegWithGPS())]
        let unticketed = try site.multipart("/status/add", [("token", token), ("text", "Thêm.")], files: photo)
        #expect(unticketed.status == 400)
        #expect(unticketed.text.contains(Language.vi.strings.errorTicket))
        #expect(site.store.recordCount == before, "a follow-up without a ticket stored something")
        let rating = try site.form("/status/rate", [("token", token), ("rating", "4")])
        #expect(rating.status == 400)
        #expect(site.store.recordCount == before, "a rating without a ticket was stored")

        let added = try site.multipart(
            "/status/add", [("token", token), ("ticket", ticket), ("text", "Thêm.")], files: photo)
        #expect(added.status == 200)
        #expect(added.text.contains(Language.vi.strings.statusAdded))
        let reused = try site.multipart("/status/add", [("token", token), ("ticket", ticket), ("text", "Lại.")])
        #expect(reused.status == 400, "a spent ticket was accepted again")
        let rated = try site.form("/status/rate", [("token", token), ("ticket", try site.ticket()), ("rating", "4")])
        #expect(rated.status == 200)
        #expect(rated.text.contains(Language.vi.strings.statusRated))
    }

    @Test func theAPIFollowUpAndRatingNeedAProofOfWork() throws {
        let site = try GuardedSiteFixture(configureStore: { $0.isResolved = { _ in true } })
        let token = try site.newCase().grouped
        let before = site.store.recordCount
        for path in ["/api/v1/followups", "/api/v1/ratings"] {
            let bare = try site.json(path, ["token": token, "text": "Thêm.", "level": "satisfied"])
            #expect(bare.status == 403, "\(path) without a proof of work")
            #expect(bare.json["error"] as? String == "proof_of_work_malformed")
            #expect(bare.headers["Candor-Challenge"] != nil, "\(path): the refusal carries the next challenge")
        }
        #expect(site.store.recordCount == before)

        let proof = try site.proofOfWork()
        let body = proof.merging(["token": token, "text": "Thêm chi tiết."]) { a, _ in a }
        let created = try site.json("/api/v1/followups", body)
        #expect(created.status == 201)
        let next = try #require(created.headers["Candor-Challenge"])
        #expect(created.headers["Candor-Challenge-Difficulty"] == "0")
        let replay = try site.json("/api/v1/followups", body)
        #expect(replay.status == 403)
        #expect(replay.json["error"] as? String == "proof_of_work_alreadyUsed")
        let rated = try site.json(
            "/api/v1/ratings", try site.proofOfWork(next).merging(["token": token, "level": "satisfied"]) { a, _ in a })
        #expect(rated.status == 201)
        #expect(site.store.recordCount == before + 2)
    }

    @Test func aChallengeIsJudgedAtTheDifficultyOfTheMomentItIsSpent() throws {
        let budget = IntakeBudget(perSecond: 0, burst: 4)
        let site = try GuardedSiteFixture(configureSite: {
            $0.proofOfWorkBits = 0...8
            $0.budget = budget
        })
        // Fetched while the budget is full: the easiest challenge.
        let easy = try site.send(.get, "/api/v1/challenge").json
        #expect(easy["difficulty"] as? Int == 0)
        // Load arrives: three quarters of the budget are spent, so the difficulty is now 6 bits.
        for _ in 0..<3 { #expect(budget.take() == nil) }
        let report: [String: Any] = [
            "province": "hue", "procedure": "khac", "agency": "UBND", "misconduct": ["khac"], "account": "Đòi tiền.",
            "year": 2026,
        ]
        let before = site.store.recordCount
        let stale = try site.json(
            "/api/v1/reports",
            try site.proofOfWork(try #require(easy["challenge"] as? String)).merging(["report": report]) { a, _ in a })
        #expect(stale.status == 403)
        #expect(stale.json["error"] as? String == "proof_of_work_tooEasy")
        #expect(site.store.recordCount == before)
        let harder = try #require(stale.headers["Candor-Challenge"])
        #expect(Int(stale.headers["Candor-Challenge-Difficulty"] ?? "") == 6)
        let accepted = try site.json(
            "/api/v1/reports", try site.proofOfWork(harder).merging(["report": report]) { a, _ in a })
        #expect(accepted.status == 201)
    }

    @Test func theBudgetChargesBytesAsWellAsRequests() throws {
        let site = try GuardedSiteFixture(configureSite: {
            $0.budget = IntakeBudget(perSecond: 1000, burst: 1000, bytesPerSecond: 1, byteBurst: 200_000)
        })
        let big = [
            (name: "file", filename: "a.pdf", type: "application/pdf", bytes: [UInt8](repeating: 0x25, count: 150_000))
        ]
        #expect(try site.submitReport(files: big).status == 200)
        let before = site.store.recordCount
        let busy = try site.submitReport(files: big)
        #expect(busy.status == 503)
        #expect(Int(busy.headers["Retry-After"] ?? "") ?? 0 > 1000, "150 KB at 1 byte/s takes long to refill")
        #expect(site.store.recordCount == before, "a refused upload stored chunks")
        #expect(try site.submitReport().status == 200, "a small report still fits")
    }

    @Test func aFollowUpsAttachmentIsNotStoredBeforeTheFollowUpIsAdmitted() throws {
        let site = try GuardedSiteFixture(configureStore: { $0.maximumRecordsPerCase = 2 })
        let token = try site.newCase().grouped
        let photo = [(name: "file", filename: "a.jpg", type: "image/jpeg", bytes: HTMLForms.jpegWithGPS())]
        var before = site.store.recordCount
        let tooLong = String(repeating: "a", count: FollowUp.Limits.text + 1)
        let invalid = try site.multipart(
            "/en/status/add", [("token", token), ("ticket", try site.ticket()), ("text", tooLong)], files: photo)
        #expect(invalid.status == 422)
        #expect(site.store.recordCount == before, "the photo of an invalid follow-up was stored")

        #expect(
            try site.multipart("/en/status/add", [("token", token), ("ticket", try site.ticket()), ("text", "Một.")])
                .status == 200)
        before = site.store.recordCount
        let full = try site.multipart(
            "/en/status/add", [("token", token), ("ticket", try site.ticket()), ("text", "Hai.")], files: photo)
        #expect(full.status == 409)
        #expect(full.text.contains(Language.en.strings.statusCaseFull))
        #expect(site.store.recordCount == before, "the photo of a follow-up to a full case was stored")
        let api = try site.json(
            "/api/v1/followups", try site.proofOfWork().merging(["token": token, "text": "Ba."]) { a, _ in a })
        #expect(api.status == 409)
        #expect(api.json["error"] as? String == "case_full")
    }
}
