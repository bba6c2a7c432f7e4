import Casework
import Foundation
import HTTP
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Web

/// The API's body limits against its fields' limits: the longest text a field may hold is taken however a
/// client's JSON writer spells it. Python's `json.dumps` (and schemathesis with it) escapes every
/// character past ASCII, six bytes each and twelve past U+FFFF, so a 2,000-character Vietnamese comment
/// was refused as 413 by an 8 KiB rating limit the OpenAPI document did not state.
@Suite struct CitizenSiteAPILimitsTests {
    typealias Fixture = CitizenSiteAPITests.Fixture

    /// `text` as a JSON string with every non-ASCII character escaped (`\uXXXX`, surrogate pairs past
    /// U+FFFF), as `json.dumps` writes it by default.
    static func escaped(_ text: String) -> String {
        var out = "\""
        for unit in text.utf16 {
            out += unit < 0x80 ? String(UnicodeScalar(UInt8(unit))) : String(format: "\\u%04x", unit)
        }
        return out + "\""
    }

    /// POSTs the JSON `body` text as it is.
    static func post(_ fixture: Fixture, _ target: String, _ body: String) throws -> HTTPResponse {
        let request = try HTTPRequest(
            method: .post, target: target,
            headers: HTTPHeaders([("Host", "localhost"), ("Content-Type", "application/json")]),
            body: Array(body.utf8))
        return fixture.router.respond(to: request)
    }

    static func paid(_ fixture: Fixture, token: CaseToken, _ member: String) throws -> String {
        let solved = try fixture.solvedChallenge()
        let challenge = try #require(solved["challenge"] as? String)
        let counter = try #require(solved["counter"] as? UInt64)
        return #"{"token":"\#(token.grouped)","challenge":"\#(challenge)","counter":\#(counter),\#(member)}"#
    }

    @Test func theLongestRatingCommentIsTakenEscaped() throws {
        let fixture = try Fixture(resolved: true)
        let token = try fixture.store.submit(report: CitizenSiteAPITests.report).token
        let comment = String(repeating: "ệ", count: Rating.Limits.comment)
        let body = try Self.paid(fixture, token: token, #""level":"satisfied","comment":\#(Self.escaped(comment))"#)
        #expect(body.utf8.count > 8 << 10)
        let response = try Self.post(fixture, "/api/v1/ratings", body)
        #expect(response.status.code == 201, "\(String(decoding: response.body, as: UTF8.self))")
    }

    @Test func theLongestFollowUpIsTakenEscapedPastTheBasicPlane() throws {
        let fixture = try Fixture(resolved: false)
        let token = try fixture.store.submit(report: CitizenSiteAPITests.report).token
        let text = String(repeating: "😀", count: FollowUp.Limits.text)
        let body = try Self.paid(fixture, token: token, #""text":\#(Self.escaped(text))"#)
        #expect(body.utf8.count > 128 << 10)
        let response = try Self.post(fixture, "/api/v1/followups", body)
        #expect(response.status.code == 201, "\(String(decoding: response.body, as: UTF8.self))")
    }
}
