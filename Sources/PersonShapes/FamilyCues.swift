import Foundation
import TextScanning
import TextShapes

/// The families that begin a name in a way of their own: Hmông families and the middles after them, the
/// families read before a middle name only, and the families typed without marks that are no word.
/// The sanitizer decides what a match means.
package enum FamilyCues {
    /// Hmông family names that no common word shares in lower case before a, mí or seo (folded).
    package static let hmongFamilies: Set<String> = [
        "giang", "sung", "thao", "mua", "lau", "vu", "ly", "vang", "trang",
    ]
    package static let hmongMiddles: Set<String> = ["a", "mi", "seo"]
    /// Rare families that are also common words, places or offices' words, a family only before a
    /// middle name and a known given name, all capitalised: "Văn Đức Lợi" (Văn bản, Văn Miếu, Văn phòng
    /// are words and places), "Yên Văn Khải" (Yên Bái), "Phó Thị Kim Chi" (Phó Chủ tịch).
    package static let familiesBeforeMiddle: Set<String> = ["Văn", "Yên", "Phó"]
    /// Whether the family at `index` is a unit of a count, a number right before it (the twenty-fourth
    /// round): "nop 1 trieu thi cho ban" is một triệu (a million), no Triệu Thị Chơ.
    package static func countsUnit(_ words: Words, at index: Int) -> Bool {
        index > 0 && words[index].folded == "trieu" && words[index - 1].text.allSatisfy(\.isNumber)
    }
    /// Families that are seldom an everyday word typed without marks (nguyen, bui; not pham: "vi pham
    /// quy dinh" is vi phạm, nor le, do, vu, hoang).
    /// Families typed without marks that start a name before a middle and a given name with no cue
    /// ("vo thanh son"); not do, doi, duong, truong, which are everyday words so typed (đòi, đường, trường).
    package static let unmarkedFamiliesBeforeMiddle: Set<String> = [
        "nguyen", "tran", "huynh", "bui", "pham", "vo", "hoang", "phan", "dang", "ngo", "vu", "trinh", "le",
    ]
    /// Khmer families, whose given names are often no Vietnamese syllable (Danh Vươl, Thạch Sa Ry).
    /// Dao families (folded) before whose generation names (láo, tòn, quẩy) a lower-case name runs on.
    package static let daoFamilies: Set<String> = ["tan", "trieu", "chao", "ban", "phan", "ly", "dang"]
    package static let khmerFamilies: Set<String> = ["Danh", "Thạch", "Chau", "Néang"]
    /// Khmer and Chăm families, whose names may run to four words after the middle (Mã Thị Ro Ki Dah).
    static let longNameFamilies: Set<String> = [
        "Danh", "Thạch", "Chau", "Néang", "Sơn", "Kim", "Đàng", "Mã", "Lộ", "Quảng", "Thuận", "Trượng", "Châu",
    ]

    /// How many words may follow a family of one word: three, or four after a Khmer or Chăm family and a
    /// middle name ("Mã Thị Ro Ki Dah"; issue 17, the twenty-first round).
    package static func givenNameLimit(_ words: Words, family: Int, end: Int) -> Int {
        family == end && end + 1 < words.count && longNameFamilies.contains(words[family].text)
            && WordClasses.markedMiddles.contains(words[end + 1].lower) ? 4 : 3
    }
    package static let unmistakableUnmarkedFamilies: Set<String> = ["nguyen", "tran", "huynh", "bui"]
}
