import Casework
import Web

/// What the citizen chose on the feedback form, and what was wrong with it.
struct FeedbackFormState: Sendable, FormErrors {
    var province = ""
    var agency = ""
    var procedure = ""
    var month = ""
    /// The level chosen for each criterion, as sent ("1"…"5").
    var levels: [ServiceFeedback.Criterion: String] = [:]
    var comment = ""
    var errors: [String: String] = [:]
}

/// The lists the feedback form offers.
struct FeedbackFormChoices: Sendable {
    var provinces: [Option]
    var agencies: [Option]
    var procedures: [Option]
    /// The months a visit may be rated for, newest first (`YYYY-MM`, shown as `M/YYYY`).
    var months: [Option]
}

/// The one-minute feedback form: selects and radio buttons, urlencoded, no JavaScript.
func feedbackFormPage(_ language: Language, choices: FeedbackFormChoices, state: FeedbackFormState, ticket: String)
    -> String
{
    let s = language.strings
    let f = FeedbackStrings.of(language)
    let order =
        ["ticket", "province", "agency", "procedure", "month"]
        + ServiceFeedback.Criterion.allCases.map(\.rawValue) + ["comment"]
    let errorSummary: HTML =
        state.errors.isEmpty
        ? ""
        : """
        <div class="errors" role="alert"><strong>\(s.formErrorsTitle)</strong><ul>\(
            order.compactMap { name in state.errors[name].map { message -> HTML in "<li><a href=\"#\(name)\">\(message)</a></li>" } }
        )</ul></div>
        """
    let questions = zip(ServiceFeedback.Criterion.allCases, zip(f.questions, f.answers)).map {
        criterion, question -> HTML in
        let name = criterion.rawValue
        let radios = zip([5, 4, 3, 2, 1], question.1).map { level, answer -> HTML in
            let checked: HTML = state.levels[criterion] == String(level) ? " checked" : ""
            return "<label><input type=\"radio\" name=\"\(name)\" value=\"\(level)\"\(checked)> \(answer)</label>"
        }
        return """
            <fieldset class="choices" id="\(name)"><legend>\(question.0)</legend>
            \(fieldError(name, state))\(radios)</fieldset>
            """
    }
    return page(
        language, title: f.title, alternatePath: "/feedback",
        """
        <h1>\(f.title)</h1>
        <p class="lead">\(f.intro)</p>
        <p class="box">\(f.anonymousNote)</p>
        \(errorSummary)
        <form method="post" action="\(language.prefix)/feedback" novalidate>
        <input type="hidden" name="ticket" value="\(ticket)">
        \(select("province", f.fieldProvince, s.fieldProvinceChoose, choices.provinces, state.province, state))
        \(select("agency", f.fieldAgency, f.fieldAgencyChoose, choices.agencies, state.agency, state))
        \(select("procedure", f.fieldProcedure, s.fieldProcedureChoose, choices.procedures, state.procedure, state))
        \(select("month", f.fieldMonth, "—", choices.months, state.month, state))
        \(questions)
        <label for="comment">\(f.fieldComment)<span class="hint">\(f.fieldCommentHint)</span></label>
        \(fieldError("comment", state))
        <textarea id="comment" name="comment" rows="4" maxlength="2000">\(state.comment)</textarea>
        <button type="submit">\(f.submit)</button>
        </form>
        """)
}

/// The page after a rating is stored.
func feedbackThanksPage(_ language: Language) -> String {
    let f = FeedbackStrings.of(language)
    let p = language.prefix
    return page(
        language, title: f.thanksTitle, alternatePath: "/feedback",
        """
        <h1>\(f.thanksTitle)</h1>
        <p class="box" role="status">\(f.thanks)</p>
        <p><a href="\(p)/satisfaction">\(f.thanksIndexLink)</a></p>
        <p><a href="\(p)/feedback">\(f.again)</a></p>
        """)
}
