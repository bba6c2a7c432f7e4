import Foundation
import TextScanning

/// A lower-case name that ran over the first word of its bearer's office (the thirtieth round): "anh pham duc
/// manh quan ly ktx" (quản lý typed without marks), "cô đặng thị yến khoa ktnn" (a faculty's abbreviation), "ong
/// dang van hieu can bo dia chinh" (cán bộ, the forty-second round).
extension TextScan {
    /// The range of a name found at `range` without a last word that opens an office: four words or more, all
    /// in lower case, whose last is quan before ly or can before bo, or khoa or phong before a lower-case abbreviation with no
    /// vowel ("ktnn", "dt"). Limits: a name of three words keeps its last ("le van khoa ktnn" stays whole: Khoa
    /// is a given name), and so does a name before ly with marks or an abbreviation that has a vowel.
    package func withoutTrailingOffice(_ range: NSRange) -> NSRange {
        guard let last = words.list.lastIndex(where: { $0.end == NSMaxRange(range) }), last + 1 < words.count,
            last >= 3, words[last - 3].range.location >= range.location, words[last].text == words[last].lower,
            onlySpace(words[last], words[last + 1])
        else { return range }
        let next = words[last + 1]
        let opensOffice =
            words[last].folded == "quan" && next.text == "ly"
            || words[last].text == "can" && next.text == "bo"
            || ["khoa", "phong"].contains(words[last].folded) && next.text == next.lower && next.isASCII
                && next.text.count >= 2 && !next.text.contains(where: { "aeiouy".contains($0) })
        guard opensOffice, (last - 3...last).allSatisfy({ words[$0].text == words[$0].lower }) else { return range }
        return NSRange(location: range.location, length: words[last - 1].end - range.location)
    }
}
