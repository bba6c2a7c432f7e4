import Foundation
import TextScanning
import TextShapes

/// Days as English subtitles, press releases and comments write them (the twenty-eighth round): a day and
/// month written d/m or d-m after "on", a day after a month's name in lower case, the second of two ordinal
/// days ("on the 14th and the 22nd"); a d.m, d/m or d-m a visit is scheduled for (the thirty-ninth round).
extension TextScan {
    /// The findings of ``EnglishDayShapes``, each the day alone (the month stays), behind a digit and a word.
    func englishDayFindings() -> [LooseFinding] {
        guard hasDigit else { return [] }
        var found: [LooseFinding] = []
        if hasWord("on"), units.contains(0x2F) || units.contains(0x2D) {
            found += findings("exactDate", EnglishDayShapes.dayMonthAfterOn, group: 1)
        }
        if units.contains(0x2F), hasAnyWord(["to", "and", "until", "till"]) {
            found += findings("exactDate", EnglishDayShapes.secondDayMonth, group: 1)
        }
        if hasAnyWord(EnglishDayShapes.lowerMonthWords) {
            found += findings("exactDate", EnglishDayShapes.dayAfterLowerMonth, group: 1)
        }
        if hasWord("the"), hasAnyWord(["and", "or", "to", "until", "till"]) {
            found += findings("exactDate", EnglishDayShapes.secondOrdinalDay, group: 1)
        }
        if hasAnyWord(["and", "or"]), hasAnyWord(EnglishDayShapes.titleMonthWords) {
            found += findings("exactDate", EnglishDayShapes.firstOfTwoDays, group: 1)
        }
        if hasAnyWord(EnglishDayShapes.weekdayWords) {
            found += findings("exactDate", EnglishDayShapes.dayMonthAfterWeekday, group: 1)
        }
        if hasAnyWord(["for", "to", "till", "until"]), hasAnyWord(EnglishDayShapes.arrangedWords) {
            found += findings("exactDate", EnglishDayShapes.dayMonthArranged, group: 1)
        }
        return found
    }
}

/// The patterns of ``TextScan/englishDayFindings()``.
enum EnglishDayShapes {
    /// A day and a month, d/m or d-m with no year, right after "on": "paid the clerk on 3/5", "received the
    /// letter on 2-3", "i paid on 4-11". Group 1 is the day. A count's range or a fraction before a noun
    /// ("on 2-3 occasions", "on 1/2 of the budget") or a score before a verb ("on 3-4 was") stays.
    static let dayMonthAfterOn = DataShapes.regex(
        #"(?<![\p{L}])(?i:on)\s+(0?[1-9]|[12]\d|3[01])[/-](?:0?[1-9]|1[0-2])(?![\p{N}]|[/.-]\p{N})(?!\s+(?:of|was|were|is|are|in\s+favou?r)\b|\s+\p{Ll}+s\b)"#
    )
    /// The second day and month of a span, d/m after another d/m and "to", "and", "until" or "till":
    /// "moved from 3/10 to 5/10". Group 1 is the day. Fractions or scores ("1/2 and 3/4 of the land") have
    /// "of" or a plural noun after them.
    static let secondDayMonth = DataShapes.regex(
        #"(?<![\p{N}/.-])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])\s+(?:to|and|until|till)\s+(0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?![\p{N}]|[/.-]\p{N})(?!\s+(?:of|was|were|is|are)\b|\s+\p{Ll}+s\b)"#
    )
    /// Months' names and short names in lower case, "may" aside (the verb) (folded).
    static let lowerMonthWords: Keywords = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// A day right after a month's name written in lower case, as comments write it: "july 19 at around
    /// 9am", "on aug 26". Group 1. A year after it makes a full date, another rule's; "may" is left out.
    static let dayAfterLowerMonth = DataShapes.regex(
        #"(?<![\p{L}])(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s+([12]?\d|3[01])(?:st|nd|rd|th)?(?![\p{L}\p{N}]|[/.:,-]\p{N})(?!,?\s+\d{4})"#
    )
    /// The second of two ordinal days joined by "and" or "or": "on the 14th and the 22nd of last month",
    /// "the 9th or the 27th"; or the end of a span or a move, joined by "to", "until" or "till", with after or
    /// before also after it ("moved from the 17th to the 18th after a call": the thirty-sixth round). Group 1 is
    /// the second day; the first is the ordinal rules'. Two ordinals before a noun ("the 14th and the 15th
    /// centuries", "the 3rd and 4th floors", "from the 3rd to the 5th grade") stay.
    static let secondOrdinalDay = DataShapes.regex(
        #"(?<![\p{L}])(?i:the)\s+(?:[12]?\d|3[01])(?:st|nd|rd|th)\s+(?:and|or|to|until|till)\s+(?:the\s+)?([12]?\d|3[01])(?:st|nd|rd|th)(?=\s*[,;:.!?)]|\s*$|\s+(?:of|at|in|and|but|when|after|before|i|we|they|he|she)\b)"#
    )
    /// Months' names and short names, "may" with them (folded): the gate of ``firstOfTwoDays``, whose
    /// pattern wants them in title case.
    static let titleMonthWords = Keywords(lowerMonthWords.words.union(["may"]))
    /// The first of two days before one month's name, joined by "and" or "or": "on 4 and 9 March", "the
    /// hearings of 12 or 13 June". Group 1 is the first day; the second goes with its month (the full
    /// date's rule). The month in title case ("rooms 2 and 3 may be used" stays), no digit or letter
    /// before the first day ("Articles 2 and 3 June's law" is rare enough; "1.5 and 3 May" stays).
    static let firstOfTwoDays = DataShapes.regex(
        #"(?<![\p{L}\p{N}/.,-])(0?[1-9]|[12]\d|3[01])\s+(?:and|or)\s+(?:0?[1-9]|[12]\d|3[01])\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b"#
    )
    /// English weekdays' names and short names (folded): the gate of ``dayMonthAfterWeekday``.
    static let weekdayWords: Keywords = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thurs", "fri", "sat", "sun",
    ]
    /// A day and month, d.m, d/m or d-m with no year, right after a weekday's name in title case: "on
    /// Friday 21.3 the clerk called", "Tuesday, 4/11". Group 1 is the day; the month stays. A year after
    /// it is the full date's rule; a count after a weekday ("Sunday 2-3 hours") has a plural noun after it.
    static let dayMonthAfterWeekday = DataShapes.regex(
        #"(?<![\p{L}])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|Thu(?:rs)?|Fri|Sat|Sun)\.?,?\s+(0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])(?![\p{N}]|[/.-]\p{N})(?!\s+\p{Ll}+s\b)"#
    )
    /// Words that arrange a visit or a hearing for a day (folded): the gate of ``dayMonthArranged``.
    static let arrangedWords: Keywords = [
        "scheduled", "rescheduled", "set", "booked", "planned", "fixed", "moved", "postponed", "due", "arranged",
    ]
    /// A day and month, d.m, d/m or d-m with no year, after a word that arranges it and for, to, till or until
    /// (the thirty-ninth round): "Fire check scheduled for 28.8", "the hearing was moved to 3/9", "postponed
    /// till 12-10". Group 1 is the day; the month stays. Counted over the shipped batches: the three such d/m
    /// (heldout-51, -67) are removed, none kept. A count or a share has a plural noun or "of" after it ("set
    /// for 2-3 weeks", "due to 1/2 of the staff"); a year after it is the full date's rule.
    static let dayMonthArranged = DataShapes.regex(
        #"(?<![\p{L}])(?i:scheduled|rescheduled|set|booked|planned|fixed|moved|postponed|due|arranged)\s+(?i:for|to|till|until)\s+(0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])(?![\p{N}]|[/.-]\p{N})(?!\s+(?:of|was|were|is|are)\b|\s+\p{Ll}+s\b)"#
    )
}
