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
        guard hasAnyWord(SpokenNumbers.numberWords) else { return found }
        if hasAnyWord(SpokenNumbers.dayCues) {
            found +=
                findings("exactDate", SpokenNumbers.spokenDay, group: 1)
                + findings("exactDate", SpokenNumbers.spokenDay, group: 2)
        }
        if hasAnyWord(SpokenNumbers.laneWords) || hasWord("nha") && hasWord("so") {
            found += findings("address", SpokenNumbers.spokenHouse, group: 1)
        }
        return found
    }

    /// Whether the word at `index` and the next are digits' words after a phone's cue that ends in là or a
    /// colon ("số ông ấy là tám tư…", "sđt: chín một…"), which lets a number read in comma groups open on any
    /// digit's word. The words are tested first, so that most words run no pattern.
    package func opensCuedPhone(at index: Int) -> Bool {
        index + 1 < words.count && NumberShapes.digitWords.contains(words[index].folded)
            && NumberShapes.digitWords.contains(words[index + 1].folded)
            && SpokenNumbers.phoneCueEnd.matches(foldedBefore(words[index].range.location, length: 40))
    }
}

/// The patterns of ``TextScan/spokenNumberFindings()``.
enum SpokenNumbers {
    /// The folded words of a number in words, one of which must be in the text.
    static let numberWords: Keywords = [
        "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi", "tram", "mot", "lam", "tu",
    ]
    static let dayCues: Keywords = ["ngay", "hom", "bua", "mung", "mong"]
    static let laneWords: Keywords = ["ngo", "ngach", "hem", "kiet"]

    private static let unit = #"(?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mốt)"#
    /// A day past ten in words: "mười bảy", "hai mươi ba", "hăm tư", "hai lăm", "ba mốt".
    private static let dayPastTen =
        #"(?:(?:hai|ba)\s+mươi(?:\s+"# + unit + #")?|hăm(?:\s+"# + unit + #")?|mười(?:\s+"# + unit
        + #")?|hai\s+(?:mốt|tư|lăm)|ba\s+mốt)"#
    /// A day in words after ngày, hôm or bữa (past ten: "ngày hai lần" is a rate) or after mùng (any day),
    /// with no month, unit or count after it (the month's rule takes "ngày hai mươi tháng chín"; "hai mươi
    /// bốn giờ" is a time) and no Tết (a holiday). Group 1 is a day after ngày, hôm or bữa; group 2 after mùng.
    static let spokenDay = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:(?:ngày|hôm|bữa)\s+(?!mùng|mồng)("# + dayPastTen
            + #")|(?:mùng|mồng)\s+("# + dayPastTen + "|" + unit + #"))(?![\p{L}\p{M}])"#
            + #"(?!\s+(?:tháng|giờ|tiếng|phút|ngày|tuần|năm|người|lần|triệu|nghìn|ngàn|đồng|tuổi|cái|con|bữa|tết|hộ)(?![\p{L}\p{M}]))"#
    )
    private static let numberWord =
        #"(?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mốt|mười|mươi|trăm|linh|lẻ|không)"#
    /// A house number in words with the letter said after it: "hai bảy bê" (27B).
    private static let houseNumber =
        numberWord + #"(?:\s+"# + numberWord + #"){0,5}+(?:\s+(?:a|bê|xê|đê|ê))?(?![\p{L}\p{M}])"#
    /// A house after số nhà or nhà … số, or an alley after ngõ, ngách, hẻm or kiệt, numbered in words, with the
    /// alleys after it: "số nhà bốn mươi hai ngách mười hai ngõ ba trăm". Group 1 runs from the first number
    /// to the last; the street's name after it stays. A count in an alley ("trong hẻm có ba nhà") has a word
    /// between and is none; neither is a number before a count's word ("hẻm ba nhà").
    static let spokenHouse = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:số\s+nhà|nhà(?:\s+(?:em|tôi|tui|mình|cháu|con|anh|chị))?(?:\s+ở)?\s+số|ngõ|ngách|hẻm|kiệt)\s+("#
            + houseNumber + #"(?:,?\s+(?:ngõ|ngách|hẻm|kiệt)\s+"# + houseNumber + #")*)"#
            + #"(?!\s+(?:nhà|người|hộ|căn|tháng|năm|ngày|lần|cái|con)(?![\p{L}\p{M}]))"#
    )
    static let mailWords: Keywords = ["email", "mail", "gmail", "meo", "imeo"]
    /// An e-mail address spoken in words after its cue and là: "email của em là thu hằng tám sáu a còng gờ
    /// meo chấm com". The local part is up to six words of any kind (a name and digits' words, as speech
    /// writes them) before "a còng"; group 1 runs to the last part after chấm. Without the cue the words
    /// before a còng may be the sentence's own, and stay to the written address's rule.
    static let spokenEmail = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:e-?mail|mail|gmail|i-?meo|meo)(?:\s+(?:của\s+)?(?:em|anh|chị|tôi|tui|cháu|con|mình|ông|bà|nó|cô|chú))?\s+(?:là|la)\s+((?:[\p{L}\p{M}\d._]+\s+){1,6}?(?:a còng|a cong)\s+(?:gờ\s?meo|gờ\s?mail|[\p{L}\p{M}\d]+)(?:\s+(?:chấm|cham|dot)\s+[a-z]{2,4})+)(?![\p{L}\p{M}])"#
    )
    /// A phone's cue and up to three words (whose) before là, or sđt and a colon, at the end (folded).
    static let phoneCueEnd = DataShapes.regex(
        #"(?:^|[^a-z])(?:so|sdt|dt|dien thoai)(?:\s+[a-z]+){0,3}\s+la\s*$|(?:^|[^a-z])(?:sdt|dt|so dien thoai)\s*:\s*$"#
    )
}
