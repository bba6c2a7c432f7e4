import Foundation
import TextScanning

/// Street addresses: house numbers, alleys, hamlets and the street that goes with them.
///
/// An address is a chain of parts, each a keyword and a number or a capitalised name ("số 12", "ngõ 34",
/// "phố Huế", "thôn Đông"), separated by spaces or commas. A chain is removed when it has two parts or
/// more, or when its one part is unmistakable (số nhà, ngõ, ngách, hẻm, kiệt, thôn, ấp, xóm, khu phố,
/// tổ dân phố, written with diacritics). The commune (phường, xã, đặc khu) is kept: it is as coarse as the
/// province and usually names the agency the case is about.
extension Sanitizer {
    /// Keywords longest first, so that "số nhà" wins over "số".
    static let addressPartPattern = regex(
        #"(?<![\p{L}\p{M}\p{N}])(?i:(số nhà|so nha|nhà số|nha so|tổ dân phố|to dan pho|khu phố|khu pho|ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet|thôn|thon|ấp|ap|xóm|xom|khóm|khom|tổ|to|số|so|đường|duong|phố|pho))\s+(\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*|\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,3}(?: \d{1,2}[A-Za-z]?(?=\s*[,.;:)]|\s*$|\s+(?:xã|phường|thị trấn|xa|phuong)(?![\p{L}\p{M}])))?)(?![\p{L}\p{M}\p{N}/])"#
    )

    /// Keywords that make an address on their own, with a number or a name after them.
    static let strongAddressWords: Set<String> = [
        "số nhà", "nhà số", "tổ dân phố", "khu phố", "ngõ", "ngách", "hẻm", "kiệt", "thôn", "ấp", "xóm", "khóm",
    ]

    /// The same typed without marks, with a name typed so: "thon Dong Ha". Not "ap" (áp dụng) nor "ngo"
    /// (ngô, ngờ), which are words before a capital as often.
    static let unmarkedStrongAddressWords: Set<String> = ["thon", "xom", "khom", "hem", "kiet", "so nha"]

    /// A house number and its street without a keyword for the street: "số 12 Lê Lợi", "123/45 Nguyễn Trãi"
    /// (the slash makes a bare number a house number).
    static let houseOnStreetPattern = regex(
        #"(?<![\p{L}\p{M}\p{N}/.-])(?:(?i:số nhà|so nha|số|so)\s+\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*|\d+[A-Za-z]?(?:/\d+[A-Za-z]?)+)\s+(?!(?:Điều|Khoản|Chương|Mục|Phần|Luật|Nghị|Quyết|Thông|Bộ|Sở|Phòng|Tổ|UBND)(?![\p{L}\p{M}]))\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){0,3}(?![\p{L}\p{M}\p{N}])"#
    )

    /// A house number with a slash or a letter before a street's keyword: "45B/3 đường số 7", "nhà 12B
    /// hẻm 5" (the number goes; a street named by a number is no address).
    static let houseBeforeStreetPattern = regex(
        #"(?<![\p{L}\p{M}\p{N}/.-])\d+(?:[A-Za-z](?:/\d+[A-Za-z]?)*|[A-Za-z]?(?:/\d+[A-Za-z]?)+)(?=\s+(?i:đường|duong|phố|pho|ngõ|ngo|hẻm|hem|kiệt|kiet)(?![\p{L}\p{M}]))"#
    )

    /// An English-style address: "12 Hang Bai Street", "45/6 Le Loi St".
    static let englishStreetPattern = regex(
        #"(?<![\p{L}\p{M}\p{N}/.-])\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*(?: \p{Lu}[\p{L}\p{M}]*){1,4} (?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Alley)(?![\p{L}\p{M}])"#
    )

    /// Words before a number that make it the number of a document or a date, not of a house (folded).
    static let documentWords = [
        "quyet dinh", "cong van", "van ban", "thong bao", "nghi dinh", "to trinh", "bien ban", "ho so", "giay",
        "ngay", "hom", "dieu", "khoan", "luat", "thong tu", "nghi quyet", "phong", "tiet", "trang",
    ]

    /// The keywords that take a name rather than a number (folded): without one of them or a digit, the
    /// text has no address part.
    static let namedPartWords: Set<String> = [
        "ngo", "ngach", "hem", "kiet", "thon", "ap", "xom", "khom", "to", "khu", "duong", "pho", "so", "nha",
    ]

    static let addressGapPattern = regex(#"^,?\s{1,3}$"#)

    func addresses(in scan: TextScan) -> [Span] {
        struct Part {
            let range: NSRange
            let keyword: String
            let valueIsNumber: Bool
        }
        guard scan.hasDigit || scan.hasAnyWord(Self.namedPartWords) else { return [] }
        let parts: [Part] = scan.matches(Self.addressPartPattern).compactMap { match in
            let keyword = scan.string(match.range(at: 1)).lowercased().precomposedStringWithCanonicalMapping
            let valueIsNumber = scan.string(match.range(at: 2)).first?.isNumber ?? false
            // "số" alone needs a number: "số Nhiều" is not an address part, "số 12" may be.
            if (keyword == "số" || keyword == "so") && !valueIsNumber { return nil }
            // "đường số 7" is a street named by a number, not a house on it.
            let street = Self.words(scan.foldedBefore(match.range.location, length: 8)).last
            if keyword == "số" || keyword == "so", street == "duong" || street == "pho" { return nil }
            // "trưởng thôn Khải", "phó ấp Ba": the head of the hamlet, then his name, not the hamlet's.
            let before = Self.words(scan.foldedBefore(match.range.location, length: 8)).last
            if !valueIsNumber, before == "truong" || before == "pho" { return nil }
            return Part(range: match.range, keyword: keyword, valueIsNumber: valueIsNumber)
        }
        var spans: [Span] = []
        var chain: [Part] = []
        func close() {
            defer { chain = [] }
            guard let first = chain.first, let last = chain.last else { return }
            guard
                chain.count >= 2 || Self.strongAddressWords.contains(first.keyword)
                    || (Self.unmarkedStrongAddressWords.contains(first.keyword)
                        && !scan.string(first.range).unicodeScalars.contains { $0.value >= 0x80 })
            else { return }
            // A street alone or a street then a house number is a street, not an address: "đường Lê Lợi".
            if chain.allSatisfy({ ["đường", "duong", "phố", "pho"].contains($0.keyword) }) { return }
            let end = last.range.location + last.range.length
            spans.append(
                Span(
                    kind: .address, range: NSRange(location: first.range.location, length: end - first.range.location),
                    priority: 2))
        }
        for part in parts {
            if let previous = chain.last {
                let gapStart = previous.range.location + previous.range.length
                let gap = scan.string(NSRange(location: gapStart, length: part.range.location - gapStart))
                let joined =
                    Self.addressGapPattern.firstMatch(
                        in: gap, range: NSRange(location: 0, length: (gap as NSString).length)) != nil
                if !joined { close() }
            }
            chain.append(part)
        }
        close()
        // A house's number told after its lane or hamlet in the same clause: "ở ngõ 72 Trần Duy Hưng ấy, số
        // 18," (the number alone, set off by commas).
        for part in parts where ["số", "so"].contains(part.keyword) && part.valueIsNumber {
            guard !spans.contains(where: { NSIntersectionRange($0.range, part.range).length > 0 }),
                let previous = spans.last(where: { NSMaxRange($0.range) <= part.range.location }),
                part.range.location - NSMaxRange(previous.range) <= 40,
                scan.foldedBefore(part.range.location, length: 2).hasSuffix(", "),
                scan.foldedAfter(NSMaxRange(part.range), length: 1) == ","
            else { continue }
            let between = scan.string(
                NSRange(location: NSMaxRange(previous.range), length: part.range.location - NSMaxRange(previous.range)))
            if between.contains(where: { ".;:!?".contains($0) }) { continue }
            spans.append(Span(kind: .address, range: part.range, priority: 2))
        }
        for match in scan.hasDigit ? scan.matches(Self.houseOnStreetPattern) : [] {
            let before = scan.foldedBefore(match.range.location, length: 16)
            let lastWords = Self.words(before).suffix(2).joined(separator: " ")
            if Self.documentWords.contains(where: { lastWords.hasSuffix($0) }) { continue }
            spans.append(Span(kind: .address, range: match.range, priority: 2))
        }
        guard scan.hasDigit else { return spans }
        spans += scan.matches(Self.houseBeforeStreetPattern).map { Span(kind: .address, range: $0.range, priority: 2) }
        spans += scan.matches(Self.englishStreetPattern).map { Span(kind: .address, range: $0.range, priority: 2) }
        return spans
    }
}
