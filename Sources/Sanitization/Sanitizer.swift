import Casework
import Catalogue
import EnglishShapes
import Foundation
import LooseFindings
import NameFinding
import PersonShapes
import Tagging
import TextScanning
import TextShapes

/// Finds and redacts Vietnamese personal data in free text before it is published.
///
/// An outcome's summary is written by an inspector from a citizen's report, and the law requires that
/// nothing in a published conclusion points back at the denouncer. The sanitizer removes ID numbers,
/// phone numbers, e-mail addresses, plates, tax, insurance and bank numbers, street addresses and
/// personal names, turns exact dates into month and year, and flags (without removing) runs of 8 or more
/// words that also appear in the citizen's own texts. It keeps what the text means: "30 ngày",
/// "Nghị định 172/2025/NĐ-CP", "Điều 25", amounts of money, counts, years and place names.
///
/// Positions in ``Finding`` are offsets in `Character`s (extended grapheme clusters) of the original
/// text, `start` inclusive and `end` exclusive, so that `Array(text)[start..<end]` is what was found.
/// Characters, not UTF-16 units, because a Vietnamese letter may be one or several scalars (NFC or NFD)
/// and the same text must give the same positions either way.
///
/// The sanitizer is a heuristic: it is the inspector's first pass, not the last. `candor-inspect
/// publish` shows every finding before anything is signed.
public struct Sanitizer: Sendable {
    /// The language of the text, which picks the redaction marker and the form of a shortened date.
    public enum Language: String, Sendable, CaseIterable {
        case vi
        case en

        /// What a removal becomes.
        public var marker: String {
            switch self {
            case .vi: "[đã ẩn]"
            case .en: "[redacted]"
            }
        }
    }

    /// One thing the sanitizer found.
    public struct Finding: Sendable, Hashable {
        /// What kind of personal data it is.
        public typealias Kind = FindingKind

        public let kind: Kind
        /// The first `Character` of the finding in the original text.
        public let start: Int
        /// One past its last `Character` in the original text.
        public let end: Int

        public init(kind: Kind, start: Int, end: Int) {
            self.kind = kind
            self.start = start
            self.end = end
        }
    }

    /// A span the sanitizer is unsure of: kept in the text, shown to the inspector, who removes it by
    /// rewriting or accepts it. Never silently kept: publishing asks for an explicit choice.
    public struct Flag: Sendable, Hashable {
        /// Why the span is kept but shown.
        public typealias Reason = FlagReason

        public let reason: Reason
        /// The first `Character` of the span in the original text.
        public let start: Int
        /// One past its last `Character`.
        public let end: Int

        public init(reason: Reason, start: Int, end: Int) {
            self.reason = reason
            self.start = start
            self.end = end
        }
    }

    /// The sanitized text and what was found in the original.
    public struct SanitizedText: Sendable, Hashable {
        /// The text with every removal replaced by the marker and every exact date by its month and year.
        public let text: String
        /// Every redaction and every flagged quote, ordered by `start`.
        public let findings: [Finding]
        /// The spans kept although they may be personal data, ordered by `start`.
        public let flags: [Flag]

        public init(text: String, findings: [Finding], flags: [Flag] = []) {
            self.text = text
            self.findings = findings
            self.flags = flags
        }

        /// The flagged quotes, which an inspector must rewrite or accept before publishing.
        public var quotes: [Finding] { findings.filter { $0.kind == .quote } }
    }

    /// Place names that must survive although they begin like personal names.
    let places: PlaceNames
    /// The catalogue's provinces alone, which stay even after an honorific.
    let provinces: PlaceNames
    /// The word lists, prepared for lookup (TextScanning's Vocabulary).
    let vocabulary: Vocabulary
    /// The passes that find people (NameFinding), reading the same word lists.
    let nameFinder: NameFinder
    /// The learned second opinion (Tagging's WordTagger) and the lexicons its features ask about.
    package var tagger = WordTagger.shipped
    package let taggerLexicons: TaggerLexicons

    /// A sanitizer that keeps the provinces of `catalog` as well as the places of `lexicon`.
    public init(catalog: Catalog? = nil, lexicon: Lexicon = .shipped) {
        let provinceNames = catalog.map { $0.provinces.entries.flatMap { [$0.vi, $0.en] } } ?? Self.shippedProvinces
        places = PlaceNames(PlaceNames.builtIn + provinceNames + lexicon[.keepPlaces])
        provinces = PlaceNames(PlaceNames.builtIn + provinceNames)
        vocabulary = Vocabulary(lexicon)
        nameFinder = NameFinder(vocabulary: vocabulary)
        taggerLexicons = TaggerLexicons(vocabulary)
    }

    /// The provinces of the shipped catalogue, for a sanitizer made without one (read once).
    static let shippedProvinces: [String] = {
        guard let catalog = try? Catalog.bundled() else { return [] }
        return catalog.provinces.entries.flatMap { [$0.vi, $0.en] }
    }()

    /// Sanitizes `text`, flagging quotes of any of `citizenText` (the citizen's report and follow-ups).
    public func sanitize(_ text: String, language: Language = .vi, citizenText: [String] = []) -> SanitizedText {
        var scan = scanned(text)
        var spans: [Span] = []
        var flagged: [FlagSpan] = []
        if scan.hasAt { spans += emails(in: scan) }
        // Most patterns are about numbers: text without a digit skips them.
        if scan.hasDigit {
            spans += dates(in: scan, language: language)
            if scan.hasUppercase {
                spans += plates(in: scan)
                spans += lettered(in: scan)
            }
            spans += identifiers(in: scan)
            spans += shortDates(in: scan, language: language)
            spans += numbers(in: scan, flagging: &flagged)
            if scan.hasSlash { spans += phonePairs(in: scan) }
            if scan.hasASCII("]") { spans += chatWriters(in: scan) }
            if scan.mayTellEnglishDay { spans += englishDays(in: scan) }
        }
        if scan.hasAnyWord(NoteShapes.groupWords), scan.text.contains(where: { $0 == "—" || $0 == "–" }) {
            spans += groupWriters(in: scan)
        }
        spans += addresses(in: scan)
        spans += online(in: scan)
        spans += residences(in: scan, flagging: &flagged)
        spans += nameFinder.names(in: scan)
        if scan.hasAnyWord(vocabulary.highlandStarts) { spans += nameFinder.lowercaseHighlandNames(in: scan) }
        spans += nameFinder.people(in: scan, flagging: &flagged)
        spans += nameFinder.callNames(in: scan)
        if scan.hasUppercase { nameFinder.flagNamesAfterRoleAtPlace(in: scan, flagging: &flagged) }
        if scan.hasUppercase { spans += nameFinder.standaloneNames(in: scan) }
        spans += spelledNumbers(in: scan)
        spans += (scan.looseFindings() + scan.englishFindings()).compactMap { loose in
            Finding.Kind(rawValue: loose.kind).map {
                Span(kind: $0, range: loose.range, replacement: loose.replacement, priority: 1)
            }
        }
        spans += nameFinder.repeatedNames(in: scan, found: spans)
        if scan.hasQuote { spans += nameFinder.quotedNicknamesJoined(spans, in: scan) }
        if scan.hasQuote, scan.hasAnyWord(NoteShapes.transferWords) { spans += transferNoteNames(in: scan) }
        if scan.hasAnyWord(["tuc", "goi"]) { spans += nameFinder.aliasesAfterNames(spans, in: scan) }
        // A hamlet right after a name is where that person lives: "nguyen thi thoa thon dong, xa me linh".
        let named = spans.filter { $0.kind == .personName }.map(\.range)
        spans += scan.hamletsAfter(named).map { Span(kind: .address, range: $0, priority: 2) }
        // A name takes its cut letter's dot ("Nguyễn Thị M. (mẹ)") and a saint's name before it ("Maria N.T.H.").
        let saints = scan.hasAnyWord(vocabulary.saintWords) ? vocabulary.saints : nil
        for k in spans.indices where spans[k].kind == .personName {
            spans[k].range = scan.withNameEdges(spans[k].range, saints: saints)
        }
        spans += tagged(in: scan, besides: spans, flagging: &flagged)
        // A name right after a company's form is the company's: "Công ty TNHH Hoàng Long". Names said to
        // be streets' are the streets': "Hai Bà Trưng và Trần Hưng Đạo là tên hai tuyến phố". A people's
        // name after "người" is the people's: "người K'Ho". A role's first word is none: "ông Chánh văn phòng".
        let mayNameFigure = scan.hasAnyWord(NameContexts.figureWords)
        let mayNamePlace = scan.hasAnyWord(NameContexts.placeKindWords)
        let mayNameBusiness = scan.hasAnyWord(NameContexts.businessWords)
        spans.removeAll { span in
            guard span.kind == .personName else { return false }
            let after = scan.foldedAfter(NSMaxRange(span.range), length: 60)
            return mayNameBusiness
                && NameContexts.businessEnd.matches(scan.foldedBefore(span.range.location, length: 60))
                || nameFinder.namesAPeople(span.range, in: scan)
                || mayNameFigure
                    && NameContexts.publicFigureEnd.matches(scan.foldedBefore(span.range.location, length: 48))
                || mayNamePlace && NameContexts.placeNamedAfter.matches(after)
                || vocabulary.namesNoPerson(scan.words, at: span.range)
                || NameContexts.streetNamed.firstMatch(
                    in: after, range: NSRange(location: 0, length: (after as NSString).length))
                    != nil
        }
        // The Tết season told is no day in it: its lunar days (mùng, rằm) stay.
        let season = scan.hasAnyWord(["tet"]) ? scan.tetSeason() : []
        if !season.isEmpty { spans.removeAll { $0.kind != .address && scan.isLunarDay($0.range, in: season) } }
        // A Tết break told by its first and last days is the calendar's: its days stay.
        let breaks = scan.hasPair("nghi", "tet") ? scan.tetBreaks() : []
        if !breaks.isEmpty {
            spans.removeAll { span in
                span.kind == .exactDate && breaks.contains { NSLocationInRange(span.range.location, $0) }
            }
        }
        for keep in scan.looseKeeps() + scan.englishKeeps() {
            spans.removeAll {
                ($0.kind.rawValue == keep.kind || $0.priority == Self.taggerPriority)
                    && NSIntersectionRange($0.range, keep.range).length > 0
            }
        }
        // A house's street stays when its number goes: "số [đã ẩn] đường Lê Lợi" (TextShapes' streets).
        spans = scan.keepingStreets(
            spans, range: \.range, address: { $0.kind == .address }, cut: { $0.kind == .personName })
        let chosen = Self.resolve(spans)

        var output = ""
        var cursor = 0
        var findings: [Finding] = []
        var previousReplacement: String? = nil
        for span in chosen {
            let start = scan.characterOffset(utf16: span.range.location)
            let end = scan.characterOffset(utf16: span.range.location + span.range.length, roundingUp: true)
            guard start >= cursor, end > start else { continue }
            // Two removals of one kind with only spaces between are one: "căn hộ 1205 tòa B".
            if let last = findings.last, last.kind == span.kind, last.end == cursor, span.replacement == nil,
                previousReplacement == nil, !scan.characters(cursor..<start).contains(where: { $0 != " " })
            {
                findings[findings.count - 1] = Finding(kind: span.kind, start: last.start, end: end)
                cursor = end
                continue
            }
            previousReplacement = span.replacement
            output += scan.characters(cursor..<start)
            output += span.replacement ?? language.marker
            cursor = end
            findings.append(Finding(kind: span.kind, start: start, end: end))
        }
        output += scan.characters(cursor..<scan.characterCount)
        findings += quotes(in: scan, citizenText: citizenText)
        findings.sort { ($0.start, $0.end, $0.kind.rawValue) < ($1.start, $1.end, $1.kind.rawValue) }
        // A flag inside a removal is moot; two flags on one span are one.
        var flags: [Flag] = []
        for span in flagged.sorted(by: { $0.range.location < $1.range.location })
        where !chosen.contains(where: { NSIntersectionRange($0.range, span.range).length > 0 }) {
            let start = scan.characterOffset(utf16: span.range.location)
            let end = scan.characterOffset(utf16: span.range.location + span.range.length, roundingUp: true)
            if let last = flags.last, last.end > start { continue }
            flags.append(Flag(reason: span.reason, start: start, end: end))
        }
        return SanitizedText(text: output, findings: findings, flags: flags)
    }

    /// Keeps the spans that win their overlaps: by priority, then the longer one, then the earlier one.
    static func resolve(_ spans: [Span]) -> [Span] {
        // Overlapping candidates of one kind are one removal: "Nguyễn V" and "V. A." make "Nguyễn V. A.".
        var merged: [Span] = []
        for span in spans.sorted(by: { $0.range.location < $1.range.location }) {
            if let index = merged.lastIndex(where: {
                $0.kind == span.kind && $0.replacement == nil && span.replacement == nil
                    && NSIntersectionRange($0.range, span.range).length > 0
            }) {
                merged[index].range = NSUnionRange(merged[index].range, span.range)
                merged[index].priority = min(merged[index].priority, span.priority)
            } else {
                merged.append(span)
            }
        }
        let ordered = merged.sorted {
            ($0.priority, -$0.range.length, $0.range.location) < ($1.priority, -$1.range.length, $1.range.location)
        }
        var taken: [Span] = []
        for var span in ordered where span.range.length > 0 {
            if span.kind == .personName,
                let room = taken.first(where: { $0.kind == .address && $0.range.overlaps(span.range) })
            {
                span.range = span.range.cut(before: room.range)
            }
            if !taken.contains(where: { NSIntersectionRange($0.range, span.range).length > 0 }) { taken.append(span) }
        }
        return taken.sorted { $0.range.location < $1.range.location }
    }
}

extension Sanitizer {
    /// Lowercase, without diacritics, with đ as d: how names, places and quotes are compared.
    static func fold(_ text: String) -> String { Folding.fold(text) }

    /// ``fold(_:)`` for the evaluation, which compares a kept month typed without marks ("thang 2")
    /// with the shortened date the sanitizer writes with them ("tháng 2").
    package static func foldForEvaluation(_ text: String) -> String { fold(text) }

    /// The words of a text: runs of letters and digits.
    static func words(_ text: String) -> [String] { Folding.words(text) }
}
