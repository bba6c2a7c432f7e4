import Foundation
import TextScanning

extension WordTagger {
    /// What the tagger adds to the rules: its words scored above `unsureAbove` that no rule's range in `taken`
    /// touches, in runs of words next to each other (spaces, or a number's or a handle's separators between
    /// them), each with whether it holds a digit and whether it is sure (every word above the threshold; a run
    /// is sure or unsure throughout). In a text where the rules found nothing (`taken` is empty) it gives only
    /// runs that hold a digit and that score above ``cleanThreshold``, each widened to the whole of the
    /// characters between spaces it stands in ("LG-0925/114", not "0925"): never a word. The sanitizer keeps
    /// of those only a run that holds the whole of a number the rules flagged as unsure.
    /// A word is left out when it is:
    /// - in a kept place, an office's word (`officeWords` as typed, or folded: "Phòng", "đội") and the number
    ///   after it, or one of an office's two words in `offices` ("cong an", "bao hiem");
    /// - a year, a number of a date or a document's number with its year or its letters ("Năm sinh: 1955",
    ///   "12/3/2024", "17/2023/DS-ST", "118/BN": the rules decide those), a field's label ("Năm sinh:");
    /// - in a capitalised run that `namesPlace` says a place's word opens ("đường Lê Lợi"), that an office's
    ///   word opens, or that follows one of `addressEnds` across spaces only ("hẻm 87 Lê Lợi": the street stays).
    package func runs(
        in scan: TextScan, lexicons: TaggerLexicons, taken: [NSRange], addressEnds: [Int], offices: Set<[String]>,
        officeWords: Set<String>, unsureAbove: Float, namesPlace: (Int) -> Bool
    ) -> [(range: NSRange, hasDigit: Bool, sure: Bool)] {
        // In a text the rules read as clean, the tagger's words are plain words far more often than
        // anyone's: there it gives only numbers and codes it is very sure of (Sanitizer.md, "The word tagger").
        let clean = taken.isEmpty
        let unsureAbove = clean ? Self.cleanThreshold : unsureAbove
        let threshold = clean ? Self.cleanThreshold : self.threshold
        let words = scan.words.list
        let scores = scores(in: scan, lexicons: lexicons)
        guard scores.contains(where: { $0 > unsureAbove }) else { return [] }
        let candidates = words.indices.map { i in
            scores[i] > unsureAbove && !taken.contains { NSIntersectionRange($0, words[i].range).length > 0 }
        }
        guard candidates.contains(true) else { return [] }
        func spacesOnly(_ from: Int, _ to: Int) -> Bool { scan.units[from..<to].allSatisfy { $0 == 0x20 } }
        var blocked = [Bool](repeating: false, count: words.count)
        for i in words.indices where i < scan.words.placeAt.count && scan.words.placeAt[i] > 0 {
            for k in i..<min(i + scan.words.placeAt[i], words.count) { blocked[k] = true }
        }
        func isYear(_ k: Int) -> Bool {
            k < words.count && words[k].text.utf8.count == 4
                && (words[k].text.hasPrefix("19") || words[k].text.hasPrefix("20"))
                && words[k].text.utf8.allSatisfy { (48...57).contains($0) }
        }
        func slashBefore(_ k: Int) -> Bool {
            k > 0 && words[k].range.location - words[k - 1].end == 1
                && [0x2F, 0x2D, 0x2E].contains(scan.units[words[k - 1].end])
        }
        for i in words.indices where isYear(i) {
            // A year alone is a birth year or a date's ("Năm sinh: 1955"), which stays.
            blocked[i] = true
            if slashBefore(i) {
                blocked[i - 1] = true
                if i > 1, slashBefore(i - 1) { blocked[i - 2] = true }
            }
        }
        // A field's label ending on a small letter before its colon: "Năm sinh:", "Họ tên:" (not "chị Lan:").
        for i in words.indices
        where !words[i].isCapitalised && words[i].end < scan.units.count
            && scan.units[words[i].end] == 0x3A
        {
            var k = i
            while k >= 0, i - k < 3 {
                blocked[k] = true
                guard k > 0, spacesOnly(words[k - 1].end, words[k].range.location) else { break }
                k -= 1
            }
        }
        // A document's number: digits, then a slash or a dash and capitals, and what goes on so ("118/BN",
        // "35-CT/TW", "1187/PH-BPMC").
        func isCode(_ k: Int, _ range: ClosedRange<UInt8>) -> Bool {
            words[k].text.utf8.allSatisfy { range.contains($0) }
        }
        for i in words.indices.dropLast() where isCode(i, 48...57) && slashBefore(i + 1) && isCode(i + 1, 65...90) {
            var k = i
            while k < words.count, k == i || slashBefore(k) && (isCode(k, 65...90) || isCode(k, 48...57)) {
                blocked[k] = true
                k += 1
            }
        }
        for i in words.indices {
            // An office's word in any case, folded ("đội", "Phòng"), and the number after it ("đội 2").
            if officeWords.contains(words[i].text) || lexicons.bits(words[i].folded) & TaggerLexicons.officeBit != 0 {
                blocked[i] = true
                if i + 1 < words.count, isCode(i + 1, 48...57) { blocked[i + 1] = true }
            }
            if i + 1 < words.count, offices.contains([words[i].folded, words[i + 1].folded]) {
                blocked[i] = true
                blocked[i + 1] = true
            }
            guard words[i].isCapitalised, !blocked[i] else { continue }
            let followsAddress = addressEnds.contains {
                $0 <= words[i].range.location && spacesOnly($0, words[i].range.location)
            }
            // An office's word goes on into its name ("Phòng Thi hành án"), not into a family's ("UBND Nguyễn …").
            let continuesRun =
                i > 0 && blocked[i - 1] && words[i - 1].isCapitalised
                && spacesOnly(words[i - 1].end, words[i].range.location)
                && !(officeWords.contains(words[i - 1].text)
                    && lexicons.bits(words[i].folded) & TaggerLexicons.familyBit != 0)
            if followsAddress || continuesRun || namesPlace(i) { blocked[i] = true }
        }
        var found: [(range: NSRange, hasDigit: Bool, sure: Bool)] = []
        var i = 0
        while i < words.count {
            guard candidates[i], !blocked[i] else {
                i += 1
                continue
            }
            let sure = scores[i] > threshold
            var last = i
            while last + 1 < words.count, candidates[last + 1], !blocked[last + 1],
                (scores[last + 1] > threshold) == sure,
                Self.joins(scan, from: words[last].end, to: words[last + 1].range.location)
            {
                last += 1
            }
            let range = NSRange(location: words[i].range.location, length: words[last].end - words[i].range.location)
            found.append((range, words[i...last].contains { $0.text.utf8.contains { (48...57).contains($0) } }, sure))
            i = last + 1
        }
        return clean ? found.filter(\.hasDigit).map { ($0.range.widenedToToken(in: scan.units), true, true) } : found
    }

    /// The score above which the tagger gives a run in a text where the rules found nothing: measured on
    /// batches it had not seen (Sanitizer.md, "The word tagger").
    static let cleanThreshold: Float = 12
}

extension NSRange {
    /// The range grown to the characters between spaces around it, less the punctuation that closes a
    /// sentence or a quote after it and the brackets and quotes that open one before it: "LG-0925/114" from
    /// "0925" in "lô số LG-0925/114.".
    package func widenedToToken(in units: [UInt16]) -> NSRange {
        let (spaces, opening, closing) = (Self.tokenSpaces, Self.tokenOpening, Self.tokenClosing)
        var start = location
        var end = NSMaxRange(self)
        while start > 0, !spaces.contains(units[start - 1]), !opening.contains(units[start - 1]) { start -= 1 }
        while end < units.count, !spaces.contains(units[end]) { end += 1 }
        while end > NSMaxRange(self), closing.contains(units[end - 1]) { end -= 1 }
        return NSRange(location: start, length: end - start)
    }

    /// What ends a token, what opens one before it and what closes one after it, as UTF-16 units.
    private static let tokenSpaces: Set<UInt16> = [0x20, 0x0A, 0x09, 0x0D, 0xA0]
    private static let tokenOpening: Set<UInt16> = [0x28, 0x5B, 0x27, 0x22, 0xAB, 0x201C, 0x2018]
    private static let tokenClosing: Set<UInt16> = [
        0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x27, 0x22, 0xBB, 0x201D, 0x2019,
    ]
}
