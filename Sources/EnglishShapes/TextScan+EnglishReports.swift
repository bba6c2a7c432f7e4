import Foundation
import TextScanning
import TextShapes

/// Data as English research reports and expatriates' threads write it (the twenty-ninth round): a phone
/// read out in English digit words, a handle in quotes before its platform, initials without dots that the
/// text says are initials, a day and month with a dot after "on", a house's number before a street written
/// with its marks; and what stays: "No." before a number, a document's own date, a village's role, a day of
/// Tết spoken of as the holiday.
extension TextScan {
    /// The findings of ``EnglishReportShapes``, each behind a word or a character check of its own.
    func englishReportFindings() -> [LooseFinding] {
        var found: [LooseFinding] = []
        if hasAnyWord(["oh", "zero"]), hasAnyWord(["nine", "eight", "seven", "three", "five"]) {
            found += findings("phone", EnglishReportShapes.spokenPhone, group: 0)
        }
        if hasQuote, hasAnyWord(EnglishReportShapes.platforms) {
            found += findings("onlineIdentity", EnglishReportShapes.quotedHandleOnPlatform, group: 1)
        }
        if hasUppercase, hasWord("initials") {
            found += findings("personName", EnglishReportShapes.undottedInitials, group: 0)
        }
        guard hasDigit else { return found }
        if units.contains(0x2E), hasWord("on") {
            found += findings("exactDate", EnglishReportShapes.dottedDayAfterOn, group: 1)
        }
        if hasUppercase, hasAnyWord(["at", "house", "no", "to"]), !isASCII {
            found += streetsWithMarks(group: 1, kind: "address")
        }
        return found
    }

    /// What stays of the findings' look-alikes in English reports.
    func englishReportKeeps() -> [LooseFinding] {
        var kept: [LooseFinding] = []
        if hasAnyWord(["village", "hamlet"]) {
            kept += findings("address", EnglishReportShapes.villageRole, group: 0)
        }
        if hasWord("tet"), hasAnyWord(["is", "was", "falls", "comes", "means"]) {
            kept += findings("exactDate", EnglishReportShapes.tetDaySpokenOf, group: 0)
        }
        if !isASCII, hasAnyWord(EnglishReportShapes.determiners), hasAnyWord(EnglishReportShapes.functionWords) {
            kept += findings("personName", EnglishReportShapes.vietnameseWordAfterDeterminer, group: 0)
        }
        guard hasDigit else { return kept }
        if hasWord("no") { kept += findings("personName", EnglishReportShapes.numberWord, group: 0) }
        if hasSlash, hasAnyWord(["on", "dated", "of"]) {
            kept += findings("exactDate", EnglishReportShapes.documentDate, group: 1)
        }
        if hasUppercase, hasAnyWord(["at", "house", "no"]), !isASCII {
            let streets = streetsWithMarks(group: 2, kind: "address")
            kept += streets + streets.map { LooseFinding(kind: "personName", range: $0.range, replacement: nil) }
        }
        return kept
    }

    /// The house numbers (group 1) or the streets (group 2) of ``EnglishReportShapes/houseBeforeMarkedStreet``
    /// whose street has a letter with marks.
    private func streetsWithMarks(group: Int, kind: String) -> [LooseFinding] {
        matches(EnglishReportShapes.houseBeforeMarkedStreet).compactMap { match in
            let street = ns.substring(with: match.range(at: 2))
            guard street.unicodeScalars.contains(where: { $0.value > 0x7F }) else { return nil }
            return LooseFinding(kind: kind, range: match.range(at: group), replacement: nil)
        }
    }

    private var isASCII: Bool { text.utf8.allSatisfy { $0 < 0x80 } }
}

/// The patterns of ``TextScan/englishReportFindings()`` and ``TextScan/englishReportKeeps()``.
enum EnglishReportShapes {
    /// A Vietnamese compound word English names after its determiner at a sentence's start: "A Danh sách of
    /// detained foreigners", "A Vi phạm (violation) notice", "The Lò gạch (brick kilns)", "Each Kim loại yard"
    /// (the forty-second round). The capitalised word is a family or a given name's look-alike (Danh, Vi, Lò,
    /// Thạch, Cầm, Sơn…) and its lower-case second syllable has marks; an English word or a bracket follows.
    /// No one is called "A Danh": the Hoa pet name "A Phủng" and a Hmông middle A ("Mùa A Dình chở rau") open
    /// a Vietnamese sentence or follow a family name, and English text has no such A before a person.
    static let vietnameseWordAfterDeterminer = DataShapes.regex(
        #"(?:^|(?<=[.!?:;]\s))(?:A|The|Each|One|Every|Another)\s+\p{Lu}[\p{L}\p{M}]*\s+(?=[\p{Ll}\p{M}]*[^\x00-\x7F])[\p{Ll}\p{M}]+(?=\s*\(|\s+[a-z]+(?![\p{L}\p{M}]))"#
    )
    /// The determiners of ``vietnameseWordAfterDeterminer`` (folded).
    static let determiners: Keywords = ["a", "the", "each", "one", "every", "another"]
    /// English words one of which an English sentence holds: a Vietnamese one with a Hoa pet name holds none.
    static let functionWords: Keywords = ["the", "of", "is", "was", "in", "to", "and", "for", "at", "by", "with"]
    /// A phone read out in English digit words, as an interview's transcript keeps it: "oh nine eight two,
    /// one one five, six six nine", "zero nine one two three four five six seven eight". Eight to eleven
    /// digit words, spaces, commas or hyphens between; the first is "oh" or "zero" (a Vietnamese number's
    /// trunk zero). Limit: a number read from a non-zero digit (a foreign one) is not read.
    static let spokenPhone = DataShapes.regex(
        #"(?i)(?<![\p{L}])(?:oh|zero)(?:(?:,?\s+|-)(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)){7,10}(?![\p{L}])"#
    )
    /// Platforms a handle is searched on (folded).
    static let platforms: Keywords = [
        "instagram", "insta", "ig", "tiktok", "facebook", "fb", "telegram", "zalo", "twitter", "x", "reddit",
        "threads", "youtube",
    ]
    /// A handle in quotes right before "on" or "at" and a platform: "search 'lanh.bhyt.dv' on instagram",
    /// "'hoang_giay_to' on Telegram". Group 1; it has a dot, an underscore or a digit inside, so a quoted
    /// phrase ("'priority' on tiktok") stays.
    static let quotedHandleOnPlatform = DataShapes.regex(
        #"['"‘“]@?((?=[A-Za-z0-9._]*[._\d])[A-Za-z0-9_][A-Za-z0-9._]{2,}[A-Za-z0-9_])['"’”]\s+(?i:on|at|via)\s+(?i:instagram|insta|ig|tiktok|facebook|fb|telegram|zalo|twitter|x|reddit|threads|youtube)(?![\p{L}])"#
    )
    /// Initials in capitals without dots, two to four letters, alone or in a list ("and", "or", commas), right
    /// before a bracket that says they are initials: "TTH and NVA (initials at the respondents' request)".
    /// An acronym elsewhere ("NGO", "VND") has no such bracket after it.
    static let undottedInitials = DataShapes.regex(
        #"(?<![\p{L}\p{N}])\p{Lu}{2,4}(?![\p{L}\p{N}])(?=(?:(?:,\s*|\s+(?:and|or|&)\s+)\p{Lu}{2,4}(?![\p{L}\p{N}]))*\s*\((?i:initials))"#
    )
    /// A day and month written d.m right after "on", before a pause or a clause's word: "We returned on 14.3
    /// to collect", "on 2.9, the clerk …". Group 1 is the day. A quantity ("on 2.5 hectares", "on 1.5 million",
    /// "on 3.5%", "up 1.5 to 2") has a unit, a number or a percent after it.
    static let dottedDayAfterOn = DataShapes.regex(
        #"(?<![\p{L}])(?i:on)\s+(0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?![\p{N}]|[/.-]\p{N})(?=\s*[,;:!?)]|\s*\.(?:\s|$)|\s*$|\s+(?:to(?!\s+\d)|and|at|in|the|we|i|he|she|they|when|but|for)\b)"#
    )
    /// A house's number after "at", "House", "No." or a way back to it ("followed us back to 54 Hàng Bạc,", "moved
    /// to 9 Lý Thường Kiệt.": the thirtieth round) before a street of two to four capitalised words and a
    /// pause or "and" and a lower-case word ("moved to 27B Nguyễn Trãi and took": the thirty-first round): "at 15
    /// Lê Lợi,", "lives at 128/7 Nguyễn Trãi,", "House 27B Trần Hưng Đạo,". Group 1 is the number,
    /// which goes; group 2 the street, which stays (the batches' convention), when it has marks (checked by
    /// the caller). Limit: a person after a number ("House 3 Nguyễn Văn Bình, the owner") reads as a street.
    static let houseBeforeMarkedStreet = DataShapes.regex(
        #"(?<![\p{L}])(?:at|House|house|No\.|(?:back|went|moved|came|returned|walked)\s+to)\s+(\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?){0,3})\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,3})(?=\s*[,.;!?)]|\s*$|\s+and\s+\p{Ll})"#
    )
    /// A village's or a hamlet's role in lower case: "The village head, ông Thắm, …", "the hamlet chief". It
    /// cancels an address read on "The village"; a named village ("Hoa Binh Village") is capitalised.
    static let villageRole = DataShapes.regex(
        #"(?<![\p{L}])(?:village|hamlet)\s+(?:head|chief|elder|leader|chairman|chairwoman|secretary|official|officials|cadre|cadres|police|guard)(?![\p{L}])"#
    )
    /// A day of Tết spoken of as the holiday, the subject of "is", "was", "falls" or "comes": "Mùng 3 Tết is
    /// apparently when the envelopes come back out". Limit: a visit told so ("Mùng 3 Tết is when he came")
    /// stays too.
    static let tetDaySpokenOf = DataShapes.regex(
        #"(?<![\p{L}])(?i:m[uù]ng|m[oồ]ng)\s+\d{1,2}\s+(?i:t[eế]t)(?=\s+(?:is|was|falls|comes|means)\b)"#
    )
    /// "No" before a number, which is no one's name: "Law No. 36/2018/QH14", "No 5".
    static let numberWord = DataShapes.regex(#"(?<![\p{L}])No(?=\.?\s*\d)"#)
    /// A document's date after its number and "on", "dated" or "of": "Decision No. 112/QĐ-UBND on 15/3/2024",
    /// "Decree 15/2020/ND-CP dated 3/2/2020". Group 1; the number has a capital after a slash, as a
    /// document's does, so a visit's day after a house number ("128/7 on 15/3") is no document's date.
    static let documentDate = DataShapes.regex(
        #"(?<![\p{L}\p{N}])\d{1,5}/(?:\d{2,4}/)?\p{Lu}[\p{L}\p{N}-]*(?:/[\p{L}\p{N}-]+)*\s+(?:on|dated|of)\s+((?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|1[0-2])(?:[/.-](?:19|20)\d{2})?)(?![\p{N}])"#
    )
}
