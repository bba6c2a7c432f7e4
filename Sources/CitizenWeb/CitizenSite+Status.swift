import Attachments
import Casework
import Foundation
import HTTP
import Ledger
import Stores
import Web

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
            return .failure(
                .html(statusFormPage(language, token: text, message: s.statusBadCheck), status: .badRequest))
        } catch {
            return .failure(
                .html(statusFormPage(language, token: text, message: s.statusMalformed), status: .badRequest))
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

    /// The case page for a token, or the token form with "no such case". The case is opened once.
    ///
    /// The read is charged to the read budget first: a status check, and the answer to a refused
    /// write, cost what they open (a form ticket costs one GET, so it cannot pay for a read). Only the
    /// answer to an accepted write (`acceptedWrite`), which a ticket and the intake budget paid for and
    /// which must be answered whatever the load, is not charged.
    func caseResponse(
        _ token: CaseToken, _ language: Language, typed: String, notice: String?, status: HTTPStatus = .ok,
        draft: String = "", acceptedWrite: Bool = false
    ) -> HTTPResponse {
        let s = language.strings
        if !acceptedWrite, let wait = readBudgetWait(token) {
            return busy(language, retryAfter: wait, message: s.busyReading)
        }
        do throws(StoreError) {
            let opened = try store.openCase(token: token)
            let view = CaseView(
                token: token.grouped, items: opened.entries.compactMap { timelineItem($0, language) },
                resolved: opened.isResolved, rated: !opened.canRate, notice: notice,
                ticket: configuration.tickets.issue(), draft: draft,
                handlingUnit: opened.handlingUnit.map { language == .vi ? $0.vi : $0.en })
            return .html(casePage(language, view), status: status)
        } catch .noSuchCase {
            return .html(statusFormPage(language, token: typed, message: s.statusNoSuchCase), status: .notFound)
        } catch {
            return errorResponse(.internalServerError, nil)
        }
    }

    func timelineItem(_ entry: TimelineEntry, _ language: Language) -> TimelineItem? {
        let s = language.strings
        if let action = entry.action {
            let when = Self.monthYear(entry.day)
            let details = entry.details
            // Finding L3: an item the citizen's key cannot open is shown as such, never hidden.
            if details == nil {
                let kind: TimelineItem.Kind? =
                    switch action {
                    case .accept: .accepted
                    case .decline: .declined
                    case .extend: .extended
                    case .reply: .reply
                    case .resolve: .resolved
                    case .assign, .note, .grant, .transfer, .open: nil
                    }
                return kind.map { TimelineItem(kind: $0, when: when, text: s.statusReplyUnopened, note: .couldNotOpen) }
            }
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
            case .assign, .note, .grant, .transfer, .open: return nil
            }
        }
        let kind: TimelineItem.Kind =
            switch entry.kind {
            case .report: .report
            case .rating: .rating
            default: .followUp
            }
        // Finding H1: a record the token's key did not sign is never shown as the citizen's words.
        if case .notFromCitizen? = entry.authorship {
            return TimelineItem(kind: kind, when: Self.monthYear(entry.day), text: "", note: .notFromYou)
        }
        guard let message = entry.message else {
            return TimelineItem(
                kind: kind, when: Self.monthYear(entry.day), text: s.statusItemUnopened, note: .couldNotOpen)
        }
        // The day the intake received it (its day mark), not what a device-sealed message claims.
        let when = Self.monthYear(entry.day)
        let note: TimelineItem.Note? = entry.authorship == .unsigned ? .unsigned : nil
        switch message.body {
        case .report(let report): return TimelineItem(kind: .report, when: when, text: report.account, note: note)
        case .followUp(let followUp): return TimelineItem(kind: .followUp, when: when, text: followUp.text, note: note)
        case .rating(let rating):
            return TimelineItem(
                kind: .rating, when: when, text: language == .vi ? rating.level.vi : rating.level.en, note: note)
        }
    }

    /// POST /status/add: more information (and files) for a case.
    ///
    /// Before the first file byte is stored (or at the end, without files): the disk reserve, the token,
    /// the ticket, the case (it exists and is not full), the text (sent before the files, as the form
    /// does) and the budget, one request and the body's declared bytes.
    func addFollowUp(_ request: HTTPRequest, _ language: Language) throws -> HTTPResponse {
        let s = language.strings
        let reader = try request.multipart()
        var tokenText = ""
        var ticket = ""
        var text = ""
        var attachments: [SealedAttachment] = []
        var token: CaseToken?

        /// Runs once, before the first file (`withFiles`) or at the end.
        func admit(withFiles: Bool) -> HTTPResponse? {
            let parsed: CaseToken
            switch parseToken(tokenText, language) {
            case .failure(let page): return page
            case .success(let value): parsed = value
            }
            do throws(FormTicketIssuer.Rejection) {
                try configuration.tickets.redeem(ticket)
            } catch {
                return caseResponse(
                    parsed, language, typed: tokenText, notice: s.errorTicket, status: .badRequest, draft: text)
            }
            do throws(StoreError) {
                try store.admitFollowUp(token: parsed)
            } catch .signatureInvalid, .unacceptableEnvelope {
                return caseResponse(
                    parsed, language, typed: tokenText, notice: s.statusKeysMismatch, status: .forbidden)
            } catch .caseFull {
                return caseResponse(parsed, language, typed: tokenText, notice: s.statusCaseFull, status: .conflict)
            } catch {
                return .html(statusFormPage(language, message: s.statusNoSuchCase), status: .notFound)
            }
            let problems = FollowUp(text: text).normalized().validate(attachmentCount: withFiles ? 1 : 0)
            if !problems.isEmpty {
                return caseResponse(
                    parsed, language, typed: tokenText,
                    notice: problems.map { s.message(for: $0) }.joined(separator: " "),
                    status: .unprocessableContent, draft: text)
            }
            if let wait = configuration.budget.take(bytes: Self.bodyBytes(request)) {
                return busy(language, retryAfter: wait)
            }
            token = parsed
            return nil
        }

        while let part = try reader.nextPart() {
            switch (part.name, part.filename) {
            case ("token", nil): tokenText = try part.text(limit: 256)
            case ("ticket", nil): ticket = try part.text(limit: 256)
            case ("text", nil): text = try part.text(limit: 64 << 10)
            case (_, .some(let filename)):
                if token == nil, let refusal = admit(withFiles: true) { return refusal }
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
        if token == nil, let refusal = admit(withFiles: false) { return refusal }
        do throws(StoreError) {
            _ = try store.addFollowUp(token: token!, followUp: FollowUp(text: text), attachments: attachments)
            return caseResponse(token!, language, typed: tokenText, notice: s.statusAdded, acceptedWrite: true)
        } catch .signatureInvalid, .unacceptableEnvelope {
            return caseResponse(token!, language, typed: tokenText, notice: s.statusKeysMismatch, status: .forbidden)
        } catch .noSuchCase {
            return .html(statusFormPage(language, message: s.statusNoSuchCase), status: .notFound)
        } catch .caseFull {
            return caseResponse(token!, language, typed: tokenText, notice: s.statusCaseFull, status: .conflict)
        } catch .invalid(let problems) {
            let message = problems.map { s.message(for: $0) }.joined(separator: " ")
            return caseResponse(
                token!, language, typed: tokenText, notice: message, status: .unprocessableContent, draft: text)
        } catch {
            throw error
        }
    }

    /// POST /status/rate: the citizen's satisfaction with a resolved case, once. Costs a ticket and a
    /// request of the intake budget, like every write.
    func rate(_ request: HTTPRequest, _ language: Language) throws -> HTTPResponse {
        let s = language.strings
        let form = try request.form(maxFields: 8)
        let typed = form.first { $0.0 == "token" }?.1 ?? ""
        let token: CaseToken
        switch parseToken(typed, language) {
        case .failure(let page): return page
        case .success(let parsed): token = parsed
        }
        do throws(FormTicketIssuer.Rejection) {
            try configuration.tickets.redeem(form.first { $0.0 == "ticket" }?.1 ?? "")
        } catch {
            return caseResponse(token, language, typed: typed, notice: s.errorTicket, status: .badRequest)
        }
        let levels: [Int: Rating.Level] = [
            5: .verySatisfied, 4: .satisfied, 3: .neutral, 2: .dissatisfied, 1: .veryDissatisfied,
        ]
        guard let value = form.first(where: { $0.0 == "rating" }).flatMap({ Int($0.1) }), let level = levels[value]
        else {
            return caseResponse(
                token, language, typed: typed, notice: s.errorRatingLevel, status: .unprocessableContent)
        }
        if let wait = configuration.budget.take(bytes: Self.bodyBytes(request)) {
            return busy(language, retryAfter: wait)
        }
        do throws(StoreError) {
            _ = try store.rate(token: token, rating: Rating(level: level))
            return caseResponse(token, language, typed: typed, notice: s.statusRated, acceptedWrite: true)
        } catch .notResolved {
            return caseResponse(token, language, typed: typed, notice: s.statusNotResolved, status: .conflict)
        } catch .alreadyRated {
            return caseResponse(token, language, typed: typed, notice: s.statusAlreadyRated, status: .conflict)
        } catch .signatureInvalid, .unacceptableEnvelope {
            return caseResponse(token, language, typed: typed, notice: s.statusKeysMismatch, status: .forbidden)
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
        guard let body = try signedReceipt(of: index, waiting: false)?.text else { throw HTTPError.notFound }
        var response = HTTPResponse.bytes(Array(body.utf8), contentType: "text/plain; charset=utf-8")
        response.headers["Content-Disposition"] = "attachment; filename=\"candor-receipt-\(index).txt\""
        return response
    }
}
