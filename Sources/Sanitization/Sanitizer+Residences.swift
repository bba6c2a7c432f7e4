import Foundation
import TextScanning

/// Where someone lives, finer than the commune: apartments and rooms, residential groups (tổ, khối,
/// đội, tổ dân phố), villages (bản, buôn, làng, plei) and map coordinates.
extension Sanitizer {
    /// căn hộ A3-11, P.804, phòng trọ số 2, tòa B, lô B12: a keyword and a code.
    static let dwellingPattern = regex(
        #"(?<![\p{L}\p{M}\p{N}])(?:(?i:căn hộ|can ho|căn|phòng trọ|phong tro|nhà trọ|nha tro|dãy trọ|day tro|tòa nhà|toà nhà|tòa|toà|toa nha|block|lô đất|lo dat|lô|ki-ốt|kiốt|ki ốt|kiot|kios|chung cư|chung cu|khu tập thể|khu tap the|ký túc xá|kí túc xá|ky tuc xa)|P\.|P(?=\d)|(?i:nhà|nha)(?=\s+[A-Z]\d))\s*(?:(?i:số|so)\s*)?([A-Z]{0,2}\d+(?:[A-Za-z]\d*)?(?:[-./]\d+[A-Za-z]?)*|[A-Z]\d*(?:-\d+)?)(?![\p{L}\p{M}\p{N}]|[/]\d)"#
    )
    /// A room or a floor: removed with a dwelling or after "ở", "thuê", "sống"; otherwise flagged.
    static let roomPattern = regex(
        #"(?<![\p{L}\p{M}\p{N}])(?i:phòng|phong|tầng|tang|room)\s+(?:(?i:số|so)\s+)?\d+[A-Za-z]?(?![\p{L}\p{M}\p{N}]|[/]\d)"#
    )
    /// tổ 4, khối 2, đội 6, cụm 3, tổ dân phố số 3, TDP 3, KP 4.
    static let groupPattern = regex(
        #"(?<![\p{L}\p{M}\p{N}])(?:(?i:tổ dân phố|to dan pho|tổ dân cư|tổ|to|khối|khoi|đội|cụm|cum|khu phố|khu pho|khu|liên gia|xóm|xom|thôn|thon|ấp|ap|bản|ban|buôn|buon|làng|lang|plei|chòm|sóc|phum|doi)|TDP|KP)\s+(?:(?i:số|so)\s+)?(\d+[A-Za-z]?|[IVX]+)(?![\p{L}\p{M}\p{N}]|[/.,]\d|/\p{L})"#
    )

    /// bản Phùng, buôn Ko Tam, làng Kon Klor, plei Ốp: a village's name, in lower-case keyword, with the
    /// number of a village split in two before a pause or the commune (làng Kép 2, xã Ia Dom).
    static let villagePattern = regex(
        #"(?<![\p{L}\p{M}\p{N}])(?:bản|buôn|làng|plei|pơlei|bon|sóc|phum|chòm|mường|Bản|Làng|Plei|Pơlei|Buôn|Bon|Phum)\s+\p{Lu}(?:(?:\.\p{Lu})+(?![\p{L}\p{M}])|[\p{L}\p{M}'’]*)(?:\s\p{Lu}[\p{L}\p{M}'’]*){0,2}(?: \d{1,2}[A-Za-z]?(?=\s*[,.;:)]|\s*$|\s+(?:xã|phường|thị trấn|xa|phuong)(?![\p{L}\p{M}])))?"#
    )
    /// A village named by where it lies, after a word of living there: "ở bản trên bị cắt", "sống ở xóm
    /// dưới." Only before a sentence's end, a comma or a verb: "ở bản trên giấy" is a copy on paper.
    static let relativeVillagePattern = regex(
        #"(?<=(?:ở|tại|về|sống|trú) )(?:bản|buôn|làng|xóm|thôn|ấp|sóc) (?:trên|dưới|giữa|ngoài|trong|bên kia)(?=\s*[.,;:!?)]|\s*$| (?:bị|có|là|đã|đang|không|được|và|cũng|nay|vẫn|chưa)\b)"#
    )
    /// A hamlet or a village typed without marks, after a word of living there and before a capitalised
    /// name: "o ap Long Hoa", "song o ban Hua Ta". Elsewhere "ap" and "ban" are áp, bạn, ban (a board).
    static let unmarkedVillagePattern = regex(
        #"(?<![\p{L}\p{M}\p{N}])(?:o|tai|song|tru|ve)\s+((?:ap|ban|buon|lang)\s+\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,2})"#
    )
    /// A hamlet named in lower case after "ở": before the commune ("ở xóm đình xã yên lạc"), or after
    /// a group's number and before a pause ("o doi 3 thon ha,").
    static let lowercaseHamletPattern = regex(
        #"(?:(?<=(?:ở|o|tại|tai)\s{1,2})|(?<=(?:xóm|xom|tổ|to|đội|doi|ấp|ap) \d{1,3},? ))(?:xóm|thôn|xom|thon)\s{1,2}([\p{Ll}\p{M}]+)(?=\s{1,2}(?:xã|xa|phường|phuong)\s|\s*[,.;]|\s*$)"#
    )

    /// Whether a residence's part (thôn, xóm, ấp, bản, tổ…) stands before `location` in the same list,
    /// with a comma right before it: "thon Dong Ha, doi 2".
    func followsResidence(_ scan: TextScan, _ location: Int) -> Bool {
        let before = scan.foldedBefore(location, length: 24)
        guard before.hasSuffix(", ") else { return false }
        let part = before.dropLast(2).split(separator: ",").last.map(String.init) ?? ""
        return Self.words(part).contains {
            ["thon", "xom", "ap", "ban", "lang", "buon", "to", "khu", "khoi"].contains($0)
        }
    }

    /// Whether "địa chỉ" (typed with or without marks, a colon or not) stands right before `location`.
    func afterAddressCue(_ scan: TextScan, _ location: Int) -> Bool {
        Self.words(scan.foldedBefore(location, length: 12)).suffix(2) == ["dia", "chi"]
    }

    /// 21.0285, 105.8542 and 21°01'42"N 105°51'15"E.
    static let coordinatePattern = regex(
        #"(?<![\p{N}.])-?\d{1,3}[.,]\d{3,}\s*°?\s*[NSBĐ]?\s*[,;]\s*-?\d{1,3}[.,]\d{3,}(?:\s*°)?(?:\s*[EWĐT](?![\p{L}]))?(?![\p{N}])|\d{1,3}°\s?\d{1,2}['′]\s?(?:\d{1,2}(?:[.,]\d+)?["″]\s?)?[NSEWBĐT]?(?:[\s,;]+\d{1,3}°\s?\d{1,2}['′]\s?(?:\d{1,2}(?:[.,]\d+)?["″]\s?)?[NSEWBĐT]?)?"#
    )

    func residences(in scan: TextScan, flagging flags: inout [FlagSpan]) -> [Span] {
        let dwellings = scan.hasAnyWord(WordClasses.dwellingWords) ? scan.matches(Self.dwellingPattern) : []
        var spans = dwellings.compactMap { match -> Span? in
            // P. is a room only with a number: "P.Q.B" are initials.
            let text = scan.string(match.range)
            if text.hasPrefix("P"), !text.contains(where: \.isNumber) { return nil }
            // "biển báo P.102" is a road sign.
            if text.hasPrefix("P"), scan.foldedBefore(match.range.location, length: 10).hasSuffix("bien bao ") {
                return nil
            }
            // "dãy trọ 10 phòng": a number of rooms, not a room.
            let following = scan.foldedAfter(match.range.location + match.range.length, length: 12)
            let next = following.hasPrefix(" ") ? Self.words(following).first ?? "" : ""
            if ["phong", "can", "ho", "nguoi", "tang"].contains(next) { return nil }
            return Span(kind: .address, range: match.range, priority: 2)
        }
        if scan.hasDigit {
            spans += scan.matches(Self.coordinatePattern).map { Span(kind: .address, range: $0.range, priority: 1) }
        }
        for match in scan.hasDigit ? scan.matches(Self.groupPattern) : [] {
            let next = Self.words(scan.foldedAfter(match.range.location + match.range.length, length: 12)).first ?? ""
            if WordClasses.countWords.contains(next) { continue }
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
            // "học sinh khối 12", "khối 9 Trường THCS": a school's grade, not a block of houses.
            if keyword.hasPrefix("khối ") || keyword.hasPrefix("khoi "),
                WordClasses.gradeWords.contains(before) || ["truong", "lop", "hoc"].contains(next)
            {
                continue
            }
            // "ban 3" and "to 3" without marks are too often words; with marks they are places.
            // After ở, tại or về typed so, they are places: "gia dinh o ap 3".
            if keyword.hasPrefix("ban ") || keyword.hasPrefix("lang ") || keyword.hasPrefix("ap "),
                !["o", "tai", "ve"].contains(before), !afterAddressCue(scan, match.range.location)
            {
                continue
            }
            // "to 5" is also "ô tô 5 chỗ" ("o to 5"): a group only after tại or địa chỉ typed so.
            // After "o" typed so, only before the ward or the commune: "o to 5 phuong tan hoa".
            let beforeWard = before == "o" && ["phuong", "xa", "thon", "khu", "khoi", "ap", "xom"].contains(next)
            if keyword.hasPrefix("to "), before != "tai", !beforeWard, !afterAddressCue(scan, match.range.location) {
                continue
            }
            // "doi 2" without marks is as often "đòi 2": a team only next in a list after a residence's part
            // ("thon Dong Ha, doi 2").
            if keyword.hasPrefix("doi "), !followsResidence(scan, match.range.location) { continue }
            spans.append(Span(kind: .address, range: match.range, priority: 2))
        }
        for match in scan.hasAnyWord(WordClasses.villageWords) ? scan.matches(Self.villagePattern) : [] {
            let words = Self.words(scan.string(match.range).lowercased())
            if words.count > 1, WordClasses.notVillageWords.contains(words[1]) { continue }
            let name = scan.string(match.range).split(separator: " ").dropFirst().joined(separator: " ")
            if places.contains(name) { continue }
            let before = Self.words(scan.foldedBefore(match.range.location, length: 12)).last ?? ""
            if WordClasses.communeWords.contains(before) { continue }
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
        for match in mayNameUnmarkedVillage ? scan.matches(Self.unmarkedVillagePattern) : [] {
            let village = match.range(at: 1)
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
        for match in scan.hasAnyWord(["xom", "thon"]) ? scan.matches(Self.lowercaseHamletPattern) : []
        where !WordClasses.notHamletNames.contains(Self.fold(scan.string(match.range(at: 1)))) {
            // Only after "ở" with the commune next, or after a group's number: "ở xóm nghèo, ..." is a kind.
            let afterGroup = scan.foldedBefore(match.range.location, length: 6).contains(where: \.isNumber)
            let commune = ["xa", "phuong"].contains(
                Self.words(scan.foldedAfter(NSMaxRange(match.range), length: 10)).first)
            if afterGroup || commune { spans.append(Span(kind: .address, range: match.range, priority: 2)) }
        }
        if scan.hasAnyWord(WordClasses.relativeVillageWords) {
            spans += scan.matches(Self.relativeVillagePattern).map {
                Span(kind: .address, range: $0.range, priority: 2)
            }
        }
        for match in scan.hasDigit ? scan.matches(Self.roomPattern) : [] {
            let before = Self.words(scan.foldedBefore(match.range.location, length: 24)).suffix(3)
            // A dwelling word after it says whose too: "phòng 402 nhà A khu tập thể", "phòng 12 ký túc xá".
            let after = scan.foldedAfter(match.range.location + match.range.length, length: 32)
            let lives =
                before.contains { ["o", "thue", "song", "tro", "nha", "can", "ho"].contains($0) }
                || ["khu tap the", "ky tuc", "chung cu", "nha tro", "day tro"].contains { after.contains($0) }
                || ["khu tap the", "ky tuc", "chung cu"].contains {
                    scan.foldedBefore(match.range.location, length: 32).contains($0)
                }
            if lives || spans.contains(where: { abs($0.range.location - match.range.location) < 40 }) {
                spans.append(Span(kind: .address, range: match.range, priority: 2))
            } else {
                flags.append(FlagSpan(reason: .possibleRoom, range: match.range))
            }
        }
        return spans
    }
}
