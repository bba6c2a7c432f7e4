import Foundation
import TextScanning

/// Numbers a caller speaks in words, as a hotline's speech-to-text writes them: a day after ngày, hôm, bữa or
/// mùng with no month ("từ hôm hai mươi ba", "ngày mùng năm"), and a house or an alley numbered in words
/// ("số nhà bốn mươi hai ngách mười hai", "hẻm một trăm mười lăm"); an e-mail address spoken in words ("thu
/// hằng tám sáu a còng gờ meo chấm com"); and the cue that lets a phone read in
/// comma groups go ("số ông ấy là tám tư chín…").
extension TextScan {
    /// The spoken days and houses, each gated on a number's word so that most text runs no pattern.
    package func spokenNumberFindings() -> [LooseFinding] {
        var found: [LooseFinding] = []
        if hasWord("cong"), hasWord("cham"), hasAnyWord(SpokenNumbers.mailWords) {
            found += findings("onlineIdentity", SpokenNumbers.spokenEmail, group: 1)
        }
        // A cue's word right before a number's word: most text, with neither pair, runs no pattern.
        let lanes = hasAnyWord(SpokenNumbers.laneWords) || hasWord("nha")
        guard lanes || hasAnyWord(SpokenNumbers.dayCues), hasAnyWord(SpokenNumbers.numberWords) else { return found }
        let list = words.list
        var day = false
        var house = false
        for index in list.indices.dropLast() {
            let cue = list[index].folded
            let isDay = SpokenNumbers.dayCues.contains(cue)
            let isHouse = lanes && (SpokenNumbers.laneWords.contains(cue) || cue == "so" || cue == "nha")
            guard isDay || isHouse, SpokenNumbers.numberWords.contains(list[index + 1].folded) else { continue }
            day = day || isDay
            house = house || isHouse
        }
        if day {
            for match in matches(SpokenNumbers.spokenDay) {
                let day = match.range(at: 1).location == NSNotFound ? match.range(at: 2) : match.range(at: 1)
                found.append(LooseFinding(kind: "exactDate", range: day, replacement: nil))
            }
        }
        if house {
            found += findings("address", SpokenNumbers.spokenHouse, group: 1)
        }
        return found
    }

    /// Whether the word at `index` and the next are digits' words after a phone's cue that ends in là ("số
    /// ông ấy là tám tư…", "sđt chồng em là chín một…"), which lets a number read in comma groups open on any
    /// digit's word. The words are tested first, so that most words run no pattern.
    package func opensCuedPhone(at index: Int) -> Bool {
        // The list's words, not the subscript's copies: this runs at every word of the digits' loop.
        index > 0 && index + 1 < words.list.count && words.list[index - 1].folded == "la"
            && NumberShapes.digitWords.contains(words.list[index].folded)
            && NumberShapes.digitWords.contains(words.list[index + 1].folded)
            && SpokenNumbers.phoneCueEnd.matches(foldedBefore(words.list[index].range.location, length: 40))
    }
}

/// The patterns of ``TextScan/spokenNumberFindings()``.
enum SpokenNumbers {
    /// The folded words that open a number in words, one of which must follow a cue's word.
    static let numberWords: Keywords = [
        "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi", "tram", "lam", "tu", "ham",
    ]
    static let dayCues: Keywords = ["ngay", "hom", "bua", "mung", "mong"]
    static let laneWords: Keywords = ["ngo", "ngach", "hem", "kiet"]

    private static let unit = #"(?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mốt)"#
    /// A day past ten in words: "mười bảy", "hai mươi ba", "hăm tư", "hai lăm", "ba mốt".
    private static let dayPastTen =
        #"(?:(?:(?:hai|ba)\s+mươi|hăm|mười)(?:\s+"# + unit + #")?+|hai\s+(?:mốt|tư|lăm)|ba\s+mốt)"#
    /// A day in words after ngày, hôm or bữa (past ten: "ngày hai lần" is a rate) or after mùng (any day),
    /// with no month, unit or count after it (the month's rule takes "ngày hai mươi tháng chín"; "hai mươi
    /// bốn giờ" is a time) and no Tết (a holiday). Group 1 is a day past ten; group 2 a day to ten after mùng.
    static let spokenDay = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?:(?i:(?:ngày|hôm|bữa)\s+(?:mùng\s+|mồng\s+)?|mùng\s+|mồng\s+)("# + dayPastTen
            + #")|(?i:mùng|mồng)\s+("# + unit + #"))(?![\p{L}\p{M}])"#
            + #"(?!\s+(?i:tháng|giờ|tiếng|phút|ngày|tuần|năm|người|lần|triệu|nghìn|ngàn|đồng|tuổi|cái|con|bữa|tết|hộ)(?![\p{L}\p{M}]))"#
    )
    private static let numberWord =
        #"(?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mốt|mười|mươi|trăm|linh|lẻ|không)(?![\p{L}\p{M}])"#
    /// A house after số nhà or nhà … số, or an alley after ngõ, ngách, hẻm or kiệt, numbered in words, with the
    /// alleys after it and a letter said after a number ("hai bảy bê", 27B): "số nhà bốn mươi hai ngách mười
    /// hai ngõ ba trăm". Group 1 runs from the first number to the last; the street's name after it stays. A
    /// count in an alley ("trong hẻm có ba nhà") has a word between and is none; neither is a number before a
    /// count's word ("hẻm ba nhà").
    static let spokenHouse = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?i:số\s+nhà|nhà(?:\s+(?:em|tôi|tui|mình|cháu|con|anh|chị))?(?:\s+ở)?\s+số|ngõ|ngách|hẻm|kiệt)\s+("#
            + numberWord + #"(?:(?:\s+(?:bê|xê|đê|a)(?=,))?(?:,?\s+(?i:ngõ|ngách|hẻm|kiệt))?\s+"# + numberWord
            + #")*+(?:\s+(?:bê|xê|đê)(?![\p{L}\p{M}]))?)"#
            + #"(?!\s+(?:nhà|người|hộ|căn|tháng|năm|ngày|lần|cái|con)(?![\p{L}\p{M}]))"#
    )
    static let mailWords: Keywords = ["email", "mail", "gmail", "meo", "imeo"]
    /// An e-mail address spoken in words after its cue and là: "email của em là thu hằng tám sáu a còng gờ
    /// meo chấm com". The local part is up to six words of any kind (a name and digits' words, as speech
    /// writes them) before "a còng"; group 1 runs to the last part after chấm. Without the cue the words
    /// before a còng may be the sentence's own, and stay to the written address's rule.
    static let spokenEmail = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?i:e-?mail|mail|gmail|i-?meo|meo)(?:\s+(?:của\s+)?(?:em|anh|chị|tôi|tui|cháu|con|mình|ông|bà|nó|cô|chú))?\s+(?:là|la)\s+((?:[\p{L}\p{M}\d._]+\s+){1,6}?(?:a còng|a cong)\s+(?:gờ\s?meo|gờ\s?mail|[\p{L}\p{M}\d]+)(?:\s+(?:chấm|cham|dot)\s+[a-z]{2,4})+)(?![\p{L}\p{M}])"#
    )
    /// A phone's cue and up to three words (whose) before là, at the end (folded).
    static let phoneCueEnd = DataShapes.regex(#"(?:^|[^a-z])(?:so|sdt|dt|dien thoai)(?:\s+[a-z]+){0,3}\s+la\s*$"#)
}
