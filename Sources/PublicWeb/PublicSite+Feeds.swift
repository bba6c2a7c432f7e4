import API
import Casework
import Catalogue
import Foundation
import HTTP
import Outcomes
import Web

/// The machine-readable faces of the outcomes: an Atom 1.0 feed per language (RFC 4287) and
/// `GET /api/v1/outcomes` (JSON, in log order, paged).
extension PublicSite {
    /// The newest ``feedSize`` outcomes. Links are relative to the feed's own address (RFC 4287 §3.4 allows
    /// IRI references): the server does not know the name it is reached by, and must not trust `Host`.
    static func atomFeed(_ language: Language, _ context: Context) -> HTTPResponse {
        .bytes(
            Array(atomFeed(language, catalog: context.catalog, newest: newestFirst(context.outcomes.outcomes)).utf8),
            contentType: "application/atom+xml; charset=utf-8")
    }

    static func atomFeed(
        _ language: Language, catalog: Catalog, newest: [(index: Int, outcome: SignedOutcome)]
    ) -> String {
        let s = language.strings
        let p = language.prefix
        // Outcomes are published to the month: an entry is "updated" on the first of its month resolved.
        func time(_ month: String) -> String { xmlText(month) + "-01T00:00:00Z" }
        let entries = newest.prefix(feedSize).map { row -> String in
            let o = row.outcome.outcome
            let title =
                "\(outcomeLabel(catalog, o.outcome, language)) · \(label(catalog.provinces, o.province, language))"
            return """
                <entry>
                <id>urn:candor:outcome:\(xmlText(o.id))</id>
                <title>\(xmlText(title))</title>
                <updated>\(time(o.monthResolved))</updated>
                <link rel="alternate" type="text/html" href="\(p)/outcomes/\(xmlText(o.id))"/>
                <summary>\(disciplinedText(o, language).map { xmlText($0) + ". " } ?? "")\
                \(xmlText(o.agency)): \(xmlText(o.summary))</summary>
                </entry>

                """
        }
        let updated = newest.map(\.outcome.outcome.monthResolved).max().map(time) ?? "1970-01-01T00:00:00Z"
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language.rawValue)">
            <id>urn:candor:outcomes:\(language.rawValue)</id>
            <title>\(xmlText(s.siteName + " · " + s.outcomesTitle))</title>
            <updated>\(updated)</updated>
            <author><name>\(xmlText(s.siteName))</name></author>
            <link rel="self" type="application/atom+xml" href="\(p)/outcomes.atom"/>
            <link rel="alternate" type="text/html" href="\(p)/outcomes"/>
            \(entries.joined())</feed>

            """
    }

    /// `text` as XML 1.0 character data: escaped, with the characters XML 1.0 forbids or discourages
    /// removed (C0 controls but tab, new line and carriage return; DEL and the C1 controls; U+FFFE and
    /// U+FFFF). A signed entry may carry them whatever its publisher checked, and one such byte would
    /// make every feed reader reject the whole feed.
    static func xmlText(_ text: String) -> String {
        escape(
            String(
                String.UnicodeScalarView(
                    text.unicodeScalars.filter { scalar in
                        switch scalar.value {
                        case 0x09, 0x0A, 0x0D: true
                        case 0..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: false
                        default: true
                        }
                    })))
    }

    /// `{"checkpoint": "<signed note>", "outcomes": [...], "size": N}`: the outcomes with index > `after`
    /// (from 0 without it), at most `limit` (1…500, default 100), and only those the checkpoint covers,
    /// so every one can be proven against it. Each outcome is its allowlisted fields, `index` and
    /// `keyID`: nothing else.
    static func outcomesJSON(_ request: HTTPRequest, _ context: Context) throws -> HTTPResponse {
        var after: Int?
        var limit = apiDefaultLimit
        for (name, value) in try request.queryItems() {
            switch name {
            case "after":
                guard value.allSatisfy(\.isASCII), let number = Int(value), number >= 0 else {
                    throw HTTPError.badRequest("after must be an index")
                }
                after = number
            case "limit":
                guard value.allSatisfy(\.isASCII), let number = Int(value), (1...apiMaximumLimit).contains(number)
                else {
                    throw HTTPError.badRequest("limit must be 1 to \(apiMaximumLimit)")
                }
                limit = number
            default:
                throw HTTPError.badRequest("unknown parameter")
            }
        }
        let (note, size) = signedCheckpoint(context)
        let all = context.outcomes.outcomes.prefix(Int(min(size, UInt64(Int.max))))
        let start = after.map { $0 < Int.max ? $0 + 1 : Int.max } ?? 0
        let page = start < all.count ? Array(all[start..<min(all.count, start + limit)]) : []
        let outcomes = page.enumerated().map { offset, signed in outcomeObject(index: start + offset, signed) }
        return .json(OutcomesPage(size: Int(size), checkpoint: note, outcomes: outcomes).jsonBytes)
    }

    /// One outcome of the API: the allowlisted fields, its log index and the signer's key id.
    static func outcomeObject(index: Int, _ signed: SignedOutcome) -> OutcomesPage.Outcome {
        let o = signed.outcome
        // A version 1 entry published its exact days: they stay public, as signed.
        return OutcomesPage.Outcome(
            index: index, keyID: signed.keyID, id: o.id, province: o.province, agency: o.agency,
            procedure: o.procedure, kinds: o.kinds, outcome: o.outcome, outcomeLabel: o.outcomeLabel,
            summary: o.summary, monthReceived: o.monthReceived, monthResolved: o.monthResolved,
            resolvedWithin: o.resolvedWithin?.rawValue, deadlineMet: o.deadlineMet,
            daysToResolve: o.version == 1 ? o.daysToResolve : nil,
            disciplined: o.disciplined.map { .init(position: $0.position, unit: $0.unit, name: $0.name) })
    }
}
