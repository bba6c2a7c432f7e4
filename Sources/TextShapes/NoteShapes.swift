import Foundation
import TextScanning

/// The shapes of a chat export's line, of an English note's day and of a transfer's note: a writer's
/// display name between the time and a colon, a day of a named month, a transfer note's cue. The sanitizer decides what a match means.
package enum NoteShapes {
    /// A chat line's time in brackets, then its writer's display name (one to five words, no digit, no
    /// bracket), then a colon: the name is whatever the writer chose, a nickname as often as a name.
    /// A day and a month may open the brackets, and then the line may open anywhere after a space, as chat
    /// lines copied into a paragraph do ("… HR office: [15/10 08:31] Lan Anh: they came again [15/10 08:32]
    /// …"); a handle may hold digits, and a messenger's name in brackets may follow it ("[02/11 21:40]
    /// dung.sodo (Telegram): …", the twenty-fourth round). The messenger's name may open the brackets before
    /// the time, as a phone's export writes it ("[WhatsApp 21:03] Minh: …", the forty-second round).
    package static let chatWriterPattern = DataShapes.regex(
        #"(?m)(?:^[ \t]*\[(?:(?i:telegram|zalo|whatsapp|wechat|viber|messenger|signal|skype)[ \t]+)?|(?:^|(?<=\s))\[\d{1,2}/\d{1,2}\s+)\d{1,2}:\d{2}(?::\d{2})?\][ \t]*([^\s\d:\[\]][^\d:\[\]\n]{0,40}?|[A-Za-z][\w.-]{1,30}[A-Za-z0-9])(?:[ \t]*\((?i:telegram|zalo|whatsapp|wechat|line|viber|messenger|facebook|signal|kakaotalk|skype)\))?[ \t]*:(?=\s)"#
    )
    /// A chat group's line quoted after the group and a dash: one or two capitalised words, then a colon ("Site
    /// WhatsApp group — Tuấn: they came", "Zalo chat – Lan Anh: …"). Group 1 is the writer's name; the
    /// sanitizer takes it only when its first word is a given name (an "Admin:" or an office stays).
    package static let groupWriterPattern = DataShapes.regex(
        #"(?<![\p{L}])(?i:group|chat)[ \t]*[—–][ \t]*(\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)?)[ \t]*:(?=\s)"#
    )
    /// The words ``groupWriterPattern`` needs: a text without them skips it.
    package static let groupWords: Keywords = ["group", "chat"]
    /// English month names, lower case: the rule runs only on text that has one.
    package static let englishMonthWords: Keywords = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// A day before or after an English month's name, with no year after it: "12 March", "March 19th",
    /// "Aug. 9" and "Aug 11" (a short name, its dot or none, before the day: the twenty-third round).
    /// "May" is the verb as often: capitalised after a day ("19 May") or after on, by, until… ("on May 19").
    package static let englishDayPattern = DataShapes.regex(
        #"(?<![\p{L}\p{N}])(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)|(January|February|March|April|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?|(?<=(?i:on|by|until|till|from|since|before|after)\s)May)\s+(\d{1,2})(?:st|nd|rd|th)?)(?![\p{L}\p{N}])(?!,?\s+\d{4})"#
    )
    /// A day told by its ordinal after "on the", "by the", "until the", "from the" or "not the", before a
    /// pause or "and", "as": "come back on the 28th.", "not the 11th as"; or after a weekday, "On Tue 9th my
    /// husband" (the twenty-second round); after a weekday and "the" or a past verb and "the", or before a
    /// quote ("Wednesday the 10th", "admitted the 17th,", "on the 14th 'with…'": the twenty-third round). Not
    /// a floor or an anniversary ("on the 5th floor", "attended the 13th Congress"). Group 1 is the day.
    package static let englishOrdinalDayPattern = DataShapes.regex(
        #"(?<![\p{L}])(?:(?i:on|by|until|till|from|before|after|not) the |\p{Ll}{3,}ed the |"# + weekdays
            + #"\.?,? (?:the )?)(\d{1,2})(?:st|nd|rd|th)(?=\s*[,.;:!?()'"‘’“”]|\s*$|\s+"# + dayFollowers + #"\s|(?<="#
            + weekdays + #"\.?,? \d{1,2}(?:st|nd|rd|th)))"#
    )
    /// The words that may follow a day's ordinal: a clause's joints and the prepositions of a place or a
    /// manner ("on the 15th near the lake", "on the 4th in cash": the twenty-fourth round), not a noun
    /// ("the 5th floor", "the 70th anniversary").
    static let dayFollowers =
        "(?:and|or|at|to|as|near|in|when|while|with|but|because|so|then|after|before|around|outside|behind|by)"
    static let weekdays = "(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?"
    /// The words that let the English days' rules run: the months' names, "the" and the weekdays' short names.
    package static let englishDayWords = Keywords(
        englishMonthWords.words.union(
            ["the", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]))
    /// Words of a transfer, folded: the rule runs only on text that has one.
    package static let transferWords: Keywords = ["khoan", "ck", "chuyen"]
    /// The note's cue right before its opening quote: "nội dung (chuyển khoản) (ghi)", "ghi chú", "lời
    /// nhắn", "nd ck" (folded).
    package static let transferNoteEnd = DataShapes.regex(
        #"(?:noi dung|nd|ghi chu|loi nhan)(?: (?:chuyen khoan|chuyen tien|ck|giao dich|ghi|la))*\s*:?\s*$"#)
}
