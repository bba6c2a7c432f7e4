import Foundation
import NameFinding
import TextScanning
import TextShapes

/// Dates without a year: ngày 7/4, mùng 8, 21-6, ngày 12 tháng 4. With the month and year published,
/// a day identifies a visit; what is left is the month ("tháng 4"), or the marker when none is given.
extension Sanitizer {

    func shortDates(in scan: TextScan, language: Language) -> [Span] {
        var spans: [Span] = []
        func add(_ range: NSRange, month: Int?) {
            let replacement: String? = month.map { language == .vi ? "tháng \($0)" : String(format: "%02d", $0) }
            spans.append(Span(kind: .exactDate, range: range, replacement: replacement, priority: 1))
        }
        // The next day of a list is a date as the first was: "Các ngày 3/7 và 5/7".
        var lastDateEnd: Int? = nil
        // And a national day after a holiday's name is the holiday, and so is the next of its list or the end of
        // its span into the next month ("Từ 30-4 đến 1-5 trạm nghỉ"; "Từ 15/10 đến 20/10" is days of one month), or
        // the next after a dash ("Sau 30/4 - 1/5": the forty-second round).
        var lastHolidayEnd: Int? = nil
        var lastHolidayMonth = 0
        // A clause that opens on a day of the same month written the same way goes on the story's days: "Hôm
        // 21-6 xưởng bị niêm phong, 23-6 thì lại chạy".
        var lastDate: (end: Int, month: Int, separator: String)? = nil
        // A d/m put aside as a fraction, as round the clock (24/7) or as a number after a colon ("Lịch họp: 8/12") is
        // a date when the text holds a day of its shape (its separator, its month or the next): see `storyDays`.
        var putAside: [(range: NSRange, month: Int, separator: String)] = []
        var taken: [(month: Int, separator: String)] = []
        for match in scan.mayHoldDayMonth ? scan.matches(DataShapes.dayMonthPattern) : [] {
            let day = Int(scan.string(match.range(at: 2))) ?? 0
            let separator = scan.string(match.range(at: 3))
            let month = Int(scan.string(match.range(at: 4))) ?? 0
            guard (1...31).contains(day), (1...12).contains(month),
                !scan.namesLunarFestival(day: day, month: month, from: match.range.location)
            else { continue }
            // A national day said to be the holiday ("2/9 là Quốc khánh"), or listed with the next one
            // ("Ngày 30-4 và 1-5"), is the holiday period, "ngày" before it or not.
            // "nhân ngày 1/6" (on the occasion of the day, marked: "nhận" is a receipt's day) is the holiday too.
            if WordClasses.nationalDays.contains([day, month]),
                DataShapes.holidayNamedAfter.matches(scan.foldedAfter(NSMaxRange(match.range), length: 32))
                    || scan.dayMonthListed(after: match.range).map(WordClasses.nationalDays.contains) ?? false
                    || match.range(at: 1).location != NSNotFound
                        && scan.string(
                            NSRange(location: max(0, match.range.location - 5), length: min(5, match.range.location))
                        )
                        .lowercased().hasSuffix("nhân ")
            {
                lastHolidayEnd = NSMaxRange(match.range)
                lastHolidayMonth = month
                continue
            }
            if WordClasses.nationalDays.contains([day, month]), match.range(at: 1).location == NSNotFound {
                let gap = lastHolidayEnd.map {
                    scan.string(NSRange(location: $0, length: max(0, match.range.location - $0)))
                        .trimmingCharacters(in: .whitespaces)
                }
                let named =
                    DataShapes.namedDayEnd.firstMatch(
                        in: scan.ns as String,
                        range: NSRange(
                            location: max(0, match.range.location - 40), length: min(40, match.range.location)))
                    != nil
                // "Từ 1/6 đến 20/6": a span ending in the same month is days of it, not the holiday.
                let following = scan.foldedAfter(NSMaxRange(match.range), length: 20) as NSString
                let spansItsMonth =
                    DataShapes.sameMonthSpanEnd.firstMatch(
                        in: following as String, range: NSRange(location: 0, length: following.length)
                    ).map { Int(following.substring(with: $0.range(at: 1))) == month } ?? false
                if DataShapes.boundsHoliday(scan.foldedBefore(match.range.location, length: 40)) && !spansItsMonth
                    || named
                    || ["và", "va", ",", "-", "–"].contains(gap ?? "")
                    || ["đến", "den"].contains(gap ?? "-") && lastHolidayMonth != month
                {
                    lastHolidayEnd = match.range.location + match.range.length
                    lastHolidayMonth = month
                    continue
                }
            }
            let wordsBefore = Self.words(scan.foldedBefore(match.range.location, length: 12))
            // "24/7" is round the clock, not the 24th of July; after a weekday ("Thứ Tư 24/7") or a part of the
            // day written with its marks ("sáng 24/7": the thirty-ninth round) it is a day.
            var weak =
                day == 24 && month == 7 && separator == "/" && match.range(at: 1).location == NSNotFound
                && !DataShapes.endsOnWeekday(wordsBefore)
                && !Self.followsPartOfDay(match.range.location, in: scan)
            // "Ngày Pháp luật Việt Nam 9/11": a named day's own date.
            if match.range(at: 1).location == NSNotFound, scan.followsNamedDay(match.range.location) { continue }
            // "tỷ lệ 2/3" is a ratio: folded, "lệ" would read as "lễ" (a holiday).
            let cued =
                match.range(at: 1).location != NSNotFound
                || DataShapes.cuesDayMonth(wordsBefore)
                || isPromisedReturn(before: match.range.location, wordsBefore, in: scan)
                || lastDateEnd.map {
                    $0 <= match.range.location
                        && ["và", "va", ",", "hoặc", "hoac"].contains(
                            scan.string(NSRange(location: $0, length: match.range.location - $0))
                                .trimmingCharacters(in: .whitespaces))
                } ?? false
                || lastDate.map {
                    $0.month == month && $0.separator == separator && $0.end <= match.range.location
                        && match.range.location >= 2
                        && scan.string(NSRange(location: match.range.location - 2, length: 2)) == ", "
                } ?? false
            // "ngách 12/5", "số 3/4": a house or a document number, not a date. sổ (a book), folded as số, is
            // none: "Lịch hẹn ghi trong sổ: '22/7 – nộp đợt 1'" (the thirty-eighth round).
            // Nor is sơ (hồ sơ), nor a number's word before a clause's end ("nộp hồ sơ; 28/10 – bị trả lại": the
            // thirty-ninth round).
            // "công viên 30/4", "Quảng trường 2/9": a park or a square named after its day (the forty-first round).
            if !cued, [["cong", "vien"], ["quang", "truong"]].contains(Array(wordsBefore.suffix(2))) { continue }
            let lastWord = scan.words.list.last(where: { $0.end <= match.range.location })
            let gapBefore = lastWord.map {
                scan.string(NSRange(location: $0.end, length: max(0, match.range.location - $0.end)))
            }
            if !cued, let last = wordsBefore.last,
                WordClasses.numberWords.contains(last),
                last != "so" || !["sổ", "sơ"].contains(lastWord?.lower ?? ""),
                !(gapBefore?.contains(where: { ";.!?".contains($0) }) ?? false)
            {
                // "Lịch họp: 8/12 họp thôn" (hộp), "chuyển khoản: 12/3 chuyển 2 triệu": a colon between.
                guard gapBefore?.contains(":") ?? false else { continue }
                weak = true
            }
            let after = scan.foldedAfter(match.range.location + match.range.length, length: 10)
            let next = after.hasPrefix(" ") ? Self.words(after).first ?? "" : ""
            // A unit after a number makes it a count ("3-5 ngày", "3/4 số hộ"), unless a word before
            // made a d/m, or a d-m that is no range (d > m), a date ("sáng 12/3 cán bộ đến", "hom 21-6 thang…").
            if WordClasses.unitWords.contains(next) && !(cued && (separator == "/" || day > month)) { continue }
            if !cued {
                switch separator {
                // A fraction (1/2, 3/4, 1/8; not 03/8, 5/8), unless a day of its month is listed after: "4/6, 11/6 và 30/6".
                case "/":
                    if day < month && (day == 1 || month <= 5) && scan.dayMonthListed(after: match.range)?.last != month
                        && !scan.string(match.range(at: 2)).hasPrefix("0")
                    {
                        weak = true
                    }
                case "-": if day < month { continue }  // a range: 2-5
                default: continue  // 1.5 is a decimal
                }
            }
            if weak {
                putAside.append((match.range, month, separator))
                continue
            }
            add(match.range, month: month)
            taken.append((month, separator))
            lastDateEnd = match.range.location + match.range.length
            lastDate = (NSMaxRange(match.range), month, separator)
        }
        for day in putAside where Self.storyDays(taken, hold: day.month, day.separator) {
            add(day.range, month: day.month)
        }
        for match in scan.mayHoldDayMonth ? scan.matches(DataShapes.dayRangePattern) : [] {
            let first = Int(scan.string(match.range(at: 1))) ?? 0
            let last = Int(scan.string(match.range(at: 2))) ?? 0
            let month = Int(scan.string(match.range(at: 3))) ?? 0
            // "2-3/10 hộ" is a share; a unit after it makes it one.
            let after = scan.foldedAfter(match.range.location + match.range.length, length: 10)
            let next = after.hasPrefix(" ") ? Self.words(after).first ?? "" : ""
            guard (1...31).contains(first), first < last, last <= 31, (1...12).contains(month),
                !WordClasses.unitWords.contains(next)
            else { continue }
            add(match.range, month: month)
        }
        for match in scan.mayHoldMonthWord ? scan.matches(DataShapes.partOfDayPattern) : [] {
            guard let day = Int(scan.string(match.range(at: 1))), (1...31).contains(day),
                let month = Int(scan.string(match.range(at: 2))), (1...12).contains(month)
            else { continue }
            add(
                NSRange(
                    location: match.range(at: 1).location, length: match.range.upperBound - match.range(at: 1).location),
                month: month)
        }
        // "khoảng 18 tháng 2": a day and its month after roughly; not "khoảng 3 tháng 1 lần" (a count after).
        // "đến 20 tháng 7", "vào 14 tháng 6": a day after a span's end or a time's vào (the fortieth round); not a
        // national day, which a span of days off ends on ("nghỉ từ 30 tháng 4 đến 1 tháng 5").
        for match in scan.mayHoldMonthWord && scan.hasAnyWord(["khoang", "tam", "chung", "hoi", "den", "toi", "vao"])
            ? scan.matches(DataShapes.approximateDayPattern) : []
        {
            guard let day = Int(scan.string(match.range(at: 2))), (1...31).contains(day),
                let month = Int(scan.string(match.range(at: 3))), (1...12).contains(month)
            else { continue }
            let next = Self.words(scan.foldedAfter(NSMaxRange(match.range), length: 10)).first ?? ""
            if WordClasses.unitWords.contains(next) { continue }
            let cue = Folding.fold(scan.string(match.range(at: 1)))
            if ["den", "toi", "vao"].contains(cue), WordClasses.nationalDays.contains([day, month]) { continue }
            add(
                NSRange(
                    location: match.range(at: 2).location, length: match.range.upperBound - match.range(at: 2).location),
                month: month)
        }
        for match in scan.mayHoldDayWord ? scan.matches(DataShapes.dayOfMonthPattern) : [] {
            guard let day = Int(scan.string(match.range(at: 1))), (1...31).contains(day) else { continue }
            let monthRange = match.range(at: 2)
            let month = monthRange.location == NSNotFound ? nil : Int(scan.string(monthRange))
            // A lunar day after a festival's name is the festival's: "Lễ hội Đền Hùng mùng 10 tháng 3 âm lịch".
            if month != nil, scan.foldedAfter(NSMaxRange(match.range), length: 9).hasPrefix(" am lich"),
                DataShapes.namedDayEnd.firstMatch(
                    in: scan.ns as String,
                    range: NSRange(location: max(0, match.range.location - 40), length: min(40, match.range.location)))
                    != nil
            {
                continue
            }
            if let month, !(1...12).contains(month) { continue }
            if scan.namesLunarFestival(day: match.range(at: 1), from: match.range.location) { continue }
            let isTetHoliday =
                DataShapes.tetHolidayAfter.matches(scan.foldedAfter(match.range.upperBound, length: 20))
                || scan.foldedAfter(match.range.upperBound, length: 5).hasPrefix(" tet")
                    && WordClasses.riteWords.contains(
                        Self.words(scan.foldedBefore(match.range.location, length: 8)).last ?? "")
            if month == nil, datesAnOfficesTet(match.range, in: scan) || isTetHoliday { continue }
            // "mỗi ngày 10 tiếng" counts hours in a day: no date.
            if month == nil {
                let before = Self.words(scan.foldedBefore(match.range.location, length: 8)).last
                let next = Self.words(scan.foldedAfter(match.range.upperBound, length: 10)).first
                if before == "moi" || next.map(WordClasses.hourWords.contains) == true
                    || scan.recursMonthly(after: match.range.upperBound)
                {
                    continue
                }
            }
            add(match.range, month: month)
            // "mùng 3, 6 và 9": the days listed after it are days too.
            guard month == nil else { continue }
            var end = match.range.upperBound
            while let listed = DataShapes.listedDayPattern.firstMatch(
                in: scan.ns as String, range: NSRange(location: end, length: scan.utf16Count - end)),
                let next = Int(scan.string(listed.range(at: 1))), (1...31).contains(next),
                !WordClasses.unitWords.contains(
                    Self.words(scan.foldedAfter(listed.range.upperBound, length: 10)).first ?? "")
            {
                add(listed.range(at: 1), month: nil)
                end = listed.range.upperBound
            }
        }
        for range in scan.daysAfterWeekdays() { add(range, month: nil) }
        return spans
    }

    /// Whether the days `taken` hold one written with `separator` in `month` or a month next to it: "Theo sổ tuần
    /// tra: 28/2 – hai xe; 1/3 – bốn xe; 5/3 – ba xe" is a list of days, and so is "Từ 20/7 đến 24/7". A ratio
    /// stands beside no day of its month ("1/3 số hộ" is a count anyway; the forty-second round).
    static func storyDays(_ taken: [(month: Int, separator: String)], hold month: Int, _ separator: String) -> Bool {
        taken.contains { $0.separator == separator && [0, 1, 11].contains(($0.month - month + 12) % 12) }
    }

    /// The parts of the day, lower-cased and with their marks, after which a d/m is a day ("sáng 24/7").
    static let partsOfDay: Set<String> = ["sáng", "trưa", "chiều", "tối", "đêm", "khuya"]

    /// Whether a part of the day with its marks stands right before `location`, one space between ("sáng 24/7",
    /// "Tối 23 tháng trước": the thirty-ninth round); typed without them, toi is also tôi.
    static func followsPartOfDay(_ location: Int, in scan: TextScan) -> Bool {
        guard let word = scan.words.list.last(where: { $0.end <= location }) else { return false }
        return partsOfDay.contains(word.lower) && word.end + 1 == location
    }

    /// Whether the day before `location` is a promised return's: trả (typed so or not) right before it, and hẹn
    /// in the 40 characters before ("phiếu hẹn ghi trả 21.9", "hẹn trả kết quả"): the day a paper comes back.
    func isPromisedReturn(before location: Int, _ wordsBefore: [String], in scan: TextScan) -> Bool {
        wordsBefore.last == "tra" && scan.hasWord("hen")
            && Self.words(scan.foldedBefore(location, length: 40)).contains("hen")
    }

    /// Whether a day of Tết set apart by a comma stands before an office that acts on it: "Mùng 3 Tết,
    /// UBND xã tổ chức…", "Mùng 2 Tết, đoàn công tác…" date an office's schedule, not a visit. A person,
    /// a pronoun or a role after the comma ("Mùng 3 Tết, cán bộ xã đến nhà tôi") still dates a visit.
    func datesAnOfficesTet(_ range: NSRange, in scan: TextScan) -> Bool {
        guard scan.foldedAfter(NSMaxRange(range), length: 6).hasPrefix(" tet,"),
            let tet = scan.words.list.firstIndex(where: { $0.range.location > NSMaxRange(range) }),
            tet + 1 < scan.words.count
        else { return false }
        let next = scan.words[tet + 1]
        return next.text == "đoàn"
            || (next.isCapitalised || next.text == next.text.uppercased())
                && nameFinder.isOffice(scan.words, at: tet + 1)
                && nameFinder.familyStart(scan.words, at: tet + 1) == nil
    }
}
