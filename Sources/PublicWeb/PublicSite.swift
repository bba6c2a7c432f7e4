import API
import Casework
import Catalogue
import Foundation
import HTTP
import Ledger
import Outcomes
import Stores
import Web

/// The public pages (issue 5): published outcomes, one outcome and its inclusion proof, statistics,
/// the Atom feeds, the outcomes JSON API and how to verify the log. Vietnamese at `/…`, English at
/// `/en/…`.
///
/// Like the citizen's pages they need no JavaScript, set no cookie and load nothing from elsewhere; the
/// charts are inline SVG drawn on the server. They read only the public outcomes log, and from the
/// intake only a count of rating envelopes (their clear headers), the published rating tally and the
/// satisfaction index's daily counters (`/satisfaction`, `/open-data/`: OpenData.md).
public enum PublicSite {
    /// Rows of the outcomes list per page.
    static let pageSize = 20
    /// Entries in an Atom feed.
    static let feedSize = 50
    /// The JSON API's default and largest page.
    static let apiDefaultLimit = 100
    static let apiMaximumLimit = 500

    /// What every handler reads.
    struct Context: Sendable {
        let outcomes: OutcomeStore
        let intake: IntakeStore
        let ratings: RatingTally
        /// The witnesses' cosignatures, and whether a checkpoint short of the quorum is published.
        var witnessing: CheckpointWitnessing? = nil
        var catalog: Catalog { outcomes.catalog }
    }

    /// Adds the public routes to `router`; its error pages and security headers (the citizen site's)
    /// apply to them too.
    /// With `witnessing`, the proofs and the JSON carry the checkpoint `/checkpoint` serves (PublicLog).
    public static func install(
        into router: inout Router, outcomes: OutcomeStore, intake: IntakeStore,
        witnessing: CheckpointWitnessing? = nil
    ) {
        let context = Context(outcomes: outcomes, intake: intake, ratings: RatingTally(), witnessing: witnessing)
        for language in Language.allCases {
            let p = language.prefix
            router.route(.get, p + "/outcomes") { try outcomesList($0, language, context) }
            router.route(.get, prefix: p + "/outcomes/") { try outcomeOrProof($0, language, context) }
            router.route(.get, p + "/outcomes.atom") { _ in atomFeed(language, context) }
            router.route(.get, p + "/stats") { _ in .html(statsPage(language, context)) }
            router.route(.get, p + "/satisfaction") { _ in .html(satisfactionPage(language, context)) }
            router.route(.get, p + "/verify") { _ in .html(verifyPage(language, context)) }
        }
        router.route(.get, "/api/v1/outcomes") { try outcomesJSON($0, context) }
        installOpenData(into: &router, context)
    }

    /// The catalogue label of `id` in `language`; the id itself if the catalogue no longer has it.
    static func label(_ list: CatalogList, _ id: String, _ language: Language) -> String {
        guard let entry = list[id] else { return id }
        return language == .vi ? entry.vi : entry.en
    }

    /// An outcome's label, with whom a discipline applied to: cadres and civil servants share the words
    /// "Khiển trách", "Cảnh cáo" and "Cách chức" (Decree 172/2025), which would otherwise read alike.
    static func outcomeLabel(_ catalog: Catalog, _ id: String, _ language: Language) -> String {
        let text = label(catalog.outcomes, id, language)
        switch catalog.outcomes[id]?.group {
        case "cadre": return "\(text) (\(language.strings.outcomeForCadre))"
        case "civil-servant": return "\(text) (\(language.strings.outcomeForCivilServant))"
        default: return text
        }
    }

    /// "2026-05" → "5/2026", as the citizen pages show months.
    static func monthText(_ month: String) -> String {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]) else { return month }
        return "\(number)/\(year)"
    }

    /// The published outcomes with their log indexes, newest first: by month resolved, then by the
    /// order of publication.
    static func newestFirst(_ outcomes: [SignedOutcome]) -> [(index: Int, outcome: SignedOutcome)] {
        outcomes.enumerated().map { (index: $0.offset, outcome: $0.element) }.sorted {
            $0.outcome.outcome.monthResolved != $1.outcome.outcome.monthResolved
                ? $0.outcome.outcome.monthResolved > $1.outcome.outcome.monthResolved : $0.index > $1.index
        }
    }

    /// The signed checkpoint and the tree size it commits to, read together so they always agree: with
    /// witnesses, the one `/checkpoint` serves, cosigned (none, size 0, while none may be published).
    static func signedCheckpoint(_ context: Context) -> (note: String, size: UInt64) {
        let store = context.outcomes
        let note = context.witnessing.map { $0.served(origin: store.origin) ?? "" } ?? store.signedCheckpoint
        // C2SP tlog-checkpoint: origin line, then the decimal tree size.
        let lines = note.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        let size = lines.count > 1 ? UInt64(lines[1]) ?? 0 : 0
        return (note, size)
    }
}
