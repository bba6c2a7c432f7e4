import Foundation
import NameFinding
import TextScanning
import TextShapes

/// Numbers written in words or half hidden: a phone number read out digit by digit ("không chín một
/// hai…"), a phone number with masked digits (0905.xxx.123), a day written in words or before a lunar
/// month's name ("mồng tám tháng Giêng", "28 tháng Chạp"), and a day alone after a time of day ("đêm
/// 24", "sáng hôm 30").
extension Sanitizer {
    func spelledNumbers(in scan: TextScan) -> [Span] {
        var spans: [Span] = []
        let words = scan.words
        // Eight digit words or more in a row, spaces or dots between: read-out digits, a phone number.
        var i = 0
        while i < words.count {
            var j = i
            // Read out in groups with commas, a phone opens on zero ("không chín ba bốn, năm…") or follows its cue.
            let commas = words[i].folded == "khong" || scan.opensCuedPhone(at: i)
            while j < words.count, NumberShapes.digitWords.contains(words[j].folded),
                j == i || scan.gapIsSpace(j, commas: commas)
            {
                j += 1
            }
            if j - i >= 8 {
                // An office's hotline read out is the office's: "đường dây nóng một chín không không…".
                if !NumberShapes.hotlineEnd.matches(scan.foldedBefore(words[i].range.location, length: 60)) {
                    spans.append(Span(kind: .phone, range: nameFinder.span(words, i, j - 1), priority: 4))
                }
                i = j
            } else {
                i += 1
            }
        }
        // Masked digits are a word with "xx" or a star: most text skips the pattern.
        let mayBeMasked =
            scan.hasDigit
            && (scan.hasASCII("*") || words.list.contains { $0.lower.containsUTF8("xx") })
        if mayBeMasked {
            for match in scan.matches(DataShapes.maskedPhonePattern) {
                let text = scan.string(match.range)
                guard text.contains(where: { "xX*".contains($0) }), text.filter(\.isNumber).count >= 3 else { continue }
                spans.append(Span(kind: .phone, range: match.range, priority: 4))
            }
        }
        for match in scan.hasWord("thang") ? scan.matches(DataShapes.spelledDatePattern) : [] {
            let text = Self.fold(scan.string(match.range))
            let day = Self.fold(scan.string(match.range(at: 1)))
            let month = Self.fold(scan.string(match.range(at: 2)))
            // After a weekday the month is a name, capitalised: "thứ Hai, 16 tháng Chín" (not "3 tháng sau").
            let before = scan.foldedBefore(match.range.location, length: 16)
            let afterWeekday =
                scan.string(match.range(at: 2)).first?.isUppercase == true
                && NumberShapes.weekdayEnd.firstMatch(
                    in: before, range: NSRange(location: 0, length: (before as NSString).length))
                    != nil
            // "Tối 23 tháng trước": a part of the day right before a day makes it one.
            let cued =
                ["ngay", "hom", "mung", "mong", "bua"].contains { text.hasPrefix($0) } || afterWeekday
                || Self.followsPartOfDay(match.range.location, in: scan)
            let lunar = month == "gieng" || month == "chap"
            // "ba tháng" is three months; only a cue or a lunar month's name makes a date of it.
            guard cued || lunar, !(day.first?.isNumber == true && month.first?.isNumber == true) else { continue }
            // "ngày hai mươi ba tháng trước": a month named from now is a month too.
            let monthNumber =
                NumberShapes.relativeMonths.contains(month) ? 1 : NumberShapes.monthNumbers[month] ?? Int(month) ?? 0
            guard (1...12).contains(monthNumber) else { continue }
            if scan.namesLunarFestival(day: match.range(at: 1), from: match.range.location) { continue }
            let dayEnd = match.range(at: 1).location + match.range(at: 1).length
            let range = NSRange(location: match.range.location, length: dayEnd - match.range.location)
            // The day goes; the month stays as the month of a numeric date does.
            spans.append(Span(kind: .exactDate, range: range, priority: 1))
        }
        // "đêm rằm tháng Giêng": the full moon names the 15th, a day, after a time of day or a cue.
        for match in scan.hasWord("ram") ? scan.matches(DataShapes.fullMoonPattern) : [] {
            // "Hôm rằm tháng 10 dịp lễ Ok Om Bok": a full moon said to be a festival's is the festival's day.
            let following = Self.words(scan.foldedAfter(NSMaxRange(match.range), length: 24))
            if following.dropFirst(2).prefix(2).contains(where: { ["dip", "le", "tet"].contains($0) }) { continue }
            spans.append(Span(kind: .exactDate, range: match.range(at: 1), priority: 1))
        }
        for match in scan.hasDigit && scan.hasAnyWord(NumberShapes.dateTimeWords) ? scan.bareDays() : [] {
            guard let day = Int(scan.string(match.range(at: 1))), (1...31).contains(day) else { continue }
            let following = Self.words(scan.foldedAfter(match.range.location + match.range.length, length: 16))
            let next = following.first ?? ""
            // "tối 30 cán bộ xã gọi": an official after the day, not "cân" (a kilo). "Đêm 14 có người lạ đến": có
            // (there was) opens what happened, no count's cô (the forty-first round).
            let official = following.prefix(2) == ["can", "bo"]
            let happened =
                next == "co"
                && scan.words.list.first(where: { $0.range.location >= NSMaxRange(match.range) })?.lower == "có"
            if !official, !happened,
                WordClasses.unitWords.contains(next) || WordClasses.countWords.contains(next) || next == "thang"
            {
                continue
            }
            // "bữa" is also a meal ("bữa 2 món"): a day only before someone or a pause ("bữa 16 ổng tới").
            let pause = scan.foldedAfter(NSMaxRange(match.range), length: 2).trimmingCharacters(in: .whitespaces)
            if Self.fold(scan.string(match.range)).hasPrefix("bua"), !NumberShapes.peopleAfterDay.contains(next),
                !(pause.first.map { ",.;:)".contains($0) } ?? true)
            {
                continue
            }
            spans.append(Span(kind: .exactDate, range: match.range(at: 1), priority: 1))
        }
        // "3 tây", "15 âm": a day of the solar or the lunar calendar.
        for match in scan.hasDigit && scan.hasAnyWord(["tay", "am"]) ? scan.matches(DataShapes.calendarDayPattern) : []
        where !scan.namesLunarFestival(day: match.range(at: 1), from: match.range.location) {
            guard let day = Int(scan.string(match.range(at: 1))), (1...31).contains(day) else { continue }
            spans.append(Span(kind: .exactDate, range: match.range(at: 1), priority: 1))
        }
        for match in scan.hasDigit && scan.hasAnyWord(["the"]) ? scan.matches(DataShapes.ordinalDayPattern) : [] {
            spans.append(Span(kind: .exactDate, range: match.range(at: 1), priority: 1))
        }
        // A phone number written digit by digit with commas or spaces: "0,9,8,2,1,1,4,5,6,7", "0 9 1 2 - 8 8 7".
        let digits = scan.hasDigit ? scan.text.utf8.lazy.filter { (48...57).contains($0) }.count : 0
        for match in digits >= 10 ? scan.matches(DataShapes.commaDigitsPattern) : [] {
            let digits = scan.string(match.range).filter(\.isNumber)
            if NumberShapes.isPhoneNumber(digits, international: false) {
                spans.append(Span(kind: .phone, range: match.range, priority: 4))
            }
        }
        return spans
    }
}
