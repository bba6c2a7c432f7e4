import Foundation
import TextScanning

/// Identifiers of things that point to one person: land parcels and map sheets, land-certificate
/// entries, vehicle frame and engine numbers, police badges, licence and certificate serials.
extension Sanitizer {
    /// thửa đất số 123, thửa 45a, tờ bản đồ số 12, with their lists ("thửa 12, 13 và 14").
    static let landPattern = regex(
        #"(?i)(?<![\p{L}\p{M}])(?:thửa đất|thửa|thua dat|thua|tờ bản đồ|to ban do|bản đồ địa chính|tờ|to)(?:\s+(?:số|so))?\s*:?\s*(\d+[a-z]?(?:\s*(?:,|và|va|-)\s*\d+[a-z]?)*)(?![\p{L}\p{M}\p{N}/])"#
    )
    /// Words before a code that name what the code is: the code goes, whatever its shape.
    static let codeCuePattern = regex(
        #"(?i)(?<![\p{L}\p{M}])(?:số khung|so khung|số máy|so may|số VIN|VIN|số hiệu|so hieu|phù hiệu|số thẻ ngành|thẻ ngành|số thẻ|thẻ số|số sê-ri|số seri|so seri|seri|sê-ri|serial|số phôi|vào sổ cấp GCN|vào sổ|số GCN|GCN|số chứng chỉ|chứng chỉ hành nghề(?:\s+(?:dược|y|y tế|khám bệnh, chữa bệnh|khám chữa bệnh|xây dựng|kiến trúc|luật sư|kế toán|kiểm toán|môi giới bất động sản|thú y))?|giấy phép lái xe|GPLX|bằng lái|mã số cán bộ|mã cán bộ|mã nhân viên|mã số nhân viên|số hợp đồng|mã khách hàng)(?:\s+(?:số|so|no\.?))?\s*:?\s*([\p{L}\p{N}][\p{L}\p{N}./-]*\d[\p{L}\p{N}./-]*)"#
    )
    /// The folded words of the cues, to skip the pattern on text that has none.
    static let codeCueWords: Set<String> = [
        "khung", "may", "vin", "hieu", "nganh", "the", "seri", "serial", "phoi", "vao", "gcn", "chung", "giay", "gplx",
        "bang", "ma", "hop",
    ]
    /// Land-certificate entries and serials: CH00123, CS 01234, BĐ 123456, AB-1234567.
    static let letteredCodePattern = regex(
        #"(?<![\p{L}\p{M}\p{N}/.-])(?:(?:CH|CS|CT|CN|VP|BĐ|CĐ|BX|BY|BK|BL|BT|BV|DA|DB|DC)[ .:-]?\d{4,}|[A-ZĐ]{1,3}-?\d{5,}|[A-ZĐ]{2,3} \d{6,}|[A-Z] \d{7})(?![\p{L}\p{M}\p{N}]|[/-]\d)"#
    )
    /// A token of capitals and digits, 8 long or more with 4 digits or more: a frame or engine number.
    static let mixedCodePattern = regex(
        #"(?<![\p{L}\p{M}\p{N}/.-])(?=[A-Z0-9-]*[A-Z])(?=(?:[A-Z-]*\d){4})[A-Z0-9][A-Z0-9-]{6,}[A-Z0-9](?![\p{L}\p{M}\p{N}/])"#
    )
    /// The number of a person's civil-status or household paper: "trích lục khai tử số 215/2020", "sổ hộ
    /// nghèo số HN-0452". "số" must follow: "hộ nghèo 2025" is a year.
    static let civilPaperPattern = regex(
        #"(?i)(?<![\p{L}\p{M}])(?:khai sinh|khai tử|chứng sinh|chứng tử|kết hôn|hộ nghèo|cận nghèo|hộ khẩu|tạm trú|khai tu|chung sinh|chung tu|ket hon|ho ngheo|can ngheo|ho khau|tam tru)\s+(?:số|so)\s*:?\s*([\p{L}\p{N}][\p{L}\p{N}./-]*\d[\p{L}\p{N}./-]*)"#
    )
    static let civilPaperWords: Set<String> = ["sinh", "tu", "hon", "ngheo", "khau", "tru"]
    /// A letter after a slash makes a number a document's: "12/QĐ-UBND" decided the list, it is no paper's.
    static let documentNumber = regex(#"/\p{L}"#)

    /// A practice certificate's or licence's number, known by its suffix wherever it stands:
    /// "000123/HNT-CCHND" (chứng chỉ hành nghề, dược), "0456/SYT-GPHN" (giấy phép hành nghề), one person's.
    static let practiceCertificatePattern = regex(
        #"(?<![\p{L}\p{M}\p{N}/.-])\d[\d.]*/(?:[A-ZĐ]+-)*(?:CCHN|GPHN)[A-ZĐ]*(?![\p{L}\p{M}\p{N}])"#
    )

    /// Letters before digits that name a standard or a road, not a person's document.
    static let publicPrefixes: Set<String> = [
        "ISO", "TCVN", "QCVN", "QL", "ĐT", "DT", "TL", "HL", "MST", "STK", "SĐT", "SDT", "TK", "ID", "UID", "STT",
        "BHXH", "BHYT", "CCCD", "CMND",
    ]

    func identifiers(in scan: TextScan) -> [Span] {
        var spans: [Span] = []
        for match in scan.hasAnyWord(["thua", "to", "ban"]) ? scan.matches(Self.landPattern) : [] {
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
        for match in scan.hasAnyWord(Self.codeCueWords) ? scan.matches(Self.codeCuePattern) : [] {
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
        for match in scan.hasAnyWord(Self.civilPaperWords) ? scan.matches(Self.civilPaperPattern) : [] {
            var range = match.range(at: 1)
            let code = scan.string(range)
            // Except an extract's (trích lục), issued to the citizen alone: "Trích lục khai sinh số 215/TLKS-BS".
            if Self.documentNumber.firstMatch(in: code, range: NSRange(location: 0, length: range.length)) != nil,
                !scan.foldedBefore(match.range.location, length: 10).hasSuffix("trich luc ")
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
        if scan.hasUppercase, scan.hasSlash {
            spans += scan.matches(Self.practiceCertificatePattern).map {
                Span(kind: .identifier, range: $0.range, priority: 3)
            }
        }
        for pattern in [Self.letteredCodePattern, Self.mixedCodePattern] where scan.hasUppercase {
            for match in scan.matches(pattern) {
                let text = scan.string(match.range)
                let letters = String(text.prefix { $0.isLetter })
                if Self.publicPrefixes.contains(letters) { continue }
                spans.append(Span(kind: .identifier, range: match.range, priority: 3))
            }
        }
        return spans
    }
}
