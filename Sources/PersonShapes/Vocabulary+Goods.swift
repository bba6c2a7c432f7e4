import Foundation
import TextScanning

/// Names a rule found that are goods (the thirty-fifth round): a kind or an origin after a market's staple
/// ("cá Thu", "gạo Nhật", "nếp Cẩm"), and a family name that is the first word of a product ("Thạch đen",
/// "Sơn tường", "Kim chi"), read as a person by the rules of a list's next name.
extension Vocabulary {
    /// Staples, lower-cased, whose kind or origin is written capitalised after them: "cá Thu", "gạo Nhật".
    static let staples: Set<String> = ["cá", "gạo", "nếp", "chè", "trà", "bưởi", "xoài", "mực", "tôm", "nho"]
    /// Products whose first word is also a family name, lower-cased: "Thạch đen", "Sơn tường", "Kim chi".
    static let familyProducts: Set<[String]> = [
        ["thạch", "đen"], ["thạch", "dừa"], ["thạch", "trắng"], ["thạch", "lá"], ["sơn", "tường"], ["sơn", "dầu"],
        ["sơn", "nước"], ["sơn", "mài"], ["kim", "chi"], ["kim", "loại"], ["kim", "cương"], ["kim", "khâu"],
        ["vàng", "mã"], ["vàng", "bạc"],
    ]

    /// Whether the name from word `first` to word `last` is goods: one capitalised word right after a
    /// lower-case staple ("cá Thu", "nếp Cẩm"), or a capitalised first word and the lower-case word right
    /// after it that make a product, with no honorific or role before them ("Thạch đen Cao Bằng", "Sơn
    /// tường"). Limits: "anh Kim chi tiền" stays a person (Kim, after an honorific); a kind of two capitalised
    /// words ("gạo Tám Thơm") is not seen; "bà bán cá Lan" loses its Lan.
    func namesGoods(_ words: Words, first: Int, last: Int) -> Bool {
        let word = words[first]
        guard word.isCapitalised else { return false }
        if first == last, first > 0, words[first - 1].isLower, Self.staples.contains(words[first - 1].lower),
            words[first - 1].end + 1 == word.range.location
        {
            return true
        }
        guard first + 1 < words.count, words[first + 1].isLower,
            words[first].end + 1 == words[first + 1].range.location,
            Self.familyProducts.contains([word.lower, words[first + 1].lower])
        else { return false }
        guard first > 0 else { return true }
        let before = words[first - 1].lower
        return !honorificSingles.contains(before) && rolesByLast[before] == nil
    }
}
