import Casework
import Deployment
import Foundation
import HTTP
import Sodium
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Web

/// The server half of SignedRequests.md. WebTests cannot import Inspection (the server holds public
/// keys only), so requests are signed here from the spec, and the known-answer vector of
/// RequestSignerTests pins both halves to the same bytes.
@Suite("InspectorAuthenticator: signed inspector requests")
struct InspectorAuthenticatorTests {
    struct Inspector {
        let name: String
        let signing: Signing.PrivateKey
        let key: InspectorKey

        init(_ name: String, seed: UInt8) throws {
            self.name = name
            signing = try Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: seed, count: 32)))
            let sealing = try SealedBox.PrivateKey(seed: SecureBytes([UInt8](repeating: seed &+ 1, count: 32)))
            key = try InspectorKey(name: name, sealingKey: sealing.publicKey, signingKey: signing.publicKey)
        }

        /// The four fields, signed from the spec's bytes, independently of RequestSigner.
        func fields(method: String, target: String, body: [UInt8], time: Int64, nonce: [UInt8]) -> [(String, String)] {
            let nonceText = Data(nonce).base64EncodedString().replacingOccurrences(of: "+", with: "-")
                .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
            let hash = SHA256.hash(body).map { String(format: "%02x", $0) }.joined()
            let message = Array("candor-request-v1\n\(method)\n\(target)\n\(time)\n\(nonceText)\n\(hash)\n".utf8)
            return [
                ("Candor-Inspector", name), ("Candor-Time", String(time)), ("Candor-Nonce", nonceText),
                ("Candor-Signature", Data(signing.signature(for: message)).base64EncodedString()),
            ]
        }
    }

    let clock = ManualClock()
    let lan: Inspector
    let minh: Inspector
    let authenticator: InspectorAuthenticator
    let router: Router
    static let whoami = "/api/v1/inspect/whoami"

    init() throws {
        lan = try Inspector("lan", seed: 1)
        minh = try Inspector("minh", seed: 3)
        let revokedInspector = try Inspector("tuan", seed: 5)
        authenticator = InspectorAuthenticator(
            keys: try InspectorKeys([lan.key, minh.key, revokedInspector.key]),
            revoked: RevokedInspectorKeys([
                .init(key: revokedInspector.key, since: Date(timeIntervalSince1970: 1_700_000_000), reason: "test")
            ]), clock: clock)
        var router = Router()
        InspectorAPI.install(into: &router, authenticator: authenticator)
        self.router = router
    }

    var now: Int64 { Int64(clock.now.timeIntervalSince1970) }

    func request(
        _ method: HTTPMethod = .get, target: String = whoami, body: [UInt8] = [], fields: [(String, String)]
    ) throws -> HTTPRequest {
        try HTTPRequest(
            method: method, target: target, headers: HTTPHeaders([("Host", "localhost")] + fields), body: body)
    }

    func signed(
        by inspector: Inspector? = nil, method: String = "GET", target: String = whoami, body: [UInt8] = [],
        offset: Int64 = 0, nonce: [UInt8] = Random.bytes(count: 16)
    ) -> [(String, String)] {
        (inspector ?? lan).fields(method: method, target: target, body: body, time: now + offset, nonce: nonce)
    }

    func json(_ response: HTTPResponse) throws -> [String: String] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: String])
    }

    func expectRefused(_ response: HTTPResponse, _ code: Int, _ error: String) throws {
        #expect(response.status.code == code)
        #expect(response.headers["Content-Type"]?.hasPrefix("application/json") == true)
        let body = try json(response)
        #expect(body["error"] == error)
        #expect(!(body["message"] ?? "").isEmpty)
    }

    @Test func validRequestNamesTheInspector() throws {
        let response = router.respond(to: try request(fields: signed()))
        #expect(response.status == .ok)
        #expect(try json(response) == ["inspector": "lan"])
        let other = router.respond(to: try request(fields: signed(by: minh)))
        #expect(try json(other) == ["inspector": "minh"])
    }

    @Test func unknownInspectorIs401() throws {
        let stranger = try Inspector("stranger", seed: 9)
        let response = router.respond(to: try request(fields: signed(by: stranger)))
        try expectRefused(response, 401, "unknown_inspector")
        #expect(response.headers["WWW-Authenticate"] == "Candor-Signature")
    }

    @Test(arguments: ["Candor-Inspector", "Candor-Time", "Candor-Nonce", "Candor-Signature"])
    func missingFieldIs401(_ missing: String) throws {
        let fields = signed().filter { $0.0 != missing }
        try expectRefused(router.respond(to: try request(fields: fields)), 401, "unsigned_request")
    }

    @Test func noFieldsAtAllIs401() throws {
        try expectRefused(router.respond(to: try request(fields: [])), 401, "unsigned_request")
    }

    @Test func malformedTimeOrNonceIs401() throws {
        var fields = signed()
        fields[1].1 = "+" + fields[1].1
        try expectRefused(router.respond(to: try request(fields: fields)), 401, "unsigned_request")
        fields = signed()
        fields[2].1 = "AAECAwQFBgcICQoLDA0ODw=="
        try expectRefused(router.respond(to: try request(fields: fields)), 401, "unsigned_request")
    }

    @Test func flippedSignatureByteIs403() throws {
        var fields = signed()
        var signature = [UInt8](try #require(Data(base64Encoded: fields[3].1)))
        signature[10] ^= 0x01
        fields[3].1 = Data(signature).base64EncodedString()
        try expectRefused(router.respond(to: try request(fields: fields)), 403, "invalid_signature")
        fields[3].1 = "not base64"
        try expectRefused(router.respond(to: try request(fields: fields)), 403, "invalid_signature")
    }

    @Test func changedBodyIs403() throws {
        let fields = signed(method: "POST", body: Array("a".utf8))
        let result = authenticator.authenticate(
            try request(.post, body: Array("b".utf8), fields: fields), body: Array("b".utf8))
        #expect(result == .failure(.invalidSignature))
        // The body the signature covers passes.
        let good = authenticator.authenticate(
            try request(.post, body: Array("a".utf8), fields: fields), body: Array("a".utf8))
        #expect(try good.get() == lan.key)
    }

    @Test func changedPathOrQueryIs403() throws {
        let fields = signed(target: Self.whoami + "?x=1")
        try expectRefused(
            router.respond(to: try request(target: Self.whoami + "?x=2", fields: fields)), 403, "invalid_signature")
        try expectRefused(
            router.respond(to: try request(target: Self.whoami, fields: fields)), 403, "invalid_signature")
        // The target is signed as sent, so an encoding of the same path is a different target.
        let plain = signed()
        try expectRefused(
            router.respond(to: try request(target: "/api/v1/inspect/who%61mi", fields: plain)), 403, "invalid_signature"
        )
    }

    @Test func changedMethodIs403() throws {
        try expectRefused(router.respond(to: try request(fields: signed(method: "POST"))), 403, "invalid_signature")
    }

    @Test func anotherInspectorsNameIs403() throws {
        var fields = signed(by: minh)
        fields[0].1 = "lan"
        try expectRefused(router.respond(to: try request(fields: fields)), 403, "invalid_signature")
    }

    @Test func timeWindowIsFiveMinutesEitherWay() throws {
        clock.advance(600)  // a server that started ten minutes ago takes requests signed in its window
        #expect(router.respond(to: try request(fields: signed(offset: 300))).status == .ok)
        #expect(router.respond(to: try request(fields: signed(offset: -300))).status == .ok)
        try expectRefused(router.respond(to: try request(fields: signed(offset: 301))), 403, "stale_request")
        try expectRefused(router.respond(to: try request(fields: signed(offset: -301))), 403, "stale_request")
    }

    @Test func replayIs403() throws {
        let fields = signed()
        #expect(router.respond(to: try request(fields: fields)).status == .ok)
        try expectRefused(router.respond(to: try request(fields: fields)), 403, "replayed_request")
        // Still refused just before the request goes stale, at the edge of the window.
        clock.advance(300)
        try expectRefused(router.respond(to: try request(fields: fields)), 403, "replayed_request")
        clock.advance(1)
        try expectRefused(router.respond(to: try request(fields: fields)), 403, "stale_request")
        // The same nonce from another inspector is a different request.
        let nonce = [UInt8](repeating: 7, count: 16)
        #expect(router.respond(to: try request(fields: signed(nonce: nonce))).status == .ok)
        #expect(router.respond(to: try request(fields: signed(by: minh, nonce: nonce))).status == .ok)
    }

    /// The nonce memory lives in the process: a request signed before the server started could have been
    /// seen by the process before it, so it is refused as stale rather than taken again after a restart.
    @Test func aRequestSignedBeforeARestartIsNotTakenAgain() throws {
        let fields = signed()
        #expect(router.respond(to: try request(fields: fields)).status == .ok)
        clock.advance(10)
        let restarted = InspectorAuthenticator(keys: authenticator.keys, revoked: authenticator.revoked, clock: clock)
        #expect(restarted.authenticate(try request(fields: fields), body: []) == .failure(.staleRequest))
        // A request signed since the restart is served, and one from the same second as the start too.
        #expect(try restarted.authenticate(try request(fields: signed()), body: []).get() == lan.key)
    }

    @Test func refusedRequestsDoNotBurnTheirNonce() throws {
        let nonce = [UInt8](repeating: 9, count: 16)
        try expectRefused(
            router.respond(to: try request(fields: signed(offset: 400, nonce: nonce))), 403, "stale_request")
        #expect(router.respond(to: try request(fields: signed(nonce: nonce))).status == .ok)
    }

    @Test func nonceMemoryIsBounded() throws {
        let small = InspectorAuthenticator(keys: authenticator.keys, clock: clock, capacity: 2)
        func attempt() throws -> Result<InspectorKey, AuthenticationFailure> {
            small.authenticate(try request(fields: signed()), body: [])
        }
        #expect(try attempt().get() == lan.key)
        #expect(try attempt().get() == lan.key)
        #expect(try attempt() == .failure(.tooManyRequests))
        clock.advance(601)  // 10 minutes on, the first two are forgotten
        #expect(try attempt().get() == lan.key)
    }

    @Test func revokedKeyIs403() throws {
        let tuan = try Inspector("tuan", seed: 5)
        try expectRefused(router.respond(to: try request(fields: signed(by: tuan))), 403, "revoked_key")
        // A revocation dated in the future does not refuse yet.
        let later = InspectorAuthenticator(
            keys: authenticator.keys,
            revoked: RevokedInspectorKeys([
                .init(key: tuan.key, since: clock.now.addingTimeInterval(60), reason: "test")
            ]),
            clock: clock)
        #expect(try later.authenticate(try request(fields: signed(by: tuan)), body: []).get() == tuan.key)
        clock.advance(60)
        #expect(later.authenticate(try request(fields: signed(by: tuan)), body: []) == .failure(.revokedKey))
    }

    @Test func revokedKeyNoLongerListedIs403() throws {
        let only = InspectorAuthenticator(
            keys: try InspectorKeys([lan.key]),
            revoked: RevokedInspectorKeys([.init(key: minh.key, since: Date(timeIntervalSince1970: 0), reason: "test")]
            ),
            clock: clock)
        #expect(only.authenticate(try request(fields: signed(by: minh)), body: []) == .failure(.revokedKey))
    }

    /// The known-answer vector of RequestSignerTests (SignedRequests.md), checked by the server.
    @Test func knownAnswerVectorVerifies() throws {
        let signing = try Signing.PrivateKey(seed: SecureBytes([UInt8](0x60..<0x80)))
        let sealing = try SealedBox.PrivateKey(seed: SecureBytes([UInt8](0x40..<0x60)))
        let key = try InspectorKey(name: "lan", sealingKey: sealing.publicKey, signingKey: signing.publicKey)
        let vectorClock = ManualClock()  // 1_800_000_000, the vector's time
        let server = InspectorAuthenticator(keys: try InspectorKeys([key]), clock: vectorClock)
        let body = Array(#"{"note":"xin chào"}"#.utf8)
        let fields: [(String, String)] = [
            ("Candor-Inspector", "lan"), ("Candor-Time", "1800000000"), ("Candor-Nonce", "AAECAwQFBgcICQoLDA0ODw"),
            (
                "Candor-Signature",
                "xXDrEMrhIvSJ4DmozLpTLmHTqrOV+Lxuu72OX/VL5c4UGYoNd9pHNT0/DEyb9Ax9Y+kFaGRQ4p1p+2Sim7UsBw=="
            ),
        ]
        let vector = try request(.post, target: "/api/v1/inspect/whoami?after=12&x=%C3%A9", body: body, fields: fields)
        #expect(try server.authenticate(vector, body: body).get() == key)
    }
}
