import Web

/// A choice in a select list or a group of checkboxes.
struct Option: Sendable {
    var id: String
    var label: String
}

/// A form's state that holds its errors by field name, for the helpers that mark fields.
protocol FormErrors {
    var errors: [String: String] { get }
}

/// What the citizen typed, and what was wrong with it, so a form comes back with everything kept.
struct ReportFormState: Sendable, FormErrors {
    var province = ""
    var procedure = ""
    var agency = ""
    var commune = ""
    var official = ""
    var misconduct: [String] = []
    var account = ""
    var month = ""
    var year = ""
    var contact = ""
    /// The box "I fear the local authority is involved" was ticked.
    var localAuthorityInvolved = false
    /// Errors by field name, already in the citizen's language.
    var errors: [String: String] = [:]
}

/// The lists the form offers, in the page's language.
struct ReportFormChoices: Sendable {
    var provinces: [Option]
    var procedures: [Option]
    var kinds: [Option]
    var years: [Int]
    var maxFiles: Int
    /// Whether the deployment routes to units, so the local-authority box changes where the report goes
    /// (its hint says so); in a flat one the box only tells the inspectors.
    var routesToUnits = false
}

/// The report form: works without JavaScript, posts multipart so files can come along.
func reportFormPage(_ language: Language, choices: ReportFormChoices, state: ReportFormState, ticket: String)
    -> String
{
    let s = language.strings
    let errorSummary: HTML =
        state.errors.isEmpty
        ? ""
        : """
        <div class="errors" role="alert"><strong>\(s.formErrorsTitle)</strong><ul>\(
            fieldOrder.compactMap { name in state.errors[name].map { message -> HTML in "<li><a href=\"#\(name)\">\(message)</a></li>" } }
        )</ul></div>
        """
    let prompts = s.fieldWhatPrompts.map { prompt -> HTML in "<li>\(prompt)</li>" }
    let kindBoxes = choices.kinds.map { kind -> HTML in
        let checked: HTML = state.misconduct.contains(kind.id) ? " checked" : ""
        return
            "<label><input type=\"checkbox\" name=\"misconduct\" value=\"\(kind.id)\"\(checked)> \(kind.label)</label>"
    }
    let months = (1...12).map { String($0) }.map { Option(id: $0, label: $0) }
    let years = choices.years.map { Option(id: String($0), label: String($0)) }
    // The label above names the first input; each later one carries its own name (axe's `label` rule),
    // "Files (optional) 2/3", so a screen reader tells them apart.
    let files = (0..<choices.maxFiles).map { i -> HTML in
        let name: HTML = i == 0 ? "" : " aria-label=\"\(s.fieldAttachments) \(i + 1)/\(choices.maxFiles)\""
        return
            "<input type=\"file\" name=\"file\" id=\"file\(i)\"\(name) accept=\"image/jpeg,image/png,application/pdf,audio/*\">"
    }
    return page(
        language, title: s.formTitle, alternatePath: "/report",
        """
        <h1>\(s.formTitle)</h1>
        <p class="lead">\(s.formIntro)</p>
        <p class="box">\(s.formAnonymousNote)</p>
        \(errorSummary)
        <form method="post" action="\(language.prefix)/report" enctype="multipart/form-data" novalidate>
        <input type="hidden" name="ticket" value="\(ticket)">
        \(select("province", s.fieldProvince, s.fieldProvinceChoose, choices.provinces, state.province, state))
        \(select("procedure", s.fieldProcedure, s.fieldProcedureChoose, choices.procedures, state.procedure, state))
        <label for="agency">\(s.fieldAgency)<span class="hint">\(s.fieldAgencyHint)</span></label>
        \(fieldError("agency", state))
        <input type="text" id="agency" name="agency" maxlength="300" value="\(state.agency)"\(invalid("agency", state))>
        <label for="commune">\(s.fieldCommune)<span class="hint">\(s.fieldCommuneHint)</span></label>
        \(fieldError("commune", state))
        <input type="text" id="commune" name="commune" maxlength="200" value="\(state.commune)"\(invalid("commune", state))>
        <label><input type="checkbox" name="localAuthorityInvolved" value="yes"\(state.localAuthorityInvolved ? " checked" : "")> \(s.fieldLocalAuthority)</label>
        \(choices.routesToUnits ? "<p class=\"hint\">\(s.fieldLocalAuthorityHint)</p>" : "")
        <fieldset class="choices" id="misconduct"><legend>\(s.fieldKinds)<span class="hint">\(s.fieldKindsHint)</span></legend>
        \(fieldError("misconduct", state))
        \(kindBoxes)
        </fieldset>
        <label for="official">\(s.fieldOfficial)<span class="hint">\(s.fieldOfficialHint)</span></label>
        \(fieldError("official", state))
        <input type="text" id="official" name="official" maxlength="300" value="\(state.official)"\(invalid("official", state))>
        <label for="account">\(s.fieldWhat)</label>
        <span class="hint">\(s.fieldWhatHint)</span><ul class="hint">\(prompts)</ul>
        \(fieldError("account", state))
        <textarea id="account" name="account" rows="10" maxlength="20000"\(invalid("account", state))>\(state.account)</textarea>
        <fieldset><legend>\(s.fieldWhen)</legend><div class="row">
        <div>\(select("month", s.fieldMonth, "—", months, state.month, state))</div>
        <div>\(select("year", s.fieldYear, "—", years, state.year, state))</div>
        </div></fieldset>
        <label for="contact">\(s.fieldContact)</label>
        <p class="warning">\(s.fieldContactWarning)</p>
        \(fieldError("contact", state))
        <input type="text" id="contact" name="contact" maxlength="300" autocomplete="off" value="\(state.contact)"\(invalid("contact", state))>
        <label for="file0">\(s.fieldAttachments)<span class="hint">\(s.fieldAttachmentsHint)</span></label>
        \(fieldError("attachments", state))
        \(files)
        <button type="submit">\(s.formSubmit)</button>
        </form>
        """)
}

/// The order in which fields appear, for the error summary.
let fieldOrder = [
    "ticket", "province", "procedure", "agency", "commune", "misconduct", "official", "account", "month", "year",
    "contact",
    "attachments",
]

func fieldError(_ name: String, _ state: some FormErrors) -> HTML {
    guard let message = state.errors[name] else { return "" }
    return "<span class=\"error\" id=\"\(name)-error\">\(message)</span>"
}

func invalid(_ name: String, _ state: some FormErrors) -> HTML {
    state.errors[name] == nil ? "" : " class=\"invalid\" aria-invalid=\"true\" aria-describedby=\"\(name)-error\""
}

func select(
    _ name: String, _ label: String, _ placeholder: String, _ options: [Option], _ chosen: String,
    _ state: some FormErrors
) -> HTML {
    let items = options.map { option -> HTML in
        let selected: HTML = option.id == chosen ? " selected" : ""
        return "<option value=\"\(option.id)\"\(selected)>\(option.label)</option>"
    }
    return """
        <label for="\(name)">\(label)</label>
        \(fieldError(name, state))
        <select id="\(name)" name="\(name)"\(invalid(name, state))><option value="">\(placeholder)</option>\(items)</select>
        """
}
