import Casework
import Catalogue
import Deployment
import Foundation
import HTTP
import Outcomes
import Sodium
import TestSupport
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Stores
@testable import Web

/// `POST /api/v1/inspect/outcomes`: a signed request carrying an inspector-signed outcome entry
/// (Outcomes.md, "Publishing").
@Suite("Inspector API: outcomes")
struct InspectorOutcomeRouteTests {
    typealias Inspector = InspectorAuthenticatorTests.Inspector
    static let target = "/api/v1/inspect/outcomes"

    let folder = NSTemporaryDirectory() + "candor-outcomes-\(UUID().uuidString.prefix(8))"
    let clock = ManualClock()
    let lan: Inspector
    let minh: Inspector
    let outcomes: OutcomeStore
    let router: Router

    init() throws {
        lan = try Inspector("lan", seed: 1)
        minh = try Inspector("minh", seed: 3)
        let keys = try InspectorKeys([lan.key, minh.key])
        outcomes = try OutcomeStore(
            dataDirectory: folder, origin: "candor.test/outcomes", catalog: try Catalog.bundled())
        let authenticator = InspectorAuthenticator(keys: keys, clock: clock)
        var router = Router()
        InspectorAPI.installOutcomes(into: &router, authenticator: authenticator, outcomes: outcomes)
        self.router = router
    }

    var now: Int64 { Int64(clock.now.timeIntervalSince1970) }

    static func sample(id: String = "0123456789abcdef") -> PublicOutcome {
        PublicOutcome(
            id: id, province: "ha-noi", agency: "Phòng CSGT", procedure: "doi-giay-phep-lai-xe", kinds: ["hoi-lo"],
            outcome: "can-bo-canh-cao", outcomeLabel: "Cảnh cáo", summary: "Cán bộ tiếp nhận hồ sơ bị cảnh cáo.",
            monthReceived: "2026-04", monthResolved: "2026-05", daysToResolve: 21, deadlineMet: true)
    }

    func post(_ body: [UInt8], by inspector: Inspector? = nil) throws -> (Int, [String: Any]) {
        try (inspector ?? lan).signedPost(body, to: Self.target, time: now, router: router)
    }

    @Test func aSignedOutcomeIsPublishedWithASignedCheckpoint() throws {
        let (status, json) = try post(Self.sample().entry(signedWith: lan.signing))
        #expect(status == 200)
        #expect(json["index"] as? Int == 0)
        let checkpoint = try #require(json["checkpoint"] as? String)
        #expect(checkpoint.hasPrefix("candor.test/outcomes\n1\n"))
        #expect(checkpoint == outcomes.signedCheckpoint)
        #expect(outcomes.count == 1)
        #expect(outcomes.outcomes.first?.isSigned(by: lan.key.signingKey) == true)
        let second = try post(Self.sample(id: "fedcba9876543210").entry(signedWith: lan.signing))
        #expect(second.0 == 200)
        #expect(second.1["index"] as? Int == 1)
    }

    @Test func aForgedEntryIs403AndNothingIsAppended() throws {
        var entry = Self.sample().entry(signedWith: lan.signing)
        // Alter the summary after signing: same length, still valid JSON.
        let text = String(decoding: entry, as: UTF8.self).replacingOccurrences(of: "cảnh cáo.", with: "khiển trách")
        entry = Array(text.utf8)
        let (status, json) = try post(entry)
        #expect(status == 403)
        #expect(json["error"] as? String == "invalid_signature")
        #expect(outcomes.count == 0)
    }

    @Test func anEntrySignedByAnotherInspectorIs403() throws {
        // minh sends an entry that carries lan's key id and signature.
        let (status, json) = try post(Self.sample().entry(signedWith: lan.signing), by: minh)
        #expect(status == 403)
        #expect(json["error"] as? String == "invalid_signature")
        #expect(outcomes.count == 0)
    }

    @Test func anExtraFieldIs400() throws {
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(Self.sample().jsonLine())) as? [String: Any])
        var changed = object
        changed["contact"] = "0912345678"
        let line = try JSONSerialization.data(withJSONObject: changed, options: [.sortedKeys, .withoutEscapingSlashes])
        var signed = Array("candor-outcome-v1\n".utf8) + Array(line) + [0x0A]
        let signature = Data(lan.signing.signature(for: signed)).base64EncodedString()
        signed += Array("\(PublicOutcome.keyID(of: lan.signing.publicKey)) \(signature)\n".utf8)
        let (status, json) = try post(signed)
        #expect(status == 400)
        #expect(json["error"] as? String == "malformed_outcome")
        #expect((json["message"] as? String)?.contains("contact") == true)
        #expect(try post([1, 2, 3]).0 == 400)
        var unknown = Self.sample()
        unknown.outcome = "no-such-outcome"
        #expect(try post(unknown.entry(signedWith: lan.signing)).1["error"] as? String == "malformed_outcome")
        #expect(outcomes.count == 0)
    }

    @Test func aDuplicateIdIs409() throws {
        #expect(try post(Self.sample().entry(signedWith: lan.signing)).0 == 200)
        var again = Self.sample()
        again.summary = "Một bản khác."
        let (status, json) = try post(again.entry(signedWith: lan.signing))
        #expect(status == 409)
        #expect(json["error"] as? String == "duplicate_outcome")
        #expect(outcomes.count == 1)
    }

    @Test func anUnsignedPostIs401() throws {
        let request = try HTTPRequest(
            method: .post, target: Self.target, headers: HTTPHeaders([("Host", "localhost")]),
            body: Self.sample().entry(signedWith: lan.signing))
        #expect(router.respond(to: request).status.code == 401)
        #expect(outcomes.count == 0)
    }
}
