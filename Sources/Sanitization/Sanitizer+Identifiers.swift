import Foundation
import NameFinding
import TextScanning
import TextShapes

/// Identifiers of things that point to one person: land parcels and map sheets, land-certificate
/// entries, vehicle frame and engine numbers, police badges, licence and certificate serials.
extension Sanitizer {
    func identifiers(in scan: TextScan) -> [Span] {
        var spans: [Span] = []
        // Each pattern below needs a digit (`\d` in its number's group): text without one skips them.
        for match in scan.hasDigit && scan.hasAnyWord(["thua", "to", "ban", "parcel", "plot", "sheet", "khoanh"])
            ? scan.matches(IdentifierShapes.landPattern) : []
        {
            let keyword = scan.string(match.range).lowercased()
            // "tờ 5" alone is a sheet of paper; only with "bản đồ" or "số" it is a map sheet.
            if (keyword.hasPrefix("tờ") || keyword.hasPrefix("to")) && !keyword.contains("bản đồ")
                && !keyword.contains("ban do") && !keyword.contains("số") && !keyword.contains(" so")
                && !Self.words(scan.foldedBefore(match.range.location, length: 24)).contains("thua")
            {
                continue
            }
            // "bản đồ địa chính 2003" is the survey's year, not a sheet: only "số" makes it a number.
            let number = scan.string(match.range(at: 1))
            if Self.fold(keyword).hasPrefix("ban do dia chinh"), !Self.fold(keyword).contains(" so"),
                number.count == 4, number.hasPrefix("19") || number.hasPrefix("20")
            {
                continue
            }
            spans.append(Span(kind: .identifier, range: match.range(at: 1), priority: 3))
        }
        for match in scan.hasDigit && scan.hasAnyWord(IdentifierShapes.codeCueWords)
            ? scan.matches(IdentifierShapes.codeCuePattern) : []
        {
            var range = match.range(at: 1)
            // "số máy" is also a phone number: digits alone after it are the numbers' to judge.
            let cue = Self.fold(scan.string(match.range)).prefix(6)
            if cue == "so may", !scan.string(range).contains(where: \.isLetter) { continue }
            while range.length > 0,
                ".-/".contains(scan.string(NSRange(location: range.location + range.length - 1, length: 1)))
            {
                range.length -= 1
            }
            spans.append(Span(kind: .identifier, range: range, priority: 3))
        }
        for match in scan.hasDigit && scan.hasAnyWord(IdentifierShapes.civilPaperWords)
            ? scan.matches(IdentifierShapes.civilPaperPattern) : []
        {
            var range = match.range(at: 1)
            let code = scan.string(range)
            // Except an extract's (trích lục) or a household's book (sổ), issued to the citizen alone:
            // "Trích lục khai sinh số 215/TLKS-BS", "Sổ hộ nghèo số 0456/HN".
            if IdentifierShapes.documentNumber.firstMatch(in: code, range: NSRange(location: 0, length: range.length))
                != nil, !scan.numbersOwnPaper(at: match.range.location, code: code)
            {
                continue
            }
            while range.length > 0,
                ".-/".contains(scan.string(NSRange(location: range.location + range.length - 1, length: 1)))
            {
                range.length -= 1
            }
            spans.append(Span(kind: .identifier, range: range, priority: 3))
        }
        // A book's number (sổ with its marks) and a boat's registration: the thirty-ninth round.
        if scan.hasDigit, scan.hasWord("so"), scan.words.list.contains(where: { $0.lower == "sổ" }) {
            spans += scan.matches(IdentifierShapes.bookNumberPattern).map {
                Span(kind: .identifier, range: $0.range(at: 1), priority: 3)
            }
        }
        // A lot's or a slip's lettered number: "lô số LG-0925/114", "phiếu hẹn số PH 2207" (the forty-first round).
        if scan.hasDigit, scan.hasUppercase, scan.hasAnyWord(["lo", "phieu"]) {
            spans += scan.matches(IdentifierShapes.lotOrSlipPattern).map {
                Span(kind: .identifier, range: $0.range(at: 1), priority: 3)
            }
        }
        if scan.hasDigit, scan.hasUppercase, scan.hasAnyWord(["tau", "ghe", "thuyen", "lan", "xuong"]) {
            spans += scan.matches(IdentifierShapes.boatPattern).map {
                Span(kind: .identifier, range: $0.range(at: 1), priority: 3)
            }
        }
        if scan.hasUppercase, scan.hasSlash {
            spans += scan.matches(IdentifierShapes.practiceCertificatePattern).map {
                Span(kind: .identifier, range: $0.range, priority: 3)
            }
        }
        // A tender's notice or plan code is published on the national procurement system: "mã TBMT IB2500123456".
        let mayNameATender = scan.hasAnyWord(["tbmt", "khlcnt", "thau"])
        var patterns = [IdentifierShapes.letteredCodePattern, IdentifierShapes.mixedCodePattern]
        if scan.hasUppercase, scan.hasWord("so") { patterns.append(IdentifierShapes.numberedCodePattern) }
        for pattern in patterns where scan.hasDigit {
            for match in scan.matches(pattern) {
                // The numbered code's pattern holds the code in its group (after số); the others are the code.
                let range = match.numberOfRanges > 1 ? match.range(at: 1) : match.range
                if mayNameATender, IdentifierShapes.tenderCodeEnd.matches(scan.foldedBefore(range.location, length: 24))
                {
                    continue
                }
                let text = scan.string(range)
                let letters = String(text.prefix { $0.isLetter })
                // A road's TL or HL (tỉnh lộ, hương lộ) never has six digits glued on: "Biên lai số TL0459812",
                // "Seal số HL8834102" are serials; nor a year and a serial after it: "HL-2024-0387" is a case's
                // (the fortieth round).
                let serial =
                    ["TL", "HL"].contains(letters) && text.dropFirst(2).prefix { $0.isNumber }.count >= 6
                    || IdentifierShapes.isYearSerial(text.dropFirst(letters.count))
                if IdentifierShapes.publicPrefixes.contains(letters), !serial { continue }
                spans.append(Span(kind: .identifier, range: range, priority: 3))
            }
        }
        return spans
    }
}
