import Foundation
import NameFinding
import TextScanning
import TextShapes

/// Where someone lives, finer than the commune: apartments and rooms, residential groups (tổ, khối,
/// đội, tổ dân phố), villages (bản, buôn, làng, plei) and map coordinates.
extension Sanitizer {
    func residences(in scan: TextScan, flagging flags: inout [FlagSpan]) -> [Span] {
        let dwellings = scan.hasAnyWord(WordClasses.dwellingWords) ? scan.matches(PlaceShapes.dwellingPattern) : []
        var spans = dwellings.compactMap { match -> Span? in
            // P. is a room only with a number: "P.Q.B" are initials.
            let text = scan.string(match.range)
            if text.hasPrefix("P"), !text.contains(where: \.isNumber) { return nil }
            // "quầy 14" is a stall only in a market's text: "quầy 3" of an office's one-stop shop stays.
            if text.hasPrefix("qu") || text.hasPrefix("Qu"), !scan.text.contains("chợ"), !scan.text.contains("Chợ") {
                return nil
            }
            // "biển báo P.102" is a road sign.
            if text.hasPrefix("P"), scan.foldedBefore(match.range.location, length: 10).hasSuffix("bien bao ") {
                return nil
            }
            // "The company clinic in Block C", "Sơn tường ở block B": a block by its letter alone, with no flat's
            // or room's number before it or a room after it, is a building of an estate or a works, no home.
            if text.count <= 8, text.lowercased().hasPrefix("block "), !text.contains(where: \.isNumber),
                !scan.foldedBefore(match.range.location, length: 16).contains(where: \.isNumber),
                !PlaceShapes.roomAfterBlock.matches(scan.foldedAfter(NSMaxRange(match.range), length: 16))
            {
                return nil
            }
            // "dãy trọ 10 phòng": a number of rooms, not a room.
            let following = scan.foldedAfter(match.range.location + match.range.length, length: 12)
            let next = following.hasPrefix(" ") ? Self.words(following).first ?? "" : ""
            if ["phong", "can", "ho", "nguoi", "tang"].contains(next) { return nil }
            return Span(kind: .address, range: match.range, priority: 2)
        }
        if scan.hasDigit {
            spans += (scan.mayHoldCoordinates ? scan.matches(PlaceShapes.coordinatePattern) : []).map {
                Span(kind: .address, range: $0.range, priority: 1)
            }
            if scan.hasASCII("+") {
                spans += scan.matches(PlaceShapes.plusCodePattern).map {
                    Span(kind: .address, range: $0.range, priority: 1)
                }
            }
        }
        // Text that writes names in lower case writes its villages so: "o ban lao chai", "ở plei phun".
        if scan.hasAnyWord(["ban", "buon", "lang", "plei", "ap", "soc"]), scan.writesNamesInLowercase {
            spans += scan.matches(PlaceShapes.lowercaseVillagePattern).map {
                Span(kind: .address, range: $0.range(at: 1), priority: 2)
            }
        }
        for match in scan.hasDigit ? scan.matches(PlaceShapes.groupPattern, ifAnyWord: PlaceShapes.groupWords) : [] {
            let next = Self.words(scan.foldedAfter(match.range.location + match.range.length, length: 12)).first ?? ""
            // "cán bộ thôn 2 triệu": the number is money handed over, not a hamlet's.
            if ["trieu", "nghin", "ngan", "ty", "tr"].contains(next) { continue }
            // "khối 2 bán hàng": bán (sells), marked, is no count of copies (bản).
            let sells =
                next == "ban"
                && scan.string(
                    NSRange(
                        location: NSMaxRange(match.range), length: min(4, scan.utf16Count - NSMaxRange(match.range))))
                    == " bán"
            // "ap 7 nam 2025": năm before a year is the year of the hamlet's list, no count of years.
            let year =
                next == "nam"
                && (Self.words(scan.foldedAfter(NSMaxRange(match.range), length: 16)).dropFirst().first.map {
                    $0.count == 4 && $0.hasPrefix("20") && $0.allSatisfy(\.isNumber)
                } ?? false)
            if WordClasses.countWords.contains(next), !sells, !year,
                !scan.foldedAfter(NSMaxRange(match.range), length: 1).hasPrefix(","),
                !householdsCounted(in: match.range, scan: scan)
            {
                continue
            }
            // "Tổ 3 của đoàn thanh tra", "tổ 2 công tác": a team at work, not a residential group.
            let following = Self.words(scan.foldedAfter(match.range.location + match.range.length, length: 24))
            if following.first == "cua", following.dropFirst().first.map(WordClasses.teamOwners.contains) ?? false {
                continue
            }
            // "tổ 2 kiểm tra thực địa": a team doing an inspection's work.
            // Only a tổ or a đội that nobody goes to: "đến TDP 5 xác minh" is a place visited.
            let keywordWords = Self.words(scan.string(match.range).lowercased())
            let before = Self.words(scan.foldedBefore(match.range.location, length: 8)).last ?? ""
            if ["tổ", "đội"].contains(keywordWords.first ?? ""), keywordWords.count == 2,
                !["den", "tai", "o", "ve", "xuong", "len", "vao", "tham"].contains(before),
                following.count >= 2, WordClasses.teamWork.contains([following[0], following[1]])
            {
                continue
            }
            let keyword = scan.string(match.range).lowercased()
            // "biên bản 4 trường hợp", "văn bản 3 trang": bản ends a paper's word, no village.
            if keyword.hasPrefix("bản "), WordClasses.paperHeads.contains(before) { continue }
            // "học sinh khối 12", "khối 9 Trường THCS": a school's grade, not a block of houses.
            if keyword.hasPrefix("khối ") || keyword.hasPrefix("khoi "),
                WordClasses.gradeWords.contains(before) || ["truong", "lop", "hoc"].contains(next)
            {
                continue
            }
            // "giáo viên dạy Toán khối 7", "khối 6 thi tại phòng thi số 12": a grade where the text speaks of a
            // school's teachers, pupils, exam rooms or red scarves, unless after ở or tại, or before a comma, a
            // ward or a commune (a block's address: "học sinh ở khối 5, phường …").
            if keyword.hasPrefix("khối ") || keyword.hasPrefix("khoi "), Self.speaksOfSchool(scan),
                !["o", "tai"].contains(before), !["phuong", "xa"].contains(next),
                !scan.foldedAfter(NSMaxRange(match.range), length: 9).hasPrefix(" thi tran"),
                !scan.foldedAfter(NSMaxRange(match.range), length: 1).hasPrefix(",")
            {
                continue
            }
            // "ban 3" and "to 3" without marks are too often words; with marks they are places.
            // After ở, tại or về typed so, they are places: "gia dinh o ap 3".
            // A text typed wholly without marks writes ấp so: "ds ho ngheo ap 7" (every "ap" and a number over the
            // shipped batches is a hamlet, 9 of 9: the thirty-eighth round).
            let unmarkedHamlet =
                scan.string(match.range).hasPrefix("ap ") && scan.words.list.allSatisfy(\.isASCII)
            if keyword.hasPrefix("ban ") || keyword.hasPrefix("lang ") || keyword.hasPrefix("ap "),
                !["o", "tai", "ve"].contains(before), !scan.followsAddressCue(match.range.location),
                !(keyword.hasPrefix("ap ") && (isListField(match.range, scan: scan) || unmarkedHamlet))
            {
                continue
            }
            // "to 5" is also "ô tô 5 chỗ" ("o to 5"): a group after tại or địa chỉ typed so, after "o" unless a
            // vehicle's word stands before "o" or after the number ("mua o to 7 cho"), and before the ward.
            let car = [Self.words(scan.foldedBefore(match.range.location, length: 16)).suffix(2).first ?? "", next]
            let beforeWard =
                before == "o" && !car.contains(where: WordClasses.vehicleWords.contains)
                || ["phuong", "xa"].contains(next)
            // After its head typed so, "to truong to 9" (tổ trưởng tổ 9, tổ phó), it is the head's group.
            let twoBefore = Self.words(scan.foldedBefore(match.range.location, length: 16)).suffix(2)
            let headed = twoBefore.first == "to" && ["truong", "pho"].contains(twoBefore.last ?? "")
            if keyword.hasPrefix("to "), before != "tai", !beforeWard, !headed,
                !scan.followsAddressCue(match.range.location), !isListField(match.range, scan: scan)
            {
                continue
            }
            // "doi 2" without marks is as often "đòi 2": a team only next in a list after a residence's part
            // ("thon Dong Ha, doi 2"), before a hamlet ("doi 6 thon Dong Ha") or after o or tai before the ward.
            if keyword.hasPrefix("doi "), !scan.followsResidence(match.range.location),
                !["thon", "xom", "ap", "ban", "lang"].contains(next),
                !(["o", "tai"].contains(before) && !WordClasses.countWords.contains(next)
                    && !["trieu", "nghin", "ngan", "ty", "tr", "k"].contains(next))
            {
                continue
            }
            spans.append(Span(kind: .address, range: match.range, priority: 2))
        }
        for match in scan.hasAnyWord(WordClasses.villageWords) ? scan.matches(PlaceShapes.villagePattern) : [] {
            let words = Self.words(scan.string(match.range).lowercased())
            if words.count > 1, WordClasses.notVillageWords.contains(words[1]) { continue }
            let name = scan.string(match.range).split(separator: " ").dropFirst().joined(separator: " ")
            // "Buôn Đôn", "Buôn Hồ" capitalised are kept places (a ward, a district's centre), no village.
            let whole = scan.string(match.range)
            if places.contains(name) || whole.first?.isUppercase == true && places.contains(whole) { continue }
            let before = Self.words(scan.foldedBefore(match.range.location, length: 12)).last ?? ""
            // Right before it only: "Ksor Phơ (buôn Tring)" folds Phơ to phố (the thirty-ninth round).
            if WordClasses.communeWords.contains(before),
                scan.foldedBefore(match.range.location, length: 12).hasSuffix(before + " ")
            {
                continue
            }
            // "Già làng" is a village's elder, a role: "Già làng A Blơng" names him, not a village.
            // So is a village's head before a family name: "trưởng bản Lường Văn Thiệp" (not "trưởng bản Hua Nà").
            let start = match.range.location + (scan.string(match.range) as NSString).range(of: " ").location + 1
            let head = ["truong", "pho"].contains(before) && vocabulary.families.contains(scan.token(at: start).text)
            if before == "gia" && words.first == "làng" || head {
                spans.append(
                    Span(
                        kind: .personName, range: NSRange(location: start, length: NSMaxRange(match.range) - start),
                        priority: 2))
                continue
            }
            // A capitalised keyword inside a run of capitals is part of a name or a title: "Sự Thật Làng Quê".
            let raw = scan.ns.substring(
                with: NSRange(location: max(0, match.range.location - 12), length: min(12, match.range.location)))
            if scan.string(NSRange(location: match.range.location, length: 1)).first?.isUppercase == true,
                let previous = Self.words(raw).last, previous.first?.isUppercase == true, raw.hasSuffix(previous + " ")
            {
                continue
            }
            spans.append(Span(kind: .address, range: match.range, priority: 2))
        }
        // Typed so: "bán" and "làng" fold to the same words, and only the bare forms start the pattern.
        let mayNameUnmarkedVillage =
            scan.hasUppercase && scan.hasAnyWord(WordClasses.unmarkedVillageWords)
            && scan.words.list.contains { $0.isASCII && WordClasses.unmarkedVillageWords.contains($0.text) }
        for match in mayNameUnmarkedVillage ? scan.matches(PlaceShapes.unmarkedVillagePattern) : [] {
            let village = match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range(at: 2)
            let name = Self.words(scan.string(village)).dropFirst()
            // "o ban Quan ly du an" is a board: an office's word or two-word office starts no village.
            let following = Self.words(scan.foldedAfter(village.location, length: 24)).dropFirst().prefix(2)
            // A village's name ends before a pause or the commune; an office's goes on in lower case.
            let next = scan.foldedAfter(NSMaxRange(village), length: 8)
            let ends =
                next.isEmpty || ",.;:)".contains(next.first!)
                || WordClasses.communeWords.contains(Self.words(next).first ?? "")
            guard let first = name.first, !vocabulary.officesFolded.contains(Self.fold(first)), ends,
                !vocabulary.officePairsFolded.contains(Array(following)), !places.contains(name.joined(separator: " "))
            else { continue }
            spans.append(Span(kind: .address, range: village, priority: 2))
        }
        for match in scan.hasAnyWord(["xom", "thon"]) ? scan.matches(PlaceShapes.lowercaseHamletPattern) : []
        where !WordClasses.notHamletNames.contains(Self.fold(scan.string(match.range(at: 1)))) {
            // Only with the commune next, or after a group's number: "ở xóm nghèo, ..." is a kind.
            let afterGroup = scan.foldedBefore(match.range.location, length: 6).contains(where: \.isNumber)
            let next = Self.words(scan.foldedAfter(NSMaxRange(match.range), length: 10)).first ?? ""
            // Or before a clause's verb or conjunction: "o xom trai de cho no…".
            let ends = ["xa", "phuong"].contains(next) || PlaceShapes.clauseOpeners.contains(next)
            if afterGroup || ends { spans.append(Span(kind: .address, range: match.range, priority: 2)) }
        }
        if scan.hasAnyWord(WordClasses.relativeVillageWords) {
            spans += scan.matches(PlaceShapes.relativeVillagePattern).map {
                Span(kind: .address, range: $0.range, priority: 2)
            }
        }
        for match in scan.hasDigit ? scan.matches(PlaceShapes.roomPattern, ifAnyWord: PlaceShapes.roomWords) : [] {
            // "bị ngập tầng 1", "nước lụt đến tầng 2": a floor a flood reached, how high the water rose.
            if ["tầng", "tang"].contains(Self.words(scan.string(match.range).lowercased()).first ?? ""),
                Self.words(scan.foldedBefore(match.range.location, length: 12)).suffix(2).contains(where: {
                    ["ngap", "lut"].contains($0)
                })
            {
                continue
            }
            // "tầng 3 trụ sở công ty", "tầng 2 UBND xã": a floor of an office's seat is the office's (the fortieth
            // round).
            if ["tầng", "tang"].contains(Self.words(scan.string(match.range).lowercased()).first ?? "") {
                let next = Self.words(scan.foldedAfter(NSMaxRange(match.range), length: 16)).prefix(2)
                if next.first == "ubnd" || WordClasses.officeSeats.contains(Array(next)) { continue }
            }
            // A dwelling or a ward around it says whose: "phòng 402 nhà A khu tập thể", "nằm phòng 204 giường 7".
            if scan.roomIsSomeones(match.range, near: spans.map(\.range)) {
                spans.append(Span(kind: .address, range: match.range, priority: 2))
            } else if scan.string(match.range).split(separator: " ").last?.first?.isNumber == true {
                // "phòng B2" alone is as often an office's: only a number is flagged.
                flags.append(FlagSpan(reason: .possibleRoom, range: match.range))
            }
        }
        return spans
    }

    /// Whether a residential group that says it is one (tổ dân phố, TDP, khu phố, thôn, ấp, xóm, bản, buôn) is
    /// said to have so many households ("Tổ dân phố số 3 có 41 hộ") or residents ("có 41 cụ"): the group where
    /// its people live, no team counted, as "tổ 3 có 5 người" may be.
    func householdsCounted(in range: NSRange, scan: TextScan) -> Bool {
        let following = Self.words(scan.foldedAfter(NSMaxRange(range), length: 24))
        guard following.count >= 3, following[0] == "co", following[1].allSatisfy(\.isNumber) else { return false }
        // A group's households, or its members of the mass organisations (hội viên, đoàn viên, đảng viên): "Tổ
        // dân phố số 3 có 27 hội viên cựu chiến binh" is where they live. So are its residents, its elders
        // (cụ), people, families or registered persons (nhân khẩu): the thirty-sixth round. Its young men
        // (thanh niên, called up from where they live) and its children (trẻ em): the thirty-eighth round.
        let members = following.count >= 4 && ["hoi", "doan", "dang"].contains(following[2]) && following[3] == "vien"
        let residents =
            ["cu", "nguoi", "khau"].contains(following[2])
            || following.count >= 4
                && [["gia", "dinh"], ["nhan", "khau"], ["thanh", "nien"], ["tre", "em"]].contains([
                    following[2], following[3],
                ])
        guard following[2] == "ho" || members || residents else { return false }
        let group = Self.words(scan.string(range).lowercased()).first ?? ""
        // A block's or a group's households are where they live too: "Khối 2 có 86 hộ" (the fortieth round). Not
        // its people, a team's members as often ("Tổ 3 có 5 người").
        if following[2] == "ho", ["khối", "khoi", "tổ"].contains(group) { return true }
        return ["thôn", "ấp", "xóm", "bản", "buôn", "khu", "tdp"].contains(group)
            || scan.string(range).lowercased().hasPrefix("tổ dân phố")
    }

    /// Whether the text speaks of a school: giáo viên, học sinh, phòng thi or khăn đỏ (a Young Pioneer's scarf).
    static func speaksOfSchool(_ scan: TextScan) -> Bool {
        scan.hasPair("giao", "vien") || scan.hasPair("hoc", "sinh") || scan.hasPair("phong", "thi")
            || scan.hasPair("khan", "do")
    }

    /// Whether `range` stands alone between two commas, a field of a list's row ("Pham Van Tuan, 1949, to 12,
    /// luong huu…", "Huynh Thi Bay, ap 3, xa Long Huu"): a row's field of a residential group is its group.
    func isListField(_ range: NSRange, scan: TextScan) -> Bool {
        guard range.location >= 2, NSMaxRange(range) < scan.utf16Count else { return false }
        return scan.string(NSRange(location: range.location - 2, length: 2)) == ", "
            && scan.string(NSRange(location: NSMaxRange(range), length: 1)) == ","
    }
}
