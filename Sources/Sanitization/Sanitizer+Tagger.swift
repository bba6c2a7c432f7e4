import Foundation
import NameFinding
import Tagging
import TextScanning
import TextShapes

extension Sanitizer {
    /// The text as the sanitizer reads it, with the kept places and provinces marked on its words.
    package func scanned(_ text: String) -> TextScan {
        var scan = TextScan(text)
        scan.words.placeAt = scan.words.list.indices.map { places.length(in: scan.words, at: $0) }
        scan.words.provinceAt = scan.words.list.indices.map { provinces.length(in: scan.words, at: $0) }
        return scan
    }

    /// The tagger's spans' priority: below every rule's, and any kept shape cancels them.
    static let taggerPriority = 20

    /// What the word tagger tags and no rule found (Tagging's `WordTagger.runs`), as a name (an
    /// identifier if it holds a digit), so that the checks after it (companies, public figures, streets,
    /// kept days) apply to it as to the rules' names; what it scores above `unsureAbove` but not above its
    /// threshold is flagged, a name's or a number's. A bank's or a standard's letters (`IdentifierShapes`'
    /// public prefixes: VCB, ISO) are left.
    func tagged(in scan: TextScan, besides spans: [Span], flagging flags: inout [FlagSpan]) -> [Span] {
        guard let tagger else { return [] }
        // In a text where the rules found nothing, the tagger only settles their flags on numbers: without
        // one, it is not asked (most texts, and the cheapest way through).
        if spans.isEmpty, !scan.hasDigit || flags.isEmpty { return [] }
        var found: [Span] = []
        for run in tagger.runs(
            in: scan, lexicons: taggerLexicons, taken: spans.map(\.range),
            addressEnds: spans.filter { $0.kind == .address }.map { NSMaxRange($0.range) },
            offices: vocabulary.officePairsFolded, officeWords: vocabulary.offices, unsureAbove: Self.unsureAbove,
            namesPlace: { nameFinder.isPlaceContext(scan.words, at: $0, scan: scan) })
        {
            // A bank's or a standard's letters before a number are no one's ("Tài khoản VCB 0912…", "ISO 9001").
            if IdentifierShapes.publicPrefixes.contains(scan.string(run.range)) { continue }
            // In a text where the rules found nothing, the tagger settles only a number they flagged as
            // unsure, and only when its run holds the whole flag ("318-264", not "305" of "room 305" or "5 6 7"
            // of "1 2 3 4 5 6 7 8 9 10"): the rest of such a text is theirs (money, floors, hotlines, holidays).
            if spans.isEmpty {
                func holds(_ flag: FlagSpan) -> Bool { NSIntersectionRange(flag.range, run.range) == flag.range }
                guard flags.contains(where: holds) else { continue }
                flags.removeAll(where: holds)
            }
            if run.sure {
                found.append(
                    Span(
                        kind: run.hasDigit ? .identifier : .personName, range: run.range, priority: Self.taggerPriority)
                )
            } else {
                flags.append(FlagSpan(reason: run.hasDigit ? .possibleNumber : .possibleName, range: run.range))
            }
        }
        return found
    }

    /// The tagger's score above which a word it does not tag is flagged.
    static let unsureAbove: Float = 2
}
