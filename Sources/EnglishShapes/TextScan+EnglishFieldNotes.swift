import Foundation
import TextScanning
import TextShapes

/// Data as English field notes and interpreters' chats write it (the twenty-seventh round): an ordinal day
/// after any verb or a weekday in lower case, lower-case initials with dots inside, a name after
/// "nicknamed", a residential unit in lower case or in its Vietnamese word without marks.
extension TextScan {
    /// The findings of ``EnglishFieldNoteShapes``, each behind a word check of its own.
    func englishFieldNoteFindings() -> [LooseFinding] {
        var found: [LooseFinding] = []
        if hasDigit, hasWord("the") {
            found += findings("exactDate", EnglishFieldNoteShapes.ordinalAfterWord, group: 1)
        }
        if hasAnyWord(EnglishFieldNoteShapes.nicknameWords) {
            found += findings("personName", EnglishFieldNoteShapes.nicknamed, group: 0)
        }
        if units.contains(0x2E), hasAnyWord(WesternNames.englishWords) || hasAnyWord(EnglishFieldNoteShapes.chatWords) {
            found += findings("personName", EnglishFieldNoteShapes.dottedLowerInitials, group: 0)
        }
        guard hasDigit, hasAnyWord(EnglishAddressShapes.addressWords) else { return found }
        if hasAnyWord(EnglishAddressShapes.unitWords) {
            found += findings("address", EnglishFieldNoteShapes.lowerNumberedUnit, group: 0)
        }
        if hasAnyWord(["khoi", "doi", "pho"]) {
            found += findings("address", EnglishFieldNoteShapes.vietnameseUnit, group: 0)
        }
        return found
    }
}

/// The patterns of ``TextScan/englishFieldNoteFindings()`` and the fixed holidays written d/m.
enum EnglishFieldNoteShapes {
    /// An ordinal day (1st to 31st) after "the" and a lower-case word of three letters or more, or a
    /// weekday's full name in lower case, before a pause, the end or a pronoun: "Interview done the 8th,",
    /// "follow-up the 15th;", "friday the 12th i bring grandma". Group 1 is the day. Not a rank or a noun's
    /// ordinal ("was the 3rd in line", "attended the 13th Congress", "the 5th floor"). Limit: a rank before
    /// a full stop ("He came the 3rd.") reads as a day.
    static let ordinalAfterWord = DataShapes.regex(
        #"(?<![\p{L}])(?:\p{Ll}[\p{Ll}-]{2,}|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?) the ((?:[12]?\d|3[01]))(?:st|nd|rd|th)(?=\s*[,;:!?)]|\s*\.(?:\s|$)|\s*$|\s+(?:i|we|they|he|she|you)\s)"#
    )
    /// Words that say a nickname follows (folded).
    static let nicknameWords: Keywords = ["nicknamed", "dubbed"]
    /// One or two capitalised words, an opening quote allowed, right after "nicknamed" or "dubbed": "The
    /// baby, nicknamed Bong, …". A nickname in lower case ("nicknamed 'the red book shortcut'") stays.
    /// Limit: a place's nickname in capitals ("a district nicknamed Little Saigon") goes too.
    static let nicknamed = DataShapes.regex(
        #"(?<=(?i:nicknamed|dubbed)\s["'“‘]?)\p{Lu}[\p{L}\p{M}']*(?:\s+\p{Lu}[\p{L}\p{M}']*)?"#
    )
    /// English words of interpreters' chats, which the list of English words lacks (folded).
    static let chatWords: Keywords = ["says", "say", "msg", "pls", "tomorrow", "today", "signed"]
    /// Three or four lower-case letters with dots between, the last dot optional: "n.v.t says", "signed
    /// t.t.h. and". Two letters ("a.m.", "i.e.", "e.g.") and a domain's labels ("fb.com/hoa.lothi") are none.
    static let dottedLowerInitials = DataShapes.regex(
        #"(?<![\p{L}\p{N}.@/])[a-z]\.[a-z]\.[a-z](?:\.[a-z])?\.?(?![\p{L}\p{N}]|\.[\p{L}\p{N}])"#
    )
    /// A numbered group, zone, team, cluster or quarter in lower case ("residential" and "no." allowed)
    /// before a comma and a ward's or a commune's name, or before its Vietnamese name in brackets: "HH in
    /// group 4, Quyet Thang ward", "residential group no. 3 (to dan pho so 3)"; or before a comma and an
    /// alley's or a lane's number ("group 7, lane 12 Nguyễn Văn Cừ": the twenty-eighth round). A sports team ("team 2 won")
    /// or an age group ("age group 4 to 6") has neither after it.
    static let lowerNumberedUnit = DataShapes.regex(
        #"(?<![\p{L}])(?:residential\s+)?(?:group|zone|team|cluster|quarter)\s+(?:no\.\s*)?\d{1,3}[A-Z]?(?![\w/-])(?=\s*,\s*[^,()\n]{0,40}?(?<![\p{L}])(?:Ward|Commune|ward|commune)(?![\p{L}])|\s*\((?:to dan pho|to|khoi|doi|xom|thon|ap)\s+(?:so\s+)?\d|\s*,\s*(?:alley|lane|Alley|Lane)\s+\d)"#
    )
    /// A residential unit's Vietnamese word left without marks in English text, and its number: "khoi 2",
    /// "(doi 6)", "to dan pho so 3". Limit: "to" alone is the English word and is read only as "to dan pho".
    static let vietnameseUnit = DataShapes.regex(
        #"(?<![\p{L}])(?:to dan pho(?:\s+so)?|khoi|doi)\s+\d{1,3}[A-Z]?(?![\w/-])"#
    )
    /// The fixed holidays written d/m or d-m (1/1, 30/4, 1/5, 2/9), which stay in a text that speaks of a
    /// holiday: "30/4 and 1/5 holidays: the one-stop shop was closed", "paid after the 2/9 holiday".
    static let holidayDayMonth = DataShapes.regex(
        #"(?<![\p{L}\p{N}/.-])(?:30[/-]0?4|0?1[/-]0?5|0?2[/-]0?9|0?1[/-]0?1)(?![\p{N}]|[/.-]\p{N})"#
    )
}
