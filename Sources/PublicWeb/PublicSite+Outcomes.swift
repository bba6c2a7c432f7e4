import Casework
import Catalogue
import Foundation
import HTTP
import Ledger
import Outcomes
import Sodium
import Web

/// `/outcomes`: the list with its filter form and pages; `/outcomes/ID`: one outcome;
/// `/outcomes/ID/proof`: its inclusion proof as plain text.
extension PublicSite {
    static func outcomesList(_ request: HTTPRequest, _ language: Language, _ context: Context) throws -> HTTPResponse {
        let query = try OutcomeQuery(items: request.queryItems(), catalog: context.catalog)
        let matches = query.matcher()
        let rows = newestFirst(context.outcomes.outcomes).filter { matches($0.outcome.outcome) }
        let pageCount = max(1, (rows.count + pageSize - 1) / pageSize)
        let shown = rows.dropFirst((query.page - 1) * pageSize).prefix(pageSize)
        return .html(
            outcomesListPage(
                language, catalog: context.catalog, query: query, total: rows.count, pageCount: pageCount,
                rows: shown.map(\.outcome.outcome)))
    }

    static func outcomesListPage(
        _ language: Language, catalog: Catalog, query: OutcomeQuery, total: Int, pageCount: Int, rows: [PublicOutcome]
    ) -> String {
        let s = language.strings
        let p = language.prefix
        func select(_ name: String, _ title: String, _ list: CatalogList, _ selected: String) -> HTML {
            func options(_ entries: [CatalogEntry]) -> [HTML] {
                entries.map { entry -> HTML in
                    let chosen: HTML = entry.id == selected ? " selected" : ""
                    return "<option value=\"\(entry.id)\"\(chosen)>\(language == .vi ? entry.vi : entry.en)</option>"
                }
            }
            // Grouped lists (cities and provinces; the kinds of outcome) keep their headings.
            let options: [HTML] =
                list.groups.isEmpty
                ? options(list.entries)
                : list.groups.map { group -> HTML in
                    "<optgroup label=\"\(language == .vi ? group.vi : group.en)\">\(options(list.entries(inGroup: group.id)))</optgroup>"
                } + options(list.entries.filter { $0.group == nil })
            return """
                <label for="f-\(name)">\(title)</label>
                <select id="f-\(name)" name="\(name)"><option value="">\(s.filterAny)</option>\(options)</select>
                """
        }
        let body: HTML
        if rows.isEmpty {
            body = "<p class=\"box\">\(total == 0 && !query.isFiltered ? s.statsNone : s.outcomesEmpty)</p>"
        } else {
            let lines = rows.map { o -> HTML in
                """
                <tr><td><a href="\(p)/outcomes/\(o.id)">\(monthText(o.monthResolved))</a></td>\
                <td>\(label(catalog.provinces, o.province, language))</td>\
                <td>\(label(catalog.procedures, o.procedure, language))</td>\
                <td>\(outcomeLabel(catalog, o.outcome, language))\(disciplinedLine(o, language))</td>\
                <td>\(o.deadlineMet ? s.deadlineMet : s.deadlineMissed)</td></tr>
                """
            }
            body = """
                <div class="scroll"><table class="outcomes">
                <thead><tr><th scope="col">\(s.columnMonth)</th><th scope="col">\(s.columnProvince)</th>\
                <th scope="col">\(s.columnProcedure)</th><th scope="col">\(s.columnOutcome)</th>\
                <th scope="col">\(s.columnDeadline)</th></tr></thead>
                <tbody>\(lines)</tbody></table></div>
                """
        }
        var pager: [HTML] = []
        if query.page > 1 {
            pager.append(
                "<a rel=\"prev\" href=\"\(p)/outcomes\(query.queryString(page: query.page - 1))\">\(s.pagePrevious)</a>"
            )
        }
        pager.append("<span>\(s.pageLabel) \(query.page)/\(pageCount)</span>")
        if query.page < pageCount {
            pager.append(
                "<a rel=\"next\" href=\"\(p)/outcomes\(query.queryString(page: query.page + 1))\">\(s.pageNext)</a>")
        }
        return page(
            language, title: s.outcomesTitle, alternatePath: "/outcomes" + query.queryString(page: query.page),
            """
            <h1>\(s.outcomesTitle)</h1>
            <p class="lead">\(s.outcomesLead)</p>
            \(publicLinks(language))
            <form class="filters" method="get" action="\(p)/outcomes">
            <fieldset><legend>\(s.filterTitle)</legend>
            \(select("province", s.filterProvince, catalog.provinces, query.province))
            <label for="f-agency">\(s.filterAgency)</label>
            <input type="text" id="f-agency" name="agency" value="\(query.agency)" maxlength="\(PublicOutcome.maximumAgencyLength)">
            \(select("procedure", s.filterProcedure, catalog.procedures, query.procedure))
            \(select("kind", s.filterKind, catalog.misconductKinds, query.kind))
            \(select("outcome", s.filterOutcome, catalog.outcomes, query.outcome))
            <button type="submit">\(s.filterSubmit)</button> <a href="\(p)/outcomes">\(s.filterClear)</a>
            </fieldset></form>
            <p class="count">\(total) \(s.outcomesFound)</p>
            \(body)
            <nav class="pages">\(pager)</nav>
            """)
    }

    /// The links every public page shares: outcomes, statistics, how to verify, the feed.
    static func publicLinks(_ language: Language) -> HTML {
        let s = language.strings
        let p = language.prefix
        return """
            <p class="links"><a href="\(p)/outcomes">\(s.outcomesTitle)</a> · <a href="\(p)/stats">\(s.statsTitle)</a> · \
            <a href="\(p)/satisfaction">\(FeedbackStrings.of(language).indexTitle)</a> · \
            <a href="\(p)/verify">\(s.verifyTitle)</a> · <a href="\(p)/outcomes.atom">\(s.feedLink)</a></p>
            """
    }

    /// `/outcomes/ID` or `/outcomes/ID/proof`; 404 for anything else.
    static func outcomeOrProof(_ request: HTTPRequest, _ language: Language, _ context: Context) throws -> HTTPResponse
    {
        let rest = request.path.dropFirst(language.prefix.count + "/outcomes/".count).split(
            separator: "/", omittingEmptySubsequences: false)
        guard rest.count == 1 || (rest.count == 2 && rest[1] == "proof"),
            [UInt8](hexString: String(rest[0]), lowercaseOnly: true)?.count == 8
        else { throw HTTPError.notFound }
        let all = context.outcomes.outcomes
        guard let index = all.firstIndex(where: { $0.outcome.id == rest[0] }) else { throw HTTPError.notFound }
        if rest.count == 2 { return try proof(index: index, all[index], context) }
        return .html(outcomePage(language, catalog: context.catalog, index: index, all[index]))
    }

    static func outcomePage(_ language: Language, catalog: Catalog, index: Int, _ signed: SignedOutcome) -> String {
        let s = language.strings
        let p = language.prefix
        let o = signed.outcome
        let kinds = o.kinds.map { label(catalog.misconductKinds, $0, language) }.joined(separator: ", ")
        func row(_ name: String, _ value: HTML) -> HTML { "<tr><th scope=\"row\">\(name)</th><td>\(value)</td></tr>" }
        let rows: [HTML] = [
            row(s.detailID, "<code>\(o.id)</code>"),
            row(s.columnProvince, "\(label(catalog.provinces, o.province, language))"),
            row(s.detailAgency, "\(o.agency)"),
            row(s.columnProcedure, "\(label(catalog.procedures, o.procedure, language))"),
            row(s.detailKinds, "\(kinds)"),
            row(s.columnOutcome, "\(outcomeLabel(catalog, o.outcome, language))"),
            row(s.detailSignedLabel, "\(o.outcomeLabel)"),
            row(s.detailMonthReceived, "\(monthText(o.monthReceived))"),
            row(s.detailMonthResolved, "\(monthText(o.monthResolved))"),
            row(s.detailDays, "\(o.resolvedWithin?.label ?? "–") \(s.daysUnit)"),
            row(s.columnDeadline, "\(o.deadlineMet ? s.deadlineMet : s.deadlineMissed)"),
            row(s.detailKeyID, "<code>\(signed.keyID)</code>"),
            row(s.detailIndex, "\(index)"),
        ]
        return page(
            language, title: s.outcomeTitle, alternatePath: "/outcomes/\(o.id)",
            """
            <h1>\(s.outcomeTitle)</h1>
            \(disciplinedBox(o, language))
            <table class="detail">\(rows)</table>
            <h2>\(s.detailSummary)</h2>
            <p class="summary">\(o.summary)</p>
            <h2>\(s.detailProof)</h2>
            <p>\(s.detailProofHint) <a href="\(p)/outcomes/\(o.id)/proof">\(s.detailProof)</a> · \
            <a href="\(p)/verify">\(s.verifyTitle)</a></p>
            <p><a href="\(p)/outcomes">\(s.backToOutcomes)</a></p>
            """)
    }

    /// The inclusion proof of entry `index` in the latest signed checkpoint, as text (Outcomes.md):
    ///
    /// ```
    /// candor-outcome-proof-v1
    /// index 3
    /// size 5
    /// leaf <base64 SHA-256(0x00 ‖ entry)>
    /// hash <base64>            (one line per proof hash, RFC 6962 §2.1.1 order)
    /// entry <base64 of the entry bytes>
    ///
    /// <the signed checkpoint, a C2SP signed note>
    /// ```
    static func proof(index: Int, _ signed: SignedOutcome, _ context: Context) throws -> HTTPResponse {
        let (note, size) = signedCheckpoint(context)
        // The store lists an outcome a moment before its checkpoint is signed: ask to come back.
        guard UInt64(index) < size else { throw HTTPError.serviceUnavailable(retryAfterSeconds: 1) }
        let proof = try context.outcomes.inclusionProof(index: UInt64(index), treeSize: size)
        // RFC 6962 §2.1: leaves are prefixed with 0x00 so a leaf can never pass for a node.
        let leaf = SHA256.hash([0x00] + signed.entry)
        var text = "candor-outcome-proof-v1\nindex \(index)\nsize \(size)\n"
        text += "leaf \(Data(leaf).base64EncodedString())\n"
        for hash in proof.hashes { text += "hash \(Data(hash).base64EncodedString())\n" }
        text += "entry \(Data(signed.entry).base64EncodedString())\n\n"
        text += note
        return .text(text)
    }
}
