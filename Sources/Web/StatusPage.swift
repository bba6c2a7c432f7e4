/// One line of a case's timeline as the citizen sees it.
struct TimelineItem: Sendable {
    enum Kind: Sendable { case report, followUp, rating, reply, accepted, declined, extended, resolved }
    var kind: Kind
    /// "11/2026": month precision only, like everything Candor shows about time.
    var when: String
    var text: String
}

/// What the status page shows after a token was entered.
struct CaseView: Sendable {
    var token: String
    var items: [TimelineItem]
    var resolved: Bool
    var rated: Bool
    var notice: String?
    /// The form ticket both forms carry: a follow-up or a rating costs one, like a report.
    var ticket: String
    /// Text the citizen typed into a follow-up that came back, to keep.
    var draft = ""
}

/// The token form, with an optional message (a typo, an unknown case).
func statusFormPage(_ language: Language, token: String = "", message: String? = nil) -> String {
    let s = language.strings
    let error: HTML = message.map { "<span class=\"error\" id=\"token-error\" role=\"alert\">\($0)</span>" } ?? ""
    let invalid: HTML = message == nil ? "" : " class=\"invalid\" aria-invalid=\"true\" aria-describedby=\"token-error\""
    return page(
        language, title: s.statusTitle, alternatePath: "/status",
        """
        <h1>\(s.statusTitle)</h1>
        <p class="lead">\(s.statusLead)</p>
        <form method="post" action="\(language.prefix)/status">
        <label for="token">\(s.statusTokenLabel)<span class="hint">\(s.statusTokenHint)</span></label>
        \(error)
        <input type="text" id="token" name="token" value="\(token)" autocomplete="off" autocapitalize="characters" spellcheck="false"\(invalid)>
        <button type="submit">\(s.statusSubmit)</button>
        </form>
        """)
}

/// The case: timeline, replies, a form to add information and, once resolved, the rating.
func casePage(_ language: Language, _ view: CaseView) -> String {
    let s = language.strings
    let p = language.prefix
    let items = view.items.map { item -> HTML in
        let (label, css): (String, HTML) =
            switch item.kind {
            case .report: (s.statusYouSentReport, "")
            case .followUp: (s.statusYouSentFollowUp, "")
            case .rating: (s.statusYouRated, "")
            case .reply: (s.statusInspectorReply, " class=\"reply\"")
            case .accepted: (s.statusAccepted, " class=\"reply\"")
            case .declined: (s.statusDeclined, " class=\"reply\"")
            case .extended: (s.statusExtended, " class=\"reply\"")
            case .resolved: (s.statusResolved, " class=\"reply\"")
            }
        return "<li\(css)><strong>\(label)</strong> <span class=\"when\">\(item.when)</span><div class=\"text\">\(item.text)</div></li>"
    }
    let noReply: HTML = view.items.contains { $0.kind != .report && $0.kind != .followUp } ? "" : "<p>\(s.statusNoReplyYet)</p>"
    let notice: HTML = view.notice.map { "<p class=\"ok\" role=\"status\">\($0)</p>" } ?? ""
    let levels = s.statusRateLevels.enumerated().map { i, label -> HTML in
        "<label><input type=\"radio\" name=\"rating\" value=\"\(5 - i)\"> \(label)</label>"
    }
    let rating: HTML =
        view.resolved && !view.rated
        ? """
        <h2>\(s.statusRateTitle)</h2>
        <form method="post" action="\(p)/status/rate">
        <input type="hidden" name="token" value="\(view.token)">
        <input type="hidden" name="ticket" value="\(view.ticket)">
        <fieldset class="choices">\(levels)</fieldset>
        <button type="submit">\(s.statusRateSubmit)</button>
        </form>
        """ : ""
    return page(
        language, title: s.statusTitle, alternatePath: "/status",
        """
        <h1>\(s.statusTitle)</h1>
        \(notice)
        <h2>\(s.statusTimeline)</h2>
        <ol class="timeline">\(items)</ol>
        \(noReply)
        \(rating)
        <h2>\(s.statusAddTitle)</h2>
        <form method="post" action="\(p)/status/add" enctype="multipart/form-data">
        <input type="hidden" name="token" value="\(view.token)">
        <input type="hidden" name="ticket" value="\(view.ticket)">
        <label for="text">\(s.statusAddText)</label>
        <textarea id="text" name="text" rows="6" maxlength="20000">\(view.draft)</textarea>
        <label for="file0">\(s.fieldAttachments)<span class="hint">\(s.fieldAttachmentsHint)</span></label>
        <input type="file" name="file" id="file0" accept="image/jpeg,image/png,application/pdf,audio/*">
        <button type="submit">\(s.statusAddSubmit)</button>
        </form>
        """)
}
