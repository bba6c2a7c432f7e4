import API
import Casework
import Foundation
import HTTP
import Sodium
import Stores
import Web

/// The JSON API, `/api/v1/`: the same intake for a citizen's own software.
///
/// Every error is `{"error": code, "message": text}` with the right status. Every write (report,
/// follow-up, rating) needs a solved proof-of-work challenge (`GET /api/v1/challenge`), whose difficulty
/// rises as the intake budget empties and is judged when it is spent; every answer to a write carries
/// the next one (`Candor-Challenge`, `Candor-Challenge-Difficulty`).
extension CitizenSite {
    func installAPI(into router: inout Router) {
        router.route(.get, "/api/v1/challenge") { [self] _ in
            let (challenge, bits) = nextChallenge()
            return json(ChallengeReply(challenge: challenge, difficulty: bits))
        }
        router.route(.get, "/api/v1/keys") { [self] _ in
            let inspectors = store.inspectorKeys.inspectors.map {
                KeysReply.Inspector(
                    name: $0.name, keyId: $0.keyID.hexString,
                    sealingKey: Data($0.sealingKey.rawRepresentation).base64EncodedString())
            }
            let deployment = store.inspectorates
            let units = deployment.units.values.sorted { $0.unit < $1.unit }.map { file in
                KeysReply.Unit(
                    id: file.unit, provinces: deployment.catalog[file.unit]?.provinces ?? [],
                    keyId: file.currentEpoch.keyID.hexString,
                    sealingKey: Data(file.currentEpoch.sealingKey.rawRepresentation).base64EncodedString())
            }
            return json(
                KeysReply(
                    inspectors: inspectors, log: store.checkpointVerifierKey ?? "",
                    units: deployment.isFlat ? nil : units,
                    routes: deployment.isFlat
                        ? nil
                        : Dictionary(
                            uniqueKeysWithValues: deployment.catalog.routes.map { ($0.key.rawValue, $0.value) })
                ))
        }
        router.route(.post, "/api/v1/reports", maxBodyBytes: 2 << 20) { [self] request in
            try withNextChallenge(diskGuarded(request, refusal: apiDiskFull()) { try apiSubmit(request) })
        }
        router.route(.post, "/api/v1/status", maxBodyBytes: 4096) { [self] in try apiStatus($0) }
        router.route(.post, "/api/v1/case-tag", maxBodyBytes: 4096) { [self] in try apiCaseTag($0) }
        router.route(.post, "/api/v1/followups", maxBodyBytes: Self.followUpBodyLimit) { [self] request in
            try withNextChallenge(diskGuarded(request, refusal: apiDiskFull()) { try apiFollowUp(request) })
        }
        router.route(.post, "/api/v1/ratings", maxBodyBytes: Self.ratingBodyLimit) { [self] request in
            try withNextChallenge(diskGuarded(request, refusal: apiDiskFull()) { try apiRate(request) })
        }
        router.route(.post, "/api/v1/feedback", maxBodyBytes: Self.feedbackBodyLimit) { [self] request in
            try withNextChallenge(diskGuarded(request, refusal: apiDiskFull()) { try apiFeedback(request) })
        }
    }

    /// The body limits of the token writes: the longest text the field may hold with every character
    /// escaped as a JSON writer may escape it (12 bytes for a surrogate pair, as Python's `json.dumps`
    /// writes one), and 4 KiB for the token, the challenge and the rest.
    static let followUpBodyLimit = FollowUp.Limits.text * 12 + (4 << 10)
    static let ratingBodyLimit = Rating.Limits.comment * 12 + (4 << 10)
    static let feedbackBodyLimit = ServiceFeedback.Limits.comment * 12 + (4 << 10)

    /// The next challenge rides on every answer to a write, as ACME's Replay-Nonce does (RFC 8555 §6.5):
    /// the one just sent is spent even when the write is refused (422, say), and over Tor a round trip
    /// for a new one takes seconds. Issuing costs one MAC; an unused one just expires.
    func withNextChallenge(_ response: HTTPResponse) -> HTTPResponse {
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
        var response = json(ErrorReply(error: code, message: message), status: status)
        for (name, value) in HTTPHeaders.security where response.headers[name] == nil { response.headers[name] = value }
        return response
    }

    func json(_ body: some APIBody, status: HTTPStatus = .ok) -> HTTPResponse {
        .json(body.jsonBytes, status: status)
    }

    func decode<T: APIBody>(_ type: T.Type, _ request: HTTPRequest) throws -> Result<T, APIRefusal> {
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
            ErrorReply(
                error: "invalid", message: "some fields are not valid",
                fields: problems.map { ErrorReply.Field(field: $0.field.rawValue, code: $0.code.rawValue) }),
            status: .unprocessableContent)
        for (name, value) in HTTPHeaders.security where response.headers[name] == nil { response.headers[name] = value }
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
                return json(IndexReply(index: ack.logIndex), status: .created)
            }
            guard let body = submission.report else {
                return apiError(.badRequest, "missing_report", "send a report or an envelope")
            }
            let receipt = try store.submit(
                report: Report(
                    province: body.province, procedure: body.procedure, agency: body.agency, commune: body.commune,
                    official: body.official, misconduct: body.misconduct, account: body.account, month: body.month,
                    year: body.year, contact: body.contact, localAuthorityInvolved: body.localAuthorityInvolved))
            var reply = SubmissionReply(
                token: receipt.token.grouped, index: receipt.logIndex,
                unit: receipt.handlingUnit.map { UnitName(id: $0.id, vi: $0.vi, en: $0.en) })
            // With a store that signs for every write, the answer carries the signed receipt itself.
            // candor-server does not (README, "Intake over HTTP": that costs more than 10 % of intake): a
            // client GETs the receipt's path, served from the checkpoint signed within a second anyway.
            // With witnesses it does, as the form's page does: the receipt waits (bounded) for their quorum,
            // unless as many receipts wait as the bound allows (then, under a flood, nothing is signed for it).
            if receipt.inclusion != nil || configuration.witnessing != nil,
                let signed =
                    (try? signedReceipt(
                        of: receipt.logIndex, fresh: receipt.inclusion, waiting: true, signingUnlessWaited: false))
                    ?? nil
            {
                reply.checkpoint = signed.checkpoint
                reply.receiptText = signed.text
            }
            if store.checkpointVerifierKey != nil { reply.receipt = "/receipt/\(receipt.logIndex)" }
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
            let items = opened.entries.compactMap { timelineItem($0, .en)?.apiItem }
            return json(
                StatusReply(
                    timeline: items, resolved: opened.isResolved, canRate: opened.canRate,
                    unit: opened.handlingUnit.map { UnitName(id: $0.id, vi: $0.vi, en: $0.en) }))
        } catch {
            return apiRefusal(error, storage: "the case could not be read")
        }
    }

    func apiCaseTag(_ request: HTTPRequest) throws -> HTTPResponse {
        switch try tokenBody(request) {
        case .failure(let refusal): return refusal.response
        case .success(let value): return json(CaseTagReply(caseTag: store.caseTag(for: value.1).hex))
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
            return json(IndexReply(index: ack.logIndex), status: .created)
        } catch .signatureInvalid(let why), .unacceptableEnvelope(let why) {
            // The token's keys are not those of its case's report: nothing was stored.
            return apiError(.forbidden, "signature_invalid", "nothing was stored: \(why)")
        } catch {
            return apiRefusal(error, storage: "nothing was stored")
        }
    }
}
