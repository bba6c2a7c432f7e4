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

/// `POST /api/v1/inspect/events`: a signed request carrying a signed event (Events.md).
@Suite("Inspector API: events")
struct InspectorEventRouteTests {
    typealias Inspector = InspectorAuthenticatorTests.Inspector
    static let target = "/api/v1/inspect/events"

    let folder = NSTemporaryDirectory() + "candor-events-\(UUID().uuidString.prefix(8))"
    let clock = ManualClock()
    let lan: Inspector
    let minh: Inspector
    let lanSealing: SealedBox.PrivateKey
    let store: IntakeStore
    let router: Router
    let receipt: Receipt

    init() throws {
        lan = try Inspector("lan", seed: 1)
        minh = try Inspector("minh", seed: 3)
        lanSealing = try SealedBox.PrivateKey(seed: SecureBytes([UInt8](repeating: 2, count: 32)))
        let keys = try InspectorKeys([lan.key, minh.key])
        var configuration = IntakeStore.Configuration(catalog: try Catalog.bundled())
        configuration.clock = clock
        store = try IntakeStore(dataDirectory: folder, inspectorKeys: keys, configuration: configuration)
        receipt = try store.submit(
            report: Report(
                province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng CSGT",
                misconduct: ["hoi-lo"], account: "Cán bộ đòi 500.000 đồng để nhận hồ sơ.", month: 1, year: 2027))
        let authenticator = InspectorAuthenticator(keys: keys, clock: clock)
        var router = Router()
        InspectorAPI.install(into: &router, authenticator: authenticator)
        InspectorAPI.installEvents(into: &router, authenticator: authenticator, store: store)
        self.router = router
    }

    var now: Int64 { Int64(clock.now.timeIntervalSince1970) }

    func event(
        _ action: InspectorEvent.Action, _ details: EventDetails = EventDetails(), by inspector: Inspector? = nil
    )
        throws -> [UInt8]
    {
        let signer = inspector ?? lan
        return try InspectorEvent.make(
            action: action, details: details, caseTag: receipt.caseTag, replyKey: receipt.token.replyKey().publicKey,
            inspectors: store.inspectorKeys.sealingKeys, time: now, inspector: signer.name, signingKey: signer.signing
        ).bytes
    }

    func post(_ body: [UInt8], by inspector: Inspector? = nil) throws -> (Int, [String: Any]) {
        try (inspector ?? lan).signedPost(body, to: Self.target, time: now, router: router)
    }

    @Test func acceptThenReplyAreAppendedAndTheCitizenReadsTheReply() throws {
        let (status, json) = try post(try event(.accept))
        #expect(status == 200)
        #expect(json["index"] as? Int == 2, "after the day mark and the report")
        let reply = try post(try event(.reply, EventDetails(text: "Đã chuyển hồ sơ cho phường.")))
        #expect(reply.0 == 200)
        let timeline = try store.timeline(token: receipt.token)
        #expect(timeline.last?.details?.text == "Đã chuyển hồ sơ cho phường.")
    }

    @Test func aForgedEventIs403AndNothingIsAppended() throws {
        var bytes = try event(.accept)
        bytes[bytes.count - 5] ^= 0x40
        let before = store.recordCount
        let (status, json) = try post(bytes)
        #expect(status == 403)
        #expect(json["error"] as? String == "invalid_signature")
        #expect(store.recordCount == before)
    }

    @Test func refusalsHaveTheirCodes() throws {
        // minh's request carrying lan's event.
        #expect(try post(try event(.accept), by: minh).1["error"] as? String == "signer_mismatch")
        #expect(try post([1, 2, 3]).1["error"] as? String == "malformed_event")
        #expect(try post(try event(.resolve, EventDetails(outcome: "khong-vi-pham", summary: "x"))).0 == 409)
        #expect(try post(try event(.accept)).0 == 200)
        let again = try post(try event(.decline, EventDetails(reason: "trùng")))
        #expect(again.0 == 409)
        #expect(again.1["error"] as? String == "conflict")
        #expect(store.recordCount == 3, "the day mark, the report and the accept")
    }

    @Test func anUnsignedPostIs401() throws {
        let request = try HTTPRequest(
            method: .post, target: Self.target, headers: HTTPHeaders([("Host", "localhost")]), body: try event(.accept))
        #expect(router.respond(to: request).status.code == 401)
        #expect(store.recordCount == 2, "the day mark and the report")
    }
}
