import Foundation
import TextScanning
import TextShapes

/// Data as the English reviews, forum posts and complaints of foreign visitors write it (the thirty-seventh
/// round): a site's user name, a card's or a certificate's code after its number, a hotel room someone knocked on,
/// a flat's code after a comma, a day and month after a complaint, a timeline's first day after its bracket; and
/// what stays: a people's name before its customs, the names before a cave, a Vietnamese noun opening a sentence.
extension TextScan {
    /// The findings of ``EnglishVisitorShapes``.
    func englishVisitorFindings() -> [LooseFinding] {
        var found: [LooseFinding] = []
        if hasAnyWord(["user", "username", "reviewer", "poster", "handle"]) {
            found += findings("onlineIdentity", EnglishVisitorShapes.userHandle, group: 1)
        }
        if hasQuote, hasWord("on"), hasAnyWord(EnglishVisitorShapes.platformsAfterOn) {
            found += findings("onlineIdentity", EnglishVisitorShapes.quotedHandleOnPlatform, group: 1)
        }
        guard hasDigit else { return found }
        if hasAnyWord(["card", "certificate", "licence", "license", "badge"]),
            hasAnyWord(["number", "no", "nr"]) || units.contains(0x23)
        {
            found += findings("identifier", EnglishVisitorShapes.codeAfterNumber, group: 1).filter {
                !IdentifierShapes.publicPrefixes.contains(String(string($0.range).prefix { $0.isLetter }))
            }
        }
        if hasWord("room") {
            found += findings("address", EnglishVisitorShapes.visitedRoom, group: 1)
        }
        if hasAnyWord(["apartment", "flat", "unit"]), units.contains(0x2D) {
            found += findings("address", EnglishVisitorShapes.flatCode, group: 1)
            found += findings("address", EnglishVisitorShapes.buildingAndUnit, group: 1)
        }
        if hasDot, hasAnyWord(["complaint", "complained", "incident"]) {
            found += findings("exactDate", EnglishVisitorShapes.dayAfterComplaint, group: 1)
        }
        if hasSlash, hasWord("timeline"), units.contains(0x28) {
            found += findings("exactDate", EnglishVisitorShapes.bracketedTimelineDay, group: 1)
        }
        return found
    }

    /// What such text keeps, as findings no rule may remove.
    func englishVisitorKeeps() -> [LooseFinding] {
        guard hasUppercase else { return [] }
        var kept: [LooseFinding] = []
        // Needs no English word of the list: the regex asks for an English word after the noun.
        if hasWord("a"), words.list.contains(where: { $0.text == "A" }) {
            kept += findings("personName", EnglishVisitorShapes.openingVietnameseNoun, group: 1)
        }
        guard hasAnyWord(WesternNames.englishWords) else { return kept }
        if units.contains(0x2C), words.list.contains(where: { EnglishVisitorShapes.peoples.contains($0.text) }) {
            kept += findings("personName", EnglishVisitorShapes.peopleInList, group: 1)
        }
        if hasAnyWord(EnglishVisitorShapes.customs),
            words.list.contains(where: { EnglishVisitorShapes.peoples.contains($0.text) })
        {
            kept += findings("personName", EnglishVisitorShapes.peopleBeforeCustom, group: 1)
        }
        if hasAnyWord(["cave", "caves", "grotto", "valley", "valleys"]) {
            kept += findings("personName", EnglishVisitorShapes.beforeCave, group: 0)
        }
        if hasSlash, hasWord("letter") {
            kept += findings("exactDate", EnglishVisitorShapes.letterDate, group: 1)
        }
        return kept
    }
}

/// The shapes of ``TextScan/englishVisitorFindings()`` and ``TextScan/englishVisitorKeeps()``.
enum EnglishVisitorShapes {
    /// A site's user name after user, username, reviewer, poster or handle: a word with a digit, an underscore
    /// or a capital after a small letter ("TripAdvisor user BackpackerBen77", "reviewer sunny_hanoi"). Group 1.
    /// A word (`user fees`, `user ID`, `user Nguyen`) has none; a brand that opens in lower case (`iPhone`) is none.
    /// The forty-first round reads the handle in quotes too ("MyHeritage user 'dangbaotran1975'", "GEDmatch user
    /// 'LeafFromHue'"); a quoted display name with a space is ``EnglishPeople/quotedDisplayName``'s.
    static let userHandle = DataShapes.regex(
        #"\b(?i:user|username|reviewer|poster|handle)\s?:?\s@?['‘"“]?((?=[A-Za-z0-9_.]*(?:\d|_|[a-z][A-Z]))(?![a-z][A-Z])[A-Za-z][A-Za-z0-9_.]{2,30}[A-Za-z0-9_])(?![\p{L}\p{N}@])"#
    )
    /// A handle in quotes before "on" and a platform: "the searcher 'BirthRootsVN' on TikTok", "\"linh_tours88\" on
    /// Zalo" (the forty-first round). Group 1 has a digit, an underscore, a dot inside or a capital after a small
    /// letter, as ``userHandle``'s; a quoted word (`'agent' on Zalo`, `'services' on Zalo`, the three such keeps of
    /// the shipped batches) has none.
    static let platformsAfterOn: Keywords = [
        "zalo", "facebook", "fb", "tiktok", "telegram", "instagram", "insta", "youtube", "twitter", "threads", "viber",
        "reddit", "x",
    ]
    static let quotedHandleOnPlatform = DataShapes.regex(
        #"['‘"“]((?=[A-Za-z0-9_.]*(?:\d|_|[a-z][A-Z]|[a-z0-9]\.[a-z0-9]))[A-Za-z][A-Za-z0-9_.]{2,30}[A-Za-z0-9_])['’"”]\s(?i:on)\s(?i:"#
            + platformsAfterOn.sorted().joined(separator: "|") + #")(?![\p{L}\p{N}])"#
    )
    /// A code of letters and digits after a card's, a certificate's or a badge's number: "showed number
    /// TTr-20417", "No. CCV 04571" (a notary's, công chứng viên), "# TB-1182". Group 1: one capital, up to three
    /// more letters, a dash or a space and three to eight digits. Limits: digits alone are the older rules'; a
    /// standard's or a bank's letters (`ISO 9001`) stay; a code with a slash (a decision's) is not read.
    static let codeAfterNumber = DataShapes.regex(
        #"(?:\b(?i:number|no\.?|nr\.?)|#)\s?:?\s?(\p{Lu}[\p{Lu}\p{Ll}]{1,3}(?:-|\s)\d{3,8})(?![\p{L}\p{N}]|[-/.]\p{N})"#
    )
    /// A hotel room someone came to: after a knock, a raid or a visit, or owned ("knocked on room 304", "came to
    /// room 12", "searched our room 508"). Group 1 is the number. Limits: an office's room with no visit
    /// ("Room 3 of the ward office") is not read.
    static let visitedRoom = DataShapes.regex(
        #"\b(?:(?i:knock(?:ed|s|ing)?\s(?:on|at)(?:\sthe\sdoor\sof)?|came\s(?:to|into)|burst\sinto|raided|searched|entered)\s(?:(?:my|our|his|her|their|the)\s)?|(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s)[Rr]oom\s(\d{2,4}[A-H]?)(?![\p{L}\p{N}]|[.,/-]\p{N})"#
    )
    /// A flat's code of a block's letter, digits, a dash and the flat's digits after apartment, flat or unit and a
    /// comma or a space: "Our apartment, A3-11 in the…", "flat B2-0705". Group 1.
    static let flatCode = DataShapes.regex(
        #"\b(?i:apartment|flat|unit)\s?,?\s(\p{Lu}{1,2}\d{0,2}-\d{2,4})(?![\p{L}\p{N}]|[-/.]\p{N})"#)
    /// A Korean flat's building and unit (동-호), three digits, a dash and three or four, after apartment or flat, a
    /// city between: "Her husband's apartment in Incheon, 103-1204" (the fortieth round). Group 1. Not a range
    /// before an amount ("flat 150-200 million"); not after unit ("unit 300-400 workers share": a count).
    static let buildingAndUnit = DataShapes.regex(
        #"\b(?i:apartment|flat)(?:\s(?:in|at)\s\p{Lu}[\p{L}\p{M}]+)?\s?,?\s(\d{3}-\d{3,4})(?![\p{L}\p{N}]|[-/.,]\p{N}|\s?(?i:million|triệu|tr|usd|vnd|k|m2|sqm|won)\b)"#
    )
    /// A day and month with a dot after a complaint or an incident, a comma or "on" between: "Second complaint,
    /// 28.9:", "the incident on 4.10 was". Group 1 is the day. Limits: a decimal before hours or minutes stays.
    static let dayAfterComplaint = DataShapes.regex(
        #"\b(?i:complaint|complained|incident)(?:,|\son|,\son)?\s((?:0?[1-9]|[12]\d|3[01]))\.(?:0?[1-9]|1[0-2])(?![\p{N}]|\.\p{N})(?!\s?(?:hours?|hrs?|h|min|minutes|km|kg|m)\b)"#
    )
    /// The first d/m after "Timeline" and a bracket before its colon: "Timeline (lawyer memo): 3/5 file
    /// submitted". Group 1 is the day (the thirty-fifth round reads "Timeline: 3/5").
    static let bracketedTimelineDay = DataShapes.regex(
        #"\b(?i:timeline)\s?\([^()\n]{1,40}\)\s?:\s?(\d{1,2})/(?:0?[1-9]|1[0-2])(?![\p{N}]|[/.]\p{N})"#)
    /// The first words of the peoples ``peopleBeforeCustom`` reads, as typed: the regex runs only with one.
    static let peoples: Set<String> = [
        "Thái", "Tày", "Nùng", "Mường", "Dao", "Hmông", "H'Mông", "Mông", "Khmer", "Chăm", "Ê", "Ba", "Gia", "Xơ",
        "Giáy", "Lô", "Hà", "Cơ", "Bru", "Vân", "Hoa", "H",
    ]
    /// English words of a people's customs, dress, villages and members.
    static let customs: Keywords = [
        "tradition", "traditions", "custom", "customs", "culture", "village", "villages", "people", "woman", "women",
        "girl", "girls", "family", "families", "dress", "costume", "costumes", "language", "dance", "dances",
        "festival", "food", "dish", "house", "houses", "weaving", "community", "wedding", "weddings", "brocade",
        "script", "song", "songs", "music", "style", "market", "new",
        // The thirty-eighth round: "a Thái elder from Điện Biên".
        "elder", "elders",
    ]
    /// A people's name before a lower-case English word of its customs: "a Thái tradition", "Hmông women",
    /// "the Chăm script", "Tày New Year"… Group 1. A people's name that is a family's (Thái, Dao, Hoa, Giáp is none)
    /// is kept only so. Limits: before a verb ("Thái told us") it is the person's, as before.
    static let peopleBeforeCustom = DataShapes.regex(
        #"(?<![\p{L}\p{M}'])(Thái|Tày|Nùng|Mường|Dao|Hmông|H'Mông|Mông|Khmer|Chăm|Ê Đê|Ba Na|Gia Rai|Xơ Đăng|Giáy|Lô Lô|Hà Nhì|Cơ Tu|Bru|Vân Kiều|Thái Đen|Thái Trắng|Hoa)\s(?:tradition|traditions|custom|customs|culture|village|villages|people|woman|women|girl|girls|family|families|dress|costume|costumes|language|dance|dances|festival|food|dish|house|houses|weaving|community|wedding|weddings|brocade|script|songs?|music|style|market|elders?|New\sYear|new\syear)\b"#
    )
    /// A people's name before a comma and another people's, in a list of peoples (the thirty-eighth round: "Kinh,
    /// Jarai, Ê Đê, Bahnar, Hmông… respondents"). Group 1. Limits: Thái and Hoa, given names too, are not read
    /// first ("Hoa, Thái and Dũng came" stays theirs); a people before a person's name is not read.
    static let peopleInList = DataShapes.regex(
        #"(?<![\p{L}\p{M}'])(Tày|Nùng|Mường|Dao|Hmông|H'Mông|Mông|Khmer|Chăm|Ê Đê|Ba Na|Gia Rai|Xơ Đăng|Giáy|Lô Lô|Hà Nhì|Cơ Tu|Bru|Vân Kiều),\s(?=(?:Kinh|Jarai|Bahnar|Sedang|Ede|Hmong|Thai|Tay|Nung|Muong|Cham|Khmer|Thái|Tày|Nùng|Mường|Dao|Hmông|Chăm|Ê Đê|Ba Na|Gia Rai|Xơ Đăng|Giáy|Hoa)(?![\p{L}\p{M}]))"#
    )
    /// One to three capitalised words before cave, caves or grotto: a cave's name, a place's ("Sơn Đoòng cave
    /// tours", "the Phong Nha caves", "Hang Én cave"); before valley or valleys too (the thirty-eighth round: "The
    /// Mường Lò valley").
    static let beforeCave = DataShapes.regex(
        #"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,2}(?=\s(?i:cave|caves|grotto|valley|valleys)\b)"#
    )
    /// A sentence's opening "A", a capitalised word and a lower-case Vietnamese word with a mark before an English
    /// word of four letters or more: "A Thạch dừa factory now stands…", "A Bánh mì stall". Group 1 is the two
    /// words (the thirty-fifth round reads a lower-case "a" so). Limits: a chat's "A Tuấn đi nha" (a is anh) has no
    /// English word after; a Hmông name's A ("A Páo") has a capital second word.
    static let openingVietnameseNoun = DataShapes.regex(
        #"(?:^|(?<=[.!?]\s))A\s(\p{Lu}\p{Ll}{1,6}\s(?=\p{Ll}*[\p{Ll}&&[^a-z]])\p{Ll}{1,7})(?=\s[a-z]{4,}\b)"#)
    /// An official letter's date with its year after "letter of" or "letter dated", up to thirty characters of
    /// its issuer between: "the provincial police letter of 30/6/2025", "the letter of the commune dated
    /// 10/3/2025" (heldout-54). Group 1. Limit: a statement's or a complaint's date is one person's, not read.
    static let letterDate = DataShapes.regex(
        #"\b[Ll]etter(?:\s[^.;\n\d]{1,30}?)?\s(?:of|dated)\s(\d{1,2}/\d{1,2}/(?:19|20)\d{2})(?![\p{N}])"#)
}
