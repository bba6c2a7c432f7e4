import API
import Web

/// One line of a case's timeline as the citizen sees it.
struct TimelineItem: Sendable {
    enum Kind: Sendable { case report, followUp, rating, reply, accepted, declined, extended, resolved }
    var kind: Kind
    /// "11/2026": month precision only, like everything Candor shows about time.
    var when: String
    var text: String
    /// What the citizen must know about the item beyond its text.
    var note: Note? = nil

    enum Note: Sendable {
        /// A citizen's record that the token's key did not sign: its text is never shown (finding H1).
        case notFromYou
        /// A record of the older, unsigned format: shown, with a warning.
        case unsigned
        /// An item the citizen's key could not open (finding L3): its text says so.
        case couldNotOpen
    }
}

extension TimelineItem {
    /// The item in `POST /api/v1/status`'s timeline: `kind`, `month`, `text`, and `note` when there is one.
    var apiItem: StatusReply.Item {
        let kind =
            switch self.kind {
            case .report: "report"
            case .followUp: "follow-up"
            case .rating: "rating"
            case .reply: "reply"
            case .accepted: "accepted"
            case .declined: "declined"
            case .extended: "extended"
            case .resolved: "resolved"
            }
        let note: String? =
            switch note {
            case .notFromYou?: "not-from-you"
            case .unsigned?: "unsigned"
            case .couldNotOpen?: "could-not-be-opened"
            case nil: nil
            }
        return StatusReply.Item(kind: kind, month: when, text: text, note: note)
    }
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
    /// The name of the unit that handles the case, in the page's language; nil for a flat deployment.
    var handlingUnit: String? = nil
}

/// The token form, with an optional message (a typo, an unknown case).
func statusFormPage(_ language: Language, token: String = "", message: String? = nil) -> String {
    let s = language.strings
    let error: HTML = message.map { "<span class=\"error\" id=\"token-error\" role=\"alert\">\($0)</span>" } ?? ""
    let invalid: HTML =
        message == nil ? "" : " class=\"invalid\" aria-invalid=\"true\" aria-describedby=\"token-error\""
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
        switch item.note {
        case .notFromYou?:
            return
                "<li class=\"flagged\"><strong>\(s.statusNotFromYou)</strong> <span class=\"when\">\(item.when)</span></li>"
        case .unsigned?:
            return
                "<li\(css)><strong>\(label)</strong> <span class=\"when\">\(item.when)</span><p class=\"hint\">\(s.statusUnsigned)</p><div class=\"text\">\(item.text)</div></li>"
        case .couldNotOpen?, nil:
            return
                "<li\(css)><strong>\(label)</strong> <span class=\"when\">\(item.when)</span><div class=\"text\">\(item.text)</div></li>"
        }
    }
    let noReply: HTML =
        view.items.contains { $0.kind != .report && $0.kind != .followUp } ? "" : "<p>\(s.statusNoReplyYet)</p>"
    let unit: HTML =
        view.handlingUnit.map { "<p id=\"unit\">\(s.caseHandledBy) <strong>\($0)</strong></p>" } ?? ""
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
        \(unit)
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
