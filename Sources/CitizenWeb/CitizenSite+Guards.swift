import Casework
import HTTP
import Web

/// What every write and every status read pays, and what refuses them before anything is stored or
/// opened: the free-disk reserve, the intake budget (requests and bytes), the proof of work's
/// difficulty at the moment it is spent, and the read budget (SECURITY.md, M1 and M2).
extension CitizenSite {
    /// The seconds a client is told to wait when the disk is past its reserve: freeing space takes an
    /// operator, not a moment.
    static let diskFullRetrySeconds = 600

    /// The bytes a write's body may add to the log: what it declared (Content-Length), or its route's
    /// limit for a chunked body whose size is known only at its end.
    static func bodyBytes(_ request: HTTPRequest) -> Int {
        min(request.body.declaredLength ?? request.body.limit, request.body.limit)
    }

    /// Runs a write if the disk keeps its reserve with it and every write in flight, holding its body's
    /// bytes as in flight until it returns; `refusal` otherwise. Asked first, before a ticket or a proof
    /// of work is spent, so that a citizen refused for want of space keeps theirs.
    func diskGuarded(
        _ request: HTTPRequest, refusal: @autoclosure () -> HTTPResponse, _ write: () throws -> HTTPResponse
    ) rethrows -> HTTPResponse {
        guard let claim = configuration.diskReserve.claim(bytes: Self.bodyBytes(request)) else { return refusal() }
        defer { configuration.diskReserve.release(claim) }
        return try write()
    }

    /// The "not accepting new reports for now" page: 503, Retry-After, and the promise that reads go on.
    func diskFull(_ language: Language) -> HTTPResponse {
        let s = language.strings
        var response = HTTPResponse.html(
            errorPage(language, title: s.diskFullTitle, message: s.diskFull), status: .serviceUnavailable)
        response.headers["Retry-After"] = String(Self.diskFullRetrySeconds)
        return response
    }

    /// The API's answer past the disk reserve.
    func apiDiskFull() -> HTTPResponse {
        var response = apiError(
            .serviceUnavailable, "disk_full", "the server's disk is nearly full; nothing was stored; reads still work")
        response.headers["Retry-After"] = String(Self.diskFullRetrySeconds)
        return response
    }

    /// The proof-of-work difficulty asked for now: it rises as the intake budget empties.
    func currentDifficulty() -> Int {
        let range = configuration.proofOfWorkBits
        return range.lowerBound + Int((1 - configuration.budget.level) * Double(range.count - 1))
    }

    /// Checks and spends a solved challenge at the current difficulty; the 403 to send instead, if any.
    /// A missing challenge or counter is `proof_of_work_malformed`.
    func proofOfWorkRefusal(challenge: String?, counter: UInt64?) -> HTTPResponse? {
        do throws(ProofOfWork.Rejection) {
            guard let challenge, let counter else { throw .malformed }
            try configuration.proofOfWork.redeem(
                challenge: challenge, counter: counter, requiredDifficulty: currentDifficulty())
            return nil
        } catch .tooEasy {
            return apiError(
                .forbidden, "proof_of_work_tooEasy",
                "the challenge is easier than the server asks for now; solve the one in Candor-Challenge")
        } catch {
            return apiError(
                .forbidden, "proof_of_work_\(error)", "the proof of work is missing, wrong, expired or already used")
        }
    }

    /// Charges a status read of the case of `token` to the read budget, by the records it will open;
    /// the seconds to wait instead, if the budget is spent.
    func readBudgetWait(_ token: CaseToken) -> Double? {
        configuration.readBudget.take(records: store.recordCount(caseOf: token))
    }

    /// 503 with Retry-After when the intake budget is spent: nothing was stored. Charges one request and
    /// the body's bytes (read whole by now).
    func overBudget(_ request: HTTPRequest) -> HTTPResponse? {
        guard let wait = configuration.budget.take(bytes: request.body.bytesRead) else { return nil }
        return apiBusy(wait, "intake is over budget; nothing was stored; retry later")
    }

    func apiBusy(_ wait: Double, _ message: String) -> HTTPResponse {
        var response = apiError(.serviceUnavailable, "busy", message)
        response.headers["Retry-After"] = String(max(1, Int(wait.rounded(.up))))
        return response
    }

    func apiCaseFull(_ limit: Int) -> HTTPResponse {
        apiError(.conflict, "case_full", "the case already holds \(limit) messages, the most one case may hold")
    }
}
