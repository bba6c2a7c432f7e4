import Foundation
import TextScanning

extension WordTagger {
    /// What the tagger adds to the rules: its words scored above `unsureAbove` that no rule's range in
    /// `taken` touches, in runs of words next to each other (spaces, or a number's or a handle's separators
    /// between them), each with whether it holds a digit and whether it is sure (every word above the
    /// threshold; a run is sure or unsure throughout). A word
    /// is left out when it is in a kept place, an office's word in `officeWords` ("Phòng", "Đội") or one
    /// of its two words in `offices` ("cong an", "bao hiem"), a number of a date or a document's number with
    /// its year ("12/3/2024", "17/2023/DS-ST": the rules decide those), or in a capitalised run that `namesPlace` says a place's word opens ("đường Lê Lợi") or
    /// that follows one of `addressEnds` across spaces only ("hẻm 87 Lê Lợi": the street stays).
    package func runs(
        in scan: TextScan, lexicons: TaggerLexicons, taken: [NSRange], addressEnds: [Int], offices: Set<[String]>,
        officeWords: Set<String>, unsureAbove: Float, namesPlace: (Int) -> Bool
    ) -> [(range: NSRange, hasDigit: Bool, sure: Bool)] {
        let words = scan.words.list
        let scores = scores(in: scan, lexicons: lexicons)
        guard scores.contains(where: { $0 > unsureAbove }) else { return [] }
        let candidates = words.indices.map { i in
            scores[i] > unsureAbove && !taken.contains { NSIntersectionRange($0, words[i].range).length > 0 }
        }
        guard candidates.contains(true) else { return [] }
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
        for i in words.indices where isYear(i) && slashBefore(i) {
            blocked[i] = true
            blocked[i - 1] = true
            if i > 1, slashBefore(i - 1) { blocked[i - 2] = true }
        }
        for i in words.indices {
            if officeWords.contains(words[i].text) { blocked[i] = true }
            if i + 1 < words.count, offices.contains([words[i].folded, words[i + 1].folded]) {
                blocked[i] = true
                blocked[i + 1] = true
            }
            guard words[i].isCapitalised, !blocked[i] else { continue }
            let followsAddress = addressEnds.contains { end in
                end <= words[i].range.location && scan.units[end..<words[i].range.location].allSatisfy { $0 == 0x20 }
            }
            // An office's word goes on into its name ("Phòng Thi hành án"), not into a family's ("UBND Nguyễn …").
            let continuesRun =
                i > 0 && blocked[i - 1] && words[i - 1].isCapitalised
                && scan.units[words[i - 1].end..<words[i].range.location].allSatisfy { $0 == 0x20 }
                && !(officeWords.contains(words[i - 1].text) && lexicons.bits(words[i].folded) & 1 != 0)
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
        return found
    }
}
