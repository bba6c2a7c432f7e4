import Foundation
import TextScanning

/// Personal data as English text writes it (the twenty-second round): North American and international
/// phones, a badge's number, a room one lives in, map pins and profile links, an e-mail spelled with
/// "cham" or "dot" after its @.
extension TextScan {
    /// The findings of ``EnglishDataShapes``, with the kind each one is removed as.
    func englishDataFindings() -> [LooseFinding] {
        var found: [LooseFinding] = []
        func add(_ kind: String, _ regex: NSRegularExpression, group: Int = 0) {
            for match in matches(regex) where match.range(at: group).location != NSNotFound {
                found.append(LooseFinding(kind: kind, range: match.range(at: group), replacement: nil))
            }
        }
        if hasDigit {
            if units.contains(0x28) { add("phone", EnglishDataShapes.bracketedPhone) }
            if hasWord("badge") { add("identifier", EnglishDataShapes.badgeNumber, group: 1) }
            if hasWord("room"), hasAnyWord(EnglishDataShapes.livingWords) {
                add("address", EnglishDataShapes.roomLivedIn, group: 1)
            }
        }
        if hasSlash {
            if hasWord("goo") || hasWord("maps") { add("address", EnglishDataShapes.mapLink) }
            if hasWord("linkedin") { add("onlineIdentity", EnglishDataShapes.profileLink) }
        }
        if hasAt, hasAnyWord(["cham", "dot"]) { add("email", EnglishDataShapes.spelledEmail) }
        if hasWord("of"), hasAnyWord(NoteShapes.englishMonthWords) || hasWord("may") {
            add("exactDate", EnglishDataShapes.spelledDay, group: 1)
        }
        return found
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
    /// ("badge number was 219-753"). Group 1 is the number.
    static let badgeNumber = DataShapes.regex(
        #"(?i)\bbadge\s+(?:number|no\.?|#)\s*(?:is|was|:)?\s*(\d{2,8}(?:-\d{2,8})?)(?![\w-])"#
    )

    static let livingWords: Set<String> = ["live", "lives", "lived", "living", "stay", "stays", "stayed", "staying"]
    /// The room one lives or stays in: "live in room 305 of a mini-hotel". Group 1 is the room's number; a
    /// room of an office ("went to room 305") has no such verb and is the flags' rule's.
    static let roomLivedIn = DataShapes.regex(
        #"(?i)\b(?:live|lives|lived|living|stay|stays|stayed|staying)\s+in\s+room\s+(\d{1,4}[A-Z]?)(?![\w/-])"#
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

    /// A LinkedIn profile: "linkedin.com/in/sophie-laurent-ngo".
    static let profileLink = DataShapes.regex(#"(?i)(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/in/[\w%-]+/?"#)

    /// An e-mail with its dots said after the @: "hoa.tran.1990 @ yahoo cham com vn", "an @ gmail dot com".
    static let spelledEmail = DataShapes.regex(
        #"(?i)(?<![\w.])[\w.+-]+\s?@\s?[a-z0-9-]+(?:\s+(?:cham|chấm|dot)\s+[a-z]{2,6}(?:\s+[a-z]{2})?)+(?![\w])"#
    )
}
