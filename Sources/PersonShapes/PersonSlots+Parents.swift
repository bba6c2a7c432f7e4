import Foundation
import TextScanning

extension PersonSlots {
    /// Words for a parent (lower-cased as typed): bố, mẹ, ba, má, and bo, me typed without marks.
    static let parentWords: Set<String> = ["bố", "mẹ", "ba", "má", "bo", "me"]
    /// Words for the child between the parent and its name: bé (be without marks) and cu.
    static let childWords: Set<String> = ["bé", "be", "cu"]
    /// Words (folded) after which a class's chat leaves the child's name: đây, lớp, ơi, nhé, ạ.
    static let afterChildNames: Set<String> = ["day", "lop", "oi", "nhe", "a"]
    /// Words (folded) that stand after "mẹ bé" in lower case and name no child: what the child is or does,
    /// and pronouns.
    static let notChildNames: Set<String> = [
        "day", "ay", "nay", "kia", "do", "nha", "em", "con", "toi", "a", "nhe", "oi", "lop", "va", "voi", "thi", "ma",
        "la", "bi", "da", "se", "dang", "cung", "van", "hoc", "ngoan", "om", "nho", "lon", "met", "khoe", "yeu", "sot",
        "di", "ve", "an", "ngu", "khoc", "cuoi", "choi", "xinh", "gai", "trai",
    ]

    /// A parent named by the child in a class's chat: a parent's word, bé or cu and one word of the child's
    /// pet name in any case ("bố cu tít đây", "me be na day a", "mẹ bé Na"), or bố, mẹ or má and one or two
    /// capitalised syllables ("bố Minh Khang đây", "bố Tin lớp 2A"), before a pause, the text's end, đây,
    /// lớp, ơi, nhé or ạ. Limits: a word that says what the child is or does stays ("mẹ bé ốm,"), so do a
    /// kept place and an office's word ("Mẹ Việt Nam"); Bố and Mẹ capitalised open the slot only at a
    /// sentence's start ("xã Bố Hạ"); Ba and Má capitalised are birth-order names and open none, nor do ba
    /// (three) and bo, me typed without marks before a capital without bé or cu.
    static func childNamesAfterParents(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        for p in 0..<max(0, words.count - 1) {
            let parent = words[p]
            // Capitalised, only opening a sentence: "xã Bố Hạ" is a commune's name.
            guard parentWords.contains(parent.lower),
                parent.text == parent.lower
                    || ["Bố", "Mẹ"].contains(parent.text) && NicknameSlots.startsSentence(scan, at: p)
            else { continue }
            var first = p + 1
            let child = childWords.contains(words[first].lower) && words[first].text == words[first].lower
            if child { first += 1 }
            // Ba is also three, and bo, me without marks are other words: only bố, mẹ, má name a child outright.
            guard child || ["bố", "mẹ", "má"].contains(parent.lower) else { continue }
            guard first < words.count, scan.onlySpace(words[first - 1], words[first]) else { continue }
            var last = first
            if !child, words[first].isCapitalised, first + 1 < words.count, words[first + 1].isCapitalised,
                scan.onlySpace(words[first], words[first + 1])
            {
                last += 1
            }
            let run = words.list[first...last]
            guard
                run.allSatisfy({
                    NameShapes.isSyllable($0.folded)
                        && ($0.isCapitalised || child && !notChildNames.contains($0.folded))
                        && !vocabulary.offices.contains($0.text)
                }),
                (first...last).allSatisfy({ words.placeAt.isEmpty || words.placeAt[$0] == 0 }),
                endsChildName(after: last, in: scan)
            else { continue }
            found.append(
                NSRange(location: words[first].range.location, length: words[last].end - words[first].range.location))
        }
        return found
    }

    /// Whether a child's name may end at word `index`: the text ends, a mark follows, or a chat's word.
    static func endsChildName(after index: Int, in scan: TextScan) -> Bool {
        let words = scan.words
        guard index + 1 < words.count else { return true }
        let end = words[index].end
        let between = scan.string(NSRange(location: end, length: words[index + 1].range.location - end))
        return between.contains { ",.;:!?)".contains($0) }
            || between == " " && afterChildNames.contains(words[index + 1].folded)
    }
}
