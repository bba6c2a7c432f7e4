import Attachments
import Casework
import Catalogue
import Foundation
import HTTP
import InspectorWorkspace
import Sodium
import Triage
import Web

/// The case page: the report, the follow-ups and the rating, the attachments (decrypted in memory
/// only), the timeline with each signature's verdict, and the actions.
extension Workbench {
    func casePage(_ id: UInt64, _ exchange: Exchange, _ state: inout SessionState, _ workspace: Workspace) throws
        -> HTTPResponse
    {
        let s = exchange.strings
        let item: CaseBook.Case
        do {
            item = try workspace.book(of: id).item
        } catch {
            return .html(WorkbenchPage.message("\(error)", exchange, csrf: state.csrf), status: .notFound)
        }
        let prefix = exchange.language.prefix
        let labels = exchange.language == .vi ? \CatalogEntry.vi : \CatalogEntry.en
        let catalog = workspace.catalog
        func label(_ list: CatalogList, _ id: String) -> String { list[id]?[keyPath: labels] ?? id }
        var parts: [HTML] = []
        var notice: HTML = ""
        if let (text, failure) = state.notice {
            notice = "<p class=\"notice\(failure ? " failure" : "")\" role=\"status\">\(text)</p>"
            state.notice = nil
        }
        let progress = item.progress
        parts.append(
            """
            <p><a href="\(prefix)/">\(s.backToInbox)</a></p>
            <h1>\(s.caseTitle(id)) — \(progress.status.rawValue)\(progress.extensions > 0 ? " +\(progress.extensions)" : "")</h1>
            \(notice)
            """)
        if let deadlines = workspace.deadlines(of: item) {
            parts.append(
                """
                <p>\(s.received) \(deadlines.receivedOn.description) · \(s.decisionDue) \(deadlines.decisionDue.description)\
                \(deadlines.resolutionDue.map { " · \(s.resolutionDue) \($0.description)" } ?? "")\
                \(item.assignee.map { " · \(s.columnAssignee): \($0)" } ?? "")</p>
                """)
        }
        if item.hasFlaggedEvents || item.hasRecordsNotFromCitizen {
            parts.append("<p class=\"warning flagged\" role=\"alert\">\(s.flaggedEventsWarning)</p>")
        }
        if let report = item.reportBody {
            var fields: [(String, String)] = [
                (s.fieldProvince, label(catalog.provinces, report.province)),
                (s.fieldProcedure, label(catalog.procedures, report.procedure)), (s.fieldAgency, report.agency),
            ]
            if let commune = report.commune { fields.append((s.fieldCommune, commune)) }
            if let official = report.official { fields.append((s.fieldOfficial, official)) }
            fields.append(
                (
                    s.fieldMisconduct,
                    report.misconduct.map { label(catalog.misconductKinds, $0) }.joined(separator: "; ")
                ))
            fields.append((s.fieldWhen, "\(report.month.map { "\($0)/" } ?? "")\(report.year)"))
            if let contact = report.contact { fields.append((s.fieldContact, contact)) }
            let rows: [HTML] = fields.map { "<dt>\($0.0)</dt><dd>\($0.1)</dd>" }
            let mark: HTML = item.reportAuthorship == .citizen ? "" : "<p class=\"flagged\">\(s.notFromCitizen)</p>"
            parts.append("<dl>\(rows)</dl>\(mark)<p class=\"account\">\(report.account)</p>")
        } else {
            parts.append("<p class=\"warning\">\(s.notSealedToYou)</p>")
        }
        let attachments: [HTML] = item.attachments.enumerated().map { number, attachment in
            let url = "\(prefix)/case/\(Int(id))/file/\(number + 1)"
            let stripped: HTML =
                attachment.metadataStripped
                ? "\(s.metadataStripped)" : "<strong class=\"flagged\">\(s.metadataKept)</strong>"
            let inline: HTML =
                Self.isInlineImage(attachment.mediaType)
                ? "<br><img class=\"attachment\" src=\"\(url)\" alt=\"\(attachment.name)\">" : ""
            return """
                <li><a href="\(url)" download>\(attachment.name)</a> (\(attachment.mediaType), \(attachment.byteCount) B, \(stripped))\(inline)</li>
                """
        }
        if !attachments.isEmpty { parts.append("<h2>\(s.attachmentsTitle)</h2><ul>\(attachments)</ul>") }
        var messages: [HTML] = []
        for (index, _, message, authorship) in item.messages {
            let mark: HTML = authorship == .citizen ? "" : " <span class=\"flagged\">\(s.notFromCitizen)</span>"
            switch message?.body {
            case .followUp(let more)?:
                messages.append(
                    "<li>\(item.receivedOn(record: index)?.description ?? "")\(mark)<p class=\"account\">\(more.text)</p></li>"
                )
            case .rating(let rating)?:
                let level = exchange.language == .vi ? rating.level.vi : rating.level.en
                messages.append("<li>\(s.rating): \(level)\(rating.comment.map { " — \($0)" } ?? "")\(mark)</li>")
            default:
                messages.append("<li>record \(Int(index))\(mark)</li>")
            }
        }
        if !messages.isEmpty { parts.append("<h2>\(s.followUpsTitle)</h2><ul>\(messages)</ul>") }
        parts.append(timeline(item, exchange))
        let actions: [HTML] = ActionForm.Kind.allCases.compactMap { kind in
            guard progress.refusal(of: kind.action) == nil, kind.isOffered(in: workspace) else { return nil }
            // A case opened from feedback has no citizen to read a reply (Events.md).
            if kind == .reply && item.feedbackRecord != nil { return nil }
            return
                "<li><a href=\"\(prefix)/case/\(Int(id))/act/\(kind.rawValue)\">\(s.actionNames[kind.rawValue] ?? kind.rawValue)</a></li>"
        }
        let publish: HTML =
            progress.status == .resolved
            ? "<li><a href=\"\(prefix)/case/\(Int(id))/publish\">\(s.publishTitle)</a></li>" : ""
        parts.append("<h2>\(s.actionsTitle)</h2><ul>\(actions)\(publish)</ul>")
        parts.append(exportForm(id, exchange, state))
        return .html(
            WorkbenchPage.render(exchange, title: s.caseTitle(id), csrf: state.csrf, unlocked: true, "\(parts)"))
    }

    /// Every event with its signature's verdict; a flagged one is marked, shown but not counted.
    func timeline(_ item: CaseBook.Case, _ exchange: Exchange) -> HTML {
        let s = exchange.strings
        guard !item.events.isEmpty else { return "<h2>\(s.timelineTitle)</h2><p>\(s.noEvents)</p>" }
        let rows: [HTML] = item.events.map { event in
            let e = event.event
            let details = event.details
            let what = [details?.reason, details?.assignee, details?.text, details?.outcome, details?.summary]
                .compactMap { $0 }.joined(separator: " — ")
            let valid = event.verdict == .valid
            let verdict: HTML =
                valid ? "\(s.signatureVerified)" : "<strong>\(s.flagged): \(event.verdict.description)</strong>"
            return """
                <tr class="\(valid ? "" : "flagged")"><td>\(e.date.formatted(.iso8601))</td><td>\(e.inspector)</td>\
                <td>\(e.action.description)</td><td class="account">\(what)</td><td>\(verdict)</td></tr>
                """
        }
        return "<h2>\(s.timelineTitle)</h2><table class=\"cases\"><tbody>\(rows)</tbody></table>"
    }

    /// An attachment, decrypted in memory and served from there: never written to disk. JPEG and PNG
    /// (whose metadata the server strips) are shown inline; anything else is a download.
    func attachment(_ number: Int, of id: UInt64, _ exchange: Exchange, _ workspace: Workspace) throws
        -> HTTPResponse
    {
        guard let item = try? workspace.book(of: id).item, number >= 1, number <= item.attachments.count else {
            return .html(WorkbenchPage.message("404", exchange, csrf: ""), status: .notFound)
        }
        let attachment = item.attachments[number - 1]
        let mirror = try workspace.openMirror()
        defer { mirror.close() }
        let bytes = try AttachmentOpener.open(attachment, payloads: try mirror.attachmentChunkPayloads(attachment.id))
        let inline = Self.isInlineImage(attachment.mediaType)
        var response = HTTPResponse.bytes(
            bytes, contentType: inline ? attachment.mediaType : "application/octet-stream")
        let name = String(attachment.name.unicodeScalars.filter { $0.isASCII && $0 != "\"" && $0.value >= 0x20 })
        response.headers["Content-Disposition"] = inline ? "inline" : "attachment; filename=\"\(name)\""
        return response
    }

    static func isInlineImage(_ mediaType: String) -> Bool { mediaType == "image/jpeg" || mediaType == "image/png" }
}
