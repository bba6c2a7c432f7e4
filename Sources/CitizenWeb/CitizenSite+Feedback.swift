import API
import Casework
import Catalogue
import HTTP
import Stores
import Web

/// Service feedback over the web form: `GET /feedback`, `POST /feedback` (urlencoded).
extension CitizenSite {
    func feedbackChoices(_ language: Language) -> FeedbackFormChoices {
        func options(_ list: CatalogList) -> [Option] {
            list.entries.map { Option(id: $0.id, label: language == .vi ? $0.vi : $0.en) }
        }
        let current = VisitMonth(CalendarDay(store.configuration.clock.now))
        let months = (0...ServiceFeedback.Limits.monthsBack).map { back -> Option in
            let index = current.year * 12 + current.month - 1 - back
            let month = VisitMonth(year: index / 12, month: index % 12 + 1)
            return Option(id: month.description, label: "\(month.month)/\(month.year)")
        }
        return FeedbackFormChoices(
            provinces: options(catalog.provinces), agencies: options(catalog.agencies),
            procedures: options(catalog.procedures), months: months)
    }

    func feedbackForm(_ language: Language, state: FeedbackFormState = FeedbackFormState(), status: HTTPStatus = .ok)
        -> HTTPResponse
    {
        .html(
            feedbackFormPage(
                language, choices: feedbackChoices(language), state: state, ticket: configuration.tickets.issue()),
            status: status)
    }

    /// Receives the form: ticket (400), fields (422), budget (503), then seals and stores. Nothing is
    /// stored unless every check passed.
    func submitFeedback(_ request: HTTPRequest, _ language: Language) throws -> HTTPResponse {
        let s = language.strings
        let form = try request.form(maxFields: 16)
        func one(_ name: String) -> String { form.first { $0.0 == name }?.1 ?? "" }
        var state = FeedbackFormState(
            province: one("province"), agency: one("agency"), procedure: one("procedure"), month: one("month"),
            comment: one("comment"))
        for criterion in ServiceFeedback.Criterion.allCases { state.levels[criterion] = one(criterion.rawValue) }
        do throws(FormTicketIssuer.Rejection) {
            try configuration.tickets.redeem(one("ticket"))
        } catch {
            state.errors["ticket"] = s.errorTicket
            return feedbackForm(language, state: state, status: .badRequest)
        }
        let feedback = Self.feedback(from: state)
        let today = CalendarDay(store.configuration.clock.now)
        var problems = feedback.normalized().validate(catalog: catalog, today: today)
        // An empty month reads as year 0, out of range: say it is missing instead.
        if state.month.isEmpty {
            problems.removeAll { $0.field == .month }
            problems.append(FieldError(.month, .missing))
        }
        guard problems.isEmpty else {
            for problem in problems { state.errors[problem.field.rawValue] = s.message(for: problem) }
            return feedbackForm(language, state: state, status: .unprocessableContent)
        }
        if let wait = configuration.budget.take(bytes: Self.bodyBytes(request)) {
            return busy(language, retryAfter: wait)
        }
        do throws(StoreError) {
            _ = try store.submitFeedback(feedback)
            return .html(feedbackThanksPage(language))
        } catch .invalid(let problems) {
            for problem in problems { state.errors[problem.field.rawValue] = s.message(for: problem) }
            return feedbackForm(language, state: state, status: .unprocessableContent)
        } catch {
            throw error
        }
    }

    /// The feedback the form describes; a level that is not a number is left out (``FieldError/Code/missing``),
    /// an unreadable month becomes one that ``ServiceFeedback/validate(catalog:today:)`` refuses.
    static func feedback(from state: FeedbackFormState) -> ServiceFeedback {
        var levels: [ServiceFeedback.Criterion: Int] = [:]
        for (criterion, text) in state.levels { levels[criterion] = Int(text) }
        let comment = state.comment.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : state.comment
        return ServiceFeedback(
            province: state.province, agency: state.agency, procedure: state.procedure,
            month: VisitMonth(text: state.month) ?? VisitMonth(year: 0, month: 1), levels: levels, comment: comment)
    }

    /// `POST /api/v1/feedback`: the body (400, 415), the proof of work (403), the budget (503), the
    /// fields (422); 201 with the record's index. Nothing is stored unless every check passed.
    func apiFeedback(_ request: HTTPRequest) throws -> HTTPResponse {
        let body: FeedbackBody
        switch try decode(FeedbackBody.self, request) {
        case .failure(let refusal): return refusal.response
        case .success(let value): body = value
        }
        if let refusal = proofOfWorkRefusal(challenge: body.challenge, counter: body.counter) { return refusal }
        if let refusal = overBudget(request) { return refusal }
        let feedback = ServiceFeedback(
            province: body.province, agency: body.agency, procedure: body.procedure,
            month: VisitMonth(text: body.month) ?? VisitMonth(year: 0, month: 1),
            levels: [.staff: body.staff, .timeliness: body.timeliness, .extras: body.extras, .overall: body.overall],
            comment: body.comment)
        do throws(StoreError) {
            return json(IndexReply(index: try store.submitFeedback(feedback)), status: .created)
        } catch {
            return apiRefusal(error, storage: "nothing was stored")
        }
    }
}
