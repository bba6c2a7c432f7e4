import CaseBundle
import Casework
import Foundation
import Sodium
import Triage
import Web

/// The plaintext of an open bundle: the case as JSON (`open/case.json`) and as a printable page
/// (`open/summary.html`), with each record's index and leaf hash so that a reader can find it in
/// `records/`.
enum CaseSummaryPage {
    static func object(_ item: CaseBook.Case, attachmentPaths: [AttachmentID: String]) -> [String: Any] {
        var object: [String: Any] = [
            "id": Int(item.id), "status": item.progress.status.rawValue, "readable": item.report != nil,
            "reportAuthorship": item.reportAuthorship.code,
        ]
        object["assignee"] = item.assignee
        object["receivedOn"] = item.receivedOn?.description
        if let report = item.reportBody {
            object["report"] = report.jsonObject
        }
        object["messages"] = item.messages.map { index, kind, message, authorship -> [String: Any] in
            var entry: [String: Any] = ["index": Int(index), "kind": "\(kind)", "authorship": authorship.code]
            switch message?.body {
            case .followUp(let more)?: entry["text"] = more.text
            case .rating(let rating)?:
                entry["rating"] = rating.level.rawValue
                entry["comment"] = rating.comment
            default: entry["opened"] = false
            }
            return entry
        }
        object["events"] = item.events.map { event -> [String: Any] in
            var entry: [String: Any] = [
                "index": Int(event.index), "action": event.event.action.description,
                "inspector": event.event.inspector, "time": Int(event.event.time),
                "verdict": event.verdict.description,
            ]
            entry["unit"] = event.event.unit
            entry["reason"] = event.details?.reason
            entry["assignee"] = event.details?.assignee
            entry["text"] = event.details?.text
            entry["outcome"] = event.details?.outcome
            entry["summary"] = event.details?.summary
            return entry
        }
        object["attachments"] = item.attachments.map { attachment -> [String: Any] in
            var entry: [String: Any] = [
                "name": attachment.name, "mediaType": attachment.mediaType, "byteCount": attachment.byteCount,
                "metadataStripped": attachment.metadataStripped,
            ]
            entry["path"] = attachmentPaths[attachment.id]
            return entry
        }
        return object
    }

    static func html(_ item: CaseBook.Case, records: [CaseBundle.Record], attachmentPaths: [AttachmentID: String])
        -> String
    {
        var body = "<h1>Case \(item.id) — \(escape(item.progress.status.rawValue))</h1>\n"
        body += "<p>This copy holds the decrypted report: keep it as you would the paper file.</p>\n"
        if let report = item.reportBody {
            var rows: [(String, String)] = [
                ("Received", item.receivedOn?.description ?? "?"), ("Province", report.province),
                ("Procedure", report.procedure), ("Agency", report.agency),
                ("Misconduct", report.misconduct.joined(separator: "; ")),
                ("When", "\(report.month.map { "\($0)/" } ?? "")\(report.year)"),
            ]
            if let commune = report.commune { rows.append(("Commune", commune)) }
            if let official = report.official { rows.append(("Official", official)) }
            if let contact = report.contact { rows.append(("Contact", contact)) }
            body += "<table>\n"
            for (label, value) in rows { body += "<tr><th scope=\"row\">\(label)</th><td>\(escape(value))</td></tr>\n" }
            body += "</table>\n<h2>Report (record \(item.id))</h2>\n<p class=\"text\">\(escape(report.account))</p>\n"
        } else {
            body += "<p>The report is not sealed to the exporter's keys.</p>\n"
        }
        for (index, _, message, authorship) in item.messages {
            let mark = authorship == .citizen ? "" : " [\(escape(authorship.code))]"
            switch message?.body {
            case .followUp(let more)?:
                body += "<h2>Follow-up (record \(index))\(mark)</h2>\n<p class=\"text\">\(escape(more.text))</p>\n"
            case .rating(let rating)?:
                body += "<h2>Rating (record \(index))\(mark)</h2>\n<p>\(escape(rating.level.vi))"
                body += (rating.comment.map { " — " + escape($0) } ?? "") + "</p>\n"
            default: body += "<h2>Record \(index)</h2>\n<p>Not opened by the exporter's keys.</p>\n"
            }
        }
        if !item.attachments.isEmpty {
            body += "<h2>Attachments</h2>\n<ul>\n"
            for attachment in item.attachments {
                let path = attachmentPaths[attachment.id].map { " — " + escape($0) } ?? ""
                body +=
                    "<li>\(escape(attachment.name)) (\(escape(attachment.mediaType)), \(attachment.byteCount) bytes, "
                body += "metadata stripped: \(attachment.metadataStripped ? "yes" : "no"))\(path)</li>\n"
            }
            body += "</ul>\n"
        }
        body += "<h2>Timeline</h2>\n<ul>\n"
        for event in item.events {
            let details = [event.details?.reason, event.details?.assignee, event.details?.text, event.details?.outcome]
                .compactMap { $0 }.joined(separator: " — ")
            body += "<li>record \(event.index): \(escape(event.event.action.description)) by "
            body += "\(escape(event.event.inspector)) \(details.isEmpty ? "" : "— " + escape(details)) "
            body += "[\(escape(event.verdict.description))]</li>\n"
        }
        body += "</ul>\n<h2>Records</h2>\n<table>\n<tr><th scope=\"col\">index</th><th scope=\"col\">type</th>"
        body += "<th scope=\"col\">leaf hash (SHA-256)</th></tr>\n"
        for record in records {
            body += "<tr><td>\(record.index)</td><td>\(record.entry[0])</td><td><code>"
            body += "\(record.leafHash.hexString)</code></td></tr>\n"
        }
        body += "</table>\n"
        return """
            <!DOCTYPE html>
            <html lang="vi">
            <head><meta charset="utf-8"><title>Case \(item.id)</title>
            <style>body{font-family:serif;max-width:50em;margin:2em auto}th{text-align:left;padding-right:1em}\
            .text{white-space:pre-wrap}code{font-size:80%}</style></head>
            <body>
            \(body)</body>
            </html>

            """
    }
}
