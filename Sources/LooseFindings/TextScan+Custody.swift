import Foundation
import TextScanning
import TextShapes

/// The thirty-first round's shapes of what an institution holds of one person: a prison (the prisoner's
/// number, a paper issued to one prisoner, a judgment or an order said to be a relative's, the cell and its
/// zone), a ward (the patient's record, an invoice of a patient, a room shared), a lender (a loan book) and a
/// resettlement board (a plot and the area). A camp's name, a court's judgment and a plot counted stay.
extension TextScan {
    /// What a prison, a ward, a lender or a resettlement board holds of one person.
    func custodyFindings() -> [LooseFinding] {
        guard hasDigit || hasWord("tai") else { return [] }
        var found: [LooseFinding] = []
        func add(_ kind: String, _ regex: NSRegularExpression, group: Int = 1) {
            found += findings(kind, regex, group: group)
        }
        if hasDigit {
            if hasAnyWord(CustodyShapes.prisonerWords) { add("identifier", CustodyShapes.prisonerNumber) }
            if hasAnyWord(CustodyShapes.paperWords) { add("identifier", CustodyShapes.prisonerPaper) }
            if hasSlash, hasAnyWord(CustodyShapes.kinWords) { add("identifier", CustodyShapes.relativesCase) }
            if hasAnyWord(CustodyShapes.cellWords) { found += findings("address", CustodyShapes.cell, groups: 2) }
            if hasAnyWord(CustodyShapes.recordWords) {
                found += findings("identifier", CustodyShapes.patientRecord, groups: 2)
            }
            if hasPair("cung", "phong") { add("address", CustodyShapes.sharedRoom) }
            if hasWord("vay") || hasPair("luu", "ky") { add("identifier", CustodyShapes.loanBook) }
        }
        // Both need tái định cư (its three words) or TĐC (one word).
        if hasWord("tdc") || hasWord("tai") && hasWord("dinh") && hasWord("cu") {
            add("identifier", CustodyShapes.resettlementPlot)
            add("address", CustodyShapes.resettlementArea, group: 0)
        }
        if hasASCII("("), hasAnyWord(CustodyShapes.accountWords) {
            add("onlineIdentity", CustodyShapes.bracketedHandle)
        }
        return found
    }

    /// A camp's name after Trại giam, Trại tạm giam or trại cai nghiện (no person's), and a camp's number.
    func custodyKeeps() -> [LooseFinding] {
        guard hasWord("trai"), hasWord("giam") || hasWord("nghien") else { return [] }
        return findings("personName", CustodyShapes.campName, group: 1)
            + findings("address", CustodyShapes.campNumber, group: 1)
    }

}

/// The patterns of ``TextScan/custodyFindings()`` and ``TextScan/custodyKeeps()``.
enum CustodyShapes {
    static let prisonerWords: Keywords = ["pham", "tu", "trai"]
    static let paperWords: Keywords = ["trai", "luu"]
    static let cellWords: Keywords = ["phan", "giam"]
    static let recordWords: Keywords = ["bn", "benh", "hoa"]
    static let accountWords: Keywords = ["khoan", "nick", "messenger"]
    /// A relative told with the writer's pronoun after a case's paper ("của chồng tôi", "đối với con trai tôi").
    static let kinWords: Keywords = ["toi", "tui", "minh", "chau", "em"]

    /// A code as a paper's number is written: digits with slashes, dashes and capitals, or capitals, a dash and digits.
    private static let code = #"((?:\p{Lu}{1,4}-?)?\d[\p{Lu}\p{N}]*(?:[/.-][\p{Lu}\p{N}Đđ]+)*)(?![\p{L}\p{M}\p{N}])"#

    /// A prisoner's number: phạm nhân, tù nhân, can phạm or trại viên, then số or mã số and the number ("Phạm
    /// nhân số 3457", "tù nhân mã số PN-0815"). Not a count ("12 phạm nhân").
    static let prisonerNumber = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:phạm nhân|pham nhan|tù nhân|tu nhan|can phạm|can pham|trại viên|trai vien)\s+(?:mã số|ma so|số|so)\s*:?\s*"#
            + code
    )

    /// A paper issued to one prisoner: giấy ra trại, giấy chứng nhận chấp hành xong án phạt tù, sổ lưu ký, then
    /// số and its code ("giấy ra trại số 56/GRT", "sổ lưu ký số LK-0921").
    static let prisonerPaper = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:giấy ra trại|giay ra trai|giấy chứng nhận chấp hành xong án phạt tù|sổ lưu ký|so luu ky)\s+(?:số|so)\s*:?\s*"#
            + code
    )

    /// A judgment, a decision, an order or an indictment, up to five words, số and a number with a slash, then
    /// của or đối với and a relative told with the writer's pronoun ("Bản án số 112/2024/HS-ST của anh tôi",
    /// "Quyết định khởi tố bị can số 245/QĐ-CSHS đối với con tôi"). Not "… của Tòa án nhân dân …".
    static let relativesCase = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:bản án|ban an|quyết định|quyet dinh|lệnh|lenh|cáo trạng|cao trang)(?:\s+[\p{L}\p{M}]+){0,5}?\s+(?:số|so)\s+(\d{1,5}(?:/[\p{L}\p{M}\p{N}-]+)+)\s+(?:của|cua|đối với|doi voi)\s+(?:anh|chị|chi|chồng|chong|vợ|vo|con|em|bố|bo|mẹ|me|cha|ông|ong|bà|ba|cháu|chau)(?:\s+(?:trai|gái|gai))?\s+(?:tôi|toi|tui|mình|minh|cháu|chau|em)(?![\p{L}\p{M}])"#
    )

    /// A cell or a zone of a camp: phân khu, phân trại, phòng giam or buồng giam, maybe số, then its number or
    /// code; a zone's khu and its code of a capital and digits may follow ("phòng giam số 7 khu K2", "phân khu
    /// B2"). Group 1 is the cell, group 2 the zone.
    static let cell = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:phân khu|phan khu|phân trại|phan trai|phòng giam|phong giam|buồng giam|buong giam)\s+(?:số\s+|so\s+)?((?-i:\p{Lu}?\d{1,3}\p{Lu}?|\p{Lu}))(?![\p{L}\p{M}\p{N}]|[/.-]\d)(?:\s+(?:khu|phân khu)\s+((?-i:\p{Lu}\d{1,2})))?(?![\p{L}\p{M}\p{N}])"#
    )

    /// A patient's record: mã bệnh nhân (mã bn, mã BN), mã hồ sơ bệnh án or số bệnh án, up to four words (whose),
    /// maybe là or a colon, then five to twelve digits; or số hóa đơn (điện tử) and its digits said to be a
    /// patient's or a person's ("Số hóa đơn điện tử 00001234 của người bệnh"): group 2.
    static let patientRecord = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:(?:mã|ma)\s+(?:bn|bệnh nhân|benh nhan|hồ sơ bệnh án|ho so benh an)|(?:số|so)\s+(?:bệnh án|benh an))(?:\s+(?!(?:là|la)(?![\p{L}\p{M}]))[\p{L}\p{M}]+){0,4}?\s*(?:(?:là|la)\s+|:\s*)?(\d{5,12})(?![\p{L}\p{M}\p{N}])|(?<![\p{L}\p{M}])(?:số|so)\s+(?:hóa đơn|hoá đơn|hoa don)(?:\s+(?:điện tử|dien tu|GTGT|VAT))?\s*:?\s*(\d{5,12})(?=\s+(?:của|cua)\s+(?:người bệnh|nguoi benh|bệnh nhân|benh nhan|bn|ông|bà|anh|chị|hộ))"#
    )

    /// A room shared: cùng phòng, maybe số, and its number ("(cùng phòng 5)"), the room of the people named.
    static let sharedRoom = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:cùng|cung)\s+(?:phòng|phong)\s+(?:số\s+|so\s+)?(\d{1,4}[A-Z]?)(?![\p{L}\p{M}\p{N}]|[/.-]\d)"#
    )

    /// A loan book or a loan account: sổ vay vốn, sổ vay, tài khoản vay, khế ước (vay), hợp đồng vay (vốn), then số
    /// and its digits in groups ("Sổ vay vốn số 7301-0054312").
    static let loanBook = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:sổ vay vốn|so vay von|sổ vay|so vay|tài khoản vay|tai khoan vay|khế ước(?: vay)?|khe uoc(?: vay)?|hợp đồng vay(?: vốn)?|hop dong vay(?: von)?)\s+(?:số|so)\s*:?\s*((?-i:\p{Lu}{0,4})\d{3,}(?:[ .-]?\d{2,})*)(?![\p{L}\p{M}\p{N}])"#
    )

    /// A resettlement plot: lô (đất) tái định cư or lô TĐC, maybe số, then its code with a digit ("Lô tái định cư
    /// số B2-15", "lô đất tái định cư C7"). Not "1 lô tái định cư".
    static let resettlementPlot = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:lô|lo)\s+(?:đất\s+|dat\s+)?(?:tái định cư|tai dinh cu|TĐC|TDC)\s+(?:số\s+|so\s+)?((?-i:\p{Lu}{0,2}\d{1,3}(?:-\d{1,3})?))(?![\p{L}\p{M}\p{N}])"#
    )

    /// A resettlement area by its name: khu or điểm tái định cư (TĐC), then one to four capitalised words ("khu tái
    /// định cư Lay Nưa", "khu TĐC Si Pa Phìn"). Not a project's ("Dự án khu tái định cư số 2").
    static let resettlementArea = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?<!(?i:dự án|du an) )(?i:khu|điểm|diem)\s+(?i:tái định cư|tai dinh cu|TĐC|TDC)(?:\s+\p{Lu}[\p{L}\p{M}]*){1,4}"#
    )

    /// An account's handle in brackets after its display name: tài khoản, nick or Messenger, up to six words,
    /// then in brackets lower-case letters and digits joined by dots or underscores, one part at least of
    /// digits ("tài khoản Trần Quang Đạt (quandat.tran.92)"). A domain ends on letters and is not read.
    static let bracketedHandle = DataShapes.regex(
        #"(?i:tài khoản|tai khoan|nick|messenger)(?:\s+[\p{L}\p{M}]+){0,6}\s+\(([a-z][a-z0-9]*(?:[._][a-z0-9]+)*[._]\d{2,4})\)"#
    )

    /// A camp's name: Trại giam, Trại tạm giam or Trại cai nghiện (capitalised, as a name's office), then its
    /// capitalised words ("Trại giam Ba Sao", "Trại giam Hoàng Tiến"). Group 1 is the name.
    static let campName = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?:Trại|TRẠI)\s+(?i:giam|tạm giam|cai nghiện)\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})"#
    )

    /// A camp's number: Trại tạm giam số N, the camp's, no person's address.
    static let campNumber = DataShapes.regex(#"(?i)(?<![\p{L}\p{M}])trại (?:tạm )?giam\s+(số\s+\d{1,2})(?!\p{N})"#)
}
