import Foundation
import NameFinding
import TextScanning
import TextShapes

/// Street addresses: house numbers, alleys and hamlets (their street stays: `TextScan.keepingStreets`).
///
/// An address is a chain of parts, each a keyword and a number or a capitalised name ("số 12", "ngõ 34",
/// "phố Huế", "thôn Đông"), separated by spaces or commas. A chain is removed when it has two parts or
/// more, or when its one part is unmistakable (số nhà, ngõ, ngách, hẻm, kiệt, thôn, ấp, xóm, khu phố,
/// tổ dân phố, written with diacritics). The commune (phường, xã, đặc khu) is kept: it is as coarse as the
/// province and usually names the agency the case is about.
extension Sanitizer {
    func addresses(in scan: TextScan) -> [Span] {
        struct Part {
            let range: NSRange
            let keyword: String
            let valueIsNumber: Bool
        }
        guard scan.hasDigit || scan.hasAnyWord(PlaceShapes.namedPartWords) else { return [] }
        let parts: [Part] = scan.addressPartMatches().compactMap { match in
            let keyword = scan.string(match.range(at: 1)).lowercased().precomposedStringWithCanonicalMapping
            let valueIsNumber = scan.string(match.range(at: 2)).first?.isNumber ?? false
            // "số" alone needs a number: "số Nhiều" is not an address part, "số 12" may be.
            if (keyword == "số" || keyword == "so") && !valueIsNumber { return nil }
            if !valueIsNumber, scan.isNamesWord(match.range(at: 1)) { return nil }  // "Tuấn Kiệt Trần"
            // "đường số 7" is a street named by a number, not a house on it.
            let street = Self.words(scan.foldedBefore(match.range.location, length: 8)).last
            if keyword == "số" || keyword == "so", street == "duong" || street == "pho" { return nil }
            // "trưởng thôn Khải" (a head, then his name), "chợ Xóm Chiếu" (a market): see `opensNoHamlet`.
            let before = Self.words(scan.foldedBefore(match.range.location, length: 12)).suffix(2)
            if !valueIsNumber, scan.opensNoHamlet(match.range, after: Array(before)) { return nil }
            return Part(range: match.range, keyword: keyword, valueIsNumber: valueIsNumber)
        }
        var spans: [Span] = []
        var chain: [Part] = []
        func close() {
            defer { chain = [] }
            guard let first = chain.first, let last = chain.last else { return }
            guard
                chain.count >= 2 || PlaceShapes.strongAddressWords.contains(first.keyword)
                    || (PlaceShapes.unmarkedStrongAddressWords.contains(first.keyword)
                        && !scan.string(first.range).unicodeScalars.contains { $0.value >= 0x80 })
            else { return }
            // "số 18, số 19" lists numbers (a document's, an item's): a house's number needs its street. A
            // civil register's volume and entry are a person's: "quyển số 01/2025, số 125".
            if chain.allSatisfy({ ["số", "so"].contains($0.keyword) }),
                !scan.foldedBefore(first.range.location, length: 8).hasSuffix("quyen ")
            {
                return
            }
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
                    PlaceShapes.addressGapPattern.firstMatch(
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
        for match in scan.hasDigit ? scan.matches(PlaceShapes.houseOnStreetPattern) : [] {
            let before = scan.foldedBefore(match.range.location, length: 16)
            let lastWords = Self.words(before).suffix(2).joined(separator: " ")
            if PlaceShapes.documentWords.contains(where: { lastWords.hasSuffix($0) }) { continue }
            if scan.string(NSRange(location: match.range.location, length: 1)).lowercased() == "s",
                PlaceShapes.facilityNumberEnd.matches(
                    scan.string(
                        NSRange(location: max(0, match.range.location - 64), length: min(64, match.range.location))))
            {
                continue
            }
            spans.append(Span(kind: .address, range: match.range, priority: 2))
        }
        guard scan.hasDigit else { return spans }
        let mayHaveCue = scan.hasAnyWord(["o", "chi", "dc", "d"])
        spans += (mayHaveCue ? scan.matches(PlaceShapes.houseAfterAddressCuePattern) : []).map {
            Span(kind: .address, range: $0.range(at: 1), priority: 2)
        }
        // "ở số 27B, con hẻm sau chợ": a lettered house after ở số (its capital and the pair first).
        let mayHaveLetteredHouse = scan.hasUppercase && scan.hasPair("o", "so")
        spans += (mayHaveLetteredHouse ? scan.matches(PlaceShapes.letteredHouseAfterAtPattern) : []).map {
            Span(kind: .address, range: $0.range(at: 1), priority: 2)
        }
        // "Hẻm nhà 18/3A": a house's number with a slash and a letter after nhà (the forty-first round).
        let mayHaveSlashedHouse = scan.hasSlash && scan.hasUppercase && scan.hasWord("nha")
        spans += (mayHaveSlashedHouse ? scan.matches(PlaceShapes.houseAfterNhaPattern) : []).map {
            Span(kind: .address, range: $0.range(at: 1), priority: 2)
        }
        spans += (scan.mayNameStreetAfterHouse ? scan.matches(PlaceShapes.houseBeforeStreetPattern) : []).map {
            Span(kind: .address, range: $0.range, priority: 2)
        }
        spans += (scan.mayNameEnglishStreet ? scan.matches(PlaceShapes.englishStreetPattern) : []).map {
            Span(kind: .address, range: $0.range, priority: 2)
        }
        // The house's number written again, wrongly, in the same text: "…, cán bộ ghi thành 72B".
        spans += (spans.isEmpty ? [] : scan.matches(PlaceShapes.rewrittenHousePattern)).map {
            Span(kind: .address, range: $0.range(at: 1), priority: 2)
        }
        return spans
    }
}
