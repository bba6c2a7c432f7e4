import API
import Casework
import Catalogue
import Deployment
import Foundation
import HTTP
import Sodium
import TestSupport
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Stores
@testable import Web

/// The JSON API's refusals (issue 12, "A refused sealed rating is a 500"): every refusal of a
/// citizen's request is a 4xx with its own `error` code; a 5xx is left for real storage failures.
@Suite("JSON API: every refusal is a 4xx with its own code")
struct CitizenSiteAPITests {
    /// A citizen site on a fresh store, answered through its router (no socket needed).
    final class Fixture {
        let folder = NSTemporaryDirectory() + "candor-api-\(UUID().uuidString.prefix(8))"
        let sealing = SealedBox.PrivateKey()
        let store: IntakeStore
        let router: Router

        init(resolved: Bool) throws {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let key = try InspectorKey(
                name: "lan", sealingKey: sealing.publicKey, signingKey: Signing.PrivateKey().publicKey)
            var configuration = IntakeStore.Configuration(catalog: try Catalog.bundled())
            if resolved { configuration.isResolved = { _ in true } }
            store = try IntakeStore(
                dataDirectory: folder, inspectorKeys: try InspectorKeys([key]), configuration: configuration)
            var site = try CitizenSite.Configuration(secret: SecureBytes.random(count: 32))
            site.proofOfWorkBits = 0...0
            router = try CitizenSite(store: store, configuration: site).router()
        }

        deinit {
            store.close()
            try? FileManager.default.removeItem(atPath: folder)
        }

        /// POSTs `object` as JSON; the status and the JSON reply.
        func post(_ target: String, _ object: [String: Any]) throws -> (status: Int, reply: [String: Any]) {
            let body = Array(try JSONSerialization.data(withJSONObject: object))
            let request = try HTTPRequest(
                method: .post, target: target,
                headers: HTTPHeaders([("Host", "localhost"), ("Content-Type", "application/json")]), body: body)
            let response = router.respond(to: request)
            let reply = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
            return (response.status.code, reply)
        }

        /// A fresh challenge and its solution, as every API write needs.
        func solvedChallenge() throws -> [String: Any] {
            let get = try HTTPRequest(
                method: .get, target: "/api/v1/challenge", headers: HTTPHeaders([("Host", "localhost")]), body: [])
            let answer = try #require(
                try JSONSerialization.jsonObject(with: Data(router.respond(to: get).body)) as? [String: Any])
            let text = try #require(answer["challenge"] as? String)
            return ["challenge": text, "counter": try #require(Hashcash.solve(text))]
        }

        /// POSTs `object` to a write endpoint with a solved challenge added.
        func write(_ target: String, _ object: [String: Any]) throws -> (status: Int, reply: [String: Any]) {
            try post(target, object.merging(try solvedChallenge()) { own, _ in own })
        }

        /// Submits `envelope` with a solved challenge.
        func submit(envelope: [UInt8]) throws -> (status: Int, reply: [String: Any]) {
            try write("/api/v1/reports", ["envelope": Data(envelope).base64EncodedString()])
        }

        /// What a citizen's own software seals for the case of `token`.
        func seal(_ body: CaseMessage.Body, token: CaseToken) throws -> [UInt8] {
            let message = CaseMessage(body: body)
            let reply = token.replyKey().publicKey
            return try Envelope.seal(
                plaintext: message.encoded(), kind: message.kind, caseTag: store.caseTag(for: token), replyKey: reply,
                signingKey: token.signingKey(), recipients: store.inspectorKeys.sealingKeys + [reply])
        }
    }

    static let report = Report(
        province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng CSGT Công an phường Ba Đình",
        misconduct: ["hoi-lo"], account: "Cán bộ đòi 500.000 đồng để nhận hồ sơ.", month: 4, year: 2026)

    @Test func aSealedRatingOfAnUnresolvedCaseIsAConflict() throws {
        let fixture = try Fixture(resolved: false)
        let token = CaseToken()
        #expect(try fixture.submit(envelope: fixture.seal(.report(Self.report), token: token)).status == 201)
        let rating = try fixture.submit(envelope: fixture.seal(.rating(Rating(level: .satisfied)), token: token))
        #expect(rating.status == 409)
        #expect(rating.reply["error"] as? String == "not_resolved")
    }

    @Test func aSecondSealedRatingIsAConflict() throws {
        let fixture = try Fixture(resolved: true)
        let token = CaseToken()
        #expect(try fixture.submit(envelope: fixture.seal(.report(Self.report), token: token)).status == 201)
        #expect(
            try fixture.submit(envelope: fixture.seal(.rating(Rating(level: .neutral)), token: token)).status == 201)
        let again = try fixture.submit(envelope: fixture.seal(.rating(Rating(level: .satisfied)), token: token))
        #expect(again.status == 409)
        #expect(again.reply["error"] as? String == "already_rated")
    }

    @Test func aSealedFollowUpOfNoCaseIsNotFound() throws {
        let fixture = try Fixture(resolved: false)
        let lost = try fixture.submit(envelope: fixture.seal(.followUp(FollowUp(text: "Thêm.")), token: CaseToken()))
        #expect(lost.status == 404)
        #expect(lost.reply["error"] as? String == "no_such_case")
    }

    /// The other refusals of `POST /api/v1/reports`, each a 4xx with its own code.
    @Test func submissionRefusals() throws {
        let fixture = try Fixture(resolved: false)
        let token = CaseToken()
        let report = try fixture.seal(.report(Self.report), token: token)
        #expect(try fixture.submit(envelope: report).status == 201)
        // The same case opened twice, a follow-up sealed to the wrong keys, bytes that are no envelope.
        let again = try fixture.submit(envelope: fixture.seal(.report(Self.report), token: token))
        #expect(again.status == 400 && again.reply["error"] as? String == "invalid_envelope")
        let reply = token.replyKey().publicKey
        let stranger = try Envelope.seal(
            plaintext: CaseMessage(body: .followUp(FollowUp(text: "Thêm."))).encoded(), kind: .followUp,
            caseTag: fixture.store.caseTag(for: token), replyKey: reply, signingKey: token.signingKey(),
            recipients: [SealedBox.PrivateKey().publicKey, reply])
        let wrongKeys = try fixture.submit(envelope: stranger)
        #expect(wrongKeys.status == 400 && wrongKeys.reply["error"] as? String == "invalid_envelope")
        #expect((wrongKeys.reply["message"] as? String)?.contains("current inspector keys") == true)
        let garbage = try fixture.submit(envelope: [1, 2, 3])
        #expect(garbage.status == 400 && garbage.reply["error"] as? String == "invalid_envelope")
        // Neither a report nor an envelope; an envelope that is not base64; a body that is not JSON.
        let nothing = try fixture.post("/api/v1/reports", ["challenge": "x", "counter": 0])
        #expect(nothing.status == 403)  // the proof of work is checked first
        #expect((nothing.reply["error"] as? String)?.hasPrefix("proof_of_work_") == true)
        let missing = try fixture.post("/api/v1/reports", try fixture.solvedChallenge())
        #expect(missing.status == 400 && missing.reply["error"] as? String == "missing_report")
        let notJSON = try fixture.post("/api/v1/reports", ["challenge": 5])
        #expect(notJSON.status == 400 && notJSON.reply["error"] as? String == "invalid_json")
    }

    /// Every token path: a typo and a malformed token are 400s with their own codes, an unknown case 404.
    @Test(arguments: ["/api/v1/status", "/api/v1/followups", "/api/v1/ratings", "/api/v1/case-tag"])
    func tokenRefusals(target: String) throws {
        let fixture = try Fixture(resolved: false)
        let canonical = CaseToken().canonical
        var typo = Array(canonical)
        typo[3] = typo[3] == "A" ? "B" : "A"
        let badCheck = try fixture.post(target, ["token": String(typo), "text": "x", "level": "neutral"])
        #expect(badCheck.status == 400)
        #expect(["bad_check_character", "malformed_token"].contains(badCheck.reply["error"] as? String ?? ""))
        let malformed = try fixture.post(target, ["token": "nope", "text": "x", "level": "neutral"])
        #expect(malformed.status == 400)
        #expect(malformed.reply["error"] as? String == "malformed_token")
        guard target != "/api/v1/case-tag" else { return }
        let unknown = try fixture.write(target, ["token": canonical, "text": "Thêm chi tiết.", "level": "neutral"])
        #expect(unknown.status == 404)
        #expect(unknown.reply["error"] as? String == "no_such_case")
    }

    /// A follow-up or rating that is not valid is a 422 naming its fields.
    @Test func invalidWritesAreUnprocessable() throws {
        let fixture = try Fixture(resolved: true)
        let token = CaseToken()
        #expect(try fixture.submit(envelope: fixture.seal(.report(Self.report), token: token)).status == 201)
        let blank = try fixture.write("/api/v1/followups", ["token": token.canonical, "text": "   "])
        #expect(blank.status == 422)
        #expect(blank.reply["error"] as? String == "invalid")
        let level = try fixture.write("/api/v1/ratings", ["token": token.canonical, "level": "ecstatic"])
        #expect(level.status == 422)
        #expect(level.reply["error"] as? String == "invalid")
    }
}
