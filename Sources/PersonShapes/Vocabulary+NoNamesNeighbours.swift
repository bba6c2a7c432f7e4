import Foundation
import TextScanning
import TextShapes

/// Names a rule found that their neighbours say name no one (the twenty-ninth round): a lunar day's word
/// after a family ("Từ Mùng 3 Tết" is "from the third day of Tết"), and a family alone after a role before an
/// office's level ("Bí thư Đoàn xã" is the commune's youth union's secretary), and a place abroad after ở
/// typed without marks ("dang o Duc, con toi…"), whichever rule read it as the Huế aunt's name.
extension Vocabulary {
    /// Words of a lunar day, lower-cased: no given name, so a family before one is a word (từ, "from").
    static let lunarDayWords: Set<String> = ["mùng", "mồng", "rằm"]
    /// Levels an office is named by after its body, lower-cased: "Đoàn xã", "Đoàn trường", "Hội huyện".
    static let officeLevels: Set<String> = ["xã", "phường", "huyện", "tỉnh", "quận", "trường", "khối", "thị"]

    /// Whether the name from word `first` to word `last` names no one by its neighbours: one capitalised word
    /// after o typed without marks that ``Words/namesWhere(_:)`` says is abroad ("o Phap"); a lunar day's word
    /// after its first word (`Từ Mồng 5`); or one family name right after a role's last word and before a
    /// lower-case level (`Phó Bí thư Đoàn phường`). Limits: a given name there stays a person ("anh Hùng xã
    /// Tân Phú", "Chủ tịch Hùng xã bên"); a family after an honorific stays one ("ông Đoàn xã bên").
    func namesNoPersonByNeighbours(_ words: Words, first: Int, last: Int) -> Bool {
        if first < last, (first + 1...last).contains(where: { Self.lunarDayWords.contains(words[$0].lower) }) {
            return true
        }
        if namesAHolidayOrAWater(words, first: first, last: last) || namesGoods(words, first: first, last: last) {
            return true
        }
        if first == last, first > 0, words[first - 1].isUnmarkedO, words[first].isCapitalised,
            words.namesWhere(first)
        {
            return true
        }
        guard first == last, first > 0, last + 1 < words.count, families.contains(words[first].text),
            words[last + 1].isLower, Self.officeLevels.contains(words[last + 1].lower),
            words[last + 1].range.location == words[last].end + 1
        else { return false }
        return rolesByLast[words[first - 1].lower] != nil && !honorificSingles.contains(words[first - 1].lower)
    }

    /// The first words of a highland place's name, which is no person's (Ê Đê ea, "water"; Jarai ia): "Hồ Ea
    /// Kao", "Suối Ia Mơr", "Hồ Đắk Mil".
    static let highlandPlaceHeads: Set<String> = ["Ea", "Ia", "Đắk", "Đăk", "Krông", "Buôn"]

    /// Whether the name from word `first` to word `last` is a holiday's first word or a water's (the thirty-third
    /// round): Quốc before a lower-case khánh ("Từ Quốc khánh 2/9": from National Day), or a family that is
    /// also a water's word (Hồ, a lake) before a highland place's first word ("Hồ Ea Kao"). Limits: "anh
    /// Quốc khánh thành…" loses its name; "Hồ Y Bim" after no place's head stays a person.
    func namesAHolidayOrAWater(_ words: Words, first: Int, last: Int) -> Bool {
        if words[last].text == "Quốc", last + 1 < words.count, words[last + 1].text == "khánh" { return true }
        return first < last && PlaceShapes.isPlaceWord(words[first]) && words[first].isCapitalised
            && Self.highlandPlaceHeads.contains(words[first + 1].text)
    }
}
