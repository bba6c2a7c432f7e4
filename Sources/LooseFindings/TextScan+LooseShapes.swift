import Foundation
import TextScanning
import TextShapes

/// Shapes of personal data that need no word list of the sanitizer's: phone numbers spoken in digits and
/// digit words, parcels numbered in words, coordinates with hemisphere letters, certificate codes,
/// bare house numbers, villages in English or in a table's cell, a case log's contact date, display names
/// after a review's cue; and the dates and numbers that stay although they look like those (deadlines,
/// a validity's start, a holiday that opens a story, a Tết closure).
extension TextScan {
    /// ``findings(_:_:group:replacement:)`` of groups 1 through `groups`, group by group, from one run of `regex`.
    func findings(_ kind: String, _ regex: NSRegularExpression, groups: Int) -> [LooseFinding] {
        let all = matches(regex)
        return (1...groups).flatMap { group in
            all.compactMap { match in
                let range = match.range(at: group)
                return range.location == NSNotFound ? nil : LooseFinding(kind: kind, range: range, replacement: nil)
            }
        }
    }

    /// The removals of the loose shapes, each gated on a cheap test so that most text runs no pattern.
    package func looseFindings() -> [LooseFinding] {
        var found: [LooseFinding] = []
        func add(_ kind: String, _ regex: NSRegularExpression, group: Int = 1, replacement: String? = nil) {
            found += findings(kind, regex, group: group, replacement: replacement)
        }
        if hasDigit {
            // A spoken number holds a digit word: all-digit numbers have rules of their own.
            // Bytes, not Characters: a Character's properties cost a Unicode lookup each.
            let groups = words.list.filter { LooseShapes.isDigit($0.text.utf8.first) }
            let list = words.list
            // The number opens on a short group with 0 ("0903", "0") or on không before a digit word or a
            // lone digit ("không 9 ba 8, 2 bốn 6": a voice message typed out).
            if hasAnyWord(LooseShapes.digitWords),
                groups.contains(where: { $0.text.hasPrefix("0") && $0.text.count <= 5 })
                    || list.indices.dropLast().contains(where: {
                        list[$0].folded == "khong"
                            && (LooseShapes.digitWords.contains(list[$0 + 1].folded)
                                || list[$0 + 1].text.utf8.count == 1
                                    && LooseShapes.isDigit(list[$0 + 1].text.utf8.first))
                    })
            {
                for match in matches(LooseShapes.spokenPhone)
                where string(match.range(at: 1)).unicodeScalars.contains(where: CharacterSet.letters.contains) {
                    found.append(LooseFinding(kind: "phone", range: match.range(at: 1), replacement: nil))
                }
            }
            // A hemisphere's letter is a word of its own ("21.02°N") or opens the number ("N22.33").
            if hasUppercase, hasDot,
                words.list.contains(where: {
                    ($0.text.utf8.first == 78 || $0.text.utf8.first == 83)
                        && $0.text.utf8.dropFirst().allSatisfy { LooseShapes.isDigit($0) }
                })
            {
                add("address", LooseShapes.hemisphereCoordinates, group: 0)
            }
            // A paper's code has a run of capitals (GCS, GKSK, MG) or, on a card, a dot.
            if hasWord("so"), hasAnyWord(LooseShapes.paperWords) || hasPair("tro", "cap") || hasPair("tiet", "kiem"),
                hasWord("the") && hasDot
                    || words.list.contains(where: {
                        $0.text.utf8.count >= 2 && $0.text.utf8.allSatisfy { (65...90).contains($0) }
                    })
            {
                // A document about papers is no paper: "Công văn về cấp chứng chỉ số 45/SXD-QLXD".
                for match in matches(LooseShapes.certificateCode)
                where !LooseShapes.documentBefore.matches(foldedBefore(match.range.location, length: 60)) {
                    found.append(LooseFinding(kind: "identifier", range: match.range(at: 1), replacement: nil))
                }
            }
            if hasWord("danh") && hasWord("bao") || hasWord("sbd") { add("identifier", LooseShapes.candidateNumber) }
            // A house number holds a letter ("27B") or a slash ("45/12").
            if hasWord("o")
                && (hasSlash || groups.contains(where: { $0.text.utf8.last.map { (65...90).contains($0) } ?? false }))
                || hasASCII("|")
            {
                add("address", LooseShapes.bareHouseNumber)
            }
            if hasUppercase, hasAnyWord(LooseShapes.englishLivingWords) {
                add("address", LooseShapes.englishHouseNumber)
            }
            for match in hasSlash && (LooseShapes.isDigit(text.utf8.first) || hasASCII("|"))
                ? matches(LooseShapes.caseLogDate) : []
            {
                let month = Int(string(match.range(at: 2))) ?? 0
                guard let day = Int(string(match.range(at: 1))), (1...31).contains(day), (1...12).contains(month)
                else { continue }
                found.append(LooseFinding(kind: "exactDate", range: match.range(at: 0), replacement: "tháng \(month)"))
            }
            // A village's word with a short number within four words after it.
            if hasUppercase, hasAnyWord(LooseShapes.villageFolded),
                list.indices.contains(where: { index in
                    LooseShapes.villageWords.contains(list[index].lower)
                        && list[min(index + 2, list.count)..<min(index + 5, list.count)].contains(where: {
                            $0.text.utf8.count <= 2 && $0.text.utf8.allSatisfy { LooseShapes.isDigit($0) }
                        })
                })
            {
                add("address", LooseShapes.numberedVillage, group: 0)
            }
        }
        if hasWord("thua") || hasWord("to") && hasWord("do"), hasAnyWord(LooseShapes.digitWords) {
            add("identifier", LooseShapes.parcelInWords)
        }
        if hasAnyWord(LooseShapes.englishVillageWords) { add("address", LooseShapes.englishVillage, group: 0) }
        if hasASCII("|") { add("address", LooseShapes.villageCell) }
        if hasAt { add("onlineIdentity", LooseShapes.mentionedFullName, group: 0) }
        if hasASCII("("), hasAnyWord(LooseShapes.aliasPlatforms) { add("onlineIdentity", LooseShapes.bracketedAlias) }
        // A phone typed with the letter o for 0 after its cue: "sdt: o9o3 456 789". Only a phone's shape once
        // read so, and only with an o in it: digits alone are the numbers' rule's.
        if hasDigit, hasAnyWord(LooseShapes.phoneCueWords) {
            for match in matches(LooseShapes.letteredPhone) {
                let typed = string(match.range(at: 1))
                let digits = String(typed.map { $0 == "o" || $0 == "O" ? "0" : $0 }.filter(\.isNumber))
                if typed.contains(where: { $0 == "o" || $0 == "O" }),
                    NumberShapes.isPhoneNumber(digits, international: false)
                {
                    found.append(LooseFinding(kind: "phone", range: match.range(at: 1), replacement: nil))
                }
            }
        }
        found += registerFindings() + vehicleFindings() + personalPaperFindings() + gravePlotFindings()
        found += custodyFindings() + householdPaperFindings()
        found += positionFindings() + laneFindings() + spokenNumberFindings()
        found += (bedNumbers() + unmarkedHamlets()).map { LooseFinding(kind: "address", range: $0, replacement: nil) }
        if hasAnyWord(LooseShapes.idWords) { add("onlineIdentity", LooseShapes.handleAfterId) }
        if hasAnyWord(LooseShapes.englishDisplayCues) || hasWord("gia") && hasWord("danh")
            || hasWord("cua") && (hasWord("binh") && hasWord("luan") || hasWord("nhan") && hasWord("xet"))
            || hasWord("hien") && hasWord("ten") || hasWord("chup")
            || hasWord("ten") && hasAnyWord(LooseShapes.platformNameWords) && hasAnyWord(LooseShapes.platformWords)
            || hasQuote && hasAnyWord(["is", "name"]) && hasAnyWord(LooseShapes.platformWords)
        {
            add("onlineIdentity", LooseShapes.displayName)
        }
        return found
    }

    /// What stays of the loose shapes' look-alikes, with the kind of removal each one cancels.
    package func looseKeeps() -> [LooseFinding] {
        var kept: [LooseFinding] = []
        func add(_ kind: String, _ regex: NSRegularExpression, group: Int = 1) {
            for match in matches(regex) where match.range(at: group).location != NSNotFound {
                kept.append(LooseFinding(kind: kind, range: match.range(at: group), replacement: nil))
                // A kept day is no name's either: "Từ Mùng 1 …" opens on the family name Từ.
                if kind == "exactDate" {
                    kept.append(LooseFinding(kind: "personName", range: match.range(at: group), replacement: nil))
                }
            }
        }
        if hasDigit {
            if hasSlash, hasAnyWord(LooseShapes.deadlineWords) { add("exactDate", LooseShapes.deadline) }
            if hasSlash, hasAnyWord(LooseShapes.validityWords) { add("exactDate", LooseShapes.validityStart) }
            if ["mung", "mong", "tu", "hom"].contains(words.list.first?.folded ?? "") {
                add("exactDate", LooseShapes.openingHoliday)
            }
            if hasWord("tet") { add("exactDate", LooseShapes.tetClosure, group: 0) }
            if hasSlash, hasAnyWord(LooseShapes.gradeWords) { add("identifier", LooseShapes.invalidGrade, group: 0) }
        }
        if hasWord("oa") { add("onlineIdentity", LooseShapes.officialAccount) }
        // Thai, Dao, Cham… fold from thái, dao, chấm, too common to gate on: the people's name as typed.
        if hasAnyWord(["kieu", "hoa", "tay"])
            || hasAnyWord(LooseShapes.peopleWords)
                && words.list.contains(where: { LooseShapes.peoples.contains($0.text) })
        {
            add("personName", LooseShapes.overseasPeople, group: 0)
        }
        return kept + projectionAndScheduleKeeps() + agencyKeeps() + organisationKeeps() + custodyKeeps()
    }
}

/// The patterns of ``TextScan/looseFindings()`` and ``TextScan/looseKeeps()``.
enum LooseShapes {
    /// A phone's cue (folded words), before a number typed with o for 0.
    static let phoneCueWords: Keywords = ["sdt", "dt", "lh", "dien", "goi", "zalo", "hotline", "lien", "phone"]
    /// A phone's cue, up to four words (whose), then digits and the letter o in groups: "sdt thầy dạy lái: o9o3
    /// 456 789", "lh O912.345.678". Group 1 is the number.
    static let letteredPhone = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:sđt|sdt|số điện thoại|so dien thoai|điện thoại|dien thoai|đt|dt|lh|liên hệ|lien he|gọi|goi|zalo|hotline|phone)(?:\s+[\p{L}\p{M}]+){0,4}?\s*:?\s*([0o][\do]{1,4}(?:[ .-]?[\do]{2,4}){1,4})(?![\p{L}\p{M}\p{N}])"#
    )
    /// A village's word as typed, marked (unmarked "ban" is a board, "lang" a mausoleum: too common).
    static let villageFolded: Keywords = ["ban", "thon", "xom", "buon", "lang", "ap", "bon", "plei"]
    static let villageWords: Keywords = ["bản", "thôn", "xóm", "buôn", "làng", "ấp", "bon", "plei"]

    /// The folded words that let a pattern run.
    static let paperWords: Keywords = [
        "sinh", "khoe", "chung", "the", "phep", "tu", "vien", "bang", "linh", "huu",
    ]
    static let englishVillageWords: Keywords = ["village", "hamlet"]
    static let peopleWords: Keywords = ["thai", "nung", "dao", "cham", "muong"]
    static let peoples: Set<String> = ["Thai", "Nung", "Dao", "Cham", "Muong"]
    static let idWords: Keywords = ["id", "nick"]
    /// The verbs that join a platform to the name shown on it: "trên Facebook với tên “…”" (folded).
    static let platformNameWords: Keywords = ["voi", "duoi", "bang", "lay", "mang"]
    static let platformWords: Keywords = ["facebook", "zalo", "tiktok", "fb", "instagram", "youtube", "telegram"]
    static let englishDisplayCues: Keywords = [
        "review", "reviewed", "posted", "posting", "posts", "display", "under", "screenshot",
    ]
    static let deadlineWords: Keywords = ["truoc", "han", "cham"]
    static let validityWords: Keywords = ["gia", "hieu"]

    static func isDigit(_ byte: UInt8?) -> Bool { byte.map { (48...57).contains($0) } ?? false }

    /// Digit words, folded, as a caller reads a number aloud.
    static let digitWords: Keywords = [
        "khong", "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "linh", "muoi", "tu",
    ]
    private static let digitWord = #"(?:không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|khong|mot|bon|sau|bay|tam|chin)"#

    /// A phone number after a phone cue, read as digits and digit words mixed, in groups set apart by
    /// spaces or commas: "số 0 chín 1 2, 567 888", "số em là 0903, hai năm tám, bốn chín bảy". It must
    /// open on 0 or không and hold both a digit and a digit word (all-digit and all-word numbers have rules of
    /// their own), nine digits or more in all — "số 2, hai người" is no number.
    static let spokenPhone = DataShapes.regex(
        #"(?i)(?:\bsố|\bso|sđt|sdt|\bđt|\bdt|điện thoại|dien thoai|gọi|goi|liên hệ|lien he|\blh|zalo)"#
            + #"(?:\s+(?:của\s+)?(?:em|anh|chị|tôi|tui|cháu|con|bà|ông|mình|nhà))?(?:\s+(?:là|la)|\s*:)?\s+("#
            + #"(?:0|không(?![\p{L}\p{M}])|khong(?![\p{L}\p{M}]))(?:[\s,]*(?:\d|"# + digitWord
            + #"(?![\p{L}\p{M}]))){8,11}"# + #")"#
            + #"(?=\s|[.,;!?]|$)"#
    )

    /// A parcel or map sheet numbered in words: "thửa số bốn mươi hai", "tờ bản đồ số chín".
    static let parcelInWords = DataShapes.regex(
        #"(?i)(?:thửa(?:\s+đất)?|thua(?:\s+dat)?|tờ\s+bản\s+đồ|to\s+ban\s+do)(?:\s+(?:số|so))?\s+((?:"#
            + #"(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|trăm|linh|lẻ|mốt|tư|lăm|mot|bon|sau|bay|tam|chin|muoi|tram|le|moc|tu|lam)"#
            + #"(?:\s+|(?![\p{L}\p{M}])))+)"#
    )

    /// A point with hemisphere letters: "N22.33721 E103.84215", "21.0285°N, 105.8542°E".
    static let hemisphereCoordinates = DataShapes.regex(
        #"\b(?:[NS]\s?\d{1,2}\.\d{3,}°?[\s,]+[EW]\s?\d{1,3}\.\d{3,}°?|\d{1,2}\.\d{3,}°?\s?[NS][\s,]+\d{1,3}\.\d{3,}°?\s?[EW])(?![\p{L}\d])"#
    )

    /// A personal paper's code with a slash and capitals, or two lettered parts, after the paper and "số"
    /// (with no legal document's word in the 60 characters before):
    /// "giấy chứng sinh số 0258/GCS-2025", "giấy khám sức khỏe số 1245/GKSK", a welfare or pension book's
    /// ("Sổ lĩnh trợ cấp số 0412/BTXH"), "chứng chỉ … số MG-HP
    /// 2023-0456", "CC-0457", "thẻ kiểm tra thị trường số 02.0417". A legal document's number (Quyết định số
    /// 12/QĐ-UBND) has no such paper before it and stays.
    static let certificateCode = DataShapes.regex(
        #"(?i)(?:giấy chứng sinh|giấy khai sinh|giấy chứng tử|giấy khám sức khỏe|giấy khám sức khoẻ|giấy ra viện|giấy chuyển viện|văn bằng|bằng tốt nghiệp|chứng chỉ[\p{L}\p{M}\s]{0,40}?|thẻ[\p{L}\p{M}\s]{0,30}?|giấy phép hành nghề|sổ (?:lĩnh|nhận|trợ cấp|hưu|lương hưu|tiết kiệm|bảo hiểm)[\p{L}\p{M}\s]{0,30}?)\s+(?:số|so)\s+((?-i:\d{2,6}/[A-Z]{2,6}(?:-\d{2,4})?|[A-Z]{2,4}-[A-Z]{2,4}\s\d{4}-\d{3,5}|[A-Z]{2,4}-\d{3,6}|\d{2}\.\d{4,6}))(?![\w/])"#
    )

    /// A legal document's word (folded), which makes a code after it the document's.
    static let documentBefore = DataShapes.regex(
        #"\b(?:cong van|quyet dinh|van ban|thong bao|ket luan|to trinh|ke hoach|nghi dinh|thong tu|chi thi)\b"#)

    /// A candidate's number: "số báo danh 0473", "SBD 1207".
    static let candidateNumber = DataShapes.regex(#"(?i)(?:số báo danh|so bao danh|\bSBD)\s*:?\s*(\d{3,6})\b"#)

    /// A house number with no street after "ở" ("ở 27B cùng dãy", "ở 45/12 gần chợ"), or opening a
    /// table's cell before a street's name ("| 27B Trần Hưng Đạo |"). A bare count after ở ("ở 2 nơi")
    /// has no letter or slash and is none.
    static let bareHouseNumber = DataShapes.regex(
        #"(?:(?<=\bở\s)|(?<=\|\s))(\d{1,4}(?:[A-Z]|/\d{1,4}[A-Z]?))(?=\s+(?:cùng|gần|cạnh|sát|đối diện|\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*)*\s*\|))"#
    )

    /// A house number with a letter or a slash after an English word of living and at or in, before a
    /// street's capitalised name: "I live at 27B Lê Thánh Tôn", "she stays at 45/12 Trần Phú". The street
    /// stays by this rule (``PlaceShapes/englishStreetPattern`` takes it with its Street).
    static let englishHouseNumber = DataShapes.regex(
        #"(?<![\p{L}])(?i:live|lives|lived|living|stay|stays|stayed|staying|reside|resides|resided)\s+(?:at|in)\s+(\d{1,4}(?:[A-Z]|/\d{1,4}[A-Z]?)(?:/\d{1,4}[A-Z]?)?)(?=\s+\p{Lu})"#
    )
    static let englishLivingWords: Keywords = [
        "live", "lives", "lived", "living", "stay", "stays", "stayed", "staying", "reside", "resides", "resided",
    ]

    /// A case log's line that opens on a day and month before a colon, the day of a contact:
    /// "3/6: gọi ông …"; a day after a table's date label, "Ngày tiếp nhận: 12/3"; a table's cell that holds
    /// only a d/m, "| 12/3 |" (a fraction alone in a cell would be read so).
    static let caseLogDate = DataShapes.regex(
        #"(?:^|(?<=\n)|(?<=\|\s)|(?<=(?i:ngày)\s[\p{L}\p{M}\s]{2,20}:\s))(\d{1,2})/(\d{1,2})(?=:|\s*(?:\||$))"#
    )

    /// A village with a number after its name: "bản Huồi Giảng 1", "thôn Đông 2" (not a count after it).
    static let numberedVillage = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?:bản|thôn|xóm|buôn|làng|ấp|bon|plei)\s+(?:\p{Lu}[\p{L}\p{M}']*\s+){1,3}\d{1,2}(?![\d/.,]\d|\s+(?:năm|tháng|ngày|tuần|giờ|con|người|hộ|lần|km|mét|triệu|nghìn|khẩu|cháu|đứa)(?![\p{L}\p{M}]))(?![\p{L}\p{M}\d])"#
    )

    /// A village or hamlet named in English: "Khuổi Nấng village", "Pác Bó hamlet".
    static let englishVillage = DataShapes.regex(
        #"(?:\p{Lu}[\p{L}\p{M}']*\s+){1,3}(?:village|hamlet)\b"#
    )

    /// A village in a table's cell, typed with or without marks: "| ban Ta Phin |", "| thôn Nà Khoang |".
    static let villageCell = DataShapes.regex(
        #"(?<=\|\s)((?i:bản|ban|thôn|thon|xóm|xom|buôn|buon|làng|lang|plei)\s+\p{Lu}[\p{L}\p{M}']*(?:\s+\p{Lu}[\p{L}\p{M}']*){0,3})(?=\s*\|)"#
    )

    /// An alias in brackets right after a platform's display name, up to four capitalised words each: "Facebook
    /// Nguyễn Văn Quyết (Quyết Tóc Vàng)". The alias names the same person; group 1 is inside the brackets (the
    /// display name goes by the account rules). Limit: a place in brackets there goes too ("(Hà Nội)").
    static let bracketedAlias = DataShapes.regex(
        #"(?i:facebook|fb|zalo|tiktok|telegram|instagram|youtube|nick)\s+\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3}\s+\((\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})\)"#
    )
    static let aliasPlatforms: Keywords = [
        "facebook", "fb", "zalo", "tiktok", "telegram", "instagram", "youtube", "nick",
    ]
    /// An @mention of a full name: "@Nguyễn Hoàng Phúc", two to four capitalised words after the @; in lower
    /// case, two to four words before the call ơi ("@pham quoc bao oi anh…"), which a handle has no space for.
    static let mentionedFullName = DataShapes.regex(
        #"(?<![\w.])@(?:\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+){1,3}(?![\p{L}\p{M}])|[\p{Ll}\p{M}]+(?:\s+[\p{Ll}\p{M}]+){1,3}(?=\s+(?:ơi|oi)(?![\p{L}\p{M}])))"#
    )

    /// A handle said to be someone's id a few words after the network: "ID Zalo của đối tượng là
    /// hungcoxe.77". It holds a dot, an underscore or a digit, as handles do and words do not.
    static let handleAfterId = DataShapes.regex(
        #"(?i)\b(?:id|nick)\s+(?:zalo|facebook|fb|tiktok|telegram|instagram|ig)\b[^.,;:]{0,30}?\b(?:là|la|:)\s+((?=[a-z0-9._]*[._\d])[a-z][a-z0-9._]{2,}[a-z0-9])(?![\w@])"#
    )

    /// A reviewer's or account's display name after its cue, capitalised words (and an English "in" or "from"
    /// before a place) up to a pause: "Review by TravelWithKate88:", "Đánh giá của Minh Tuấn Vlog:",
    /// "display name is Mark in Can Tho.", "under the name Mark Da Nang", "posting as Linh Chi Nguyễn (…",
    /// "trên Facebook với tên “Hằng Đất Nền Sóc Sơn”", six words at most ("posts as 'Dịch Vụ Hộ Tịch Siêu Tốc'",
    /// the twenty-second round), a message's writer in a screenshot quoted ("Screenshot:
    /// "Minh Trí Grabcar: a ơi…"", "Ảnh chụp màn hình: “Lan Be: …”"). An office after the cue
    /// ("Đánh giá của Sở Tư pháp") has a lower-case word and does not reach the pause.
    static let displayName = DataShapes.regex(
        #"(?:Review(?:ed)? by|Posted by|[Pp]ost(?:ing|s|ed) as|(?:Facebook|Zalo|TikTok|Tiktok|FB|Instagram|YouTube|Youtube|Telegram)\s+(?:với|dưới|bằng|lấy|mang)\s+(?:cái\s+)?tên(?:\s+là)?|(?:Bài )?[Đđ]ánh giá của|[Bb]ình luận của|[Nn]hận xét của|display name is|under the name|(?:Facebook|Zalo|TikTok|FB|Instagram|Telegram|facebook|zalo|fb)(?:\s+name|\s+is)(?=\s+['"‘“])|tên hiển thị(?: là)?|(?:[Ss]creenshot|[Ảả]nh chụp(?: màn hình)?|[Cc]hụp màn hình)\s*:(?=\s+['"‘“]))\s+['"‘“]?((?!(?:UBND|Sở|Bộ|Ban|Phòng|Thanh|Công|Cục|Chi|Trung|Ủy|Hội|Bệnh|Trường|Viện|Tòa|Đoàn)\b)[\p{Lu}\d][\p{L}\p{M}\d]*(?:\s+(?:(?:in|from)\s+)?[\p{Lu}\d][\p{L}\p{M}\d]*){0,5})(?=\s*(?:[:(.,;!?'"’”]|$))"#
    )

    /// A deadline set in official text: "trước ngày 30/9/2025", "Hạn nộp báo cáo là 15/8/2025", "chậm
    /// nhất ngày 15/11/2025". A full date with its year: a deadline is no one's visit.
    static let deadline = DataShapes.regex(
        #"(?i)(?:trước|chậm nhất(?:\s+(?:là|vào))?|hạn chót(?:\s+là)?|hạn nộp[\p{L}\p{M}\s]{0,30}?là(?:\s+trước)?)\s+(?:ngày\s+)?(\d{1,2}/\d{1,2}/\d{4})(?!\d)"#
    )

    /// A validity's start or end: "có giá trị từ 01/01", "hiệu lực đến 31/12".
    static let validityStart = DataShapes.regex(
        #"(?i)(?:giá trị|hiệu lực)\s+(?:sử dụng\s+)?(?:(?:kể\s+)?từ|đến|tới)\s+(?:ngày\s+)?(\d{1,2}/\d{1,2}(?:/\d{4})?)(?![\d/])"#
    )

    /// A holiday that opens a story before the day it tells: "Mùng 3 Tết tui về quê thì tới 5/2…",
    /// "Từ Mùng 3 Tết đến hôm 11…", "Hôm 30-4 cả nhà tôi về quê, đến ngày 2-5…" (1-5 and 2-9 too), in lower
    /// case too ("mùng 2 Tết đi chúc Tết thì không sao, nhưng mùng 6…"). Only at the sentence's
    /// start, and only with a later day in the sentence: alone ("Mùng 8 tết, người tố cáo bị…", "Chiều 2-9
    /// có người…") the holiday is the day told.
    static let openingHoliday = DataShapes.regex(
        #"^(?:(?i:từ|hôm)\s+)?((?i:mùng|mồng)\s+\d{1,2}\s+(?i:tết)|(?<=(?i:hôm)\s)(?:30-4|1-5|2-9))(?=[^\n]*?(?:(?i:mùng|mồng|hôm|ngày)\s+\d{1,2}(?!\d)|\s\d{1,2}[/-]\d{1,2}(?![\d/])))"#
    )

    /// A war invalid's or a sick soldier's grade: "TB 3/4", "thương binh hạng 2/4", "bệnh binh 1/3". A grade
    /// is shared by thousands, no one's number.
    static let gradeWords: Keywords = ["tb", "bb", "thuong", "benh", "hang"]
    static let invalidGrade = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:TB|BB|thương binh|thuong binh|bệnh binh|benh binh|hạng|hang)(?:\s+(?:hạng|hang))?\s+(?:[1-4]/4|[1-3]/3)(?![\p{N}/])"#
    )

    /// An office's closure over days of Tết, set apart by a comma: "Từ Mùng 1 đến Mùng 5 Tết, bộ phận
    /// một cửa…". Without the comma a visit may follow ("Từ mùng 3 đến mùng 7 Tết cán bộ vẫn đến thu").
    static let tetClosure = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:từ|tu)\s+(?:mùng|mồng|mung|mong)\s+\d{1,2}\s+(?:đến|tới|den|toi)\s+(?:mùng|mồng|mung|mong)\s+\d{1,2}\s+(?:tết|tet)(?=\s*,)"#
    )

    /// An overseas Vietnamese or a people told with an English article, no person's name: "a Việt kiều from
    /// Houston", "anh ay la viet kieu my", "a Hoa from Chợ Lớn", a Westerner married: "chồng Tây", "lấy Tây"
    /// (the twenty-second round); a Thai, Tay, Nung, Dao, Cham or Muong (peoples whose names are also a
    /// family's or a given name's) before a noun: "a Thai couple", "a Hoa shop owner" (the twenty-third round).
    /// Not in quotes right after a given name: "met Long 'Việt Kiều'" is a nickname (the thirty-seventh round).
    static let overseasPeople = DataShapes.regex(
        #"(?<=(?:chồng|vợ|rể|lấy)\s)Tây(?![\p{L}\p{M}])|(?<!\p{Lu}\p{Ll}{1,6}\s['‘"“])(?i:việt kiều|viet kieu)(?:\s+(?i:mỹ|my|pháp|phap|úc|uc|đức|duc|nga))?(?![\p{L}\p{M}])|(?<=(?<![\p{L}\p{M}])[Aa]\s)(?:Hoa|Thai|Tay|Nung|Dao|Cham|Muong)(?=\s+(?:from|woman|man|family|girl|boy|couple|shop|owner|farmer|villager|trader|household|elder)\b)"#
    )

    /// An office's official account: "Zalo OA của Thanh tra tỉnh".
    static let officialAccount = DataShapes.regex(#"\bZalo\s+(OA)\b"#)
}
