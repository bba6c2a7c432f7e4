import Casework
import Deployment
import Foundation
import HTTP
import InspectorWorkspace
import Outcomes
import Sanitization
import Triage
import Web

/// Publishing a resolved case's outcome (Outcomes.md), as `candor-inspect publish` does: the public
/// record shown exactly, each redaction highlighted in what the inspector wrote beside what is
/// published, flagged quotes and unsure spans marked; quotes and unsure spans need their explicit
/// checkbox, and publishing needs the confirmation checkbox.
extension Workbench {
    func publish(_ id: UInt64, _ exchange: Exchange, _ state: inout SessionState, _ workspace: Workspace) throws
        -> HTTPResponse
    {
        let s = exchange.strings
        let prefix = exchange.language.prefix
        let item: CaseBook.Case
        do {
            item = try workspace.book(of: id).item
        } catch {
            return .html(WorkbenchPage.message("\(error)", exchange, csrf: state.csrf), status: .notFound)
        }
        let url = "\(prefix)/case/\(Int(id))/publish"
        let summary = exchange.field("summary") ?? ""
        let agency = exchange.field("agency").flatMap { $0.isEmpty ? nil : $0 }
        let namesAllowed = try OutcomeNames.allowed(keysDirectory: workspace.keysDirectory)
        func form(_ error: String?, status: HTTPStatus = .ok) -> HTTPResponse {
            let problem: HTML = error.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? ""
            return .html(
                WorkbenchPage.render(
                    exchange, title: s.publishTitle, csrf: state.csrf, unlocked: true,
                    """
                    <p><a href="\(prefix)/case/\(Int(id))">\(s.caseTitle(id))</a></p>
                    <h1>\(s.publishTitle) — \(s.caseTitle(id))</h1>
                    \(problem)<p>\(s.publishLead)</p>
                    <form method="post" action="\(url)">
                    <input type="hidden" name="csrf" value="\(state.csrf)">
                    \(ActionForm.textarea("summary", s.fieldPublicSummary, summary))
                    <p><label for="a-agency">\(s.fieldAgencyOverride)</label><br><input id="a-agency" name="agency" size="60" value="\(agency ?? "")"></p>
                    \(disciplinedFields(exchange, namesAllowed: namesAllowed))
                    <button type="submit">\(s.reviewButton)</button>
                    </form>
                    """), status: status)
        }
        guard exchange.request.method == .post else { return form(nil) }
        let draft: OutcomeDraft
        do {
            try workspace.checkKeyIsCurrent()
            let disciplined = try Self.disciplinedOfficial(exchange)
            if disciplined?.name != nil && !namesAllowed {
                return form(s.namesNotAllowed, status: .unprocessableContent)
            }
            draft = try OutcomeDraft(
                case: item, deadlines: workspace.deadlines(of: item), summary: summary, agencyOverride: agency,
                disciplined: disciplined, namesAllowed: namesAllowed, catalog: workspace.catalog,
                id: exchange.field("id") ?? PublicOutcome.newID())
        } catch {
            return form("\(error)", status: .unprocessableContent)
        }
        guard exchange.field("confirm") == "yes" else {
            return .html(preview(draft, exchange, state, workspace, url: url, id: id, error: nil))
        }
        if !draft.quotes.isEmpty && exchange.field("accept-quotes") != "yes" {
            return .html(
                preview(draft, exchange, state, workspace, url: url, id: id, error: s.refusedQuotes),
                status: .unprocessableContent)
        }
        if !draft.disciplinedQuotes.isEmpty {
            return .html(
                preview(draft, exchange, state, workspace, url: url, id: id, error: s.refusedDisciplinedQuotes),
                status: .unprocessableContent)
        }
        if !draft.flags.isEmpty && exchange.field("accept-flags") != "yes" {
            return .html(
                preview(draft, exchange, state, workspace, url: url, id: id, error: s.refusedFlags),
                status: .unprocessableContent)
        }
        if draft.outcome.disciplined != nil && exchange.field("confirm-disciplined") != "yes" {
            return .html(
                preview(draft, exchange, state, workspace, url: url, id: id, error: s.refusedDisciplined),
                status: .unprocessableContent)
        }
        let (index, verified) = try workspace.publish(draft, server: configuration.server)
        state.notice = (s.published(draft.outcome.id, index, verified), false)
        return .redirect(to: "\(prefix)/case/\(Int(id))")
    }

    /// The record exactly as it will be published, what the inspector wrote beside it with every span the
    /// sanitizer changed or flagged marked, the JSON line to sign, and the confirmation form.
    func preview(
        _ draft: OutcomeDraft, _ exchange: Exchange, _ state: SessionState, _ workspace: Workspace, url: String,
        id: UInt64, error: String?
    ) -> String {
        let s = exchange.strings
        let outcome = draft.outcome
        let fields: [(String, String)] = [
            ("id", outcome.id), ("province", outcome.province), ("agency", outcome.agency),
            ("procedure", outcome.procedure), ("kinds", outcome.kinds.joined(separator: ", ")),
            ("outcome", outcome.outcome), ("outcomeLabel", outcome.outcomeLabel), ("summary", outcome.summary),
            ("monthReceived", outcome.monthReceived), ("monthResolved", outcome.monthResolved),
            ("resolvedWithin", (outcome.resolvedWithin?.label ?? "–")),
            ("deadlineMet", outcome.deadlineMet ? "yes" : "no"),
        ]
        let official = outcome.disciplined.map { ($0.position, $0.unit, $0.name ?? "–") }
        let rows: [HTML] = (fields + (official.map { [("disciplined", "\($0.0) — \($0.1) — \($0.2)")] } ?? [])).map {
            "<dt>\($0.0)</dt><dd>\($0.1)</dd>"
        }
        let compared: [HTML] = [
            (s.fieldPublicSummary, draft.writtenSummary, draft.summary),
            (s.fieldAgency, draft.writtenAgency, draft.agency),
        ].map { name, written, result in
            """
            <h3>\(name)</h3>
            <table class="cases"><thead><tr><th>\(s.writtenTitle)</th><th>\(s.publishedTitle)</th></tr></thead>
            <tbody><tr><td class="account">\(Self.highlighted(written, result))</td><td class="account">\(result.text)</td></tr></tbody></table>
            <p>\(s.markCounts(result.findings.filter { $0.kind != .quote }.count, result.quotes.count, result.flags.count))</p>
            """
        }
        var choices: [HTML] = []
        if !draft.quotes.isEmpty {
            choices.append(
                "<p><label><input type=\"checkbox\" name=\"accept-quotes\" value=\"yes\"> \(s.acceptQuotes)</label></p>"
            )
        }
        if !draft.flags.isEmpty {
            choices.append(
                "<p><label><input type=\"checkbox\" name=\"accept-flags\" value=\"yes\"> \(s.acceptFlags)</label></p>")
        }
        var disciplinedBox: HTML = ""
        if let official {
            choices.append(
                """
                <p><label><input type="checkbox" name="confirm-disciplined" value="yes"> \(s.confirmDisciplined)</label></p>
                """)
            // Shown first and apart, as `publish` prints it first: the one field that names a person.
            disciplinedBox = """
                <section class="disciplined" aria-labelledby="disciplined-title">
                <h2 id="disciplined-title">\(s.disciplinedTitle)</h2>
                <dl class="signed"><dt>\(s.fieldDisciplinedPosition)</dt><dd>\(official.0)</dd>\
                <dt>\(s.fieldDisciplinedUnit)</dt><dd>\(official.1)</dd>\
                <dt>\(s.fieldDisciplinedName)</dt><dd>\(official.2)</dd></dl>
                </section>
                """
        }
        let carried: [HTML] = ["disciplined-position", "disciplined-unit", "disciplined-name"].compactMap { name in
            exchange.field(name).map { "<input type=\"hidden\" name=\"\(name)\" value=\"\($0)\">" }
        }
        let problem: HTML = error.map { "<p class=\"error\" role=\"alert\">\($0)</p>" } ?? ""
        return WorkbenchPage.render(
            exchange, title: s.publishTitle, csrf: state.csrf, unlocked: true,
            """
            <p><a href="\(exchange.language.prefix)/case/\(Int(id))">\(s.caseTitle(id))</a></p>
            <h1>\(s.publishTitle) — \(s.caseTitle(id))</h1>
            \(problem)
            \(disciplinedBox)
            <h2>\(s.recordTitle)</h2>
            <dl class="signed">\(rows)</dl>
            \(compared)
            <h2>\(s.jsonLineTitle)</h2>
            <pre class="account">\(String(decoding: outcome.jsonLine(), as: UTF8.self))</pre>
            <form method="post" action="\(url)">
            <input type="hidden" name="csrf" value="\(state.csrf)">
            <input type="hidden" name="id" value="\(outcome.id)">
            <input type="hidden" name="summary" value="\(draft.writtenSummary)">
            <input type="hidden" name="agency" value="\(exchange.field("agency") ?? "")">
            \(carried)
            \(choices)
            <p><label><input type="checkbox" name="confirm" value="yes" required> \(s.confirmPublish(workspace.key.name))</label></p>
            <button type="submit">\(s.publishButton)</button>
            </form>
            """)
    }

    /// The disciplined official's fields of the publish form; the name only where the deployment allows names.
    func disciplinedFields(_ exchange: Exchange, namesAllowed: Bool) -> HTML {
        let s = exchange.strings
        func field(_ name: String, _ label: String) -> HTML {
            """
            <p><label for="a-\(name)">\(label)</label><br><input id="a-\(name)" name="\(name)" size="60" \
            value="\(exchange.field(name) ?? "")"></p>
            """
        }
        let name: HTML = namesAllowed ? field("disciplined-name", s.fieldDisciplinedName) : ""
        return """
            <fieldset><legend>\(s.disciplinedTitle)</legend><p>\(s.disciplinedLead)</p>
            \(field("disciplined-position", s.fieldDisciplinedPosition))\(field("disciplined-unit", s.fieldDisciplinedUnit))\(name)
            </fieldset>
            """
    }

    /// The disciplined official of the form, as typed: position and unit together or neither, the name
    /// only with them (as `publish`'s options).
    static func disciplinedOfficial(_ exchange: Exchange) throws -> DisciplinedOfficial? {
        func value(_ name: String) -> String? {
            exchange.field(name).flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        }
        let (position, unit, name) = (
            value("disciplined-position"), value("disciplined-unit"), value("disciplined-name")
        )
        guard position != nil || unit != nil || name != nil else { return nil }
        guard let position, let unit else {
            throw FormRefusal("the disciplined official's position and unit go together (the name only with them)")
        }
        return DisciplinedOfficial(typedPosition: position, unit: unit, name: name)
    }

    /// What the inspector wrote, with each redaction, flagged quote and unsure span marked
    /// (`<mark class="redacted|quote|flag">`); positions count characters of that text.
    static func highlighted(_ written: String, _ result: Sanitizer.SanitizedText) -> HTML {
        let characters = Array(written)
        var marks = [Set<String>](repeating: [], count: characters.count)
        func mark(_ start: Int, _ end: Int, _ name: String) {
            guard start >= 0, start < end, end <= characters.count else { return }
            for position in start..<end { marks[position].insert(name) }
        }
        for finding in result.findings {
            mark(finding.start, finding.end, finding.kind == .quote ? "quote" : "redacted")
        }
        for flag in result.flags { mark(flag.start, flag.end, "flag") }
        var html = ""
        var position = 0
        while position < characters.count {
            let classes = marks[position]
            var end = position
            while end < characters.count, marks[end] == classes { end += 1 }
            let text = escape(String(characters[position..<end]))
            html += classes.isEmpty ? text : "<mark class=\"\(classes.sorted().joined(separator: " "))\">\(text)</mark>"
            position = end
        }
        return HTML(trusted: html)
    }
}

/// A form's fields that do not go together: shown on the form again, with a 422.
struct FormRefusal: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
