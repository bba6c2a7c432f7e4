import Foundation
import TextScanning
import TextShapes

/// The thirtieth round's shapes of what an organisation publishes of itself: its landline (02…) named by a
/// switchboard's or a hotline's cue before it, or owned by an office or a company after it, and a class's code
/// after lớp. A person's number (a mobile, or one after a person's word) and a student's ID still go.
extension TextScan {
    /// The organisation's landlines and the class codes that stay, each with the kind of removal it cancels.
    func organisationKeeps() -> [LooseFinding] {
        guard hasDigit else { return [] }
        var kept: [LooseFinding] = []
        func add(_ kind: String, _ regex: NSRegularExpression) {
            kept += matches(regex).map { LooseFinding(kind: kind, range: $0.range(at: 1), replacement: nil) }
        }
        if hasPair("tong", "dai") || hasPair("day", "nong") || hasWord("hotline") {
            add("phone", LandlineShapes.cuedLandline)
        }
        if hasWord("cua") { add("phone", LandlineShapes.ownedLandline) }
        if hasWord("lop"), hasUppercase { add("identifier", LandlineShapes.classCode) }
        return kept
    }
}

extension TextScan {
    /// A grave's plot number, which names the family's dead: "lô mộ số K7-118", "phần mộ số 45".
    func gravePlotFindings() -> [LooseFinding] {
        guard hasDigit, hasWord("mo"), hasWord("so") else { return [] }
        return findings("identifier", LandlineShapes.gravePlot, group: 1, replacement: nil)
    }
}

/// The patterns of ``TextScan/organisationKeeps()`` and ``TextScan/gravePlotFindings()``.
enum LandlineShapes {
    /// A landline: 02, the area's one or two digits, then the subscriber's seven or eight digits in groups.
    static let landline = #"(02\d{1,2}(?:[ .-]?\d{2,4}){2,3})(?![\p{L}\p{M}\p{N}]|[.-]\d)"#

    /// A switchboard's or a hotline's cue (tổng đài, đường dây nóng, hotline, maybe của), up to eight words of
    /// its office's name (a dash between two of its parts) with no person, pronoun, call or "số" word, then maybe
    /// là or số and a colon, then a landline: "Tổng đài BHXH tỉnh Đồng Nai 0251 3822 456", "đường dây nóng của
    /// Phòng Thanh tra - Pháp chế: 0262 3825 185". Not "đường dây nóng … anh Tâm nghe máy 0212…".
    static let cuedLandline = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:tổng đài|tong dai|đường dây nóng|duong day nong|hotline)(?:\s+(?:của|cua))?(?:\s+(?!(?:anh|chị|chi|ông|ong|bà|ba|em|cô|co|chú|chu|bác|bac|tôi|toi|tui|mình|minh|số|so|gọi|goi|nhắn|nhan|riêng|rieng|nhà|nha|là|la)(?![\p{L}\p{M}]))(?:[\p{L}\p{M}.&]+|-)){0,8}(?:\s+(?:là|la|số|so))?\s*:?\s*"#
            + landline
    )

    /// A landline, maybe là, then của and an organisation: a company (Công ty, cty, Tổng công ty, doanh nghiệp,
    /// nhà máy, xí nghiệp, hợp tác xã), a bank or its branch, a consulate or an embassy, a school's office
    /// (khoa, ký túc xá, phòng): "gọi số 0274 3821 567 của Công ty TNHH …". Not "của chị …", "của tổ trưởng".
    static let ownedLandline = DataShapes.regex(
        landline
            + #"\s+(?:(?:là|la)\s+)?(?:của|cua)\s+(?i:công ty|cong ty|cty|tổng công ty|doanh nghiệp|doanh nghiep|nhà máy|nha may|xí nghiệp|xi nghiep|hợp tác xã|hop tac xa|HTX|ngân hàng|ngan hang|chi nhánh|chi nhanh|lãnh sự quán|lanh su quan|tổng lãnh sự quán|đại sứ quán|dai su quan|ký túc xá|ky tuc xa|KTX|khoa|phòng|phong|văn phòng|van phong|bảo hiểm|bao hiem|BHXH|bưu điện|buu dien)(?![\p{L}\p{M}])"#
    )

    /// A class's code right after lớp (maybe "lớp:"): two to four capitals, the intake's two digits, one to
    /// four capitals and one to three digits (DH22SP01, CD23KT2). A student's ID is all digits and stays a code.
    static let classCode = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?i:lớp|lop)\s*:?\s*((?-i:[A-Z]{2,4}\d{2}[A-Z]{1,4}\d{1,3}))(?![\p{L}\p{M}\p{N}])"#
    )

    /// A grave's plot (lô, ô, phần, huyệt or ngôi mộ), số, then its number: a row's capitals and digits, a dash and
    /// the grave's digits, or digits alone ("lô mộ số K7-118", "phần mộ số 45"). Not "mộ" alone ("2 ngôi mộ").
    static let gravePlot = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:lô|lo|ô|phần|phan|huyệt|huyet|ngôi|ngoi)\s+(?:mộ|mo)\s+(?:số|so)\s*:?\s*((?-i:[A-Z]{1,2}\d{0,3}-)?\d{1,5}|(?-i:[A-Z]{1,2}\d{1,3}))(?![\p{L}\p{M}\p{N}]|[/.-]\d)"#
    )
}
