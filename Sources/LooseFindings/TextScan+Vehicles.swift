import Foundation
import TextScanning
import TextShapes

/// Numbers that name a vehicle or its owner's papers, which the plates' and the papers' rules do not read:
/// a fishing vessel's registration, a fishing licence's or a vessel's certificate's number, a registration
/// paper's (cà vẹt) number, and a plate read aloud by voice-to-text.
extension TextScan {
    /// The removals of the vehicles' shapes, each gated on its words.
    func vehicleFindings() -> [LooseFinding] {
        guard hasDigit || hasAnyWord(VehicleShapes.spokenDigitWords) else { return [] }
        var found: [LooseFinding] = []
        func add(_ regex: NSRegularExpression, group: Int) { found += findings("identifier", regex, group: group) }
        if hasDigit, hasUppercase, hasWord("ts") { add(VehicleShapes.fishingVessel, group: 0) }
        if hasDigit, hasWord("so"), hasWord("phep") && hasWord("san") || hasWord("ca") && hasWord("nhan") {
            // A document about licences is no licence: "Quyết định … giấy phép khai thác thủy sản số …".
            for match in matches(VehicleShapes.fishingPaper)
            where !LooseShapes.documentBefore.matches(foldedBefore(match.range.location, length: 60)) {
                found.append(LooseFinding(kind: "identifier", range: match.range(at: 1), replacement: nil))
            }
        }
        if hasDigit, hasWord("vet") || hasWord("cavet") { add(VehicleShapes.registrationPaper, group: 1) }
        if hasWord("bien") && hasWord("so") || hasWord("bks") { add(VehicleShapes.spokenPlate, group: 1) }
        return found
    }
}

/// The patterns of ``TextScan/vehicleFindings()``.
enum VehicleShapes {
    /// The folded words a plate read aloud is made of, which let its pattern run on text with no digit.
    static let spokenDigitWords: Keywords = ["mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin", "muoi"]

    /// A fishing vessel's registration: the province's code (one to three letters, "QNg", "BĐ", "PY"), four
    /// or five digits and TS (thủy sản), with dashes or spaces: "QNg-90123-TS", "BĐ 97123 TS". It names the
    /// vessel as a plate names a car, and so its owner.
    static let fishingVessel = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}/.-])\p{Lu}[\p{L}\p{M}]{0,2}[- ]\d{4,5}[- ]TS(?![\p{L}\p{M}\p{N}])"#)

    /// A fishing licence's or a fishing vessel's certificate's number after the paper and "số": "Giấy phép
    /// khai thác thủy sản số 0231/2023/QNg-GPKTTS", "Giấy chứng nhận an toàn kỹ thuật tàu cá số
    /// 0315/2024/ATKT-QB". These are one holder's papers; a decision's or a law's number of the same shape
    /// has no such paper right before its "số" and stays. Group 1 is the number (a digit in it, no trailing
    /// dot).
    static let fishingPaper = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:giấy phép khai thác (?:thủy|thuỷ) sản|giay phep khai thac thuy san|giấy chứng nhận(?:\s+[\p{L}\p{M}]+){0,5}?\s+tàu cá|giay chung nhan(?:\s+[\p{L}\p{M}]+){0,5}?\s+tau ca)\s+(?:số|so)\s*:?\s*((?=[\p{L}\p{N}./-]*\d)[\p{L}\p{N}]+(?:[./-][\p{L}\p{N}]+)*)"#
    )

    /// A vehicle's registration paper (cà vẹt, from carte verte) and its number: "cà vẹt xe số 012345",
    /// "cavet 045678". Group 1 is the number; a count after it is none ("cà vẹt 2 xe").
    static let registrationPaper = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:cà vẹt|cà-vẹt|ca vet|cavet)(?:\s+(?:xe|xe máy|xe may))?(?:\s+(?:số|so))?\s*:?\s*(\d{5,9})(?![\p{L}\p{M}\p{N}])"#
    )

    private static let digitWord =
        #"(?:không|khong|một|mot|hai|ba|bốn|bon|tư|năm|nam|lăm|sáu|sau|bảy|bay|tám|tam|chín|chin|\d)"#
    /// A letter's Vietnamese name as it is read in a plate's series (bê, cê, đê, ép, ca, lờ, mờ …) or typed.
    private static let letterName =
        #"(?:a|bê|be|cê|ce|xê|dê|de|đê|đe|e|ép|ep|gờ|giê|hát|hat|ca|ka|lờ|en|mờ|nờ|o|pê|pe|quy|rờ|ét|et|tê|te|u|vê|ve|ích|ich|i|y|dét|[A-Z])"#
    /// A province's code read aloud: "ba mươi tám", "năm mốt", "hai chín", "mười lăm".
    private static let provinceCode =
        #"(?:(?:hai|ba|bốn|bon|năm|nam|sáu|sau|bảy|bay|tám|tam|chín|chin)\s+(?:mươi|muoi)(?:\s+(?:mốt|mot|một|hai|ba|bốn|bon|tư|tu|lăm|lam|năm|nam|sáu|sau|bảy|bay|tám|tam|chín|chin))?|(?:hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+(?:mốt|tư|lăm)|(?:mười|muoi)(?:\s+(?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?|\d{2}|"#
        + digitWord + #"\s+"# + digitWord + #")"#
    /// A plate read aloud after "biển số" (voice-to-text): the province's code, the series' letter (and a digit),
    /// then four or five digits, "chấm" allowed among them: "biển số ba mươi tám cê một hai ba bốn năm". Group
    /// 1 is the plate. Without the letter it is no plate ("biển số ba mươi nghìn"), nor with fewer digits.
    static let spokenPlate = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:biển số|bien so|biển kiểm soát|BKS)(?:\s+(?:xe|là|la))?\s*:?\s+("#
            + provinceCode + #"\s+"# + letterName + #"(?:\s+"# + digitWord + #")?"#
            + #"(?:\s+"# + digitWord + #"){2,3}(?:\s+(?:chấm|cham))?(?:\s+"# + digitWord + #"){2}"#
            + #")(?![\p{L}\p{M}\p{N}])"#
    )
}
