import Casework
import Catalogue
import Foundation
import Stores
import Web

/// `/satisfaction`: the public satisfaction index (``SatisfactionIndex``) as charts and tables, with the
/// plain note of what it does and does not show; and its summary on `/stats`. Read from the intake's
/// last daily batch (``/Stores/IntakeStore/publishedFeedbackIndex``), never live.
extension PublicSite {
    static func satisfactionPage(_ language: Language, _ context: Context) -> String {
        satisfactionPage(
            language, catalog: context.catalog, SatisfactionIndex(context.intake.publishedFeedbackIndex))
    }

    static func satisfactionPage(_ language: Language, catalog: Catalog, _ index: SatisfactionIndex) -> String {
        let f = FeedbackStrings.of(language)
        func name(_ list: CatalogList) -> ([String]) -> String { { label(list, $0[0], language) } }
        let combined: ([String]) -> String = { key in
            zip([catalog.provinces, catalog.agencies, catalog.procedures], key).map { label($0, $1, language) }
                .joined(separator: " · ")
        }
        let body: HTML =
            index.byProvince.rows.isEmpty && index.byAgency.rows.isEmpty && index.byProcedure.rows.isEmpty
            ? "<p class=\"box\">\(f.indexNone)</p>"
            : """
            \(satisfactionTable(language, f.byProvince, index.byProvince, name(catalog.provinces)))
            \(satisfactionTable(language, f.byAgency, index.byAgency, name(catalog.agencies)))
            \(satisfactionTable(language, f.byProcedure, index.byProcedure, name(catalog.procedures)))
            \(satisfactionTable(language, f.byGroup, index.byGroup, combined, chart: false))
            \(satisfactionTable(language, f.byMonth, index.byMonth, { monthText($0[0]) }))
            """
        return page(
            language, title: f.indexTitle, alternatePath: "/satisfaction",
            """
            <h1>\(f.indexTitle)</h1>
            <p class="lead">\(f.indexLead)</p>
            \(publicLinks(language))
            <p class="box" id="index-note">\(f.indexNote)</p>
            \(throughLine(language, index.through))
            \(body)
            <p><a href="\(language.prefix)/open-data/">\(f.openDataLink)</a></p>
            """)
    }

    /// The summary on `/stats`: the provinces' table and a link to the whole index.
    static func satisfactionSummary(_ language: Language, catalog: Catalog, _ index: SatisfactionIndex) -> HTML {
        let f = FeedbackStrings.of(language)
        return """
            <h2 id="satisfaction">\(f.indexTitle)</h2>
            <p>\(f.indexNote)</p>
            \(throughLine(language, index.through))
            \(index.byProvince.rows.isEmpty ? "<p class=\"box\">\(f.indexNone)</p>" : "")
            \(satisfactionTable(language, f.byProvince, index.byProvince, { label(catalog.provinces, $0[0], language) }))
            <p><a href="\(language.prefix)/satisfaction">\(f.indexTitle)</a></p>
            """
    }

    private static func throughLine(_ language: Language, _ through: CalendarDay?) -> HTML {
        guard let through else { return "" }
        return "<p>\(FeedbackStrings.of(language).indexThrough) \(through.day)/\(through.month)/\(through.year).</p>"
    }

    /// A group's months, oldest first: "4/2026: 73% (11)".
    private static func trendText(_ row: SatisfactionIndex.Row) -> String {
        row.trend.map { "\(monthText($0.key[0])): \(Int(($0.share * 100).rounded()))% (\($0.count))" }
            .joined(separator: "; ")
    }

    /// One dimension: a chart of the share satisfied (percent), and the table of count, share and
    /// interval, with the number of groups hidden for being under 10.
    private static func satisfactionTable(
        _ language: Language, _ title: String, _ table: SatisfactionIndex.Table, _ name: ([String]) -> String,
        chart: Bool = true
    ) -> HTML {
        let f = FeedbackStrings.of(language)
        func percent(_ value: Double) -> String { String(Int((value * 100).rounded())) + "%" }
        let hasTrend = table.rows.contains { !$0.trend.isEmpty }
        let trendHeader: HTML = hasTrend ? "<th scope=\"col\">\(f.columnTrend)</th>" : ""
        let rows = table.rows.map { row -> HTML in
            let interval = row.interval
            let trend: HTML = hasTrend ? "<td>\(trendText(row))</td>" : ""
            return """
                <tr><th scope="row">\(name(row.key))</th><td>\(row.count)</td><td>\(percent(row.share))</td>\
                <td>\(percent(interval.lower))–\(percent(interval.upper))</td>\(trend)</tr>
                """
        }
        let bars = table.rows.map { SVGChart.Bar(label: name($0.key), value: Int(($0.share * 100).rounded())) }
        let hidden: HTML = table.hidden == 0 ? "" : "<p class=\"hint\">\(f.hiddenGroups) \(table.hidden)</p>"
        guard !table.rows.isEmpty else { return "<h2>\(title)</h2>\(hidden)" }
        return """
            <h2>\(title)</h2>
            \(chart ? SVGChart.bars(bars, title: title + " (" + f.columnSatisfied + ", %)") : "")
            <table class="figures"><caption>\(title)</caption>
            <thead><tr><th scope="col">\(title)</th><th scope="col">\(f.columnRatings)</th>\
            <th scope="col">\(f.columnSatisfied)</th><th scope="col">\(f.columnInterval)</th>\
            \(trendHeader)</tr></thead>
            <tbody>\(rows)</tbody></table>
            \(hidden)
            """
    }
}
