import API
import Casework
import Foundation
import HTTP
import Testing

@testable import CitizenWeb
@testable import Web

/// A citizen's software speaking to the citizen site through API's typed bodies only: what the server
/// writes, the client's types read, so the two cannot drift apart.
@Suite("JSON API: the server's answers are API's bodies")
struct CitizenSiteAPIBodiesTests {
    typealias Fixture = CitizenSiteAPITests.Fixture

    static func send(_ fixture: Fixture, _ method: HTTPMethod, _ target: String, _ body: [UInt8] = []) throws
        -> HTTPResponse
    {
        var headers = [("Host", "localhost")]
        if method == .post { headers.append(("Content-Type", "application/json")) }
        let request = try HTTPRequest(method: method, target: target, headers: HTTPHeaders(headers), body: body)
        return fixture.router.respond(to: request)
    }

    static func solved(_ fixture: Fixture) throws -> (challenge: String, counter: UInt64) {
        let reply = try #require(ChallengeReply(jsonBytes: send(fixture, .get, "/api/v1/challenge").body))
        #expect(reply.difficulty == 0)
        return (reply.challenge, try #require(Hashcash.solve(reply.challenge)))
    }

    static let report = ReportBody(
        province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Phòng CSGT / điểm 2",
        misconduct: ["hoi-lo"], account: "Cán bộ đòi \"phí nhanh\" 500.000 đồng không có biên lai.", month: 4,
        year: 2026)

    @Test func aReportItsStatusItsCaseTagAndAFollowUp() throws {
        let fixture = try Fixture(resolved: false)
        let keys = try #require(KeysReply(jsonBytes: Self.send(fixture, .get, "/api/v1/keys").body))
        #expect(keys.inspectors.map(\.name) == ["lan"])

        let (challenge, counter) = try Self.solved(fixture)
        let submitted = try Self.send(
            fixture, .post, "/api/v1/reports",
            Submission(challenge: challenge, counter: counter, report: Self.report).jsonBytes)
        #expect(submitted.status == .created)
        let receipt = try #require(SubmissionReply(jsonBytes: submitted.body))

        let status = try Self.send(fixture, .post, "/api/v1/status", TokenBody(token: receipt.token).jsonBytes)
        let timeline = try #require(StatusReply(jsonBytes: status.body))
        #expect(timeline.timeline.map(\.kind) == ["report"] && !timeline.resolved && !timeline.canRate)

        let tag = try Self.send(fixture, .post, "/api/v1/case-tag", TokenBody(token: receipt.token).jsonBytes)
        let caseTag = try #require(CaseTagReply(jsonBytes: tag.body))
        #expect(caseTag.caseTag == fixture.store.caseTag(for: try CaseToken(parsing: receipt.token)).hex)

        let next = try Self.solved(fixture)
        let followUp = try Self.send(
            fixture, .post, "/api/v1/followups",
            TokenBody(token: receipt.token, text: "Thêm.", challenge: next.challenge, counter: next.counter).jsonBytes)
        #expect(followUp.status == .created)
        #expect(try #require(IndexReply(jsonBytes: followUp.body)).index > receipt.index)
    }

    @Test func refusalsAreErrorReplies() throws {
        let fixture = try Fixture(resolved: false)
        let (challenge, counter) = try Self.solved(fixture)
        var invalid = Self.report
        invalid.year = 1900
        let refused = try Self.send(
            fixture, .post, "/api/v1/reports",
            Submission(challenge: challenge, counter: counter, report: invalid).jsonBytes)
        #expect(refused.status == .unprocessableContent)
        let error = try #require(ErrorReply(jsonBytes: refused.body))
        #expect(error.error == "invalid" && error.fields == [ErrorReply.Field(field: "year", code: "outOfRange")])

        let unknown = try Self.send(fixture, .post, "/api/v1/status", TokenBody(token: "not a token").jsonBytes)
        #expect(try #require(ErrorReply(jsonBytes: unknown.body)).error == "malformed_token")
        let notFound = try Self.send(fixture, .get, "/api/v1/nothing")
        #expect(try #require(ErrorReply(jsonBytes: notFound.body)).error == "not_found")
    }
}
