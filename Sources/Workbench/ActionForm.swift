import Casework
import Catalogue
import Foundation
import HTTP
import InspectorWorkspace
import Keys
import Triage
import Web

/// The action forms: each action on a case is a plain form, then a confirmation page that shows
/// exactly what will be signed and sent, then the signed event (POST, redirect, GET).
enum ActionForm {
    enum Kind: String, CaseIterable {
        case accept, decline, assign, note, reply, extend, resolve, transfer, grant

        var action: InspectorEvent.Action { InspectorEvent.Action(name: rawValue)! }

        /// The details' fields the form asks for.
        var fields: [String] {
            switch self {
            case .accept: []
            case .decline, .extend: ["reason"]
            case .assign: ["assignee"]
            case .note, .reply: ["text"]
            case .resolve: ["outcome", "summary"]
            case .transfer: ["unit", "reason"]
            case .grant: ["assignee"]
            }
        }

        /// Whether the citizen reads what the event carries on the status page.
        var citizenReads: Bool { ![.note, .assign, .transfer, .grant].contains(self) }

        /// Whether the deployment has this action: transfer needs units, grant a flat Keys/.
        func isOffered(in workspace: Workspace) -> Bool {
            switch self {
            case .transfer: !workspace.inspectorates.isFlat
            case .grant: workspace.inspectorates.isFlat
            default: true
            }
        }
    }

    static func details(_ kind: Kind, _ exchange: Workbench.Exchange) -> EventDetails {
        var details = EventDetails()
        details.reason = kind.fields.contains("reason") ? exchange.field("reason") ?? "" : nil
        details.assignee = kind.fields.contains("assignee") ? exchange.field("assignee") ?? "" : nil
        details.text = kind.fields.contains("text") ? exchange.field("text") ?? "" : nil
        details.outcome = kind.fields.contains("outcome") ? exchange.field("outcome") ?? "" : nil
        details.summary = kind.fields.contains("summary") ? exchange.field("summary") ?? "" : nil
        return details
    }

    /// The form's inputs, filled with what was typed (after a refusal, or Back from the confirmation).
    static func inputs(_ kind: Kind, _ exchange: Workbench.Exchange, _ workspace: Workspace) -> HTML {
        let s = exchange.strings
        let labels = exchange.language == .vi ? \CatalogEntry.vi : \CatalogEntry.en
        var parts: [HTML] = []
        for field in kind.fields {
            let value = exchange.field(field) ?? ""
            switch field {
            case "reason":
                parts.append(textarea("reason", kind == .transfer ? s.fieldReasonForInspectors : s.fieldReason, value))
            case "text":
                parts.append(textarea("text", s.fieldText, value))
            case "summary":
                parts.append(textarea("summary", s.fieldSummary, value))
            case "unit":
                parts.append(
                    select(
                        "unit", s.fieldUnit, workspace.inspectorates.units.keys.sorted().map { ($0, $0) }, value))
            case "assignee":
                parts.append(
                    select(
                        "assignee", s.fieldAssignee, workspace.inspectors.inspectors.map { ($0.name, $0.name) }, value))
            default:
                parts.append(
                    select(
                        "outcome", s.fieldOutcome,
                        workspace.catalog.outcomes.entries.map { ($0.id, $0[keyPath: labels]) }, value))
            }
        }
        return "\(parts)"
    }

    static func textarea(_ name: String, _ label: String, _ value: String) -> HTML {
        """
        <p><label for="a-\(name)">\(label)</label><br><textarea id="a-\(name)" name="\(name)" rows="6" cols="60" required>\(value)</textarea></p>
        """
    }

    static func select(_ name: String, _ label: String, _ options: [(String, String)], _ chosen: String) -> HTML {
        let items: [HTML] = options.map { id, text in
            "<option value=\"\(id)\"\(HTML(trusted: id == chosen ? " selected" : ""))>\(text)</option>"
        }
        return
            "<p><label for=\"a-\(name)\">\(label)</label> <select id=\"a-\(name)\" name=\"\(name)\">\(items)</select></p>"
    }
}

extension Workbench {
    /// GET: the form. POST: the confirmation page, or, with `confirm=yes`, the signed event sent.
    func act(
        _ kind: ActionForm.Kind, on id: UInt64, _ exchange: Exchange, _ state: inout SessionState,
        _ workspace: Workspace
    ) throws -> HTTPResponse {
        let s = exchange.strings
        let prefix = exchange.language.prefix
        let (book, item): (CaseBook, CaseBook.Case)
        do {
            (book, item) = try workspace.book(of: id)
        } catch {
            return .html(WorkbenchPage.message("\(error)", exchange, csrf: state.csrf), status: .notFound)
        }
        let name = s.actionNames[kind.rawValue] ?? kind.rawValue
        let url = "\(prefix)/case/\(Int(id))/act/\(kind.rawValue)"
        func form(_ error: String?, status: HTTPStatus = .ok) -> HTTPResponse {
            let warning: HTML =
                kind == .reply
                ? "<p class=\"warning\" role=\"note\"><strong>\(s.replyWarning)</strong></p>"
                : "<p>\(kind.citizenReads ? s.citizenReads : s.inspectorsOnly)</p>"
            let problem: HTML = error.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? ""
            return .html(
                WorkbenchPage.render(
                    exchange, title: name, csrf: state.csrf, unlocked: true,
                    """
                    <p><a href="\(prefix)/case/\(Int(id))">\(s.caseTitle(id))</a></p>
                    <h1>\(name) — \(s.caseTitle(id))</h1>
                    \(problem)\(warning)
                    <form method="post" action="\(url)">
                    <input type="hidden" name="csrf" value="\(state.csrf)">
                    \(ActionForm.inputs(kind, exchange, workspace))\(kind == .grant ? Self.grantAllBox(exchange) : "")
                    <button type="submit">\(s.reviewButton)</button>
                    </form>
                    """), status: status)
        }
        guard exchange.request.method == .post else { return form(nil) }
        if kind == .grant, exchange.field("all") == "yes" {
            let grants: [CaseAction]
            do {
                grants = try everyGrant(exchange, workspace)
            } catch {
                return form("\(error)", status: .unprocessableContent)
            }
            return try grantAll(grants, from: id, exchange, &state, workspace)
        }
        let details = ActionForm.details(kind, exchange)
        let checked: CaseAction
        do {
            checked = try action(kind, details, book, item, workspace, unit: exchange.field("unit") ?? "")
        } catch {
            return form("\(error)", status: .unprocessableContent)
        }
        guard exchange.field("confirm") == "yes" else {
            return .html(confirmation(kind, checked, exchange, state, workspace, url: url))
        }
        let (index, _) = try checked.send(workspace)
        state.notice = (s.done(name, index), false)
        reopen(&state)
        return .redirect(to: "\(prefix)/case/\(Int(id))")
    }

    /// The action checked as `candor-inspect ACTION` checks it, before anything is signed.
    func action(
        _ kind: ActionForm.Kind, _ details: EventDetails, _ book: CaseBook, _ item: CaseBook.Case,
        _ workspace: Workspace, unit: String
    ) throws -> CaseAction {
        switch kind {
        case .transfer:
            return try CaseAction.transfer(
                to: unit, reason: details.reason ?? "", book: book, item: item, server: configuration.server,
                workspace: workspace)
        case .grant:
            let name = details.assignee ?? ""
            try workspace.checkGrantsAllowed(to: name)
            let recipient = try workspace.grantRecipient(name)
            guard
                let grant = CaseAction.grant(
                    to: recipient, book: book, item: item,
                    server: try CaseAction.server(configuration.server, workspace))
            else {
                throw InspectionError.usage(
                    "\(name) can already open every record of case \(item.id) that you can open")
            }
            return grant
        default:
            return try CaseAction(
                kind.action, details: details, book: book, item: item, server: configuration.server,
                workspace: workspace)
        }
    }

    /// Exactly what will be signed and sent: the action, the case, the signer, each detail, who can
    /// open it, and the server; the same fields go back hidden, with `confirm=yes`.
    func confirmation(
        _ kind: ActionForm.Kind, _ checked: CaseAction, _ exchange: Exchange, _ state: SessionState,
        _ workspace: Workspace, url: String
    ) -> String {
        let s = exchange.strings
        let name = s.actionNames[kind.rawValue] ?? kind.rawValue
        let id = checked.item.id
        var rows: [HTML] = [
            "<dt>\(s.actionsTitle)</dt><dd>\(kind.rawValue) (\(name))</dd>",
            "<dt>\(s.caseTitle(id))</dt><dd>\(Int(id))</dd>",
            "<dt>\(s.signedBy)</dt><dd>\(workspace.key.name)</dd>",
        ]
        let labelled = [
            ("unit", s.fieldUnit), ("reason", kind == .transfer ? s.fieldReasonForInspectors : s.fieldReason),
            ("assignee", s.fieldAssignee), ("text", s.fieldText),
            ("outcome", s.fieldOutcome), ("summary", s.fieldSummary),
        ]
        var hidden: [HTML] = []
        for (field, label) in labelled where kind.fields.contains(field) {
            let value = exchange.field(field) ?? ""
            rows.append("<dt>\(label)</dt><dd>\(value)</dd>")
            hidden.append("<input type=\"hidden\" name=\"\(field)\" value=\"\(value)\">")
        }
        if let grants = checked.details.grants {
            rows.append("<dt>\(s.keysHandedOver)</dt><dd>\(grants.count)</dd>")
        }
        let units = checked.recipientUnits(in: workspace)
        rows.append(
            """
            <dt>\(s.sealedTo)</dt><dd>\(units.isEmpty ? "Keys/" : units.joined(separator: ", "))\
            \(kind.citizenReads ? " — " + s.citizenReads : " — " + s.inspectorsOnly)</dd>
            """)
        rows.append("<dt>\(s.sendTo)</dt><dd>\(checked.server.description)</dd>")
        let warning: HTML = kind == .reply ? "<p class=\"warning\"><strong>\(s.replyWarning)</strong></p>" : ""
        return WorkbenchPage.render(
            exchange, title: s.confirmTitle, csrf: state.csrf, unlocked: true,
            """
            <h1>\(s.confirmTitle): \(name) — \(s.caseTitle(id))</h1>
            <p>\(s.confirmLead)</p>
            \(warning)
            <dl class="signed">\(rows)</dl>
            <form method="post" action="\(url)">
            <input type="hidden" name="csrf" value="\(state.csrf)">
            \(hidden)
            <input type="hidden" name="confirm" value="yes">
            <button type="submit">\(s.confirmButton)</button>
            </form>
            <p><a href="\(exchange.language.prefix)/case/\(Int(id))">\(s.cancel)</a></p>
            """)
    }
}
