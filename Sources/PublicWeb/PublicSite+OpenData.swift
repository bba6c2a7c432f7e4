import API
import Casework
import Catalogue
import Foundation
import HTTP
import Outcomes
import Web

/// Open data (OpenData.md): `/open-data/` documents the files; the satisfaction index, the outcomes and
/// the statistics as CSV under `/open-data/`, and as JSON from the API (`/api/v1/satisfaction`,
/// `/api/v1/outcomes`, `/api/v1/statistics`), every one from the same figures as the pages.
extension PublicSite {
    static func installOpenData(into router: inout Router, _ context: Context) {
        for language in Language.allCases {
            router.route(.get, language.prefix + "/open-data/") { _ in .html(openDataPage(language)) }
        }
        router.route(.get, "/api/v1/satisfaction") { _ in .json(satisfactionReply(satisfaction(context)).jsonBytes) }
        router.route(.get, "/api/v1/statistics") { _ in .json(statisticsReply(statistics(context)).jsonBytes) }
        router.route(.get, "/open-data/satisfaction.csv") { _ in csv(satisfactionCSV(satisfaction(context))) }
        router.route(.get, "/open-data/statistics.csv") { _ in csv(statisticsCSV(statistics(context))) }
        router.route(.get, "/open-data/outcomes.csv") { _ in
            csv(outcomesCSV(context.outcomes.outcomes.map(\.outcome)))
        }
    }

    private static func satisfaction(_ context: Context) -> SatisfactionIndex {
        SatisfactionIndex(context.intake.publishedFeedbackIndex)
    }

    private static func statistics(_ context: Context) -> OutcomeStatistics {
        OutcomeStatistics(context.outcomes.outcomes.map(\.outcome), catalog: context.catalog)
    }

    private static func csv(_ bytes: [UInt8]) -> HTTPResponse {
        .bytes(bytes, contentType: "text/csv; charset=utf-8; header=present")
    }

    /// The index's tables in order, each with its dimension's name.
    private static func dimensions(_ index: SatisfactionIndex) -> [(String, SatisfactionIndex.Table)] {
        [
            ("province", index.byProvince), ("agency", index.byAgency), ("procedure", index.byProcedure),
            ("group", index.byGroup), ("month", index.byMonth), ("cell", index.byCell),
        ]
    }

    private static func decimal(_ value: Double) -> String { String(format: "%.4f", value) }

    static func satisfactionReply(_ index: SatisfactionIndex) -> SatisfactionReply {
        var rows: [SatisfactionReply.Row] = []
        for (dimension, table) in dimensions(index) {
            for row in table.rows {
                let key = row.key
                let interval = row.interval
                rows.append(
                    SatisfactionReply.Row(
                        dimension: dimension,
                        province: key.count >= 3 || dimension == "province" ? key[0] : nil,
                        agency: key.count >= 3 ? key[1] : dimension == "agency" ? key[0] : nil,
                        procedure: key.count >= 3 ? key[2] : dimension == "procedure" ? key[0] : nil,
                        month: key.count == 4 ? key[3] : dimension == "month" ? key[0] : nil, count: row.count,
                        satisfied: row.satisfied,
                        share: decimal(row.share), lower: decimal(interval.lower), upper: decimal(interval.upper)))
            }
        }
        return SatisfactionReply(
            through: index.through?.description, minimumGroup: SatisfactionIndex.minimumGroup, rows: rows,
            hidden: Dictionary(uniqueKeysWithValues: dimensions(index).map { ($0.0, $0.1.hidden) }))
    }

    static func satisfactionCSV(_ index: SatisfactionIndex) -> [UInt8] {
        let reply = satisfactionReply(index)
        return OpenDataCSV.document(
            header: [
                "dimension", "province", "agency", "procedure", "month", "count", "satisfied", "share", "ci95_lower",
                "ci95_upper", "through",
            ],
            rows: reply.rows.map { row in
                [
                    .text(row.dimension), .text(row.province), .text(row.agency), .text(row.procedure),
                    .text(row.month), .number(String(row.count)), .number(String(row.satisfied)), .number(row.share),
                    .number(row.lower), .number(row.upper), .text(reply.through),
                ]
            })
    }

    static func statisticsReply(_ statistics: OutcomeStatistics) -> StatisticsReply {
        func counts(_ list: [OutcomeStatistics.Count]) -> [StatisticsReply.Count] {
            list.map { StatisticsReply.Count(id: $0.id, count: $0.count) }
        }
        return StatisticsReply(
            total: statistics.total, onTime: statistics.onTime, medianResolution: statistics.medianResolution?.label,
            byProvince: counts(statistics.byProvince), byKind: counts(statistics.byKind),
            byOutcome: counts(statistics.byOutcome))
    }

    static func statisticsCSV(_ statistics: OutcomeStatistics) -> [UInt8] {
        var rows: [[OpenDataCSV.Field]] = [
            [.text("total"), .text(nil), .number(String(statistics.total))],
            [.text("on-time"), .text(nil), .number(String(statistics.onTime))],
        ]
        for (dimension, list) in [
            ("province", statistics.byProvince), ("kind", statistics.byKind), ("outcome", statistics.byOutcome),
        ] {
            rows += list.map { [.text(dimension), .text($0.id), .number(String($0.count))] }
        }
        return OpenDataCSV.document(header: ["dimension", "id", "count"], rows: rows)
    }

    static func outcomesCSV(_ outcomes: [PublicOutcome]) -> [UInt8] {
        OpenDataCSV.document(
            header: [
                "id", "province", "agency", "procedure", "kinds", "outcome", "summary", "month_received",
                "month_resolved", "resolved_within", "deadline_met",
            ],
            rows: outcomes.map { o in
                [
                    .text(o.id), .text(o.province), .text(o.agency), .text(o.procedure),
                    .text(o.kinds.joined(separator: ";")), .text(o.outcome), .text(o.summary), .text(o.monthReceived),
                    .text(o.monthResolved), .text(o.resolvedWithin?.rawValue), .text(o.deadlineMet ? "true" : "false"),
                ]
            })
    }
}
