import Foundation
import TextScanning

/// Spans a name rule found that name no one (the twenty-seventh round): a count said in words, a given
/// name that opens a common word, and a role's opening words (``Vocabulary/opensRole(_:at:)``).
extension Vocabulary {
    /// Spoken number words, lower-cased with their marks; từ opens a range ("từ hai mươi hai").
    static let countWords: Set<String> = [
        "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mươi",
        "trăm", "nghìn", "ngàn", "linh", "lẻ", "rưỡi", "từ",
    ]
    /// Units a count goes before, lower-cased.
    static let countUnits: Set<String> = [
        "tuổi", "tháng", "triệu", "nghìn", "ngàn", "năm", "ngày", "đồng", "trăm", "lần", "giờ", "phút", "tỷ", "tỉ",
        "tuần", "người", "chỉ", "cây", "lượng", "mét", "km", "kg",
    ]
    /// Common words whose first syllable is also a given name, lower-cased: "em đăng ký", "Bảo hiểm xã hội".
    static let namedWords: Set<[String]> = [
        ["đăng", "ký"], ["bảo", "hiểm"], ["viết", "tắt"], ["thanh", "toán"], ["an", "toàn"], ["bình", "thường"],
        ["thông", "tin"], ["công", "an"], ["hành", "chính"], ["nghĩa", "trang"], ["công", "tác"], ["khai", "tử"],
        ["phát", "triển"],
        // Mua (a Hmông family) before sắm is mua sắm, purchasing: "Trưởng ban Mua sắm" (the fortieth round).
        ["mua", "sắm"],
        // Cá (a nickname's fish) before nhân is cá nhân, personal: "Trang cá nhân" (the thirty-third round).
        ["cá", "nhân"],
    ]
    /// Common words whose second syllable is also a name, lower-cased: "Chị Hoa bản thân cũng…", "gia đình".
    static let namedEndings: Set<[String]> = [
        ["bản", "thân"], ["gia", "đình"], ["bình", "an"], ["tự", "do"],
        // The father's name asked for in a birth record, no Hmông Cha (the thirty-seventh round): "đề nghị ghi
        // bổ sung tên cha".
        ["tên", "cha"],
    ]
    /// Family names that are common words in lower case with their marks, từ (from, a word) and cứ (just, go on):
    /// a span all in lower case that opens on one names no one (the fortieth round): "là từ tài xế dùng", "thì cứ
    /// viết biên lai". No removal of the shipped batches opens on either in lower case with its marks. phí (a fee)
    /// likewise (the forty-first round): "phí tham quan" read as the family Phí; 930 times in the batches, no removal.
    static let lowerNoFamilies: Set<String> = ["từ", "cứ", "phí"]
    /// Two words of a form's heading or a complaint's, lower-cased, that a name rule may read in capitals as
    /// a given name and a second (the thirty-seventh round): "NGƯỜI YÊU CẦU:" names no Yêu Cầu.
    static let headingWords: Set<[String]> = [
        ["yêu", "cầu"], ["đề", "nghị"], ["khiếu", "nại"], ["tố", "cáo"], ["phản", "ánh"], ["kiến", "nghị"],
    ]

    /// Two capitalised words, lower-cased, of a revered figure that a name rule reads as a given name and a
    /// second (the thirty-eighth round): "Tượng Đức Mẹ" is the Virgin's statue, "Đức Phật" the Buddha.
    static let reveredTitles: Set<[String]> = [["đức", "mẹ"], ["đức", "phật"], ["đức", "chúa"]]

    /// Whether the name found at `range` names no one: a role's opening words; lower-case number words, two
    /// or more or one before a unit ("cháu mười bảy tuổi", "em ba triệu rưỡi"; "anh Ba" stays a name); or one
    /// syllable that opens a common word with the next ("em đăng ký", "là Bảo hiểm xã hội"; "em Bảo nói" stays)
    /// or ends one with the one before in lower case ("bản thân": the word tagger's).
    package func namesNoPerson(_ words: Words, at range: NSRange) -> Bool {
        if opensRole(words, at: range) { return true }
        guard let first = words.list.firstIndex(where: { $0.range.location == range.location }),
            let last = words.list.firstIndex(where: { $0.end == NSMaxRange(range) })
        else { return false }
        if namesNoPersonByNeighbours(words, first: first, last: last) || opensLowerRole(words, first: first, last: last)
        {
            return true
        }
        if words[first].isLower, Self.lowerNoFamilies.contains(words[first].lower),
            (first...last).allSatisfy({ words[$0].isLower })
        {
            return true
        }
        let next = last + 1 < words.count && words[last + 1].range.location == words[last].end + 1 ? last + 1 : nil
        if (first...last).allSatisfy({ words[$0].isLower && Self.countWords.contains(words[$0].lower) }),
            first < last || next.map { Self.countUnits.contains(words[$0].lower) } == true
        {
            return true
        }
        if last == first + 1,
            Self.headingWords.contains([words[first].lower, words[last].lower])
                || Self.reveredTitles.contains([words[first].lower, words[last].lower])
        {
            return true
        }
        if first == last, first > 0, words[first].isLower, words[first - 1].end + 1 == words[first].range.location,
            Self.namedEndings.contains([words[first - 1].lower, words[first].lower])
        {
            return true
        }
        // A nickname's lower-case word that opens a common word with the next: "Trang cá nhân" is a profile page.
        guard first == last || words[first].isCapitalised && words[last].isLower, let next, words[next].isLower else {
            return false
        }
        // The New Year's Eve (giao thừa: "đêm Giao thừa"), but not Giao who admits (thừa nhận).
        if words[last].lower == "giao", words[next].lower == "thừa" {
            return next + 1 >= words.count || words[next + 1].lower != "nhận"
        }
        return Self.namedWords.contains([words[last].lower, words[next].lower])
    }

    /// Whether a span all in lower case opens with a role of two words or more (the thirtieth round): "là
    /// sinh viên năm nhất", "đều là sinh viên nội trú", "em sinh viên người Mông" name no one. Only with
    /// the role's marks: "quan ly" typed without them may still be Quan Ly.
    func opensLowerRole(_ words: Words, first: Int, last: Int) -> Bool {
        guard words[first].isLower, let roles = rolesByFirst[words[first].lower] else { return false }
        return (first...last).allSatisfy { words[$0].isLower }
            && roles.contains { role in
                role.count <= last - first + 1 && (1..<role.count).allSatisfy { words[first + $0].lower == role[$0] }
            }
    }
}
