import Foundation
import TextScanning
import TextShapes

extension PersonSlots {
    /// An Ê Đê or Jarai woman's name with H typed without its apostrophe and the clan last, with or
    /// without marks: "H Lan Nie", "H Bia Eban". H, a space, one or two capitalised words and a highland
    /// family typed so. Limits: a clan must end it ("H Lan" alone, a licence class, stays); Y names are
    /// the pattern's.
    static func unmarkedHighlandNames(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        for i in 0..<max(0, words.count - 2) where words[i].text == "H" && scan.onlySpace(words[i], words[i + 1]) {
            guard i == 0 || words[i - 1].text == words[i - 1].lower && !words[i - 1].text.contains(where: \.isNumber)
            else { continue }
            var k = i + 1
            while k < words.count, k - i <= 3, words[k].isCapitalised,
                k == i + 1 || scan.onlySpace(words[k - 1], words[k])
            {
                let title = words[k].text.prefix(1).uppercased() + words[k].text.dropFirst().lowercased()
                if k > i + 1, words[k].text == title, !["h", "y"].contains(words[k].folded),
                    vocabulary.highlandStarts.contains(words[k].folded)
                {
                    found.append(
                        NSRange(location: words[i].range.location, length: words[k].end - words[i].range.location))
                    break
                }
                k += 1
            }
        }
        return found
    }

    /// Khmer name-openers typed without marks: Thạch, Danh, Chau, Néang.
    static let khmerOpeners: Keywords = ["thach", "danh", "chau", "neang"]
    /// Words after such an opener that make an everyday word with it (đánh giá, danh sách, thách thức, châu
    /// Âu), or that say "hit" and whom (đánh con, đánh nhau) or "grandchild" (cháu trai, cháu gái).
    static let khmerOpenerWords: Set<String> = [
        "gia", "sach", "du", "hieu", "tinh", "nghia", "muc", "thuc", "dau", "au", "a", "phi", "my", "ruot", "noi",
        "ngoai", "ba", "thanh", "ban", "con", "vo", "chong", "nguoi", "nhau", "bac", "bai", "dap", "lon", "nho", "trai",
        "gai", "em", "chi", "anh", "dau", "re",
    ]

    /// A Khmer name in lower case typed without marks after an honorific typed so: "anh thach so phet
    /// noi…", "chi neang sa phon o…". The opener, a syllable and a word (Pol need be no syllable), then a pause or a word that ends a name.
    /// Limits: an opener and a word that make an everyday word ("anh danh gia la…") stay; so does a run of
    /// one syllable or one with no ending after it.
    static func unmarkedKhmerNames(in scan: TextScan) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        for i in 1..<max(1, words.count - 2) where khmerOpeners.contains(words[i].text) {
            let (first, second) = (words[i + 1], words[i + 2])
            guard ["anh", "chi", "ong", "ba", "em", "co", "chu", "ten", "la"].contains(words[i - 1].text),
                words[i - 1].isASCII, first.isASCII, second.isASCII, first.text == first.lower,
                second.text == second.lower, !khmerOpenerWords.contains(first.text),
                NameShapes.isSyllable(first.folded), second.text.allSatisfy(\.isLetter),
                scan.onlySpace(words[i - 1], words[i]), scan.onlySpace(words[i], first), scan.onlySpace(first, second),
                scan.pauseAfter(second)
                    || i + 3 < words.count && WordClasses.wordsAfterName.contains(words[i + 3].folded)
            else { continue }
            found.append(NSRange(location: words[i].range.location, length: second.end - words[i].range.location))
        }
        return found
    }
}
