import Casework
import Catalogue
import Stores
import Web

/// `/stats`: bar charts and tables of the published outcomes, the median time, the share on time, and
/// the ratings: their number and levels as of the last daily batch, never live, and no group under 10.
extension PublicSite {
    static func statsPage(_ language: Language, _ context: Context) -> String {
        let statistics = OutcomeStatistics(context.outcomes.outcomes.map(\.outcome), catalog: context.catalog)
        let tally = context.intake.publishedRatingTally
        return statsPage(
            language, catalog: context.catalog, statistics,
            ratings: context.ratings.count(in: context.intake, through: tally.through), levels: tally.counts,
            satisfaction: SatisfactionIndex(context.intake.publishedFeedbackIndex))
    }

    static func statsPage(
        _ language: Language, catalog: Catalog, _ statistics: OutcomeStatistics, ratings: Int,
        levels: [Rating.Level: Int] = [:], satisfaction: SatisfactionIndex? = nil
    ) -> String {
        let s = language.strings
        func chart(_ title: String, _ list: CatalogList, _ counts: [OutcomeStatistics.Count], _ labelHeader: String)
            -> HTML
        {
            let bars = counts.map { count in
                SVGChart.Bar(
                    label: list == catalog.outcomes
                        ? outcomeLabel(catalog, count.id, language) : label(list, count.id, language),
                    value: count.count)
            }
            return """
                <h2>\(title)</h2>
                \(SVGChart.bars(bars, title: title))
                \(SVGChart.table(bars, caption: title, labelHeader: labelHeader, valueHeader: s.statsCount))
                """
        }
        let figures: HTML
        if statistics.total == 0 {
            figures = "<p class=\"box\">\(s.statsNone)</p>"
        } else {
            let median = statistics.medianResolution?.label ?? "–"
            let share = statistics.onTimeShare.map { String(Int(($0 * 100).rounded())) } ?? "–"
            figures = """
                <table class="figures"><caption>\(s.statsTitle)</caption><tbody>
                <tr><th scope="row">\(s.statsCount)</th><td>\(statistics.total)</td></tr>
                <tr><th scope="row">\(s.statsMedianDays)</th><td>\(median) \(s.daysUnit)</td></tr>
                <tr><th scope="row">\(s.statsWithinDeadline)</th>\
                <td>\(share)% (\(statistics.onTime)/\(statistics.total))</td></tr>
                </tbody></table>
                \(chart(s.statsByProvince, catalog.provinces, statistics.byProvince, s.columnProvince))
                \(chart(s.statsByKind, catalog.misconductKinds, statistics.byKind, s.filterKind))
                \(chart(s.statsByOutcome, catalog.outcomes, statistics.byOutcome, s.columnOutcome))
                """
        }
        return page(
            language, title: s.statsTitle, alternatePath: "/stats",
            """
            <h1>\(s.statsTitle)</h1>
            <p class="lead">\(s.statsLead)</p>
            \(publicLinks(language))
            \(figures)
            \(ratingsSection(language, ratings: ratings, levels: levels))
            \(satisfaction.map { satisfactionSummary(language, catalog: catalog, $0) } ?? "")
            """)
    }

    /// The satisfaction levels (from the intake's published tally, ``IntakeStore/publishedRatingTally``)
    /// as a chart and a table, and the ratings whose level the intake did not see (sealed on citizens'
    /// own devices), which are counted but not by level. A figure under 10 reads "fewer than 10"
    /// (DESIGN.md: no group under 10 is shown), and only the levels of 10 or more are drawn.
    static func ratingsSection(_ language: Language, ratings: Int, levels: [Rating.Level: Int]) -> HTML {
        let s = language.strings
        let bars = Rating.Level.allCases.map { level in
            SVGChart.Bar(label: language == .vi ? level.vi : level.en, value: levels[level] ?? 0)
        }
        let byLevel = bars.reduce(0) { $0 + $1.value }
        let sealedOnDevice = max(0, ratings - byLevel)
        let minimum = IntakeStore.minimumRatingBatch
        func figure(_ value: Int) -> String { value < minimum ? s.statsFewerThanMinimum : String(value) }
        let drawn = bars.filter { $0.value >= minimum }
        let chart: HTML =
            byLevel < minimum
            ? ""
            : """
            \(SVGChart.bars(drawn, title: s.statsRatingLevels))
            \(SVGChart.table(bars, caption: s.statsRatingLevels, labelHeader: s.statsRatingLevel, valueHeader: s.statsCount, figure: figure))
            """
        return """
            <h2>\(s.statsRatings)</h2>
            <table class="figures"><caption>\(s.statsRatings)</caption><tbody>
            <tr><th scope="row">\(s.statsRatings)</th><td>\(figure(ratings))</td></tr>
            <tr><th scope="row">\(s.statsRatingsOnDevice)</th><td>\(figure(sealedOnDevice))</td></tr></tbody></table>
            \(chart)
            <p>\(s.statsRatingsNote)</p>
            """
    }
}
