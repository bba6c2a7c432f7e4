import Foundation
import TextScanning

/// The shapes personal data is written in, as patterns: e-mail addresses (also written to dodge a
/// filter), profile links and handles, dates written in full, in words or without a year, vehicle
/// plates, passports, insurance cards, and runs of digits that may be phone numbers. They read the text
/// alone; what a match means is decided by the rules that use them.
package enum DataShapes {
    package static let emailPattern = regex(
        #"(?<![\p{L}\p{N}._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\p{L}\p{N}])"#)
    /// 12/4/2026, 12-04-2026, 12.04.2026, with "ngày" or "hôm" before it taken in.
    package static let numericDatePattern = regex(
        #"(?<![\p{L}\p{M}\p{N}/.-])(?:(?i:ngày|ngay|hôm|hom)\s+)?(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\p{L}\p{N}/]|[.-]\d)"#
    )
    /// 2026-04-12.
    package static let isoDatePattern = regex(#"(?<![\p{N}/.-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}/]|[.-]\d)"#)
    /// "ngày 12 tháng 4 năm 2026", with or without diacritics.
    package static let wordDatePattern = regex(
        #"(?<![\p{L}\p{M}])(?i:ngày|ngay)\s+(\d{1,2})\s+(?i:tháng|thang)\s+(\d{1,2})\s*(?:,\s*)?(?i:năm|nam)\s+(\d{4})(?![\p{N}])"#
    )
    /// Car plates (30A-123.45, 51F-12345, 29A 12345, 51LD-123.45) and motorbike plates (29-B1 123.45, 59X1-123.45).
    package static let platePattern = regex(
        #"(?<![\p{L}\p{M}\p{N}.,/-])\d{2}(?:-?[A-Z]{1,2}\d?|[A-Z]{1,2}-?\d)?[ -]?(?:\d{3}\.\d{2}|\d{4,5})(?![\p{L}\p{M}\p{N}]|[.,/-]\d)"#
    )
    /// A passport: one capital letter and 7 digits (B1234567, C1234567).
    package static let passportPattern = regex(#"(?<![\p{L}\p{M}\p{N}])[A-Z]\d{7}(?![\p{L}\p{M}\p{N}])"#)
    /// A health insurance card: two capitals and 13 digits (DN4010123456789).
    package static let healthCardPattern = regex(#"(?<![\p{L}\p{M}\p{N}])[A-Z]{2}\d{13}(?![\p{L}\p{M}\p{N}])"#)
    /// A run of digits with single spaces, dots, dashes or a bracketed area code between groups:
    /// 0912 345 678, +84 912-345-678, (024) 3825 1234, 0101234567-001. Runs next to a letter or a slash
    /// are left alone ("172/2025/NĐ-CP", "500.000đ", "B1"). A trunk zero in brackets after the country
    /// code is part of it: +84 (0) 912 345 678. A dot with a space either side joins groups as a dot does
    /// ("098 . 765 . 4321", "0 3 5 9 . 4 4 1 . 8 2 6": a number copied out digit by digit); a dash so spaced
    /// does not ("2019 - 2020" are two years). A number glued to its cue is one: "sđt0912…", "liên hệ0905…".
    package static let numberPattern = regex(
        #"(?=[\d+(])(?:(?<![\p{L}\p{M}\p{N}/.,+-])|(?<=(?i:sđt|sdt|đt|dt|điện thoại|dien thoai|liên hệ|lien he)))(?:\+|\(\+?)?\d+(?:(?:\) ?|[ .-]| \. | ?\(0\) ?)\d+)*(?![\p{L}\p{M}\p{N}/]|[.,]\d)"#
    )
    /// Two numbers joined by a slash, each of a phone's length and first digit: "0987654321/0912000111".
    /// The number pattern leaves runs next to a slash alone (they are documents' numbers), so these are
    /// read here and kept only when both halves are phone numbers.
    package static let phonePairPattern = regex(
        #"(?<![\p{L}\p{M}\p{N}/.,+-])(0\d{9,10})/(0\d{9,10})(?![\p{L}\p{M}\p{N}/])"#)
    /// A phone number with some digits replaced by x or *: 0905.xxx.123, 09xx 123 456.
    package static let maskedPhonePattern = regex(
        #"(?<![\p{L}\p{M}\p{N}.])(?:\+?84|0)[0-9xX*]{2,3}(?:[ .-]?[0-9xX*]{2,4}){2,3}(?![\p{L}\p{M}\p{N}])"#)
    /// A day in digits or words, then a month in words or a lunar month's name: "ngày mười lăm tháng
    /// bảy", "mồng tám tháng Giêng", "28 tháng Chạp". Group 1 is the day, group 2 the month.
    package static let spelledDatePattern = regex(
        #"(?i)(?<![\p{L}\p{M}\p{N}])(?:(?:ngày|ngay|hôm|hom|bữa)\s+)?(?:(?:mùng|mồng|mung|mong)\s+)?((?:hai mươi|hai muoi|ba mươi|ba muoi|hăm|ham|mười|muoi)(?:\s+(?:mốt|mot|một|hai|ba|bốn|bon|tư|tu|năm|nam|lăm|lam|sáu|sau|bảy|bay|tám|tam|chín|chin))?|một|mot|hai|ba|bốn|bon|năm|nam|sáu|sau|bảy|bay|tám|tam|chín|chin|\d{1,2})\s+(?:tháng|thang)\s+(giêng|gieng|chạp|chap|trước|truoc|này|tới|rồi|roi|mười một|muoi mot|mười hai|muoi hai|một|mot|hai|ba|tư|tu|bốn|bon|năm|nam|sáu|sau|bảy|bay|tám|tam|chín|chin|mười|muoi|\d{1,2})(?![\p{L}\p{M}\p{N}/])"#
    )
    /// A range from a day of Tết to a lunar day set apart by a comma, the time a general statement holds:
    /// "Từ mùng 1 Tết đến rằm tháng Giêng, chợ không thu phí", "… đến hết tháng Giêng,". Without the comma a visit may follow ("…
    /// rằm tháng Giêng cán bộ đến nhà"), and a range of days before Tết is a visit's ("Từ mùng 3 đến mùng 7
    /// Tết cán bộ vẫn đến thu tiền").
    package static let tetRangePattern = regex(
        #"(?i)(?<![\p{L}\p{M}])(?:từ|tu)\s+(?:mùng|mồng|mung|mong)\s+\d{1,2}\s+(?:tết|tet)\s+(?:(?:đến|tới|den|toi)(?:\s+(?:hết|het))?|hết|het)\s+(?:(?:mùng|mồng|mung|mong)\s+\d{1,2}|rằm|ram|(?:tháng|thang)\s+(?:giêng|gieng))(?:\s+(?:tết|tet|(?:tháng|thang)\s+(?:giêng|chạp|gieng|chap)))?(?=\s*,)"#
    )
    /// A Tết break told by its first and last days after nghỉ Tết: "nghỉ Tết Nguyên đán từ 26 tháng Chạp đến hết
    /// mùng 5 tháng Giêng", "nghi tet tu 28/1 den 2/2" (the thirty-seventh round): a school's or an office's
    /// calendar, no visit.
    package static let tetBreakPattern = regex(
        #"(?i)(?<![\p{L}\p{M}])(?:nghỉ|nghi)\s+(?:tết|tet)(?:\s+(?:nguyên đán|nguyen dan|âm lịch|am lich))?(?:\s+(?:năm|nam)\s+\d{4})?\s+(?:từ|tu)\s+(?:(?:ngày|ngay|mùng|mồng|mung|mong)\s+)?\d{1,2}(?:\s+(?:tháng|thang)\s+(?:chạp|chap|giêng|gieng|\d{1,2})|\s+(?:tết|tet)|/\d{1,2})?\s+(?:đến|tới|den|toi)(?:\s+(?:hết|het))?\s+(?:(?:ngày|ngay|mùng|mồng|mung|mong)\s+)?\d{1,2}(?:\s+(?:tháng|thang)\s+(?:chạp|chap|giêng|gieng|\d{1,2})|\s+(?:tết|tet)|/\d{1,2})?"#
    )
    /// A day of Tết after trước, sau or qua, the bound of a period as rằm is there: "trước Mùng 3 Tết",
    /// "Sau Mùng 3 Tết, đoàn thanh tra…".
    package static let tetBoundPattern = regex(
        #"(?i)(?<![\p{L}\p{M}])(?:trước|sau|qua|truoc)\s+(?:mùng|mồng|mung|mong)\s+\d{1,2}\s+(?:tết|tet)(?![\p{L}\p{M}])"#
    )
    /// A day of Tết before mà, thì or là, the holiday spoken of: "Mùng 3 Tết mà vẫn…", "Mùng 5 Tết thì thôi",
    /// "mung 4 Tet la cho hop lai".
    package static let tetTopicPattern = regex(
        #"(?i)(?<![\p{L}\p{M}])(?:mùng|mồng|mung|mong)\s+\d{1,2}\s+(?:tết|tet)\s+(?:(?:rồi|roi)\s+)?(?:mà|thì|ma|thi|là|la)(?![\p{L}\p{M}])"#
    )
    /// A day alone after a time of day: đêm 24, sáng hôm 30, chiều ngày 5.
    package static let bareDayPattern = regex(
        #"(?i)(?<![\p{L}\p{M}])(?:đêm|sáng|trưa|chiều|chieu|tối|hôm|hom|bữa|toi|sang|dem|trua)\s+(?:(?:hôm|hom|ngày|ngay)\s+)?(\d{1,2})(?![\p{L}\p{M}\p{N}/-]|[.,]\d)"#
    )
    /// Rằm (the 15th of a lunar month) after a time of day, ngày, hôm or bữa and before tháng. After sau,
    /// trước or qua it is the festival a period is told from ("Sau Rằm tháng Bảy"), no day.
    package static let fullMoonPattern = regex(
        #"(?i)(?<![\p{L}\p{M}])(?:đêm|sáng|trưa|chiều|tối|hôm|ngày|bữa|đến|tới|vào|từ)\s+(rằm)(?=\s+tháng\s)"#
    )
    /// A day then "tây" (solar) or "âm" (lunar), before a pause, "lịch" or someone: "3 tây,", "15 âm cán
    /// bộ đến"; not a month's number ("tháng 3 âm lịch"). Also a day before its month's number and âm: "tới
    /// 18 tháng 7 âm", "12 tháng 3 âm lịch", unless a festival's name is before it ("Trung thu 15 tháng 8 âm
    /// lịch") or mùng, ngày or hôm, whose own rules read it. Group 1 is the day.
    package static let calendarDayPattern = regex(
        #"(?<![\p{L}\p{M}\p{N}/.,-])(?<!(?i:tháng|thang) )(\d{1,2})\s+(?:(?:tây|âm)(?=\s*[,.;:!?)]|\s*$|\s+(?:lịch|cán|tôi|tui|em|anh|chị|ông|bà|nó|họ)(?![\p{L}\p{M}]))|(?<!(?i:mùng|mồng|mung|mong|ngày|ngay|hôm|hom) \d{1,2} )(?i:tháng)\s+\d{1,2}\s+âm(?![\p{L}\p{M}]))"#
    )
    /// An English day by its ordinal after on, since, by, until or from and the (group 1, its suffix with it
    /// since the thirty-ninth round: "on the [removed] of June", not "[removed]nd"): "On the 12th the
    /// officers came". The month, when one follows, is left; a noun after it makes it no day ("on the 5th
    /// floor"): a pause, "of" or a word that opens a clause must follow.
    package static let ordinalDayPattern = regex(
        #"(?<![\p{L}\p{N}])(?i:on|since|by|until|from) the (\d{1,2}(?:st|nd|rd|th))(?=\s*[,.;:!?]|\s+(?:of|the|we|they|I|he|she|nobody|someone|a|an|our|my|at|in)(?![\p{L}\p{N}]))"#
    )
    /// A day of Tết said to be a day off or a holiday (folded): "Mùng 1 Tết là ngày nghỉ" is no visit's.
    package static let tetHolidayAfter = regex(#"^\s*tet\s+la\s+(?:ngay\s+)?(?:nghi|le)\b"#)
    /// What says a national day is the holiday, right after it (folded): "2/9 là Quốc khánh", "30-4 nghỉ lễ",
    /// or the holiday's own name: "20/11 Ngày Nhà giáo Việt Nam", "8/3 (Quốc tế Phụ nữ)", or its anniversary
    /// told: "22/12 kỷ niệm thành lập Quân đội", or a day off then its name ("02/9 nghỉ (Quốc khánh)": the
    /// thirty-ninth round), or an office or everyone said to be off: "Ngày 30-4 phường nghỉ",
    /// or said to come each year or to be a traditional or founding day: "ngày 26/3 hằng năm", "14/10, Ngày
    /// truyền thống Hội Nông dân". Nghỉ lễ up to two words after it, whoever is off ("Ngày 2/9 trạm nghỉ lễ Quốc
    /// khánh", "ngay 2-9 la nghi le": the forty-first round); or said to be a day off or a holiday in apposition:
    /// "ngày 30-4 năm ấy được nghỉ", "Sáng 30/4, ngày lễ, …" (the forty-second round).
    package static let holidayNamedAfter = regex(
        #"^\s*(?:la\s+(?:ngay\s+)?(?:quoc khanh|le|tet|ngay le|giai phong)|(?:[a-z]+\s+){0,2}(?:duoc\s+)?nghi le|(?:[a-z]+\s+){0,2}duoc nghi|,\s*ngay le|(?:phuong|xa|co quan|uy ban|ubnd|truong|cong ty|ca nuoc|moi nguoi|trai)\s+(?:duoc\s+)?nghi|ky niem|hang nam|moi nam|(?:nghi\s*)?[,(-]?\s*(?:ngay\s+)?(?:truyen thong|thanh lap|nha giao|phu nu viet nam|quoc te (?:phu nu|lao dong|thieu nhi)|thay thuoc|thuong binh liet si|quoc khanh|giai phong mien nam))\b"#
    )
    /// Whether the folded text `before` a national day's d/m names it as the holiday (``WordClasses/holidayCues``)
    /// or ends a period from Tết or from no date to it: "Từ mùng 3 Tết đến 30-4", "từ đầu năm đến 30/4". "Đến
    /// 30-4 vẫn chưa có ai trả lời" is a deadline the citizen waited to, and "Từ 16/10 đến 20/10" a span of days.
    /// English "after" and "before" are sau and trước ("right after 30-4"); "by 30-4" is a deadline, as đến is.
    package static func boundsHoliday(_ before: String) -> Bool {
        let clause = before.split(omittingEmptySubsequences: false, whereSeparator: { ".!?;\n".contains($0) }).last
        let words = Folding.words(String(clause ?? ""))
        guard let last = words.last else { return false }
        if WordClasses.holidayCues.contains(last) { return true }
        // English sau and trước (the forty-second round): "signed right after 30-4", "before 2/9".
        if last == "after" || last == "before" { return true }
        // English (the thirty-ninth round): "the shop was shut for 30-4", "closed over 2/9", "the 30-4 holiday".
        if ["for", "over"].contains(last), words.count >= 2,
            ["shut", "closed", "off", "break", "holiday", "holidays"].contains(words[words.count - 2])
        {
            return true
        }
        guard last == "den", let from = words.dropLast().lastIndex(of: "tu") else { return false }
        let between = words[(from + 1)..<(words.count - 1)]
        return between.contains("tet") || !between.contains { $0.first?.isNumber == true }
    }
    /// "và" or a comma and a d/m right after a date (folded): " và 1-5".
    package static let listedDayMonth = regex(#"^\s*(?:va|,)\s*(\d{1,2})[-/.](\d{1,2})(?![\d/.-])"#)
    /// Ten or eleven single digits with commas, spaces or dashes between: a phone number written out to
    /// dodge a filter ("0,9,8,2,1,1,4,5,6,7", "0 9 1 2 - 8 8 7 - 6 5 4"); an en or em dash too (the thirty-fifth
    /// round: "0 9 0 4 — 5 5 1 — 2 8 7").
    package static let commaDigitsPattern = regex(
        #"(?<![\p{N},])\d(?:(?:,| ?[-–—] ?| )\d){9,10}(?![\p{N}]|(?:,| ?[-–—] ?| )\d)"#)
    /// d/m, d-m or d.m: the separator repeated nowhere, no year after. A day listed before it after the
    /// cue goes with it, up to three ("các ngày 11 và 14/3 năm 2025", "ngày 3, 4 và 5/7": all are told), and so
    /// does a day's digit scanned apart from the next after the cue ("Ngày 1 3/10" is the 13th).
    package static let dayMonthPattern = regex(
        #"(?<![\p{L}\p{M}\p{N}/.,-])(?:((?i:ngày|ngay|hôm|hom|mùng|mồng|mung|mong))\s+(?:\d{1,2}(?:\s*,|\s+(?i:và|va|hoặc|hoac))\s*){0,3}(?:\d\s(?=\d[/.-]\d))?)?(\d{1,2})([/.-])(\d{1,2})(?![\p{N}]|[/.-]\d|,\d|\p{Lu})"#
    )
    /// Whether the folded words before a d/m make it a date: a time's word last (sáng, từ, hôm…:
    /// ``WordClasses/dateCues``; "tỷ lệ" folds to hold "le", a holiday's lễ, and is a ratio), or a weekday.
    package static func cuesDayMonth(_ words: [String]) -> Bool {
        (words.last.map(WordClasses.dateCues.contains) ?? false) && words.suffix(2) != ["ty", "le"]
            || endsOnWeekday(words)
    }
    /// Whether folded `words` end on a weekday's name (thứ hai … thứ bảy, thu 2 typed so, chủ nhật), which makes
    /// the d/m after it a date: "vào thứ Hai 7/4 họ đến" (hai alone is a number's word, which would keep it),
    /// "chủ nhật 10-11 thì được báo" (the thirty-sixth round: a d-m after it is no range).
    package static func endsOnWeekday(_ words: [String]) -> Bool {
        guard words.count >= 2 else { return false }
        let (first, last) = (words[words.count - 2], words[words.count - 1])
        return first == "thu" && ["hai", "ba", "tu", "nam", "sau", "bay", "2", "3", "4", "5", "6", "7"].contains(last)
            || first == "chu" && last == "nhat"
    }
    /// A day's number before a comma, và or hoặc: a list's member ("ngày 11 và 14 tháng 3").
    static let listedDay = #"\d{1,2}(?:\s*,|\s+(?i:và|va|hoặc|hoac))"#
    /// ngày 12 tháng 4, mùng 8 tháng 3, bữa 20 tháng 11 (bữa, the South's hôm, only before its month: "bữa 16
    /// ổng tới" stays) (a year after is the full date's); the days listed before a month's go
    /// with it ("các ngày 11 và 14 tháng 3", "ngày 5, 6 và 7 tháng 7").
    package static let dayOfMonthPattern = regex(
        #"(?<![\p{L}\p{M}])(?i:(?:ngày|ngay|hôm|hom)\s+(?:mùng|mồng|mung|mong)|ngày|ngay|hôm|hom|mùng|mồng|mung|mong|(?:bữa|bua)(?=\s+\d{1,2}\s+(?:tháng|thang)\s+\d))\s+(?:"#
            + listedDay + #"\s+(?=(?:"# + listedDay + #"\s+){0,2}\d{1,2}\s+(?i:tháng|thang)\s+\d)){0,3}"#
            + #"(\d{1,2})(?:\s+(?i:tháng|thang)\s+(\d{1,2}))?(?![\p{N}/-]|\.\d)"#
    )
    /// A range of days in one month, d-d/m or d đến d/m: "từ 12-14/9", "từ 20 đến 22/8". The month must be one, the days in order.
    package static let dayRangePattern = regex(
        #"(?<![\p{L}\p{M}\p{N}/.,-])(\d{1,2})(?:\s?[-–]\s?|\s+(?:đến|tới|den)\s+)(\d{1,2})/(\d{1,2})(?![\p{N}]|[/.-]\d|,\d|\p{Lu})"#
    )
    /// A part of the day, a day and its month: "đêm 28 rạng sáng 29 tháng 3", "chiều 9 tháng 7"; or a day
    /// and "thg", the month's short form a page's date is written in: "22 thg 8 lúc 21:14".
    package static let partOfDayPattern = regex(
        #"(?:(?<![\p{L}\p{M}])(?i:sáng|chiều|tối|đêm|trưa|khuya|sang|chieu|toi|dem|trua)\s+|(?<![\p{L}\p{M}\p{N}/.,:-])(?=\d{1,2}\s+thg\s))(\d{1,2})\s+(?i:tháng|thang|thg)\s+(\d{1,2})(?![\p{N}/-]|\.\d)"#
    )
    /// A day and its month's number after a word of roughly or back then: "khoảng 18 tháng 2", "tầm 5 tháng
    /// 9", "hồi 12 tháng 3" (the thirty-ninth round); after a span's end or a time's "vào": "đến 20 tháng 7", "tới
    /// 5 tháng 8", "vào 14 tháng 6" (the fortieth round). The caller leaves it when a unit or a count follows
    /// ("khoảng 3 tháng 1 lần": once in three months), and a national day after đến, tới or vào ("đến 30 tháng 4").
    /// Group 1 is the cue, 2 the day, 3 the month.
    package static let approximateDayPattern = regex(
        #"(?<![\p{L}\p{M}])(?i:(khoảng|khoang|tầm|chừng|hồi|đến|tới|vào))\s+(\d{1,2})\s+(?i:tháng|thang)\s+(\d{1,2})(?![\p{N}/-]|\.\d)"#
    )
    /// A span's end in the national day's own month right after it (folded): " đến 20/6" in "Từ 1/6 đến 20/6"
    /// is days of June, not Children's Day (the thirty-ninth round). Group 1 is the month.
    package static let sameMonthSpanEnd = regex(#"^\s*(?:den|toi)\s+(?:(?:het|ngay)\s+)?\d{1,2}[/.-](\d{1,2})(?!\d)"#)
    /// A day's name right before its date: ngày, lễ or Tết and a capitalised word, then no pause or
    /// digit ("Ngày Nhà giáo Việt Nam 20/11", "Tết Độc lập 2/9"); or a gift or a greeting for it ("tiền quà
    /// 20/11", "quà 8/3", "mừng 2/9", "tặng 8/3", "liên hoan 20/11", "quỹ 1/6"), which a national day's
    /// date alone follows.
    package static let namedDayEnd = regex(
        #"(?<![\p{L}\p{M}])(?:(?:[Nn]gày|[Ll]ễ(?: hội)?|[Tt]ết|[Gg]iỗ)\s+\p{Lu}[^,.;:!?()\d\n]{0,30}|[Qq]uà|[Mm]ừng|[Kk]ỷ niệm|[Cc]húc mừng|[Tt]ặng|[Ll]iên hoan|[Qq]uỹ)\s$"#
    )
    /// A named day's name right before its date: Ngày or Ngày hội, then a capitalised name that is no
    /// weekday's, then no pause or digit ("Ngày Pháp luật Việt Nam ", "Ngày hội Đại đoàn kết ").
    package static let observanceEnd = regex(
        #"(?<![\p{L}\p{M}])[Nn]gày(?: hội)?\s+(?!(?:Chủ|Thứ|Chu|Thu)\s)\p{Lu}[^,.;:!?()\d\n]{0,34}\s$"#)
    /// A day's number after a listed day: ", 6", " và 9" in "mùng 3, 6 và 9 trong tháng 8", or the end of a
    /// stay: "hôm 28, đến 30 mới…". Not an hour: "hôm 5 đến 10 giờ".
    package static let listedDayPattern = regex(
        #"\G(?:\s*,\s*|\s+(?:và|va|hoặc|hoac)\s+|,?\s+(?:đến|tới|den)\s+)(\d{1,2})(?![\p{L}\p{M}\p{N}/.-]|,\d|\s*(?i:giờ|gio|h|tiếng|tieng)(?![\p{L}\p{M}]))"#
    )
    /// A weekday's name in title case and a bare day's number: "thứ Sáu 17 cán bộ đã gọi lại". Group 1 is
    /// the day. In lower case "thứ hai" is as often "the second".
    package static let weekdayDayPattern = regex(
        #"(?<![\p{L}\p{M}])(?:[Tt]hứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|[Tt]hu (?:Hai|Ba|Tu|Nam|Sau|Bay)|[Cc]hủ [Nn]hật|[Cc]hu [Nn]hat),?\s+(\d{1,2})(?![\p{L}\p{M}\p{N}/.:-]|,\d)"#
    )

    // Online identities: profile links, handles and e-mail addresses written to dodge a filter.
    package static let profileLinkPattern = regex(
        #"(?i)(?<![\p{L}\p{N}])(?:https?://)?(?:www\.|m\.|web\.)?(?:facebook\.com|fb\.com|fb\.me|m\.me|messenger\.com|tiktok\.com|zalo\.me|t\.me|instagram\.com|youtube\.com|twitter\.com|x\.com|threads\.net)/[^\s,;)\]”"]+"#
    )
    /// A Skype id: live:name.
    package static let skypePattern = regex(#"(?<![\p{L}\p{N}])live:[A-Za-z0-9._-]{3,}[A-Za-z0-9_]"#)
    package static let handlePattern = regex(#"(?<![\p{L}\p{N}._%+@-])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}(?<![.])"#)
    /// local (at) domain (dot) tld, with the words in brackets or spaced out: a còng, chấm, [.] or (.); gmail
    /// read out as it sounds ("… a còng gờ meo chấm com"); a provider's domain with a space for its dot ("x [a]
    /// gmail com", the twenty-seventh round).
    /// "email me at x [at] y dot com": an English pronoun before at is no local part, nor a chat platform's
    /// name ("on Zalo at minhtuan.travel": the handle is EnglishShapes'; the thirtieth round); nor is a word before
    /// " at " whose domain runs into an (at) or [at] ("source at hoang.lan[at]yahoo.com.vn"), or whose domain
    /// is followed by another " at " and a spelled domain: in "the trader at minhtrang dot border at gmail dot
    /// com" the address is the second (the thirty-seventh round). A domain of digits and dots alone is a
    /// number: "home is at 11.2451, 105.8763" (coordinates), "meet at 5.30" (the fortieth round).
    package static let obfuscatedEmailPattern = regex(
        #"(?i)(?<![\p{L}\p{N}._%+-])(?!(?:me|us|him|her|them|you|zalo|viber|whatsapp|telegram|line|instagram|insta|tiktok|facebook|fb|wechat|kakaotalk|skype|messenger|signal)\s+at\s)[a-z0-9._%+-]+(?:\s(?:chấm|cham|dot)\s[a-z0-9._%+-]+)*\s*(?:\(at\)|\[at\]|\{at\}|\[a\]|\(a\)|\(a còng\)|\s(?:at|a còng|a cong)\s|\s@\s|@\s|\s@)\s*(?![\d.]++(?![a-z0-9-]))(?:gờ\s?meo|gờ\s?mail|go\s?meo|[a-z0-9-]+)(?:(?:\s*(?:\.|\(dot\)|\[dot\]|\(\.\)|\[\.\]|\s(?:dot|chấm|cham)\s)\s*[a-z0-9-]+)+|(?<=gmail|yahoo|outlook|hotmail)\s(?:com|vn|net)(?![a-z0-9]))(?![a-z0-9-]*(?:\s*[\[({](?:at|a)[\])}]|\s+(?:at|a còng|a cong)\s+[a-z0-9-]+\s*(?:\.|\s(?:dot|chấm|cham)\s)))"#
    )
    /// A mail sender's or a website's domain spelled with " dot com", a dot or a digit in its name:
    /// "thuecoso.hotro2025 dot com", "hotro-thue24 chấm vn" (the thirty-seventh round). An office's domain (gov,
    /// edu) is left to the caller.
    package static let spelledDomainPattern = regex(
        #"(?i)(?<![\p{L}\p{N}._%@+-])(?=[a-z0-9-]*[.\d])[a-z0-9][a-z0-9.-]*[a-z0-9](?:\s(?:dot|chấm|cham)\s(?:gov|edu|com|net|org))?\s(?:dot|chấm|cham)\s(?:com|net|vn|org|info)(?![\p{L}\p{N}])"#
    )
    /// An address told in words to a mail provider: "hoa.nguyen92 tại gmail", "le.binh tai yahoo chấm com", or with
    /// its @ said as a dot too ("thu.ha chấm gmail chấm com": the thirty-third round).
    /// The local part needs a dot, a digit or an underscore: "tài khoản tại gmail" names no address.
    package static let providerEmailPattern = regex(
        #"(?i)(?<![\p{L}\p{N}._%+-])[a-z0-9%+-]*(?:[._][a-z0-9%+-]+|\d)[a-z0-9._%+-]*\s+(?:tại|tai|at|ở|o|chấm|cham)\s+(?:gmail|yahoo|outlook|hotmail|icloud|ymail)(?:\s*(?:\.|chấm|cham|dot)\s*(?:com|vn|net))*(?![\p{L}\p{N}])"#
    )
    /// A handle with an underscore ("nguyenhoa_official"), which no Vietnamese or English word has: a
    /// handle wherever it stands.
    package static let underscoreHandlePattern = regex(
        #"(?<![\p{L}\p{N}@._/-])[A-Za-z0-9]+(?:[._][A-Za-z0-9]+)*_[A-Za-z0-9]+(?:[._][A-Za-z0-9]+)*(?![\p{L}\p{N}@]|\.[A-Za-z])"#
    )
    package static let handleTokenPattern = regex(#"^[A-Za-z0-9_.]{3,40}$"#)

    /// A syllable no Vietnamese word has: two consonants first that make no Vietnamese onset (bl, kr,
    /// ks, hm…), or a consonant last that ends none (r, l, s…): folded, in lower case.
    package static let foreignShape = regex(
        #"^(?!ng|tr)[bcdfgklmnpqrstvxz][bcdfgklmnpqrstvxz]|^[bdflmrsvxz]h|[bdfklqrsvxz]$|[^n]g$|[^cn]h$"#)

    /// Compiles a pattern known at build time, its case-insensitive letters as classes of their cases
    /// (``CaselessPattern``) and its alternations of words as trees (``FactoredAlternation``); a bad one is
    /// a programmer error.
    package static func regex(_ pattern: String) -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: FactoredAlternation.factor(CaselessPattern.expand(pattern)))
        } catch {
            preconditionFailure("bad data shape pattern \(pattern): \(error)")
        }
    }
}

extension NSRegularExpression {
    /// Whether the pattern matches anywhere in `text` (on ICU directly: ``PatternMatch``).
    package func matches(_ text: String) -> Bool { hasPatternMatch(in: text) }
}
