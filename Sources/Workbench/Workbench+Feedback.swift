import Casework
import Catalogue
import Foundation
import HTTP
import InspectorWorkspace
import Web

/// The Feedback page: the service feedback of the inspector's units per agency and procedure, apart
/// from the cases, with each comment opened in memory and its "open a case" action, which goes through
/// a confirmation page as every action does (Workbench.docc, "Feedback").
extension Workbench {
    /// GET `/feedback`: the page. POST `/feedback/N/open-case`: the confirmation, or with `confirm=yes`
    /// the signed opening sent.
    func feedback(_ exchange: Exchange, _ state: inout SessionState, _ workspace: Workspace) throws -> HTTPResponse {
        let parts = exchange.path.split(separator: "/")
        if parts.count == 1, exchange.request.method == .get {
            return .html(feedbackPage(exchange, state, workspace, try workspace.openedFeedback(), error: nil))
        }
        guard parts.count == 3, parts[2] == "open-case", exchange.request.method == .post, let record = UInt64(parts[1])
        else {
            return .html(WorkbenchPage.message("404", exchange, csrf: state.csrf), status: .notFound)
        }
        let f = exchange.language.feedback
        let opening: FeedbackOpening
        do {
            opening = try FeedbackOpening(
                record: record, reason: exchange.field("reason") ?? "", server: configuration.server,
                workspace: workspace)
        } catch {
            let page = feedbackPage(exchange, state, workspace, try workspace.openedFeedback(), error: "\(error)")
            return .html(page, status: .unprocessableContent)
        }
        guard exchange.field("confirm") == "yes" else {
            return .html(feedbackConfirmation(opening, exchange, state, workspace))
        }
        let (index, _) = try opening.send(workspace)
        state.notice = (f.done(index), false)
        reopen(&state)
        return .redirect(to: exchange.language.prefix + (index.map { "/case/\($0)" } ?? "/feedback"))
    }

    func feedbackPage(
        _ exchange: Exchange, _ state: SessionState, _ workspace: Workspace, _ items: [FeedbackItem], error: String?
    ) -> String {
        let f = exchange.language.feedback
        let prefix = exchange.language.prefix
        let labels = exchange.language == .vi ? \CatalogEntry.vi : \CatalogEntry.en
        func label(_ list: CatalogList, _ id: String) -> String { list[id]?[keyPath: labels] ?? id }
        let opened = (try? workspace.casesOpened(from: items)) ?? [:]
        let criteria = ServiceFeedback.Criterion.allCases
        var sections: [HTML] = []
        for agency in Set(items.map(\.feedback.agency)).sorted() {
            let group = items.filter { $0.feedback.agency == agency }
            let rows: [HTML] = Set(group.map(\.feedback.procedure)).sorted().map { procedure in
                let cell = group.filter { $0.feedback.procedure == procedure }
                let means: [HTML] = criteria.map { criterion in
                    let total = cell.reduce(0) { $0 + ($1.feedback.levels[criterion] ?? 0) }
                    return "<td>\(String(format: "%.1f", Double(total) / Double(cell.count)))</td>"
                }
                return
                    "<tr><td>\(label(workspace.catalog.procedures, procedure))</td><td>\(cell.count)</td>\(means)</tr>"
            }
            let heads: [HTML] = criteria.map { "<th>\(f.criteria[$0.rawValue] ?? $0.rawValue)</th>" }
            let comments: [HTML] = group.compactMap { item in
                guard let comment = item.feedback.comment else { return nil }
                let fb = item.feedback
                let action: HTML =
                    if let id = opened[item.index] {
                        "<p><a href=\"\(prefix)/case/\(Int(id))\">\(f.openedAs(id))</a></p>"
                    } else {
                        """
                        <form method="post" action="\(prefix)/feedback/\(Int(item.index))/open-case">
                        <input type="hidden" name="csrf" value="\(state.csrf)">
                        <p><label for="r-\(Int(item.index))">\(f.reasonLabel)</label><br>\
                        <textarea id="r-\(Int(item.index))" name="reason" rows="3" cols="60" required></textarea></p>
                        <button type="submit">\(f.openButton)</button>
                        </form>
                        """
                    }
                return """
                    <li id="f-\(Int(item.index))"><p><strong>#\(Int(item.index))</strong> · \(fb.month.description) · \
                    \(label(workspace.catalog.provinces, fb.province)) · \(label(workspace.catalog.procedures, fb.procedure)) · \
                    \(f.overall) \(fb.levels[.overall] ?? 0)/5</p>
                    <blockquote>\(comment)</blockquote>
                    \(action)</li>
                    """
            }
            sections.append(
                """
                <section><h2>\(label(workspace.catalog.agencies, agency))</h2>
                <table class="cases"><thead><tr><th>\(f.columnProcedure)</th><th>\(f.columnCount)</th>\(heads)</tr></thead>
                <tbody>\(rows)</tbody></table>
                \(comments.isEmpty ? "" : "<h3>\(f.commentsTitle)</h3><ul class=\"comments\">\(comments)</ul>" as HTML)
                </section>
                """)
        }
        let problem: HTML = error.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? ""
        let body: HTML = """
            <p><a href="\(prefix)/">\(exchange.strings.backToInbox)</a></p>
            <h1>\(f.title)</h1>
            \(problem)
            <p>\(f.lead)</p>
            \(items.isEmpty ? "<p>\(f.none)</p>" as HTML : "\(sections)")
            """
        return WorkbenchPage.render(exchange, title: f.title, csrf: state.csrf, unlocked: true, body)
    }

    /// Exactly what will be signed: the feedback, the comment that becomes the report, the reason, the
    /// signer, the units it is sealed to, that there is no citizen, and the server; the reason goes back
    /// hidden, with `confirm=yes`.
    func feedbackConfirmation(
        _ opening: FeedbackOpening, _ exchange: Exchange, _ state: SessionState, _ workspace: Workspace
    ) -> String {
        let f = exchange.language.feedback
        let prefix = exchange.language.prefix
        let s = exchange.strings
        let labels = exchange.language == .vi ? \CatalogEntry.vi : \CatalogEntry.en
        func label(_ list: CatalogList, _ id: String) -> String { list[id]?[keyPath: labels] ?? id }
        let fb = opening.item.feedback
        let catalog = workspace.catalog
        let what = [
            label(catalog.provinces, fb.province), label(catalog.agencies, fb.agency),
            label(catalog.procedures, fb.procedure), fb.month.description, "\(f.overall) \(fb.levels[.overall] ?? 0)/5",
        ]
        let rows: [HTML] = [
            "<dt>\(f.rowFeedback)</dt><dd>#\(Int(opening.item.index)): \(what.joined(separator: " · "))</dd>",
            "<dt>\(f.rowComment)</dt><dd>\(opening.comment)</dd>",
            "<dt>\(f.rowReason)</dt><dd>\(opening.details.reason ?? "")</dd>",
            "<dt>\(s.signedBy)</dt><dd>\(workspace.key.name)</dd>",
            "<dt>\(s.sealedTo)</dt><dd>\(opening.units.isEmpty ? "Keys/" : opening.units.joined(separator: ", "))</dd>",
        ]
        return WorkbenchPage.render(
            exchange, title: f.confirmTitle, csrf: state.csrf, unlocked: true,
            """
            <h1>\(f.confirmTitle) #\(Int(opening.item.index))</h1>
            <p>\(f.confirmLead)</p>
            <p class="warning"><strong>\(f.noCitizen)</strong></p>
            <dl class="signed">\(rows)<dt>\(s.sendTo)</dt><dd>\(opening.server.description)</dd></dl>
            <form method="post" action="\(prefix)/feedback/\(Int(opening.item.index))/open-case">
            <input type="hidden" name="csrf" value="\(state.csrf)">
            <input type="hidden" name="reason" value="\(opening.details.reason ?? "")">
            <input type="hidden" name="confirm" value="yes">
            <button type="submit">\(f.confirmButton)</button>
            </form>
            <p><a href="\(prefix)/feedback">\(f.cancel)</a></p>
            """)
    }
}
