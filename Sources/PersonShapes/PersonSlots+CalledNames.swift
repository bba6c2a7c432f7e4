import Foundation
import TextScanning
import TextShapes

/// Given names typed in lower case that the words around them make a person's: called out before ơi ("anh
/// hung oi"), owned after của ("so cua chi ngoc"), or placed before bên ("anh khoa ben dia chinh").
extension PersonSlots {
    /// A known given name typed without marks after của and an honorific typed so, or after such an
    /// honorific and before bên: "so cua chi ngoc", "anh khoa ben dia chinh" (anh Khoa bên địa chính).
    /// Limits: two honorifics that make a word (anh em, bà con), a name that is also a word after an
    /// honorific (cô quan is cơ quan), and a trade (cô giáo) are none.
    static func possessed(at index: Int, in scan: TextScan, vocabulary: Vocabulary) -> Int? {
        let words = scan.words
        guard index >= 1, index + 1 < words.count,
            index >= 2 && words[index - 2].text == "cua" && scan.onlySpace(words[index - 2], words[index - 1])
                || index + 2 < words.count && words[index + 1].text == "ben"
                    && scan.onlySpace(words[index], words[index + 1]),
            words[index].isASCII,
            words[index - 1].text != "o", isHonorific(words[index - 1], vocabulary),
            vocabulary.givenFolded.contains(words[index].folded),
            scan.onlySpace(words[index - 1], words[index]),
            !WordClasses.honorificPairWords.contains([words[index - 1].folded, words[index].folded]),
            !WordClasses.commonAfterHonorific.contains(words[index].folded),
            !notCalledOut.contains(words[index].folded),
            !["giao", "dau", "nha", "tich"].contains(words[index].folded)
        else { return nil }
        return index
    }

    /// Whether `word` is an honorific of one word, as typed or, typed without marks, folded ("chi", "ong").
    static func isHonorific(_ word: Word, _ vocabulary: Vocabulary) -> Bool {
        vocabulary.honorificSingles.contains(word.lower)
            || word.isASCII && vocabulary.unmarkedCuesByLast[word.folded]?.contains([word.folded]) == true
    }

    /// Words after an honorific and before ơi that are no name: "bà con ơi", "anh ta ơi", "các bạn ơi".
    static let notCalledOut: Set<String> = [
        "con", "chau", "be", "ban", "ca", "ta", "ay", "oi", "tao", "may", "anh", "chi", "em", "co", "chu", "bac", "ong",
        "ba", "cu", "di", "cau",
    ]

    /// A known given name in lower case called out after an honorific, before ơi: "anh hung oi", "chị lan
    /// ơi"; before ơi even a name that is also a word after an honorific (hùng, minh) is called. Limits: two
    /// honorifics that make a word (anh em, ông bà, bà con) are none.
    static func calledOut(at index: Int, in scan: TextScan, vocabulary: Vocabulary) -> Int? {
        let words = scan.words
        guard index >= 1, index + 1 < words.count, words[index + 1].folded == "oi",
            words[index + 1].text == words[index + 1].lower, NicknameSlots.isKnownGiven(words[index], vocabulary),
            isHonorific(words[index - 1], vocabulary),
            scan.onlySpace(words[index - 1], words[index]), scan.onlySpace(words[index], words[index + 1]),
            !WordClasses.honorificPairWords.contains([words[index - 1].folded, words[index].folded]),
            !notCalledOut.contains(words[index].folded)
        else { return nil }
        return index
    }
}
