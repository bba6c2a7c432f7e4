import Foundation
import TextScanning
import TextShapes

/// A name spelled letter by letter on a call, as speech-to-text writes it (the twenty-seventh round): "Lò
/// Văn Pánh, Lờ O Lo huyền Lò ạ", "Ksor là Ca Ét Ô Rờ á", "Mỷ là Mờ Y dài dấu hỏi á".
enum SpelledNames {
    /// Consonants' names, lower-cased, and the letters they spell.
    static let consonants: [String: String] = [
        "bờ": "b", "bê": "b", "cờ": "c", "xê": "c", "ca": "k", "dờ": "d", "dê": "d", "đờ": "đ", "đê": "đ",
        "gờ": "g", "giê": "g", "hờ": "h", "hát": "h", "lờ": "l", "mờ": "m", "nờ": "n", "pờ": "p", "pê": "p",
        "quờ": "q", "quy": "q", "rờ": "r", "sờ": "s", "ét": "s", "tờ": "t", "tê": "t", "vờ": "v", "vê": "v",
        "xờ": "x", "ngờ": "ng", "nhờ": "nh", "chờ": "ch", "khờ": "kh", "thờ": "th", "trờ": "tr", "phờ": "ph",
        "giờ": "gi",
    ]
    static let vowels: Set<String> = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
    /// Tones and the words that name a letter's mark or length, which spell no letter.
    static let marks: Set<String> = ["huyền", "sắc", "hỏi", "ngã", "nặng", "dấu", "dài", "ngắn", "móc", "mũ", "râu"]
    /// Particles a caller ends a spelling with.
    static let particles: Set<String> = ["á", "ạ", "ấy", "nha", "nhé", "nhá", "đó", "đấy", "chứ", "ha"]
    static let cues: Keywords = Keywords(Set(consonants.keys.map { Folding.fold($0) }))

    /// A run of letters' names, marks, and syllables the letters so far spell ("Lo", "Lò" after Lờ O), a
    /// space apart, with at least two letters and a consonant's name among them, after "là" or a comma and
    /// before a particle, a stop or the text's end. Limits: a single letter ("mắt mờ, y tá") and a run
    /// that goes on into other words stay; a name spelled in Latin letters' names (en, em) is not found.
    static func ranges(in scan: TextScan) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        var i = 0
        while i < words.count {
            defer { i += 1 }
            // After là or a comma first: it is cheaper than the letters' look-up, and most words fail it.
            guard i > 0,
                scan.unit(at: words[i - 1].end) == 0x2C
                    || words[i - 1].lower == "là" && scan.onlySpace(words[i - 1], words[i]),
                consonants[words[i].lower] != nil || vowels.contains(words[i].lower)
            else { continue }
            var spelled = ""
            var letters = 0
            var consonantCount = 0
            var last = i - 1
            while last + 1 < words.count, last < i || scan.onlySpace(words[last], words[last + 1]) {
                let word = words[last + 1]
                if let letter = consonants[word.lower] {
                    spelled += letter
                    letters += 1
                    consonantCount += 1
                } else if vowels.contains(word.lower) {
                    spelled += word.lower
                    letters += 1
                } else if !marks.contains(word.lower), letters < 2 || word.folded != Folding.fold(spelled) {
                    break
                }
                last += 1
            }
            guard letters >= 2, consonantCount > 0 else { continue }
            let ends =
                last + 1 == words.count || !scan.onlySpace(words[last], words[last + 1])
                || particles.contains(words[last + 1].lower)
            guard ends else { continue }
            found.append(NSRange(location: words[i].range.location, length: words[last].end - words[i].range.location))
            i = last
        }
        return found
    }
}
