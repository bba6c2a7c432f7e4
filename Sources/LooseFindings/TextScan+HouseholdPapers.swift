import Foundation
import TextScanning
import TextShapes

/// The thirty-third round's papers a utility, a commune or a seller gives one household: a contract said to be
/// signed with the household or to be the writer's, a payment voucher, a meter, an auction lot and a pension
/// book. A public decision's number and a contract's kind with no number stay.
extension TextScan {
    /// The numbers of the papers a household holds.
    func householdPaperFindings() -> [LooseFinding] {
        var found: [LooseFinding] = []
        guard hasDigit else { return [] }
        // A person's paper needs one of its rarer words first; số sổ only in a range (từ … đến).
        if hasAnyWord(HouseholdPaperShapes.personalPaperWords),
            HouseholdPaperShapes.personalPaperPairs.contains(where: { hasPair($0.0, $0.1) })
                || hasWord("den") && hasWord("tu") && hasPair("so", "so")
        {
            found += findings("identifier", HouseholdPaperShapes.personalPaper, groups: 5)
        }
        guard hasAnyWord(HouseholdPaperShapes.paperWords) else { return found }
        if hasPair("hop", "dong") {
            found += findings("identifier", HouseholdPaperShapes.householdContract, group: 1)
            if hasWord("giua") { found += findings("identifier", HouseholdPaperShapes.contractBetween, group: 1) }
        }
        // Each of the paper's names is two words, so a text with neither pair holds none: chi, to and
        // linh alone are everywhere (chị, tổ, tờ, linh tinh).
        if hasPair("phieu", "chi") || hasPair("cong", "to") || hasPair("dong", "ho") || hasPair("so", "linh") {
            found += findings("identifier", HouseholdPaperShapes.householdPaper, group: 1)
        }
        if hasWord("hieu") { found += findings("identifier", HouseholdPaperShapes.auctionLot, group: 1) }
        return found
    }
}

/// The patterns of ``TextScan/householdPaperFindings()``.
enum HouseholdPaperShapes {
    static let paperWords: Keywords = ["dong", "chi", "to", "linh", "lo"]
    /// The rarer words of the papers issued to one person (folded), one of which each needs.
    static let personalPaperWords: Keywords = [
        "khen", "ba", "bang", "phep", "tat", "nuoi", "nhan", "den", "liet", "buoc", "cap", "thac",
    ]
    /// The two words that name each paper issued to one person (folded): giấy khen, học bạ, cấp bằng, giấy phép,
    /// danh bạ (thuyền viên), khuyết tật, lô nuôi, số sổ, biên nhận; the thirty-fifth round's liệt sĩ (a
    /// martyr's file), bắt buộc (a compulsory insurance's policy) and trợ cấp (a benefit's book); the
    /// thirty-sixth round's khai thác (a fishing vessel's logbook, nhật ký khai thác).
    static let personalPaperPairs: [(String, String)] = [
        ("giay", "khen"), ("hoc", "ba"), ("cap", "bang"), ("giay", "phep"), ("danh", "ba"), ("khuyet", "tat"),
        ("lo", "nuoi"), ("so", "so"), ("bien", "nhan"), ("liet", "si"), ("bat", "buoc"), ("tro", "cap"),
        ("khai", "thac"),
    ]

    /// A code as a paper's number is written: digits with slashes, dashes and capitals, or capitals, a dash and digits.
    private static let code = #"((?:\p{Lu}{1,4}-?)?\d[\p{Lu}\p{N}]*(?:[/.-][\p{Lu}\p{N}Đđ]+)*)(?![\p{L}\p{M}\p{N}])"#

    /// A contract's number, up to six words after hợp đồng, then số, said to be signed with a household or a
    /// person, or to be the writer's: "Hợp đồng cấp nước số 31/HĐCN-0215 ký với hộ ông…", "hợp đồng mua bán số
    /// 0412/2023/HĐMB của tôi". A contract cited alone ("theo hợp đồng số 12/2024/HĐ-UBND") stays.
    static let householdContract = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:hợp đồng|hop dong)(?:\s+(?!(?:số|so)(?![\p{L}\p{M}]))[\p{L}\p{M}]+){0,6}\s+(?:số|so)\s*:?\s*"#
            + code
            + #"(?=\s+(?:(?:ký|kí|ky|ki)\s+(?:với|voi)|(?:của|cua))\s+(?:hộ|ho|gia đình|gia dinh|tôi|toi|tui|mình|minh|ông|ong|bà|ba|anh|chị|chi|em|cô|co|chú|chu|bác|bac)(?![\p{L}\p{M}]))"#
    )

    /// A code as a person's paper is written: capitals (a dash and capitals) and a dash or a space before
    /// digits, or digits with slashes and dashes between capitals or mixed-case letters: "GP-KT 2024/0456",
    /// "XNKT 0458/2023", "56/BTh-2023", "1546/THCS-2023".
    private static let personalCode =
        #"((?-i:(?:\p{Lu}{1,5}(?:-\p{Lu}{1,4})?[- ]?)?\d[\p{Lu}\p{N}]*(?:[/.-][\p{L}\p{N}]+)*))(?![\p{L}\p{M}\p{N}])"#

    /// A book's number: a dash and no space after its capitals ("TC-0871"; "số sổ BHXH 79…" leaves the fund's
    /// name to the insurance number's own rule).
    private static let bookCode =
        #"((?-i:(?:\p{Lu}{1,5}-)?\d[\p{Lu}\p{N}]*(?:[/.-][\p{L}\p{N}]+)*))(?![\p{L}\p{M}\p{N}])"#

    /// The number of a paper issued to one person: a certificate of merit (giấy khen), a school record (học
    /// bạ), a diploma's register entry (sổ cấp bằng), a licence (giấy phép), a seaman's register (sổ danh bạ
    /// thuyền viên), a disability certificate (giấy xác nhận khuyết tật), a farming plot (lô nuôi), a book's
    /// number (số sổ, with a range's end after đến), a martyr's file (hồ sơ liệt sĩ), a compulsory insurance's
    /// policy (bảo hiểm bắt buộc), a benefit's book (sổ trợ cấp), a fishing vessel's logbook (nhật ký khai thác),
    /// up to four lower-case words, then số and the code, or a code
    /// with a capital in it and no class before it (without số, "100 nghìn" or "3 tháng" is a price or a wait,
    /// "hạng B2" a licence's class); a receipt written by hand (biên nhận, one to four lower-case words, a code
    /// that opens on a capital: an office's "Biên nhận số 118/BN" stays): "Giấy khen học sinh giỏi số
    /// GK-2024/317", "sổ cấp bằng 1546/THCS-2023", "biên nhận viết tay BN 0457". A contract's number before giữa and a household or a person goes too:
    /// "Hợp đồng thuê đất số HĐ-47/2022 giữa UBND xã và hộ ông …". A decision's, a circular's number stays.
    static let personalPaper = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:(?:giấy khen|giay khen|học bạ|hoc ba|sổ cấp bằng|so cap bang|giấy phép|giay phep|danh bạ thuyền viên|danh ba thuyen vien|xác nhận khuyết tật|xac nhan khuyet tat|lô nuôi|lo nuoi|hồ sơ liệt sĩ|ho so liet si|bảo hiểm bắt buộc|bao hiem bat buoc|sổ trợ cấp|so tro cap|nhật ký khai thác|nhat ky khai thac)(?:\s+(?!(?:số|so)(?![\p{L}\p{M}]))\p{Ll}[\p{Ll}\p{M}]*){0,4}\s+(?:(?:số|so)\s*:?\s*"#
            + personalCode
            + #"|(?<!(?:hạng|hang|loại|loai)\s)(?=(?-i:[\p{N}/.-]*\p{Lu}))"#
            + personalCode
            + #")|(?:biên nhận|bien nhan)(?:\s+(?!(?:số|so)(?![\p{L}\p{M}]))\p{Ll}[\p{Ll}\p{M}]*){1,4}\s+(?=(?-i:\p{Lu}))"#
            + personalCode
            + #"|(?:số sổ|so so)\s+(?:(?:từ|tu)\s+)?"#
            + bookCode
            + #")(?:\s+(?:đến|den)\s+"#
            + personalCode
            + #")?"#
    )
    /// A contract's number before giữa and, within forty characters, a household or a person.
    static let contractBetween = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:hợp đồng|hop dong)(?:\s+(?!(?:số|so)(?![\p{L}\p{M}]))[\p{L}\p{M}]+){0,6}\s+(?:số|so)\s*:?\s*"#
            + personalCode
            + #"(?=\s+(?:giữa|giua)\s[^.;]{0,40}?(?<![\p{L}\p{M}])(?:hộ|gia đình|gia dinh|tôi|toi|ông|ong|bà|anh|chị|em)(?![\p{L}\p{M}]))"#
    )

    /// A payment voucher's, a meter's or a pension book's number: phiếu chi, công tơ (điện, nước), đồng hồ
    /// điện or nước, sổ lĩnh tiền (lương hưu, trợ cấp), then số and a code ("phiếu chi số PC-0231/2024",
    /// "công tơ số 19034521", "Sổ lĩnh tiền số 0318"). Not "2 công tơ" (no số) nor "số tiền".
    static let householdPaper = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:phiếu chi|phieu chi|công tơ|cong to|công-tơ|đồng hồ điện|dong ho dien|đồng hồ nước|dong ho nuoc|sổ lĩnh tiền|so linh tien|sổ lĩnh lương hưu|so linh luong huu|sổ lĩnh trợ cấp|so linh tro cap)(?:\s+(?:điện|dien|nước|nuoc|lương hưu|luong huu|trợ cấp|tro cap))?\s+(?:số|so)\s*:?\s*"#
            + code
    )

    /// An auction lot's or a plot's code after lô (đất), up to four words and ký hiệu: "lô đất đấu giá ký hiệu
    /// LK-12", "lô ký hiệu BT-03" (capitals, a dash and digits).
    static let auctionLot = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:lô|lo)(?:\s+[\p{L}\p{M}]+){0,4}?\s+(?:ký hiệu|kí hiệu|ky hieu|ki hieu)\s*:?\s*((?-i:\p{Lu}{1,4})-?\d{1,4}[\p{Lu}]?)(?![\p{L}\p{M}\p{N}])"#
    )
}
