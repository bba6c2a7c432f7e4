import Foundation
import TextScanning

/// Khmer and Chăm names typed in lower case, whose given names are on no Kinh list, after a cue that
/// introduces a person or a form's field that holds one (the thirty-third round): "Tôi là chau sóc thy,",
/// "cô ja ma ri ở…", "Người gửi: danh hoang phuc –", "nguoi lam chung: tran thi my, son thi nang".
extension PersonSlots {
    /// The families that open such a name, folded: the Khmer ones and Ja, a Chăm name's first word (Ja Ma Ri).
    static let khmerAndChamFamilies: Set<String> = WordClasses.khmerFamilies.union(["ja"])
    /// A form's fields that hold a person's name, by their last two words folded, before a colon: người gửi,
    /// người làm chứng, họ tên.
    static let nameFields: Set<[String]> = [["nguoi", "gui"], ["lam", "chung"], ["ho", "ten"]]

    /// A Khmer or Chăm family in lower case, a middle name if one follows, and one to three syllables before a
    /// pause, the text's end or a word that ends a name; after là or tên that introduce a person, or a field
    /// of ``nameFields`` (after an honorific only with a middle name, which `introducedRun` reads). Limits:
    /// without such a cue none; Sơn and Kim only before a middle name ("là son tường màu vàng" is paint).
    static func khmerRun(at index: Int, in scan: TextScan, vocabulary: Vocabulary) -> Int? {
        let words = scan.words
        // Typed with marks, the family must be one as typed: "em là cháu ruột ông" is no Chau.
        let family = words[index]
        guard index >= 1, index + 1 < words.count, khmerAndChamFamilies.contains(family.folded), family.isLower,
            family.isASCII || vocabulary.families.contains(family.text.prefix(1).uppercased() + family.text.dropFirst())
        else { return nil }
        // Not after an honorific alone: typed without marks "ong chau au ve" is a grandfather and his child.
        let cue = words[index - 1]
        let introduced =
            scan.onlySpace(cue, words[index])
            && (cue.folded == "la" && index >= 2 && introducers.contains(words[index - 2].folded)
                || cue.folded == "ten")
        guard introduced || holdsFieldValue(index, in: scan, vocabulary: vocabulary) else { return nil }
        var last = index
        if introducedMiddles.contains(words[index + 1].folded), scan.onlySpace(words[index], words[index + 1]) {
            last += 1
        } else if ["son", "kim"].contains(words[index].folded) {
            // Sơn and Kim are words (paint, a needle): only before a middle name ("son thi nang").
            return nil
        }
        while last + 1 < words.count, last - index < 3,
            goesOnName(last + 1, in: scan) || spelledSyllable(last + 1, in: scan)
        {
            last += 1
        }
        guard last > index, !introducedMiddles.contains(words[last].folded) else { return nil }
        let ends =
            last + 1 >= words.count || !scan.onlySpace(words[last], words[last + 1])
            || wordsEndingName.contains(words[last + 1].folded)
        return ends ? last : nil
    }

    /// Whether the word at `index` opens a field's value: right after a field's colon ("Người gửi: danh…"),
    /// or after a comma behind a lower-case name that opened one ("nguoi lam chung: tran thi my, son…").
    static func holdsFieldValue(_ index: Int, in scan: TextScan, vocabulary: Vocabulary) -> Bool {
        let words = scan.words
        func gap(before k: Int) -> String {
            scan.string(NSRange(location: words[k - 1].end, length: words[k].range.location - words[k - 1].end))
        }
        func fieldBefore(_ k: Int) -> Bool {
            k >= 2 && gap(before: k) == ": " && nameFields.contains([words[k - 2].folded, words[k - 1].folded])
        }
        if fieldBefore(index) { return true }
        guard gap(before: index) == ", " else { return false }
        var k = index - 1
        while k >= 1, index - k <= 4, words[k].isLower, scan.onlySpace(words[k - 1], words[k]) { k -= 1 }
        return k < index - 1 && words[k].isLower && vocabulary.familyFirstWords.contains(words[k].folded)
            && fieldBefore(k)
    }
}
