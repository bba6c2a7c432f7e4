import Foundation
import HTTP
import InspectorWorkspace
import Triage
import Web

/// The case page's Export button: the same bundle as `candor-inspect export ID --out DIR [--open]`
/// (CaseBundle.md), written into a new folder under `serve --exports DIR` on the inspector's machine.
extension Workbench {
    /// The Export form of the case page: `--open` is a checkbox whose label says the copy holds plaintext.
    func exportForm(_ id: UInt64, _ exchange: Exchange, _ state: SessionState) -> HTML {
        let s = exchange.strings
        return """
            <h2>\(s.exportTitle)</h2>
            <p>\(s.exportLead) <code>\(configuration.exportsDirectory)</code></p>
            <form method="post" action="\(exchange.language.prefix)/case/\(Int(id))/export">
            <input type="hidden" name="csrf" value="\(state.csrf)">
            <p><input type="checkbox" id="export-open" name="open" value="yes"> <label for="export-open">\(s.exportOpen)</label></p>
            <button type="submit">\(s.exportButton)</button>
            </form>
            """
    }

    /// POST: writes the bundle into a new folder and names it, with the command that verifies it. A
    /// bundle that cannot be gathered or written is a 409 with the reason; nothing is half-written over
    /// an existing folder (an export never overwrites).
    func export(_ id: UInt64, _ exchange: Exchange, _ state: SessionState, _ workspace: Workspace) -> HTTPResponse {
        let s = exchange.strings
        let open = exchange.field("open") == "yes"
        let back: HTML = "<p><a href=\"\(exchange.language.prefix)/case/\(Int(id))\">\(s.caseTitle(id))</a></p>"
        let item: CaseBook.Case
        do {
            item = try workspace.book(of: id).item
        } catch {
            return .html(WorkbenchPage.message("\(error)", exchange, csrf: state.csrf), status: .notFound)
        }
        let written: Workspace.Export
        do {
            written = try workspace.export(item, to: try newExportFolder(id, open: open), open: open)
        } catch {
            return .html(
                WorkbenchPage.render(
                    exchange, title: s.exportFailed, csrf: state.csrf, unlocked: true,
                    "\(back)<h1>\(s.exportFailed)</h1><p class=\"error\" role=\"alert\">\("\(error)")</p>"),
                status: .conflict)
        }
        let warning: HTML =
            written.isOpen ? "<p class=\"warning\" role=\"note\"><strong>\(s.exportedOpenWarning)</strong></p>" : ""
        return .html(
            WorkbenchPage.render(
                exchange, title: s.exportedTitle, csrf: state.csrf, unlocked: true,
                """
                \(back)
                <h1>\(s.exportedTitle) — \(s.caseTitle(id))</h1>
                \(warning)
                <dl class="signed">
                <dt>\(s.exportedFolder)</dt><dd><code id="export-folder">\(written.directory)</code></dd>
                <dt>\(s.exportedRecords)</dt><dd>\(written.records) (\(written.events))</dd>
                <dt>\(s.exportedVerify)</dt><dd><code id="export-verify">\(written.verifyCommand)</code></dd>
                </dl>
                """))
    }

    /// `EXPORTS/case-ID-YYYYMMDDTHHMMSS[-open]` (UTC), with `-2`, `-3`… when that folder exists: an export is
    /// always a new folder. EXPORTS is made (0700) if missing.
    func newExportFolder(_ id: UInt64, open: Bool) throws -> String {
        let parent = configuration.exportsDirectory
        try FileManager.default.createDirectory(
            atPath: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let stamp = Date().formatted(
            .iso8601.year().month().day().dateSeparator(.omitted).time(includingFractionalSeconds: false)
                .timeSeparator(.omitted))
        let base = (parent as NSString).appendingPathComponent("case-\(id)-\(stamp)\(open ? "-open" : "")")
        var candidate = base
        var number = 1
        while FileManager.default.fileExists(atPath: candidate) {
            number += 1
            candidate = "\(base)-\(number)"
        }
        return candidate
    }
}
