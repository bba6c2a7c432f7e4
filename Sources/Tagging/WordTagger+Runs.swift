import Foundation
import TextScanning

extension WordTagger {
    /// What the tagger adds to the rules: its tagged words that no rule's range in `taken` touches, in
    /// runs of words next to each other within one tagged run, each with whether it holds a digit. A word
    /// is left out when it is in a kept place, one of an office's two words in `offices` ("cong an",
    /// "bao hiem"), or in a capitalised run that `namesPlace` says a place's word opens ("đường Lê Lợi") or
    /// that follows one of `addressEnds` across spaces only ("hẻm 87 Lê Lợi": the street stays).
    package func runs(
        in scan: TextScan, lexicons: TaggerLexicons, taken: [NSRange], addressEnds: [Int], offices: Set<[String]>,
        namesPlace: (Int) -> Bool
    ) -> [(range: NSRange, hasDigit: Bool)] {
        let words = scan.words.list
        let tagged = ranges(in: scan, lexicons: lexicons)
        guard !tagged.isEmpty else { return [] }
        let candidates = words.indices.map { i in
            tagged.contains { NSIntersectionRange($0, words[i].range).length > 0 }
                && !taken.contains { NSIntersectionRange($0, words[i].range).length > 0 }
        }
        guard candidates.contains(true) else { return [] }
        var blocked = [Bool](repeating: false, count: words.count)
        for i in words.indices where i < scan.words.placeAt.count && scan.words.placeAt[i] > 0 {
            for k in i..<min(i + scan.words.placeAt[i], words.count) { blocked[k] = true }
        }
        for i in words.indices {
            if i + 1 < words.count, offices.contains([words[i].folded, words[i + 1].folded]) {
                blocked[i] = true
                blocked[i + 1] = true
            }
            guard words[i].isCapitalised, !blocked[i] else { continue }
            let followsAddress = addressEnds.contains { end in
                end <= words[i].range.location && scan.units[end..<words[i].range.location].allSatisfy { $0 == 0x20 }
            }
            let continuesRun =
                i > 0 && blocked[i - 1] && words[i - 1].isCapitalised
                && scan.units[words[i - 1].end..<words[i].range.location].allSatisfy { $0 == 0x20 }
            if followsAddress || continuesRun || namesPlace(i) { blocked[i] = true }
        }
        var found: [(range: NSRange, hasDigit: Bool)] = []
        var i = 0
        while i < words.count {
            guard candidates[i], !blocked[i] else {
                i += 1
                continue
            }
            var last = i
            while last + 1 < words.count, candidates[last + 1], !blocked[last + 1],
                tagged.contains(where: {
                    NSLocationInRange(words[last].range.location, $0)
                        && NSLocationInRange(words[last + 1].range.location, $0)
                })
            {
                last += 1
            }
            let range = NSRange(location: words[i].range.location, length: words[last].end - words[i].range.location)
            found.append((range, words[i...last].contains { $0.text.utf8.contains { (48...57).contains($0) } }))
            i = last + 1
        }
        return found
    }
}
