import Foundation
import TextScanning
import TextShapes

extension PersonSlots {
    /// The words before a review's author (folded): "Đánh giá của", "Nhận xét của", "Review by".
    static let reviewCues: [[String]] = [
        ["danh", "gia", "cua"], ["nhan", "xet", "cua"], ["binh", "luan", "cua"], ["review", "by"],
        ["reviewed", "by"], ["posted", "by"],
    ]
    static let reviewWords: Keywords = ["cua", "by"]

    /// A review's author: the capitalised run after "đánh giá của", "nhận xét của", "bình luận của" or
    /// "review by" is a display name, and a person's ("Hằng Nguyễn", "Minh Tuấn Vlog", "TravelWithKate88").
    /// Limits: two capitalised words or more, or one with a digit or an inner capital (a handle); an
    /// office, an office's two words or a kept place after the cue stays ("đánh giá của UBND xã", "của
    /// Thanh tra tỉnh").
    static func reviewers(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        for cue in reviewCues {
            for j in (cue.count - 1)..<max(cue.count - 1, words.count - 1) where words[j].folded == cue[cue.count - 1] {
                guard (0..<cue.count).allSatisfy({ words[j - cue.count + 1 + $0].folded == cue[$0] }) else { continue }
                let first = words[j + 1]
                guard first.isCapitalised, scan.onlySpace(words[j], first), !vocabulary.offices.contains(first.text),
                    words.placeAt.isEmpty || words.placeAt[j + 1] == 0,
                    j + 2 >= words.count || !vocabulary.officePairs.contains([first.lower, words[j + 2].lower])
                else { continue }
                var last = j + 1
                while last - j < 4, last + 1 < words.count, words[last + 1].isCapitalised,
                    scan.onlySpace(words[last], words[last + 1]), !vocabulary.offices.contains(words[last + 1].text)
                {
                    last += 1
                }
                let handle =
                    first.text.contains(where: \.isNumber) || first.text.dropFirst().contains(where: \.isUppercase)
                guard last > j + 1 || handle else { continue }
                found.append(NSRange(location: first.range.location, length: words[last].end - first.range.location))
            }
        }
        return found
    }

    /// The words before an account's display name in English (folded): "my display name is", "under the name".
    static let displayNameCues: [[String]] = [["display", "name", "is"], ["under", "the", "name"]]
    static let displayNameWords: Keywords = ["is", "name"]

    /// An account's display name given in English: the words after "display name is" or "under the name"
    /// up to a pause, the first capitalised, five at most ("Mark Da Nang"). Limits: a run of more than five
    /// words, or one opening in lower case, stays; a platform's account rule, where it reads the name
    /// first, keeps its shorter reading ("on WhatsApp, where my display name is Mark in Can Tho").
    static func englishDisplayNames(in scan: TextScan) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        for cue in displayNameCues {
            for j in (cue.count - 1)..<max(cue.count - 1, words.count - 1) where words[j].folded == cue[cue.count - 1] {
                guard (0..<cue.count).allSatisfy({ words[j - cue.count + 1 + $0].folded == cue[$0] }),
                    words[j + 1].isCapitalised, scan.onlySpace(words[j], words[j + 1])
                else { continue }
                var last = j + 1
                while !scan.pauseAfter(words[last]), last - j < 5, last + 1 < words.count,
                    scan.onlySpace(words[last], words[last + 1])
                {
                    last += 1
                }
                guard scan.pauseAfter(words[last]) else { continue }
                let start = words[j + 1].range.location
                found.append(NSRange(location: start, length: words[last].end - start))
            }
        }
        return found
    }

    /// An English title before a surname, O', Mc or Mac allowed: "Mr. O'Connor", "Mrs McKenzie".
    static let englishTitlePattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}])(?:Mr|Mrs|Ms|Dr)\.?\s(?!(?:Then|The|This|That|These|Those|There|Here|He|She|It|They|We|You|But|And|So|After|When|Later|Yes|No|In|On|At|If|Right|Wrong|Nobody|Perfect|Big)\b)((?:O['’]|Mc|Mac)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}\p{N}])"#
    )
    static let englishTitles: Keywords = ["mr", "mrs", "ms", "dr"]

    /// The surname after an English title (the title stays). Limits: one surname, hyphenated or not; a
    /// title and a given name are the honorific rule's ("Mr. Tuấn"); a word that opens an English sentence
    /// after a title's dot (Then, The, He…) is no surname.
    static func englishSurnames(in scan: TextScan) -> [NSRange] {
        scan.matches(englishTitlePattern).map { $0.range(at: 1) }
    }
}
