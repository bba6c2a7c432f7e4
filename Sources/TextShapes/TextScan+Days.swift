import Foundation
import TextScanning

/// Days that the text around them tells: a lunar festival's day beside the festival's name, a bare day
/// after a weekday's name. Facts of the text alone, which the short-date rule reads.
extension TextScan {
    /// Whether the day at `day` (digits), with the month after it (" tháng Chạp", " tháng 8"), is a
    /// festival's that one of the five words before `start` names: "Ông Táo về trời ngày 23 tháng Chạp",
    /// "Trung thu ngày 15 tháng 8"; or a festival of two words or more that the rest of its sentence names:
    /// "Sáng 23 tháng Chạp, chợ đông người mua cá chép cúng ông Công ông Táo" (the day is the festival's,
    /// which its name publishes anyway). A festival's name further back says nothing.
    package func namesLunarFestival(day: NSRange, from start: Int) -> Bool {
        guard let number = Int(string(day)) else { return false }
        let after = foldedAfter(NSMaxRange(day), length: 14).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard after.count >= 2, after[0] == "thang",
            let month = Int(after[1]) ?? NumberShapes.monthNumbers[String(after[1])]
        else { return false }
        let before = foldedBefore(start, length: 30).split(whereSeparator: { !$0.isLetter }).suffix(5)
        let told = " " + before.joined(separator: " ") + " "
        let rest = foldedAfter(NSMaxRange(day), length: 120).prefix { !".!?\n".contains($0) }
        let toldAfter = " " + rest.split(whereSeparator: { !$0.isLetter }).joined(separator: " ") + " "
        return WordClasses.lunarFestivals.contains {
            $0.day == number && $0.month == month
                && (told.contains(" \($0.name) ") || $0.name.contains(" ") && toldAfter.contains(" \($0.name) "))
        }
    }

    /// Whether the d/m `day`/`month` is a lunar festival's that one of the five words before `start`
    /// names: "Giỗ Tổ Hùng Vương 10/3", "Trung thu 15/8 âm".
    package func namesLunarFestival(day: Int, month: Int, from start: Int) -> Bool {
        let before = foldedBefore(start, length: 30).split(whereSeparator: { !$0.isLetter }).suffix(5)
        let told = " " + before.joined(separator: " ") + " "
        return WordClasses.lunarFestivals.contains {
            $0.day == day && $0.month == month && told.contains(" \($0.name) ")
        }
    }

    /// What tells the Tết season, not a day in it: a range from a day of Tết to a lunar day ("từ mùng 1
    /// Tết đến rằm tháng Giêng"), a day of Tết that bounds a period ("trước Mùng 3 Tết"), or, in a sentence with no first person, a day of Tết spoken of before mà
    /// or thì ("Mùng 3 Tết mà vẫn có người trực"). A visit told in the first person ("Mùng 3 Tết mà cán bộ
    /// đến nhà tôi") is no season, nor is a lunar day after the one spoken of ("…, chứ mùng 10 tháng Giêng").
    package func tetSeason() -> [NSRange] {
        let ranges = (matches(DataShapes.tetRangePattern) + matches(DataShapes.tetBoundPattern)).map(\.range)
        return ranges
            + matches(DataShapes.tetTopicPattern).map(\.range).filter { !sentenceHasFirstPerson(around: $0) }
    }

    /// A Tết break told by its first and last days (``DataShapes/tetBreakPattern``) in a sentence with no first
    /// person: "Học sinh nghỉ Tết Nguyên đán từ 26 tháng Chạp đến hết mùng 5 tháng Giêng" is the calendar's; "tôi
    /// nghỉ Tết từ 26 tháng Chạp …" tells the writer's days.
    package func tetBreaks() -> [NSRange] {
        matches(DataShapes.tetBreakPattern).map(\.range).filter { !sentenceHasFirstPerson(around: $0) }
    }

    /// Whether the sentence holding `range` has a first person (tôi, em, mình…).
    func sentenceHasFirstPerson(around range: NSRange) -> Bool {
        let stops = CharacterSet(charactersIn: ".!?\n")
        let start = ns.rangeOfCharacter(
            from: stops, options: .backwards, range: NSRange(location: 0, length: range.location)
        ).location
        let rest = NSRange(location: range.location, length: utf16Count - range.location)
        let end = ns.rangeOfCharacter(from: stops, range: rest).location
        return words.list.contains {
            $0.range.location >= (start == NSNotFound ? 0 : start + 1) && $0.range.location < min(end, utf16Count)
                && WordClasses.firstPersons.contains($0.lower)
        }
    }

    /// Whether the exact date at `range` is a lunar day (mùng, mồng, rằm) in one of `season`'s ranges; or
    /// a name read over one there, its first two words holding it ("Từ Mùng 3 Tết": Từ is also a family).
    package func isLunarDay(_ range: NSRange, in season: [NSRange]) -> Bool {
        season.contains { NSLocationInRange(range.location, $0) }
            && Folding.words(Folding.fold(string(range))).prefix(2).contains(where: ["mung", "mong", "ram"].contains)
    }

    /// The bare days after a time of day (DataShapes.bareDayPattern); typed without marks, toi, sang, dem
    /// and trua are also tôi, sang, đem, so after them a day needs one told before it ("hom 15 … toi 17")
    /// or a third person right after it ("toi 17 no goi"), which "tôi" and a number never have, or a colon
    /// right after it ("toi 14: dang van phuc, …": the forty-first round).
    package func bareDays() -> [PatternMatch] {
        var told = false
        return matches(DataShapes.bareDayPattern).filter { match in
            let next = foldedAfter(NSMaxRange(match.range), length: 6).split(separator: " ").first.map(String.init)
            // A colon right after it opens what happened that day ("giu hang toi 14: …"), which "tôi" and a number
            // never do; a number before the word makes it tới, a span's end ("từ 8 tới 14:").
            let day =
                !NumberShapes.unmarkedTimesOfDay.contains(token(at: match.range.location).text)
                || NumberShapes.thirdPersons.contains(next ?? "")
                || foldedAfter(NSMaxRange(match.range), length: 1) == ":"
                    && !foldedBefore(match.range.location, length: 4).contains(where: \.isNumber)
            told = told || day
            return told
        }
    }

    /// Whether a named day's name ends right before `start`, so that the d/m there is its own date: Ngày
    /// or Ngày hội and a capitalised name, not a weekday's ("Ngày Pháp luật Việt Nam 9/11", "Ngày hội Đại
    /// đoàn kết 18/11"; not "Ngày Chủ nhật 9/11").
    package func followsNamedDay(_ start: Int) -> Bool {
        start > 6
            && DataShapes.observanceEnd.firstMatch(
                in: text, range: NSRange(location: max(0, start - 48), length: min(48, start))) != nil
    }

    /// Whether the day ending at `end` recurs each month ("trước ngày 15 hằng tháng"): a deadline, no visit.
    package func recursMonthly(after end: Int) -> Bool {
        let after = foldedAfter(end, length: 12)
        return after.hasPrefix(" hang thang") || after.hasPrefix(" moi thang")
    }

    /// The bare days after a weekday's name in title case ("thứ Sáu 17 cán bộ đã gọi lại"), not before a
    /// unit or an hour ("thứ Sáu 3 người", "Chủ nhật 8 giờ").
    package func daysAfterWeekdays() -> [NSRange] {
        guard hasDigit, hasAnyWord(["thu", "chu"]) else { return [] }
        return matches(DataShapes.weekdayDayPattern).map { $0.range(at: 1) }.filter { range in
            let next = foldedAfter(NSMaxRange(range), length: 10).split(whereSeparator: { !$0.isLetter }).first
            let word = next.map(String.init) ?? ""
            return (Int(string(range)).map { (1...31).contains($0) } ?? false)
                && !WordClasses.unitWords.contains(word) && !WordClasses.hourWords.contains(word)
        }
    }
}
