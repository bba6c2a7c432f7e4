import Casework
import Foundation
import HTTP
import Sodium
import Stores

/// The JSON API, `/api/v1/`: the same intake for a citizen's own software.
///
/// Every error is `{"error": code, "message": text}` with the right status. Every write (report,
/// follow-up, rating) needs a solved proof-of-work challenge (`GET /api/v1/challenge`), whose difficulty
/// rises as the intake budget empties and is judged when it is spent; every answer to a write carries
/// the next one (`Candor-Challenge`, `Candor-Challenge-Difficulty`).
extension CitizenSite {
    struct ReportBody: APIBody {
        var province: String
        var procedure: String
        var agency: String
        var commune: String?
        var official: String?
        var misconduct: [String]
        var account: String
        var month: Int?
        var year: Int
        var contact: String?

        init?(json: JSONValue) {
            guard let province = json["province"]?.string, let procedure = json["procedure"]?.string,
                let agency = json["agency"]?.string, let account = json["account"]?.string,
                let year = json["year"]?.int, case .array(let kinds)? = json["misconduct"],
                let commune = Self.optional(json["commune"], \.string),
                let official = Self.optional(json["official"], \.string),
                let contact = Self.optional(json["contact"], \.string),
                let month = Self.optional(json["month"], \.int)
            else { return nil }
            var misconduct: [String] = []
            for kind in kinds {
                guard let text = kind.string else { return nil }
                misconduct.append(text)
            }
            (self.province, self.procedure, self.agency, self.account, self.year) = (
                province, procedure, agency, account, year
            )
            (self.commune, self.official, self.contact, self.month, self.misconduct) = (
                commune, official, contact, month, misconduct
            )
        }
    }

    struct Submission: APIBody {
        var challenge: String
        var counter: UInt64
        var report: ReportBody?
        /// A pre-sealed envelope (base64), built on the citizen's device; stored unchanged.
        var envelope: String?

        init?(json: JSONValue) {
            guard let challenge = json["challenge"]?.string, let counter = json["counter"]?.uint64,
                let envelope = Self.optional(json["envelope"], \.string),
                let report = Self.optional(json["report"], ReportBody.init(json:))
            else { return nil }
            (self.challenge, self.counter, self.envelope, self.report) = (challenge, counter, envelope, report)
        }
    }

    struct TokenBody: APIBody {
        var token: String
        var text: String?
        var level: String?
        var comment: String?
        /// The solved proof of work that a follow-up or a rating needs (a status read does not).
        var challenge: String?
        var counter: UInt64?

        init?(json: JSONValue) {
            guard let token = json["token"]?.string, let text = Self.optional(json["text"], \.string),
                let level = Self.optional(json["level"], \.string),
                let comment = Self.optional(json["comment"], \.string),
                let challenge = Self.optional(json["challenge"], \.string),
                let counter = Self.optional(json["counter"], \.uint64)
            else { return nil }
            (self.token, self.text, self.level, self.comment) = (token, text, level, comment)
            (self.challenge, self.counter) = (challenge, counter)
        }
    }

    func installAPI(into router: inout Router) {
        router.route(.get, "/api/v1/challenge") { [self] _ in
            let (challenge, bits) = nextChallenge()
            return json(["challenge": challenge, "difficulty": bits])
        }
        router.route(.get, "/api/v1/keys") { [self] _ in
            let inspectors = store.inspectorKeys.inspectors.map {
                [
                    "name": $0.name, "keyId": $0.keyID.map { String(format: "%02x", $0) }.joined(),
                    "sealingKey": Data($0.sealingKey.rawRepresentation).base64EncodedString(),
                ]
            }
            return json(["inspectors": inspectors, "log": store.checkpointVerifierKey ?? ""] as [String: Any])
        }
        router.route(.post, "/api/v1/reports", maxBodyBytes: 2 << 20) { [self] request in
            try withNextChallenge(diskGuarded(request, refusal: apiDiskFull()) { try apiSubmit(request) })
        }
        router.route(.post, "/api/v1/status", maxBodyBytes: 4096) { [self] in try apiStatus($0) }
        router.route(.post, "/api/v1/case-tag", maxBodyBytes: 4096) { [self] in try apiCaseTag($0) }
        router.route(.post, "/api/v1/followups", maxBodyBytes: 128 << 10) { [self] request in
            try withNextChallenge(diskGuarded(request, refusal: apiDiskFull()) { try apiFollowUp(request) })
        }
        router.route(.post, "/api/v1/ratings", maxBodyBytes: 8 << 10) { [self] request in
            try withNextChallenge(diskGuarded(request, refusal: apiDiskFull()) { try apiRate(request) })
        }
    }

    /// The next challenge rides on every answer to a write, as ACME's Replay-Nonce does (RFC 8555 §6.5):
    /// the one just sent is spent even when the write is refused (422, say), and over Tor a round trip
    /// for a new one takes seconds. Issuing costs one MAC; an unused one just expires.
    private func withNextChallenge(_ response: HTTPResponse) -> HTTPResponse {
        var response = response
        let (challenge, bits) = nextChallenge()
        response.headers[Self.challengeHeader] = challenge
        response.headers[Self.challengeDifficultyHeader] = String(bits)
        return response
    }

    /// The headers of every answer to an API write that carry a fresh challenge and its difficulty.
    static let challengeHeader = "Candor-Challenge"
    static let challengeDifficultyHeader = "Candor-Challenge-Difficulty"

    /// A new proof-of-work challenge, at a difficulty that rises as the intake budget empties.
    private func nextChallenge() -> (challenge: String, difficulty: Int) {
        let bits = currentDifficulty()
        return (configuration.proofOfWork.challenge(difficulty: bits), bits)
    }

    func apiError(_ status: HTTPStatus, _ code: String, _ message: String) -> HTTPResponse {
        var response = json(["error": code, "message": message], status: status)
        for (name, value) in Self.securityHeaders where response.headers[name] == nil { response.headers[name] = value }
        return response
    }

    func json(_ object: Any, status: HTTPStatus = .ok) -> HTTPResponse {
        if let bytes = JSONText.encode(object) { return .json(bytes, status: status) }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return .json(Array(data), status: status)
    }

    private func decode<T: APIBody>(_ type: T.Type, _ request: HTTPRequest) throws -> Result<T, APIRefusal> {
        guard request.mediaType == "application/json" else {
            return .failure(APIRefusal(apiError(.unsupportedMediaType, "wrong_content_type", "send application/json")))
        }
        let bytes = try request.body.readAll()
        guard let json = try? JSONReader.parse(bytes), let body = T(json: json) else {
            return .failure(
                APIRefusal(apiError(.badRequest, "invalid_json", "the body is not the JSON this endpoint expects")))
        }
        return .success(body)
    }

    private func token(_ text: String) -> Result<CaseToken, APIRefusal> {
        do throws(CaseworkError) {
            return .success(try CaseToken(parsing: text))
        } catch .badCheckCharacter {
            return .failure(
                APIRefusal(
                    apiError(
                        .badRequest, "bad_check_character", "the token has a typo: its check character does not match"))
            )
        } catch {
            return .failure(APIRefusal(apiError(.badRequest, "malformed_token", "this is not a Candor token")))
        }
    }

    /// The JSON body with its parsed token, or the refusal to send instead.
    private func tokenBody(_ request: HTTPRequest) throws -> Result<(TokenBody, CaseToken), APIRefusal> {
        switch try decode(TokenBody.self, request) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let body): return token(body.token).map { (body, $0) }
        }
    }

    func fieldErrors(_ problems: [FieldError]) -> HTTPResponse {
        var response = json(
            [
                "error": "invalid", "message": "some fields are not valid",
                "fields": problems.map { ["field": $0.field.rawValue, "code": $0.code.rawValue] },
            ] as [String: Any], status: .unprocessableContent)
        for (name, value) in Self.securityHeaders where response.headers[name] == nil { response.headers[name] = value }
        return response
    }

    func apiSubmit(_ request: HTTPRequest) throws -> HTTPResponse {
        let submission: Submission
        switch try decode(Submission.self, request) {
        case .failure(let refusal): return refusal.response
        case .success(let value): submission = value
        }
        if let refusal = proofOfWorkRefusal(challenge: submission.challenge, counter: submission.counter) {
            return refusal
        }
        if let refusal = overBudget(request) { return refusal }
        do throws(StoreError) {
            if let sealed = submission.envelope {
                guard submission.report == nil, let bytes = Data(base64Encoded: sealed) else {
                    return apiError(.badRequest, "invalid_envelope", "send either a report or a base64 envelope")
                }
                let ack = try store.submit(sealedEnvelope: Array(bytes))
                return json(["index": ack.logIndex], status: .created)
            }
            guard let body = submission.report else {
                return apiError(.badRequest, "missing_report", "send a report or an envelope")
            }
            let receipt = try store.submit(
                report: Report(
                    province: body.province, procedure: body.procedure, agency: body.agency, commune: body.commune,
                    official: body.official, misconduct: body.misconduct, account: body.account, month: body.month,
                    year: body.year, contact: body.contact))
            var reply: [String: Any] = ["token": receipt.token.grouped, "index": receipt.logIndex]
            // With a store that signs for every write, the answer carries the signed receipt itself.
            // candor-server does not (README, "Intake over HTTP": that costs more than 10 % of intake): a
            // client GETs the receipt's path, served from the checkpoint signed within a second anyway.
            if let inclusion = receipt.inclusion {
                reply["checkpoint"] = inclusion.signedCheckpoint
                reply["receiptText"] = receiptText(inclusion, logKey: store.checkpointVerifierKey)
            }
            if store.checkpointVerifierKey != nil { reply["receipt"] = "/receipt/\(receipt.logIndex)" }
            return json(reply, status: .created)
        } catch {
            return apiRefusal(error, storage: "the report was not stored")
        }
    }

    func apiStatus(_ request: HTTPRequest) throws -> HTTPResponse {
        let parsed: CaseToken
        switch try tokenBody(request) {
        case .failure(let refusal): return refusal.response
        case .success(let value): parsed = value.1
        }
        if let wait = readBudgetWait(parsed) {
            return apiBusy(wait, "too many status reads at once; retry later")
        }
        do throws(StoreError) {
            let opened = try store.openCase(token: parsed)
            let items = opened.entries.compactMap { timelineItem($0, .en)?.apiObject }
            return json(["timeline": items, "resolved": opened.isResolved, "canRate": opened.canRate] as [String: Any])
        } catch {
            return apiRefusal(error, storage: "the case could not be read")
        }
    }

    func apiCaseTag(_ request: HTTPRequest) throws -> HTTPResponse {
        switch try tokenBody(request) {
        case .failure(let refusal): return refusal.response
        case .success(let value): return json(["caseTag": store.caseTag(for: value.1).hex])
        }
    }

    func apiFollowUp(_ request: HTTPRequest) throws -> HTTPResponse {
        try apiTokenWrite(request) { body, parsed throws(StoreError) in
            try store.addFollowUp(token: parsed, followUp: FollowUp(text: body.text ?? ""))
        }
    }

    func apiRate(_ request: HTTPRequest) throws -> HTTPResponse {
        try apiTokenWrite(request) { body, parsed throws(StoreError) in
            guard let level = body.level.flatMap(Rating.Level.init(rawValue:)) else {
                throw .invalid([FieldError(.level, .missing)])
            }
            return try store.rate(token: parsed, rating: Rating(level: level, comment: body.comment))
        }
    }

    private func apiTokenWrite(
        _ request: HTTPRequest, _ write: (TokenBody, CaseToken) throws(StoreError) -> Acknowledgement
    ) throws -> HTTPResponse {
        let (body, parsed): (TokenBody, CaseToken)
        switch try tokenBody(request) {
        case .failure(let refusal): return refusal.response
        case .success(let value): (body, parsed) = value
        }
        if let refusal = proofOfWorkRefusal(challenge: body.challenge, counter: body.counter) { return refusal }
        if let refusal = overBudget(request) { return refusal }
        do throws(StoreError) {
            let ack = try write(body, parsed)
            return json(["index": ack.logIndex], status: .created)
        } catch .signatureInvalid(let why), .unacceptableEnvelope(let why) {
            // The token's keys are not those of its case's report: nothing was stored.
            return apiError(.forbidden, "signature_invalid", "nothing was stored: \(why)")
        } catch {
            return apiRefusal(error, storage: "nothing was stored")
        }
    }
}
