import Casework
import Catalogue
import Outcomes
import Web

/// The numbers of the statistics page, computed from the published outcomes.
struct OutcomeStatistics: Equatable {
    struct Count: Equatable {
        let id: String
        let count: Int
    }

    var total = 0
    /// Largest first; ties in catalogue order. Ids with no outcome are left out.
    var byProvince: [Count] = []
    /// An outcome with two kinds counts once for each.
    var byKind: [Count] = []
    var byOutcome: [Count] = []
    /// The range of days to resolve of the middle outcome (the lower middle for an even count), from
    /// the published ranges: entries publish a range, not the exact days; nil when empty.
    var medianResolution: ResolutionTime?
    var onTime = 0

    /// The share resolved within the statutory deadline (with its extensions), 0…1; nil when empty.
    var onTimeShare: Double? { total == 0 ? nil : Double(onTime) / Double(total) }

    init(_ outcomes: [PublicOutcome], catalog: Catalog) {
        total = outcomes.count
        func counts(_ list: CatalogList, _ ids: (PublicOutcome) -> [String]) -> [Count] {
            var tally: [String: Int] = [:]
            for outcome in outcomes { for id in ids(outcome) { tally[id, default: 0] += 1 } }
            // Catalogue order first, then any id the catalogue no longer has, so ties read stably.
            let order = list.ids + tally.keys.filter { !list.contains($0) }.sorted()
            let ranked = order.compactMap { id in tally[id].map { Count(id: id, count: $0) } }
            return ranked.enumerated().sorted {
                $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset
            }.map(\.element)
        }
        byProvince = counts(catalog.provinces) { [$0.province] }
        byKind = counts(catalog.misconductKinds) { $0.kinds }
        byOutcome = counts(catalog.outcomes) { [$0.outcome] }
        let ranges = outcomes.compactMap(\.resolvedWithin).sorted()
        if !ranges.isEmpty { medianResolution = ranges[(ranges.count - 1) / 2] }
        onTime = outcomes.filter(\.deadlineMet).count
    }
}
