import Foundation
import TextScanning
import TextShapes

/// Data as the English case notes and e-mails of the thirty-third round write them: a Chinese document's
/// number, a Korean date, a day and month after a call, a room or a house one lives in; and what stays: the
/// names before a border gate, a place after the article before a trade, two fixed holidays in one sentence.
extension TextScan {
    /// The findings of ``EnglishReturneeShapes``.
    func englishReturneeFindings() -> [LooseFinding] {
        guard hasDigit else { return [] }
        var found: [LooseFinding] = []
        if units.contains(0x3014) { found += findings("identifier", EnglishReturneeShapes.chineseDocument, group: 0) }
        if hasDot {
            if longestDigitRun >= 4 { found += findings("exactDate", EnglishReturneeShapes.koreanDate, group: 1) }
            if hasAnyWord(["call", "called", "visit", "visited", "contact", "seen", "met"]) {
                found += findings("exactDate", EnglishReturneeShapes.dayAfterCall, group: 1)
            }
        }
        if hasWord("room") { found += findings("address", EnglishReturneeShapes.letteredRoom, group: 1) }
        if hasWord("house"), hasSlash { found += findings("address", EnglishReturneeShapes.slashedHouse, group: 1) }
        // The thirty-fifth round: the last digits of a card, an officer's badge, a house's number and letter.
        if hasWord("ending") { found += findings("identifier", EnglishReturneeShapes.cardEnding, group: 1) }
        if hasWord("badge") { found += findings("identifier", EnglishReturneeShapes.badgeNumber, group: 1) }
        if hasWord("house") { found += findings("address", EnglishReturneeShapes.letteredHouse, group: 1) }
        if hasSlash, hasWord("reference") {
            found += findings("identifier", EnglishReturneeShapes.policeReference, group: 0)
        }
        if hasAnyWord(["tower", "block"]), hasAnyWord(["apartment", "flat", "unit"]) {
            found += findings("address", EnglishReturneeShapes.towerAfterFlat, group: 1)
        }
        if hasSlash, hasWord("timeline") { found += findings("exactDate", EnglishReturneeShapes.timelineDay, group: 1) }
        return found
    }

    /// What such text keeps, as findings no rule may remove.
    func englishReturneeKeeps() -> [LooseFinding] {
        var kept: [LooseFinding] = []
        if hasWord("gate") || hasWord("crossing") {
            kept += findings("personName", EnglishReturneeShapes.beforeBorderGate, group: 0)
        }
        if hasWord("the") { kept += findings("personName", EnglishReturneeShapes.placeBeforeTrade, group: 1) }
        // Two different fixed holidays in one sentence that names Quốc khánh are the holidays, not visits: "from
        // 30/4 and again for Quốc khánh 2/9"; one alone ("hôm 2/9, đúng dịp Quốc khánh") is a visit's day.
        if hasDigit, hasSlash, hasWord("quoc"), hasWord("khanh") {
            let days = findings("exactDate", EnglishReturneeShapes.fixedHoliday, group: 0)
            if Set(days.map { string($0.range) }).count >= 2 { kept += days }
        }
        // "a Lò gạch", "a Cầm đồ sign" (the thirty-fifth round): after English a or an, a capitalised word and a
        // lower-case Vietnamese word with marks are a Vietnamese common noun, no family name. Only in English text:
        // in a Vietnamese chat "a" is anh ("fb a Vinh đây nè").
        if hasWord("a") || hasWord("an"), hasAnyWord(WesternNames.englishWords) {
            kept += findings("personName", EnglishReturneeShapes.articleBeforeVietnameseNoun, group: 1)
        }
        // "Vietnamese Women's Day (20/10)": the day in brackets after a named day is the holiday's.
        if hasSlash, hasWord("day") {
            kept += findings("exactDate", EnglishReturneeShapes.namedDayInBrackets, group: 1)
        }
        return kept
    }
}

/// The shapes of ``TextScan/englishReturneeFindings()`` and ``TextScan/englishReturneeKeeps()``.
enum EnglishReturneeShapes {
    /// A Chinese document's number: its issuer's characters, the year in 〔〕 and the serial, "云公边遣〔2024〕0153"
    /// (the form of 党政机关公文格式, GB/T 9704-2012, §7.2.4: 发文字号).
    static let chineseDocument = DataShapes.regex(#"[\p{Han}]{1,10}〔(?:19|20)\d{2}〕\d{1,6}号?"#)
    /// A date as Korean papers write it, year first with a dot after each part: "2019. 4. 17." Group 1 is the
    /// day; a year alone stays.
    static let koreanDate = DataShapes.regex(
        #"(?<![\p{N}.])(?:19|20)\d{2}\.\s?(?:0?[1-9]|1[0-2])\.\s?((?:0?[1-9]|[12]\d|3[01]))\.(?!\d)"#)
    /// A day and month with a dot after a call, a visit or a sighting: "last call 27.12". Group 1 is the day.
    /// Limit: a decimal after such a word ("call 1.5 hours") reads as one when both parts fit a date.
    static let dayAfterCall = DataShapes.regex(
        #"(?<=\b(?:call|called|visit|visited|contact|seen|met)\s(?:on\s)?)((?:0?[1-9]|[12]\d|3[01]))\.(?:0?[1-9]|1[0-2])(?![\p{N}]|\.\p{N})(?!\s?(?:hours?|hrs?|h|min|minutes)\b)"#
    )
    /// A room with a letter before its number one lives in: "lives in room B305", "stays in room A12".
    static let letteredRoom = DataShapes.regex(
        #"(?i:live|lives|lived|living|stay|stays|stayed|staying)\s+in\s+room\s+(\p{Lu}\d{1,4})(?![\w/-])"#)
    /// A house's number with its alley's after "house": "in house 45/12 near the gate".
    static let slashedHouse = DataShapes.regex(#"\b[Hh]ouse\s+(?:[Nn]o\.?\s?)?(\d{1,4}[A-Z]?/\d{1,4}[A-Z]?)(?![\d/])"#)
    /// One to three capitalised words before "border gate" or "border crossing": the gate's name, a place's
    /// ("at Ma Lù Thàng border gate", "the Kim Thành border gate").
    static let beforeBorderGate = DataShapes.regex(
        #"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,2}(?=\s(?:international\s)?border\s(?:gate|crossing))"#
    )
    /// A place of two capitalised words typed without marks after the article, before a trade or a site:
    /// "The Dinh Vu broker", "the Cat Lai depot". English puts no article before a person's name. Group 1.
    static let placeBeforeTrade = DataShapes.regex(
        #"(?<![\p{L}])[Tt]he\s(\p{Lu}[a-z]+\s\p{Lu}[a-z]+)(?=\s(?:broker|brokers|port|depot|office|gate|market|warehouse|checkpoint|plant|factory|yard|terminal|team|lot)\b)"#
    )
    /// The fixed holidays' days d/m (30/4, 1/5, 2/9, 1/1), two different ones in a sentence that names Quốc khánh.
    /// The last four digits of a card or an account: "a bank card ending 4471", "account ending in 0917". Group 1.
    static let cardEnding = DataShapes.regex(
        #"\b(?i:card|account)\s+ending\s+(?:in\s+)?(\d{4})(?![\p{L}\p{N}])"#)
    /// An officer's badge number: "badge number, 215-437", "badge no. 88213". Group 1.
    static let badgeNumber = DataShapes.regex(
        #"\b(?i:badge)\s+(?:number|no\.?|#)\s?,?\s?(\d{2,6}(?:-\d{2,6})?)(?![\p{L}\p{N}]|[-/]\p{N})"#)
    /// A house's number and letter before a comma: "House 27B, khu phố 5". Group 1. Limit: digits alone stay.
    static let letteredHouse = DataShapes.regex(#"\b[Hh]ouse\s+(?:[Nn]o\.?\s?)?(\d{1,4}[A-H])(?=,)"#)
    /// A police file's reference of capitals, a year and a serial, in text that says "reference":
    /// "KH/PP/2024/7781", "CA/HN/2023/00412".
    static let policeReference = DataShapes.regex(
        #"(?<![\p{L}\p{N}/])\p{Lu}{2,4}(?:/\p{Lu}{2,4}){1,2}/(?:19|20)\d{2}/\d{2,6}(?![\p{L}\p{N}]|/\p{N})"#)
    /// A tower's or a block's code after a flat's number and a comma: "apartment 12.05, tower S2". Group 1.
    static let towerAfterFlat = DataShapes.regex(
        #"\b(?i:apartment|flat|unit)\s+[\d.]{1,6},\s+(?i:tower|block)\s+(\p{Lu}{1,2}\d{1,2})(?![\p{L}\p{N}])"#)
    /// The first d/m after "Timeline:": "Timeline: 3/5 filed the application". Group 1 is the day.
    static let timelineDay = DataShapes.regex(
        #"\b(?i:timeline)\s?:\s?(\d{1,2})/(?:0?[1-9]|1[0-2])(?![\p{N}]|[/.]\p{N})"#)
    /// A dash for the slash too (the thirty-fifth round): "On 30-4 and Quốc khánh 2/9".
    static let fixedHoliday = DataShapes.regex(
        #"(?<![\p{L}\p{N}/.-])(?:30[/-]0?4|0?1[/-]0?5|0?2[/-]0?9|0?1[/-]0?1)(?![\p{N}]|[/.-]\p{N})"#)
    /// English a or an in lower case after a word of ASCII letters, a capitalised word of up to seven letters and
    /// a lower-case word with a Vietnamese mark: "past a Lò gạch", "above a Kim hoàn shop", "was a Tòng phạm".
    /// Group 1 is the two words. Limits: a second word in capitals or with no mark ("a Lo gach", "a Lò Văn…")
    /// is not read; a Hmông name's A ("Sùng A Lử đã") is capitalised and no article.
    static let articleBeforeVietnameseNoun = DataShapes.regex(
        #"(?<=\b[a-z]{2,8}\s)an?\s(\p{Lu}\p{Ll}{1,6}\s(?=\p{Ll}*[\p{Ll}&&[^a-z]])\p{Ll}{1,7})(?![\p{L}\p{N}])"#)
    /// A day and month in brackets after a named day: "Women's Day (20/10)", "Teachers' Day (20/11)". Group 1.
    static let namedDayInBrackets = DataShapes.regex(
        #"\p{L}(?:['’]s|s['’])\sDay\s?\((\d{1,2}/\d{1,2})\)"#)
}
