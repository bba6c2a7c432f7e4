import Foundation
import PersonShapes
import TextScanning
import TextShapes

/// Personal data as English text writes it (the twenty-second and twenty-third rounds): North American and international
/// phones, a badge's number, a room one lives in, map pins and profile links, an e-mail spelled with
/// "cham" or "dot" after its @.
extension TextScan {
    /// The findings of ``EnglishDataShapes``, with the kind each one is removed as.
    func englishDataFindings() -> [LooseFinding] {
        var found: [LooseFinding] = []
        func add(_ kind: String, _ regex: NSRegularExpression, group: Int = 0) {
            found += findings(kind, regex, group: group)
        }
        if hasDigit {
            if units.contains(0x28) { add("phone", EnglishDataShapes.bracketedPhone) }
            if hasWord("badge") {
                add("identifier", EnglishDataShapes.badgeNumber, group: 1)
                add("identifier", EnglishDataShapes.badgeNumber, group: 2)
            }
            if hasWord("id") { add("identifier", EnglishDataShapes.serviceId, group: 1) }
            if hasWord("room") || hasWord("phong"),
                hasAnyWord(EnglishDataShapes.livingWords) || hasAnyWord(EnglishDataShapes.sharingWords)
            {
                add("address", EnglishDataShapes.roomLivedIn, group: 1)
            }
            if hasWord("room"), hasAnyWord(EnglishDataShapes.lodgingWords) {
                add("address", EnglishDataShapes.roomOfLodging, group: 1)
            }
            if hasAnyWord(EnglishDataShapes.flatWords) {
                add("address", EnglishDataShapes.flatCode, group: 1)
                add("address", EnglishDataShapes.flatCode, group: 2)
            }
            if hasAnyWord(EnglishDataShapes.livingWords) {
                add("address", EnglishDataShapes.groupLivedIn)
                add("address", EnglishDataShapes.buildingLivedIn, group: 1)
            }
            if hasWord("room"), hasAnyWord(["guest", "guests"]) || units.contains(0x2C) {
                add("address", EnglishDataShapes.guestRoom, group: 1)
                add("address", EnglishDataShapes.guestRoom, group: 2)
            }
            if hasAnyWord(["at", "house"]), units.contains(0x2C) {
                add("address", EnglishDataShapes.houseBeforeQuarter, group: 1)
            }
            if hasWord("house"), hasAnyWord(["number", "no"]) {
                add("address", EnglishDataShapes.houseNumber, group: 1)
            }
            if hasWord("from"), hasAnyWord(NoteShapes.englishMonthWords) {
                add("exactDate", EnglishDataShapes.spanFirstDay, group: 1)
            }
            if hasAnyWord(["fine", "ticket", "violation", "citation"]) {
                add("identifier", EnglishDataShapes.fineRecord, group: 1)
            }
            if hasWord("sheet"), hasWord("parcel") { add("identifier", EnglishDataShapes.mapSheet, group: 1) }
            if hasWord("registration") { add("identifier", EnglishDataShapes.vehiclePaper, group: 1) }
            if hasWord("passport") { add("passport", EnglishDataShapes.letteredPassport, group: 1) }
            if hasWord("residence") { add("identifier", EnglishDataShapes.residencePaper, group: 1) }
            if hasAnyWord(["certificate", "registration"]), hasAnyWord(["birth", "death", "marriage"]) {
                add("identifier", EnglishDataShapes.civilStatusPaper, group: 1)
            }
        }
        if hasSlash, hasDigit, units.contains(0x2D) {
            add("identifier", EnglishDataShapes.letteredPaperNumber)
        }
        if hasSlash {
            if hasWord("goo") || hasWord("maps") { add("address", EnglishDataShapes.mapLink) }
            if hasWord("linkedin") { add("onlineIdentity", EnglishDataShapes.profileLink) }
        }
        if hasAt, hasAnyWord(["cham", "dot"]) { add("email", EnglishDataShapes.spelledEmail) }
        if units.contains(0x3A), hasAnyWord(EnglishDataShapes.kinWords) {
            found += findings("personName", EnglishDataShapes.lowerNameList, group: 0).filter {
                NameShapes.isSyllable(string($0.range))
            }
        }
        if hasQuote, hasDigit, hasWord("by") { add("onlineIdentity", EnglishDataShapes.quotedHandle, group: 1) }
        if hasQuote, hasWord("name") { add("personName", EnglishDataShapes.quotedNameAfterName, group: 1) }
        if hasQuote, hasWord("account") { add("onlineIdentity", EnglishDataShapes.quotedAccountName, group: 1) }
        if hasAnyWord(["lao", "xiao"]) { add("personName", EnglishDataShapes.calledChineseNickname, group: 1) }
        if hasAnyWord(EnglishDataShapes.messengerWords),
            hasAnyWord(["id", "handle", "username"]) || units.contains(0x3A)
        {
            add("onlineIdentity", EnglishDataShapes.messengerId, group: 1)
        }
        if hasAt, hasAnyWord(EnglishDataShapes.handlePlatforms) {
            add("onlineIdentity", EnglishDataShapes.platformHandle, group: 2)
        }
        if hasAnyWord(["at", "for", "is", "are"]), hasAnyWord(EnglishDataShapes.chatPlatforms) {
            add("onlineIdentity", EnglishDataShapes.handleAtPlatform, group: 1)
        }
        if hasAt, units.contains(0x2D) { add("onlineIdentity", EnglishDataShapes.hyphenatedHandle) }
        if hasSlash, hasWord("u") { add("onlineIdentity", EnglishDataShapes.redditUser) }
        if hasWord("at"), units.contains(0x5B) || units.contains(0x28) {
            add("email", EnglishDataShapes.bracketedAtEmail)
        }
        if hasWord("initials") { add("personName", EnglishDataShapes.lowerInitials, group: 1) }
        if hasWord("of"), hasAnyWord(NoteShapes.englishMonthWords) || hasWord("may") {
            add("exactDate", EnglishDataShapes.spelledDay, group: 1)
        }
        found += englishFieldNoteFindings() + englishDayFindings() + englishReturneeFindings()
        found += englishVisitorFindings()
        return found
    }

    /// What English text keeps (the twenty-third round): the fixed holidays' days in a text that speaks of
    /// a holiday ("2 September (National Day)", "The 30th of April is a holiday"), an office's hotline, a
    /// sentence's "The" before scare quotes.
    func englishDataKeeps() -> [LooseFinding] {
        var kept: [LooseFinding] = englishReturneeKeeps() + englishVisitorKeeps()
        // "The 'agent'": English scare quotes after a sentence's The, no Thế and a nickname.
        if hasWord("the"), words.list.contains(where: { $0.text == "The" }) {
            if hasQuote {
                kept += matches(EnglishDataShapes.scareQuotedThe).map {
                    LooseFinding(kind: "personName", range: $0.range, replacement: nil)
                }
            }
            kept += findings("personName", EnglishDataShapes.theBeforeVietnameseNoun, group: 0)
        }
        // "The Bà Nà Hills ticket": an article makes an honorific's run a landmark's or a figure's name.
        if hasAnyWord(["ba", "ong", "cau"]), hasWord("the") {
            kept += findings("personName", EnglishDataShapes.namedThing, group: 1)
        }
        // "insta @lucy.travels.vn" reads as an e-mail spaced before its @: the platform's name is no local part.
        if hasAt, hasAnyWord(EnglishDataShapes.handlePlatforms) {
            kept += findings("email", EnglishDataShapes.platformHandle, group: 1)
        }
        guard hasDigit else { return kept }
        if hasAnyWord(EnglishDataShapes.holidayWords) || hasWord("national") && hasWord("day") {
            kept += matches(EnglishDataShapes.holidayDay).map {
                LooseFinding(kind: "exactDate", range: $0.range, replacement: nil)
            }
            kept += findings("exactDate", EnglishFieldNoteShapes.holidayDayMonth, group: 0)
        }
        // Two fixed holidays' days joined ("Around 30-4 and 1-5 every hotel…") name the holidays, not a visit.
        if hasAnyWord(["and", "or", "to"]) || units.contains(0x2013) {
            kept += findings("exactDate", EnglishDataShapes.holidayPair, group: 0)
        }
        // An office's line is published for all, whichever kind its digits read as.
        if hasAnyWord(["hotline", "line", "duty", "landline"]) {
            for match in matches(EnglishDataShapes.officeLine) {
                kept += ["phone", "taxCode", "identifier"].map {
                    LooseFinding(kind: $0, range: match.range(at: 1), replacement: nil)
                }
            }
        }
        return kept
    }
}

/// The patterns of ``TextScan/englishDataFindings()``.
enum EnglishDataShapes {
    /// A phone with its area code in brackets, North American ("+1 (714) 555-0182", "(408) 555-0137") or
    /// Vietnamese with the trunk 0 bracketed after 0084 or +84 ("0084-(0)918-442-609"). A bracketed year or
    /// count has no group of three and four digits after it.
    static let bracketedPhone = DataShapes.regex(
        #"(?<![\w+])(?:(?:\+1[\s.-]?)?\(\d{3}\)[\s.-]?\d{3}[\s.-]\d{4}|(?:\+|00)84[\s.-]?\(0\)[\s.-]?\d{2,3}(?:[\s.-]?\d{3}){2}\d?)(?![\w-])"#
    )

    /// A badge's number after "badge number", "badge no." or "badge #", digits with a hyphen inside
    /// ("badge number was 219-753"), the officer named between ("the badge number of the traffic officer:
    /// 185-432": the twenty-eighth round), or read off it ("his badge read 284-917": the thirty-first round); after
    /// number, no. or #, also capitals, a dash and digits ("badge number TT-0457": the thirty-sixth round). Groups 1
    /// and 2 are the number.
    static let badgeNumber = DataShapes.regex(
        #"(?i)\bbadge\s+(?:(?:number|no\.?|#)(?:\s+of\s+(?:the|an?|his|her)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)?\s*(?:is|was|:)?\s*(\d{2,8}(?:-\d{2,8})?|(?-i:[A-ZĐ]{1,4})-\d{3,8})|(?:(?:read|reads|said|showed)\s+)?(\d{3,8}|\d{2,8}-\d{2,8}))(?![\w-])"#
    )
    /// An officer's service or staff ID with letters and digits: "service ID CA-7731". Group 1.
    static let serviceId = DataShapes.regex(
        #"(?i)\b(?:service|staff|officer's|police|employee)\s+ID\s*(?:no\.?|number|#)?\s*(?:is|was|:)?\s*((?-i:[A-Z]{1,3})-?\d{3,6})(?![\w-])"#
    )

    static let lodgingWords: Keywords = [
        "dormitory", "dorm", "boarding", "hostel", "guesthouse", "guest", "motel", "homestay", "hotel",
    ]
    /// A room of a lodging: "room 305 of the university dormitory", "room 2 in a boarding house", "room 305 at a
    /// mini hotel" (the thirty-first round: a hotel's room is a guest's; an office's, "of the ministry", stays). Group 1.
    static let roomOfLodging = DataShapes.regex(
        #"(?i)\broom\s+(\d{1,4}[A-Z]?)\s+(?:of|in|at)\s+(?:a|an|the|our|my|his|her)\s+(?:[\w-]+\s+){0,2}(?:dormitory|dorm|boarding house|hostel|guesthouse|guest house|motel|homestay|(?:mini-)?hotel)\b"#
    )
    /// A hotel guest's room (the thirtieth round): "the drunk guest in room 214", and a room after a house's
    /// number and a street written with marks, "back to 54 Hàng Bạc, room 402.". Groups 1 and 2. Limits: a room
    /// of an office ("went to room 305") has neither and is the flags' rule's.
    static let guestRoom = DataShapes.regex(
        #"(?<![\p{L}])(?:(?i:guests?)\s+(?:staying\s+)?in\s+(?i:room)\s+(\d{1,4}[A-Z]?)|\d{1,4}[A-Z]?(?:/\d{1,4})?\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,3},\s+(?i:room)\s+(\d{1,4}[A-Z]?))(?![\w/-])"#
    )
    /// A house's number after "house at" or "at" before a comma and a Vietnamese quarter's word: "the house at
    /// 27B, tổ 4, phường Hội An Tây" (the thirtieth round), or a street's (đường, phố: "a rented house at 27B,
    /// đường Lê Lợi", the fortieth; the street stays), or after "house:" ("Birth father's house: 27B, tổ dân phố số
    /// 3", the forty-first). Group 1. An hour ("at 9, tổ…") needs a house.
    static let houseBeforeQuarter = DataShapes.regex(
        #"(?<![\p{L}])(?i:house)(?:\s+at|:)\s+(\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?){0,2}),\s+(?:tổ|ngõ|hẻm|kiệt|khu|ấp|thôn|khối|xóm|phường|xã|đường|phố)\s"#
    )
    /// A house's number after "house number" or "house no.": "house number 128/7 in the new row" (the fortieth
    /// round). Group 1. Over the shipped batches the words never come; an hour or a count has no house before.
    static let houseNumber = DataShapes.regex(
        #"(?<![\p{L}])(?i:house)\s+(?i:number|no\.?)\s*(\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?){0,2})(?![\p{L}\p{N}/])"#
    )
    /// The first day of a span with its month after the second: "from 2 to 4 June" (the thirtieth round; the
    /// second is the older rules'). Group 1. Limit: a month's name must follow ("from 2 to 4 people" stays).
    static let spanFirstDay = DataShapes.regex(
        #"(?<![\p{L}])(?i:from)\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|until|till|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"#
    )
    /// A fine's or a ticket's record number: "The fine record number 0012345" (the thirtieth round). Group 1. A
    /// decision's number with a slash ("fine No. 12/QĐ-XPVPHC") is a document's and stays.
    static let fineRecord = DataShapes.regex(
        #"(?i)\b(?:fine|ticket|violation|citation)\s+(?:record\s+|report\s+)?(?:number|no\.?|#)\s*:?\s*((?-i:[A-Z]{0,3})\d{4,10})(?![\w/-])"#
    )
    static let flatWords: Keywords = ["unit", "flat", "condo", "in", "neighbour", "neighbor"]
    /// A flat's code after unit, flat or condo, or a tower's letter, a floor and a door after "in": "unit
    /// L2-1508", "my neighbour in A3-11". Group 1. A code with no dash after "in" is no flat ("in A3").
    static let flatCode = DataShapes.regex(
        #"(?<![\p{L}])(?:(?i:unit|flat|condo)\s+(?:(?i:no\.?|#)\s*)?((?-i:[A-Z]{0,2})\d{0,2}[A-Z]?-?\d{2,5}[A-Z]?)|(?-i:in)\s+([A-Z]{1,2}\d{1,2}-\d{2,4}))(?![\w-])"#
    )
    /// A residential group after a living verb and "in": "lives in team 6", "lived in group 12".
    static let groupLivedIn = DataShapes.regex(
        #"(?i)(?<=\b(?:live|lives|lived|living|stay|stays|stayed|staying) in )(?:team|group|cluster|zone|quarter|block) \d{1,3}(?![\w-])"#
    )
    /// A building's code right after a flat in a living sentence: "lives in P.804, building CT2". Group 1.
    static let buildingLivedIn = DataShapes.regex(
        #"(?<=\d,\s)(?:building|block|tower)\s+(\p{Lu}{1,3}\d{0,2}[A-Z]?)(?![\w-])"#
    )

    static let livingWords: Keywords = [
        "live", "lives", "lived", "living", "stay", "stays", "stayed", "staying", "rent", "rents",
    ]
    /// Words of sharing a room with others: "He shares phòng 12 with four workers".
    static let sharingWords: Keywords = ["share", "shares", "shared", "sharing"]
    /// The room one lives or stays in: "live in room 305 of a mini-hotel"; or shares with others, room or
    /// phòng as a Vietnamese writer puts it, before with, of, in or at ("He shares phòng 12 with four workers":
    /// the thirty-sixth round). Group 1 is the room's number; a room of an office ("went to room 305") has no
    /// such verb and is the flags' rule's.
    static let roomLivedIn = DataShapes.regex(
        #"(?i)\b(?:(?:live|lives|lived|living|stay|stays|stayed|staying)\s+in\s+(?:room|phòng)|(?:share|shares|shared|sharing)\s+(?:room|phòng)(?=\s+\d{1,4}[A-Z]?\s+(?:with|of|in|at)\b))\s+(\d{1,4}[A-Z]?)(?![\w/-])"#
    )

    /// A name that opens with Bà, Ông or Cầu (capitalised) right after the English article: "The Bà Nà Hills
    /// ticket", "The Cầu Rồng fire show", "The Ông Già Noel costume" (the thirtieth round). English puts no
    /// article before a person's name, so the run names a place, a bridge or a figure and stays. Group 1 is the
    /// run of two to four capitalised words. Limits: an honorific in lower case ("the ông Thắm") or with no
    /// article before it ("Bà Nà said") is the names' rules'.
    static let namedThing = DataShapes.regex(
        #"(?<![\p{L}])(?:[Tt]he)\s+((?:Bà|Ông|Cầu)(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){1,3})(?![\p{L}\p{M}])"#
    )
    static let handlePlatforms: Keywords = [
        "insta", "ig", "instagram", "tiktok", "twitter", "threads", "telegram", "tele",
    ]
    /// An @handle right after a platform's name, which a space sets apart: "dm me on insta @lucy.travels.vn".
    /// Group 1 is the platform's name, group 2 the handle.
    static let platformHandle = DataShapes.regex(
        #"(?i)(?<![\p{L}])(insta|ig|instagram|tiktok|twitter|threads|telegram|tele)\s(@[a-z0-9_.]*[a-z0-9_])(?![\w@])"#
    )
    static let chatPlatforms: Keywords = [
        "zalo", "viber", "whatsapp", "telegram", "line", "instagram", "insta", "tiktok", "facebook", "fb", "wechat",
        "kakaotalk", "skype", "messenger", "signal",
    ]
    /// A handle after a chat platform's name and "at": "Message our guide on Zalo at minhtuan.travel" (the
    /// thirtieth round). The handle goes and the platform stays; the handle needs a dot, a digit or an
    /// underscore inside ("on Zalo at night" names none). The thirty-first round reads "for" ("Search TikTok for
    /// chuba.dat.thuduc") and "is" or "are both" ("Viber and WhatsApp are both lan.tran.montreal"). Group 1.
    static let handleAtPlatform = DataShapes.regex(
        #"(?i)(?<![\p{L}])(?:zalo|viber|whatsapp|telegram|line|instagram|insta|tiktok|facebook|fb|wechat|kakaotalk|skype|messenger|signal)\s+(?:at|for|(?:is|are)(?:\s+both)?)\s+([a-z0-9][a-z0-9_]*(?:[._][a-z0-9_]+)+|[a-z][a-z_]*\d[a-z0-9_]*)(?![\w@.]|\.\w)"#
    )
    /// An @handle with hyphens inside, as YouTube allows: "@minhkhoa-v7z bro you posted…" (the twenty-eighth
    /// round). An e-mail's domain ("an@gmail-vn.com") has a letter before its @.
    static let hyphenatedHandle = DataShapes.regex(
        #"(?<![\p{L}\p{N}._%+@-])@[A-Za-z0-9_][A-Za-z0-9_.]*(?:-[A-Za-z0-9_]+)+(?![\w@-]|\.\w)"#
    )
    /// A paper's number as offices write it, two to six capitals, a dash, three to six digits and its year:
    /// "contract HĐ-0456/2025", "certificate ATTP-0458/2024" (the thirty-ninth round). Counted over the shipped
    /// batches: seven such codes (MG-0458/2023, GPXD-1187/2023, PT-0412/2024…), all removed, none kept; a law's
    /// number puts its digits first ("100/2019/NĐ-CP", "số 12/QĐ-UBND") and stays.
    /// The fortieth round reads the year first too, "contract HĐLĐ-2023/0457": over the shipped batches five
    /// such codes (HĐ-2024/0318, ATTP-2024/0567, GK-2024/317, GKSK-2025/01873, HĐMB-2023/0815), all removed.
    static let letteredPaperNumber = DataShapes.regex(
        #"(?<![\p{L}\p{N}/-])[A-ZĐ]{2,6}-(?:\d{3,6}/(?:19|20)\d{2}|(?:19|20)\d{2}/\d{3,6})(?![\p{L}\p{N}/-])"#
    )
    /// A map sheet's number after a parcel's, without "No." ("parcel 112, sheet 6"). Group 1.
    static let mapSheet = DataShapes.regex(#"(?<![\p{L}])(?i:sheet)\s+(?:(?i:no\.?|number)\s*)?(\d{1,4})(?![\w/.-])"#)
    /// A vehicle's registration paper and its number: "vehicle registration certificate No. 048213". Group 1.
    /// A company's registration (its tax code) or a form's template has no vehicle's word; the Vietnamese
    /// name in brackets is one (the thirty-ninth round: "registration certificate (cà vẹt) no. 045127").
    static let vehiclePaper = DataShapes.regex(
        #"(?i:(?:vehicle|motorbike|motorcycle|car)(?:'s)?\s+registration\s+(?:certificate|paper|card|book)|registration\s+(?:certificate|paper|card|book)\s*\((?:cà vẹt|ca vet)\))\s+(?:(?i:no\.?|number|#)\s*)?(?:(?i:is|was)\s+|:\s*)?(\d{4,9}|[A-Z]{1,3}[\s-]?\d{4,9})(?![\w/-])"#
    )
    /// A foreign passport's code of one or two capitals, six to nine digits and perhaps a letter, right after
    /// "passport" and its number's word: "Japanese passport TK3318772", "passport No. M48213376". Group 1.
    static let letteredPassport = DataShapes.regex(
        #"(?i:passport)\s+(?:(?i:no\.?|number|#)\s*)?(?:(?i:is|was)\s+|:\s*)?((?-i:[A-Z]{1,2}\d{6,9}[A-Z]?))(?![\w-])"#
    )
    /// A residence paper's number, issued to one person: "Confirmation of temporary residence No.
    /// 1208/XN-CAP", "temporary residence card No. TT 0045871". Group 1.
    static let residencePaper = DataShapes.regex(
        #"(?i:(?:confirmation|certificate|card|book)\s+of\s+(?:temporary|permanent)\s+residence|(?:temporary|permanent)\s+residence\s+(?:confirmation|certificate|card|book))\s+(?i:no\.?|number)\s*(\d{1,6}/[A-Z0-9-]{2,20}|[A-Z]{1,3}\s?\d{5,9}|\d{5,12})(?![\w/-])"#
    )
    /// A civil-status paper's number, issued to one person: "Birth certificate No. 112/2025", "marriage
    /// certificate number 45/2019/TP" (the twenty-eighth round). Group 1. A decree's or a decision's number
    /// has no such paper before it. An entry or a record may come between ("Birth registration entry no.
    /// 112/2024": the twenty-ninth round).
    static let civilStatusPaper = DataShapes.regex(
        #"(?i:birth|death|marriage)\s+(?i:certificate|registration|cert)(?:\s+(?i:entry|record))?\s+(?i:no\.?|number|#)\s*(?:(?i:is|was)\s+|:\s*)?(\d{1,6}(?:/\d{2,4})?(?:/[A-Z][A-Z0-9-]{0,12})?)(?![\w/-])"#
    )
    static let messengerWords: Keywords = [
        "kakaotalk", "kakao", "line", "wechat", "skype", "viber", "zalo", "telegram", "instagram", "ig", "insta",
        "facebook", "fb", "tiktok", "signal", "whatsapp",
    ]
    /// A handle after a messenger's name and ID, handle or username, with a dot, an underscore or a digit:
    /// "KakaoTalk ID minjun.kim88", "LINE ID: hiro_tanaka", or after the name and a colon alone, as a label
    /// ("LINE: thu.trang.jp", "Kakao: hoangnam8989"; the twenty-sixth round). Group 1. A form's field ("the
    /// KakaoTalk ID field") has none of them, and a line of text ("line bên trái") no colon.
    static let messengerId = DataShapes.regex(
        #"(?<![\p{L}])(?i:kakaotalk|kakao|line|wechat|skype|viber|zalo|telegram|instagram|ig|insta|facebook|fb|tiktok|signal|whatsapp)(?:\s+(?i:id|handle|username)\s*(?:(?i:is|was)\s+|:\s*)?|\s*:\s*)((?=[A-Za-z0-9._]*[._\d])[A-Za-z][A-Za-z0-9._]{2,}[A-Za-z0-9])(?![\w@])"#
    )

    /// A map's pin, which points at a house: "maps.app.goo.gl/Xk7pQ2vLm9aB3", "goo.gl/maps/…",
    /// "google.com/maps/…".
    static let mapLink = DataShapes.regex(
        #"(?i)(?:https?://)?(?:maps\.app\.goo\.gl/|goo\.gl/maps/|(?:www\.)?google\.[a-z.]+/maps/|maps\.google\.[a-z.]+/)[^\s)\]>,;]+"#
    )

    /// A day spelled as an ordinal before a month's name with no year: "the fifth of June", "on the
    /// twenty-first of March". Group 1 is the day (the month stays).
    static let spelledDay = DataShapes.regex(
        #"(?<![\p{L}])(?i:the) ((?:twenty-|thirty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth) of (?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])(?!,?\s+\d{4})"#
    )

    /// A Reddit user's handle: "u/saigon_sam", "posted by u/BigMikeDaNang" (a subreddit, "r/VietNam", stays).
    static let redditUser = DataShapes.regex(#"(?<![\w/])u/[A-Za-z0-9_-]{3,24}(?![\w/])"#)

    /// An e-mail with its @ written (at) or [at], its dots as dots or "dot": "minhthu.ng (at) gmail dot com",
    /// "hoang.lan[at]yahoo.com.vn". A provider's name or a domain's ending must follow.
    static let bracketedAtEmail = DataShapes.regex(
        #"(?i)(?<![\w.])[a-z0-9][\w.+-]*\s?[\[(]at[\])]\s?[a-z0-9-]+(?:(?:\s+dot\s+|\.)[a-z]{2,6})+(?![\w])"#
    )

    /// Lower-case initials with their dots after "initials": "initials n.t.h. on the receipt". Group 1.
    static let lowerInitials = DataShapes.regex(
        #"(?i)\binitials\s+(?:(?:are|were|is|was|of)\s+)?((?:[a-z]\.){2,4})(?![\p{L}])"#
    )

    /// A number after an office's hotline or emergency line: "The Immigration Department's hotline for
    /// reporting bribes is 069 2342 227", "Australian consular emergency line: +61 2 6261 3305"; the line "of" an
    /// office before its number ("the hotline of the Bac Ninh Provincial Inspectorate, 0222 3822 115": the
    /// twenty-fourth round); a line said to be public or an office's own ("the public hotline 0262 3855 199",
    /// "the Police Department thanked viewers for tips sent to its hotline 0236 3822 113": the
    /// twenty-eighth round; a person's line is "his" or "her"), an embassy's or a consulate's landline ("Consulate
    /// General landline 028 3822 9433": the thirtieth round), an office's duty phone ("The commune police
    /// duty phone 0214 3 888 113 is public"); a comma may stand before the number ("The provincial
    /// Inspectorate's hotline, 0236 3822 111, never answered": the twenty-ninth round). Group 1.
    static let officeLine = DataShapes.regex(
        #"(?i)\b(?:(?:department|ministry|embassy|consulate|consular|inspectorate|government)(?:['’]s)?(?:\s+[a-z]+){0,4}\s+(?:hotline|landline|emergency\s+line)(?:\s+(?:for|of)\s+[a-z ]{0,30}?)?|(?:public|its)\s+(?:hotline|emergency\s+line)(?:\s+number)?|duty\s+(?:phone|line)|(?:hotline|emergency\s+line)\s+of\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,5}(?:department|ministry|embassy|consulate|inspectorate|police|committee|office)(?:,|\s+(?:is|was)))(?:\s+(?:is|was))?\s*[:,]?\s*(\+?\d[\d .-]{6,18}\d)"#
    )

    /// A sentence's "The" before a word in quotes that opens in lower case: "The 'agent' gave us…".
    static let scareQuotedThe = DataShapes.regex(#"(?:^|(?<=[.!?:;]\s))The(?=\s['"‘“]\p{Ll})"#)

    /// A sentence's "The" before a Vietnamese word in lower case with a mark: "The sổ hồng was issued…" (the
    /// thirty-second round). Thế typed without marks comes before words without them ("The noi"), which stay read.
    static let theBeforeVietnameseNoun = DataShapes.regex(
        #"(?:^|(?<=[.!?:;]\s))The(?=\s[a-z]*[\p{Ll}\p{M}&&[^a-z]])"#)

    /// A given name in quotes after an officer's or a person's "name" (the thirty-fifth round): "officer name
    /// 'Hung'", "his name: 'Tuấn'". Group 1. Limit: a thing's name ("the app name 'Zalo'") stays.
    static let quotedNameAfterName = DataShapes.regex(
        #"\b(?i:officer|officer's|his|her|their|my|your)\s+name\s?:?\s+['‘"“](\p{Lu}\p{Ll}{1,6})['’"”]"#)

    /// An account's display name in quotes after "account" (the thirty-fifth round): "by the account 'Phường Hỗ
    /// Trợ 24h'". Group 1, capitalised. Limit: a lower-case word in quotes ("the account 'savings'") stays.
    static let quotedAccountName = DataShapes.regex(
        #"\b(?i:account)\s+(?:named\s+|called\s+)?['‘"“](\p{Lu}[^'’"”\n]{2,40}?)['’"”]"#)
    /// A Chinese nickname of Lao (old) or Xiao (little) and a family after called, nicknamed or named (the
    /// thirty-fifth round): "a supervisor they called Lao Wang". Group 1. Limit: Lao Cai and Lao Bao stay.
    static let calledChineseNickname = DataShapes.regex(
        #"\b(?:called|nicknamed|named)\s+((?:Lao|Xiao)\s(?!Cai\b|Bao\b)\p{Lu}[a-z]{1,5})(?![\p{L}])"#)

    /// A handle in quotes after "by": letters (one capital inside or more) and two digits or more at its end,
    /// as a review's or a post's writer: "review by 'SallyInSaigon2019'". Group 1.
    static let quotedHandle = DataShapes.regex(
        #"\b(?i:by)\s+['"‘“]((?=[A-Za-z_.]*[a-z][A-Z])[A-Za-z][A-Za-z_.]{2,}\d{2,})['"’”]"#
    )

    /// Words that make a text speak of a holiday (folded).
    static let holidayWords: Keywords = [
        "holiday", "holidays", "reunification", "labour", "labor", "independence", "liberation", "closed",
    ]
    /// The fixed holidays' days, day first or month first: 1 January, 30 April, 1 May, 2 September.
    static let holidayDay = DataShapes.regex(
        #"(?<![\p{L}\p{N}])(?:30(?:th)?\s+(?:of\s+)?(?:April|Apr)|1(?:st)?\s+(?:of\s+)?(?:May|January|Jan)|2(?:nd)?\s+(?:of\s+)?(?:September|Sept|Sep)|(?:April|Apr\.?)\s+30(?:th)?|May\s+1(?:st)?|(?:September|Sept?\.?)\s+2(?:nd)?|(?:January|Jan\.?)\s+1(?:st)?)(?![\p{L}\p{N}])"#
    )

    /// Two fixed holidays' days written d-m or d/m and joined by and, or, to or a dash: "30-4 and 1-5",
    /// "30/4–1/5" (the thirtieth round). Limit: one such day alone, with no holiday's word, is a visit's.
    static let holidayPair = DataShapes.regex(
        #"(?<![\p{L}\p{N}/.-])(?:30[/-]0?4|0?1[/-]0?5|0?2[/-]0?9|0?1[/-]0?1)(?:\s+(?:and|or|to|&)\s+|\s*[–-]\s*)(?:30[/-]0?4|0?1[/-]0?5|0?2[/-]0?9|0?1[/-]0?1)(?![\p{N}]|[/.-]\p{N})"#
    )

    /// A LinkedIn profile: "linkedin.com/in/sophie-laurent-ngo".
    static let profileLink = DataShapes.regex(#"(?i)(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/in/[\w%-]+/?"#)

    /// Plural kin a colon lists: "we are 5 siblings: hung, loan, tuan, thuy and me" (the thirty-second round).
    static let kinWords: Keywords = [
        "siblings", "children", "kids", "brothers", "sisters", "sons", "daughters", "heirs", "cousins",
        "grandchildren",
    ]
    /// A name in lower case in a list after plural kin and a colon, before a comma or "and"; it must read as
    /// a Vietnamese syllable. Limits: the last name after "and" is not read ("hung, loan and tuan"); up to seven
    /// names of up to seven letters.
    static let lowerNameList = DataShapes.regex(
        #"(?<=\b(?:siblings|children|kids|brothers|sisters|sons|daughters|heirs|cousins|grandchildren)(?:\s(?:are|were))?\s?:\s(?:[a-z]{2,7},\s){0,6})(?!(?:and|me|us|the|all|both)\b)[a-z]{2,7}(?=,|\sand\s)"#
    )

    /// An e-mail with its dots said after the @: "hoa.tran.1990 @ yahoo cham com vn", "an @ gmail dot com"; its @
    /// set in quotes to dodge a filter (the thirty-second round): "ngocanh.vo ' @ ' yahoo cham com".
    static let spelledEmail = DataShapes.regex(
        #"(?i)(?<![\w.])[\w.+-]+(?:\s?@\s?|\s['‘’]\s?@\s?['‘’]\s)[a-z0-9-]+(?:\s+(?:cham|chấm|dot)\s+[a-z]{2,6}(?:\s+[a-z]{2})?)+(?![\w])"#
    )
}
