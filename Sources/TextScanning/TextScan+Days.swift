import Foundation

/// Days that the text around them tells: a lunar festival's day beside the festival's name, a bare day
/// after a weekday's name. Facts of the text alone, which the short-date rule reads.
extension TextScan {
    /// Whether the day at `day` (digits), with the month after it (" tháng Chạp", " tháng 8"), is a
    /// festival's that one of the five words before `start` names: "Ông Táo về trời ngày 23 tháng Chạp",
    /// "Trung thu ngày 15 tháng 8". A festival's name further back says nothing.
    package func namesLunarFestival(day: NSRange, from start: Int) -> Bool {
        guard let number = Int(string(day)) else { return false }
        let after = foldedAfter(NSMaxRange(day), length: 14).split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard after.count >= 2, after[0] == "thang",
            let month = Int(after[1]) ?? NumberShapes.monthNumbers[String(after[1])]
        else { return false }
        let before = foldedBefore(start, length: 30).split(whereSeparator: { !$0.isLetter }).suffix(5)
        let told = " " + before.joined(separator: " ") + " "
        return WordClasses.lunarFestivals.contains {
            $0.day == number && $0.month == month && told.contains(" \($0.name) ")
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
