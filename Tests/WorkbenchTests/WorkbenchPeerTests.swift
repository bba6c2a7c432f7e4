import Foundation
import HTTP
import TestSupport
import Testing

@testable import Workbench

/// Workbench+Requests.swift's first check: a request whose peer is not this machine is refused with a
/// 403 before anything else is read, signed or sent (the listener binds loopback only; this is the
/// second line).
@Suite("Workbench: a request from another machine is refused", .serialized)
struct WorkbenchPeerTests {
    func request(
        _ fixture: WorkbenchFixture, _ method: HTTPMethod, _ target: String, peerIsLoopback: Bool?,
        body: String = ""
    ) throws -> HTTPResponse {
        let host = "127.0.0.1:\(fixture.workbench.port)"
        var headers: HTTPHeaders = ["Host": host, "Cookie": fixture.browser.cookie ?? ""]
        if method == .post {
            headers["Origin"] = "http://\(host)"
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        }
        return try fixture.workbench.respond(
            to: HTTPRequest(
                method: method, target: target, headers: headers, body: Array(body.utf8),
                peerIsLoopback: peerIsLoopback))
    }

    @Test func onlyALoopbackPeerIsServed() throws {
        let fixture = try WorkbenchFixture()
        try fixture.signIn()
        try fixture.unlock()
        #expect(try request(fixture, .get, "/en/", peerIsLoopback: true).status == .ok)
        for peer in [false, nil] as [Bool?] {
            let refused = try request(fixture, .get, "/en/", peerIsLoopback: peer)
            #expect(refused.status == .forbidden)
            #expect(String(decoding: refused.body, as: UTF8.self).contains("did not come from this machine"))
        }
        // A Sync or a Lock from elsewhere does nothing, even with the session's cookie and token.
        let csrf = try fixture.csrf()
        #expect(try request(fixture, .post, "/sync", peerIsLoopback: false, body: "csrf=\(csrf)").status == .forbidden)
        #expect(fixture.workbench.syncing.withLock { $0 } == nil, "no sync started")
        #expect(try request(fixture, .post, "/lock", peerIsLoopback: false, body: "csrf=\(csrf)").status == .forbidden)
        #expect(try fixture.browser.get("/en/").text.contains("/en/lock"), "still unlocked")
    }

    @Test func theRealListenerSeesItsLoopbackPeer() throws {
        let fixture = try WorkbenchFixture()
        try fixture.signIn()
        #expect(try fixture.browser.get("/").status == 200, "a browser on this machine is served")
    }
}
