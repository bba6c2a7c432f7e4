import Casework
import Foundation
import HTTP
import Ledger

/// A parsed token, or the page that tells the citizen what is wrong with what they typed.
enum TokenOrPage {
    case success(CaseToken)
    case failure(HTTPResponse)
}

extension CitizenSite {
    /// Parses a token typed by a citizen, or returns the page that says what is wrong with it.
    ///
    /// A typo (bad check character) gets its own friendly message, distinct from "no such case".
    func parseToken(_ text: String, _ language: Language) -> TokenOrPage {
        let s = language.strings
        do throws(CaseworkError) {
            return .success(try CaseToken(parsing: text))
        } catch .badCheckCharacter {
            return .failure(.html(statusFormPage(language, token: text, message: s.statusBadCheck), status: .badRequest))
        } catch {
            return .failure(.html(statusFormPage(language, token: text, message: s.statusMalformed), status: .badRequest))
        }
    }

    /// POST /status: the case of a token. The token travels in the body, never in a URL.
    func showCase(_ request: HTTPRequest, _ language: Language) throws -> HTTPResponse {
        let form = try request.form(maxFields: 8)
        let typed = form.first { $0.0 == "token" }?.1 ?? ""
        switch parseToken(typed, language) {
        case .failure(let page): return page
        case .success(let token): return caseResponse(token, language, typed: typed, notice: nil)
        }
    }

    /// The case page for a token, or the token form with "no such case".
    func caseResponse(_ token: CaseToken, _ language: Language, typed: String, notice: String?, status: HTTPStatus = .ok)
        -> HTTPResponse
    {
        let s = language.strings
        do throws(CaseworkError) {
            let entries = try store.timeline(token: token)
            let view = CaseView(
                token: token.grouped, items: entries.compactMap { timelineItem($0, language) },
                resolved: try store.isResolved(store.caseTag(for: token)),
                rated: !((try? store.canRate(token: token)) ?? false), notice: notice)
            return .html(casePage(language, view), status: status)
        } catch .noSuchCase {
            return .html(statusFormPage(language, token: typed, message: s.statusNoSuchCase), status: .notFound)
        } catch {
            return errorResponse(.internalServerError, nil)
        }
    }

    func timelineItem(_ entry: TimelineEntry, _ language: Language) -> TimelineItem? {
        if let action = entry.action {
            let when = Self.monthYear(entry.day)
            let details = entry.details
            switch action {
            case .accept: return TimelineItem(kind: .accepted, when: when, text: "")
            case .decline: return TimelineItem(kind: .declined, when: when, text: details?.reason ?? "")
            case .extend: return TimelineItem(kind: .extended, when: when, text: details?.reason ?? "")
            case .reply:
                guard let text = details?.text else { return nil }
                return TimelineItem(kind: .reply, when: when, text: text)
            case .resolve:
                let label = details?.outcome.flatMap { store.configuration.catalog.outcomes[$0] }
                    .map { language.strings.statusOutcome + (language == .vi ? $0.vi : $0.en) }
                let text = [label, details?.summary].compactMap { $0 }.joined(separator: "\n\n")
                return TimelineItem(kind: .resolved, when: when, text: text)
            case .assign, .note, .grant: return nil
            }
        }
        guard let message = entry.message else { return nil }
        // The day the intake received it (its day mark), not what a device-sealed message claims.
        let when = Self.monthYear(entry.day)
        switch message.body {
        case .report(let report): return TimelineItem(kind: .report, when: when, text: report.account)
        case .followUp(let followUp): return TimelineItem(kind: .followUp, when: when, text: followUp.text)
        case .rating(let rating):
            return TimelineItem(kind: .rating, when: when, text: language == .vi ? rating.level.vi : rating.level.en)
        }
    }

    /// POST /status/add: more information (and files) for a case.
    func addFollowUp(_ request: HTTPRequest, _ language: Language) throws -> HTTPResponse {
        let s = language.strings
        let reader = try request.multipart()
        var tokenText = ""
        var text = ""
        var attachments: [SealedAttachment] = []
        var token: CaseToken?

        /// Runs once, before the first file or at the end: the token, the case, the budget.
        func admit() -> HTTPResponse? {
            switch parseToken(tokenText, language) {
            case .failure(let page): return page
            case .success(let parsed): token = parsed
            }
            guard (try? store.timeline(token: token!)) != nil else {
                return .html(statusFormPage(language, message: s.statusNoSuchCase), status: .notFound)
            }
            if let wait = configuration.budget.take() { return busy(language, retryAfter: wait) }
            return nil
        }

        while let part = try reader.nextPart() {
            switch (part.name, part.filename) {
            case ("token", nil): tokenText = try part.text(limit: 256)
            case ("text", nil): text = try part.text(limit: 64 << 10)
            case (_, .some(let filename)):
                if token == nil, let refusal = admit() { return refusal }
                switch try storeAttachment(part, name: filename, alreadyStored: attachments.count) {
                case nil: continue
                case .success(let attachment)?: attachments.append(attachment)
                case .failure(let problem)?:
                    return caseResponse(
                        token!, language, typed: tokenText, notice: s.message(for: problem),
                        status: problem == .tooBig ? .contentTooLarge : .unprocessableContent)
                }
            default: _ = try part.readAll(limit: 64 << 10)
            }
        }
        if token == nil, let refusal = admit() { return refusal }
        do throws(CaseworkError) {
            _ = try store.addFollowUp(token: token!, followUp: FollowUp(text: text), attachments: attachments)
            return caseResponse(token!, language, typed: tokenText, notice: s.statusAdded)
        } catch .noSuchCase {
            return .html(statusFormPage(language, message: s.statusNoSuchCase), status: .notFound)
        } catch .invalid(let problems) {
            let message = problems.map { s.message(for: $0) }.joined(separator: " ")
            return caseResponse(token!, language, typed: tokenText, notice: message, status: .unprocessableContent)
        } catch {
            throw error
        }
    }

    /// POST /status/rate: the citizen's satisfaction with a resolved case, once.
    func rate(_ request: HTTPRequest, _ language: Language) throws -> HTTPResponse {
        let s = language.strings
        let form = try request.form(maxFields: 8)
        let typed = form.first { $0.0 == "token" }?.1 ?? ""
        let token: CaseToken
        switch parseToken(typed, language) {
        case .failure(let page): return page
        case .success(let parsed): token = parsed
        }
        let levels: [Int: Rating.Level] = [
            5: .verySatisfied, 4: .satisfied, 3: .neutral, 2: .dissatisfied, 1: .veryDissatisfied,
        ]
        guard let value = form.first(where: { $0.0 == "rating" }).flatMap({ Int($0.1) }), let level = levels[value] else {
            return caseResponse(token, language, typed: typed, notice: s.errorRatingLevel, status: .unprocessableContent)
        }
        do throws(CaseworkError) {
            _ = try store.rate(token: token, rating: Rating(level: level))
            return caseResponse(token, language, typed: typed, notice: s.statusRated)
        } catch .notResolved {
            return caseResponse(token, language, typed: typed, notice: s.statusNotResolved, status: .conflict)
        } catch .alreadyRated {
            return caseResponse(token, language, typed: typed, notice: s.statusAlreadyRated, status: .conflict)
        } catch .noSuchCase {
            return .html(statusFormPage(language, message: s.statusNoSuchCase), status: .notFound)
        } catch {
            throw error
        }
    }

    /// GET /receipt/INDEX: a signed receipt for a record, as a text file to keep.
    ///
    /// It holds the log's signed checkpoint, the record's leaf hash and its inclusion proof: enough to
    /// show later that the log held the record, and nothing about who sent it or what it says.
    func receipt(_ request: HTTPRequest) throws -> HTTPResponse {
        let text = request.path.dropFirst("/receipt/".count)
        guard !text.isEmpty, text.count <= 20, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber),
            let index = UInt64(text), index < store.recordCount
        else { throw HTTPError.notFound }
        guard let inclusion = try store.inclusion(of: index) else { throw HTTPError.notFound }
        var lines = [
            "Candor receipt v1",
            "log: \(inclusion.checkpoint.origin)",
            "index: \(index)",
            "leaf-hash: \(Data(inclusion.leafHash).base64EncodedString())",
            "tree-size: \(inclusion.checkpoint.size)",
            "inclusion-proof:",
        ]
        lines += inclusion.proof.hashes.map { Data($0).base64EncodedString() }
        if let key = store.checkpointVerifierKey { lines.append("log-key: \(key)") }
        let body = lines.joined(separator: "\n") + "\n\n" + inclusion.signedCheckpoint
        var response = HTTPResponse.bytes(Array(body.utf8), contentType: "text/plain; charset=utf-8")
        response.headers["Content-Disposition"] = "attachment; filename=\"candor-receipt-\(index).txt\""
        return response
    }
}
