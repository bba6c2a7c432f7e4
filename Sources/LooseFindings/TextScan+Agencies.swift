import Foundation
import TextScanning
import TextShapes

/// The twenty-ninth round's shapes: what an agency publishes of itself (a role's mailbox at a government
/// domain (a switchboard's number is the thirtieth round's `organisationKeeps`), a portal's ticket and dossier codes, a blank form's file, a military region, an
/// office's day back after Tết, a document's or the call-up's date) stays; a paper issued to one person (a call-up order,
/// a health-check record, a military-service registration) and a home's phone go.
extension TextScan {
    /// The agency's data that stays, each with the kind of removal it cancels.
    func agencyKeeps() -> [LooseFinding] {
        var kept: [LooseFinding] = []
        func add(_ kind: String, _ regex: NSRegularExpression, group: Int = 1) {
            kept += findings(kind, regex, group: group)
        }
        if hasAt {
            kept += matches(AgencyShapes.governmentMailbox).filter {
                let local = string($0.range(at: 1)).lowercased().filter { !"._-".contains($0) }
                return AgencyShapes.roleMailboxes.contains(local) || DocumentShapes.officeMailboxes.contains(local)
            }.map { LooseFinding(kind: "email", range: $0.range, replacement: nil) }
        }
        if hasASCII("_"), hasAnyWord(AgencyShapes.formOpenings) {
            kept += matches(AgencyShapes.formFile).filter { AgencyShapes.isBlankForm(string($0.range(at: 1))) }.map {
                LooseFinding(kind: "onlineIdentity", range: $0.range, replacement: nil)
            }
        }
        if words.list.first?.folded == "tu", hasWord("tet") {
            for match in matches(AgencyShapes.officeBackAfterTet) {
                kept.append(LooseFinding(kind: "exactDate", range: match.range, replacement: nil))
                kept.append(LooseFinding(kind: "personName", range: match.range, replacement: nil))
            }
        }
        guard hasDigit else { return kept }
        if hasWord("ma") || hasPair("ho", "so") { add("identifier", AgencyShapes.ticketCode) }
        if hasPair("quan", "khu") { add("address", AgencyShapes.militaryRegion, group: 0) }
        if hasSlash, hasPair("van", "ban") || hasPair("cong", "van") {
            add("exactDate", AgencyShapes.lowercaseDocumentDate)
        }
        if hasWord("quan"), hasAnyWord(["giao", "nhan"]) { add("exactDate", AgencyShapes.callUpDay) }
        if hasPair("so", "nha") {
            kept += homePhones().map { LooseFinding(kind: "address", range: $0, replacement: nil) }
        }
        return kept
    }

    /// The papers issued to one person, a home's phone after số nhà, a phone with a digit too many or too few
    /// after its cue and là, and a flat's tower after the flat.
    func personalPaperFindings() -> [LooseFinding] {
        guard hasDigit else { return [] }
        var found: [LooseFinding] = []
        if hasPair("lenh", "goi") || hasWord("phieu") && hasAnyWord(["kham", "khoe"]) || hasPair("nghia", "vu") {
            found += findings("identifier", AgencyShapes.personalPaper, group: 1)
        }
        if hasPair("so", "nha") {
            found += homePhones().map { LooseFinding(kind: "phone", range: $0, replacement: nil) }
        }
        if hasWord("sdt") || hasPair("dien", "thoai") {
            found += matches(AgencyShapes.miscountedPhone).compactMap { match in
                let digits = string(match.range(at: 1)).filter(\.isNumber)
                // A well-formed number is the numbers' rule's (with its offices' keeps): only a miscounted one.
                return (10...12).contains(digits.count) && !NumberShapes.isPhoneNumber(digits, international: false)
                    ? LooseFinding(kind: "phone", range: match.range(at: 1), replacement: nil) : nil
            }
        }
        if hasAnyWord(["toa", "block"]) { found += findings("address", AgencyShapes.towerAfterFlat, group: 1) }
        return found
    }

    /// A number of a phone's length and first digits after số nhà: the home's phone, no house's number.
    private func homePhones() -> [NSRange] {
        matches(AgencyShapes.homePhone).map { $0.range(at: 1) }.filter {
            NumberShapes.isPhoneNumber(string($0).filter(\.isNumber), international: false)
        }
    }
}

/// The patterns of ``TextScan/agencyKeeps()`` and ``TextScan/personalPaperFindings()``.
enum AgencyShapes {
    /// A role's mailbox (folded, its dots, dashes and underscores dropped) besides the offices' ones.
    static let roleMailboxes: Set<String> = [
        "noreply", "donotreply", "tiepnhan", "vanthu", "hopthu", "cskh", "tongdai", "dichvucong", "mail", "email",
        "tiepnhanhoso", "hoidap", "trogiup", "helpdesk",
    ]
    /// An address at a government domain (…gov.vn); group 1 is its local part.
    static let governmentMailbox = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{N}._%+-])([a-z0-9._-]+)@(?:[a-z0-9-]+\.)+gov\.vn(?![\p{L}\p{N}])"#)
    /// The first word of a blank form's file name (folded).
    static let formOpenings: Keywords = ["mau", "bieu", "huong", "to", "don", "phieu"]
    /// The words a blank form's file name is made of (folded syllables).
    static let formWords: Set<String> = [
        "mau", "bieu", "huong", "dan", "to", "khai", "don", "de", "nghi", "phieu", "giay", "dang", "ky", "ki",
        "sinh", "tu", "ket", "hon", "truc", "tuyen", "thuong", "tru", "tam", "vang", "xac", "nhan", "cu", "ho",
        "so", "bao", "hiem", "y", "te", "xa", "hoi", "thue", "cap", "lai", "doi", "the", "chung", "thuc", "ban",
        "sao", "thu", "tuc", "nop", "quy", "trinh", "bhyt", "bhxh", "thong", "tin", "yeu", "cau", "phan", "anh",
        "kien", "khieu", "nai", "cao", "gia", "han", "moi", "hd", "hdsd", "nghia", "vu", "quan",
    ]
    /// A file whose name opens on a form's word, with a document's extension; group 1 is the name.
    static let formFile = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{N}@._/-])((?:mau|bieu|huong|to|don|phieu)_[a-z0-9_-]+?)\.(?:pdf|docx?|xlsx?|odt|rtf|zip|rar)(?![\p{L}\p{N}])"#
    )
    /// Whether a file's name is a blank form's: each of its parts a form's word or a code (capitals or
    /// digits, as TK1-TS); a part that is neither (nguyenvana, a person's name) makes it a person's file.
    static func isBlankForm(_ name: String) -> Bool {
        name.split(whereSeparator: { $0 == "_" || $0 == "-" }).allSatisfy { part in
            formWords.contains(part.lowercased())
                || part.count <= 5 && part.allSatisfy { $0.isNumber || ($0.isUppercase && $0.isASCII) }
                    && !["CCCD", "CMND", "CMT", "GPLX", "HC"].contains(String(part))
        }
    }
    /// An office's day back after Tết: the sentence opens on từ mùng (mồng) and a day to ten before Tết and a
    /// comma, and an office's word follows (Trung tâm, Bộ phận, UBND…): its schedule, no visit's day.
    static let officeBackAfterTet = DataShapes.regex(
        #"^(?i:từ|tu)\s+((?i:mùng|mồng|mung|mong)\s+(?:10|[1-9])\s+(?i:tết|tet)),\s*(?:Trung tâm|Bộ phận|UBND|Ủy ban|Uỷ ban|Trạm|Bệnh viện|Phòng|Chi nhánh|Cơ quan|Sở|Công an|Kho bạc|Bưu điện|Ngân hàng|Cổng|Văn phòng|Chi cục|Cục|Bảo hiểm)(?![\p{L}\p{M}])"#
    )
    /// A portal's ticket or dossier code after mã phiếu, mã yêu cầu, mã hồ sơ or mã tiếp nhận: capitals, a dash
    /// and digits (HT-2025-004817, #VSS-78213); or, after those or hồ sơ alone, the national portal's dossier
    /// code (000.00.27.H56-250612-0045). After hồ sơ alone capitals and a dash are a case's own file ("Hồ sơ
    /// PC-2025-04418", the thirty-sixth round), which the lettered codes' rule takes.
    static let ticketCode = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:(?:mã (?:phiếu|yêu cầu|hồ sơ|tiếp nhận)|ma (?:phieu|yeu cau|ho so|tiep nhan))(?:\s+(?:số|so))?\s*:?\s*#?(?=(?-i:[A-Z]{2,6})-)|(?:mã (?:phiếu|yêu cầu|hồ sơ|tiếp nhận)|ma (?:phieu|yeu cau|ho so|tiep nhan)|hồ sơ|ho so)(?:\s+(?:số|so))?\s*:?\s*#?(?=\d))((?-i:[A-Z]{2,6})-(?-i:[A-Z0-9]*\d[A-Z0-9-]*)|\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4})(?![\p{L}\p{N}])"#
    )
    /// A military region (Quân khu 5), no residential khu.
    static let militaryRegion = DataShapes.regex(#"(?i)(?<![\p{L}\p{M}])(?:quân khu|quan khu)\s+\d{1,2}(?![\p{N}])"#)
    /// A full date after a document named in lower case as sent (bằng, theo, tại văn bản or công văn);
    /// group 1 is the date with its ngày.
    static let lowercaseDocumentDate = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:bằng|theo|tại|bang|tai)\s+(?:văn bản|van ban|công văn|cong van)\s+((?:ngày|ngay)\s+\d{1,2}/\d{1,2}/\d{4})(?![\p{N}/])"#
    )
    /// The call-up's day (ngày giao quân, ngày giao nhận quân), the province's ceremony: group 1 is the day.
    static let callUpDay = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:ngày|ngay)\s+(?:giao|nhận|nhan)\s+(?:(?:nhận|nhan)\s+)?(?:quân|quan)\s+(\d{1,2}[-/.]\d{1,2})(?![\p{N}/.-])"#
    )
    /// A paper issued to one person and its number after số: a call-up order (lệnh gọi nhập ngũ, lệnh gọi
    /// khám), a health-check record (phiếu khám, phiếu sức khỏe …) or a military-service registration
    /// (giấy chứng nhận đăng ký nghĩa vụ quân sự); group 1 is the number, with its letters (127/LGNN, PK-0317).
    static let personalPaper = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:lệnh gọi (?:nhập ngũ|khám)|lenh goi (?:nhap ngu|kham)|phiếu (?:khám|sức khỏe|sức khoẻ)|phieu (?:kham|suc khoe)|giấy chứng nhận đăng ký nghĩa vụ quân sự|giay chung nhan dang ky nghia vu quan su)(?:\s+[\p{L}\p{M}]+){0,5}?\s+(?:số|so)\s*:?\s*((?:[A-Z]{1,4}-)?\d{2,8}(?:/[\p{L}-]{1,8})?)(?![\p{L}\p{M}\p{N}/])"#
    )
    /// A phone's cue (số điện thoại, sđt, điện thoại), up to four words (whose) and là or a colon, then a number
    /// from 0 in a phone's groups (group 1): a phone still, its digits miscounted ("0983-456-7890").
    static let miscountedPhone = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:số điện thoại|so dien thoai|sđt|sdt|điện thoại|dien thoai)(?:\s+[\p{L}\p{M}]+){0,4}?(?:\s+(?:là|la)\s+|\s*:\s*)(0\d{2,3}(?:[ .-]\d{2,4}){2,3})(?![\p{L}\p{M}\p{N}]|[.,-]\d)"#
    )
    /// A tower after a flat of three or four digits (P.804, căn 1205, phòng 1706), with or without its marks
    /// (toa B2, tòa S2.09, block C); group 1 is the tower and its code.
    static let towerAfterFlat = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?:P\.|(?i:căn|can|phòng|phong)\s)\d{3,4}\s+((?i:toa|tòa|toà|block)\s+[A-Z]{1,2}\d{0,2}(?:\.\d{2})?)(?![\p{L}\p{M}\p{N}])"#
    )
    /// A number after số nhà (group 1), read as a home's phone when it has a phone's length and digits.
    static let homePhone = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:số nhà|so nha)\s*:?\s*(0\d{2,3}(?:[ .-]?\d{3,4}){2})(?![\p{L}\p{M}\p{N}])"#)
}
