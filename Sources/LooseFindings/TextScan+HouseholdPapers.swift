import Foundation
import TextScanning
import TextShapes

/// The thirty-third round's papers a utility, a commune or a seller gives one household: a contract said to be
/// signed with the household or to be the writer's, a payment voucher, a meter, an auction lot and a pension
/// book. A public decision's number and a contract's kind with no number stay.
extension TextScan {
    /// The numbers of the papers a household holds.
    func householdPaperFindings() -> [LooseFinding] {
        guard hasDigit, hasAnyWord(HouseholdPaperShapes.paperWords) else { return [] }
        var found: [LooseFinding] = []
        if hasPair("hop", "dong") { found += findings("identifier", HouseholdPaperShapes.householdContract, group: 1) }
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
