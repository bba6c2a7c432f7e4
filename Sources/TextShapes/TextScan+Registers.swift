import Foundation
import TextScanning

/// Serials that a register or a receipt book gives one person, a display name before its profile link;
/// and two look-alikes that stay: a map projection's meridian, an office's days of Tết.
enum RegisterShapes {
    /// A land register's entry with its book's suffix: "00457 QSDĐ/2004", "1234/QSDĐ", "00981 QSDĐ/123/QĐ".
    static let landRegisterEntry = DataShapes.regex(
        #"(?<![\p{L}\p{N}/.-])\d{3,6}\s?/?\s?(?:QSDĐ|QSDD|QSHNƠ|QSHNO)(?:/[\p{L}\p{N}-]+)*"#
    )
    /// A receipt's or an invoice's series and number: "AA/24E 0003127", "BB/23E số 0001456" (letters, a
    /// slash, the year's two digits and a letter, then the number); or the series, its whole year and the
    /// number joined by slashes: "AA/2024/0012345" (the thirty-seventh round).
    static let receiptSerial = DataShapes.regex(
        #"(?<![\p{L}\p{N}/.-])[A-Z]{1,2}/(?:\d{2}[A-Z]{1,2}(?:\s+(?:(?i:số|so|no\.?)\s*)?\d{5,8})?|(?:19|20)\d{2}/\d{5,8})(?![\p{L}\p{N}/])"#
    )
    /// A receipt's or an invoice's number after its paper and số: "Biên lai thu tiền số 0003127", "hóa đơn
    /// số 00012345" (five to eight digits; "số tiền" is no number); or its lettered number ("Phiếu thu số
    /// PT-0457/2025": the thirty-ninth round).
    static let receiptNumber = DataShapes.regex(
        #"(?i:biên lai|bien lai|phiếu thu|phieu thu|hóa đơn|hoá đơn|hoa don)[^,.;:\n\d]{0,40}?(?i:số|so)\s*:?\s*(\d{5,8}|(?-i:[A-Z]{1,3})-\d{3,8}(?:[/-]\d{2,4})?(?![\p{L}\p{N}]))(?![\d.,]\d|\s*(?i:đồng|dong|đ|vnđ|vnd|triệu|nghìn|ngàn)(?![\p{L}\p{M}]))"#
    )
    /// A patient's record or admission number: "bệnh án số 12345/BA", "số vào viện 25012345", "mã người bệnh
    /// BN-0451" (five characters or more, a digit in them), "Số hồ sơ bệnh án 24.018775" (the thirty-seventh
    /// round). "số bệnh nhân 25" counts patients: only mã names one.
    static let patientRecord = DataShapes.regex(
        #"(?:(?i:mã|ma)\s+(?i:bệnh án|benh an|vào viện|vao vien|bệnh nhân|benh nhan|người bệnh|nguoi benh|BN)|(?i:số|so)\s+(?:(?i:hồ sơ|ho so)\s+(?=(?i:bệnh án|benh an)))?(?i:vào viện|vao vien|bệnh án|benh an|lưu trữ bệnh án)|(?i:bệnh án|benh an)\s+(?i:số|so))\s*:?\s*((?=[\p{L}\p{N}./-]{5,})(?=[\p{L}\p{N}./-]*\d)[\p{L}\p{N}](?:[\p{L}\p{N}./-]*[\p{L}\p{N}])?)(?![\p{L}\p{N}]|\s+(?i:bộ|bo|hồ sơ|ho so|người|nguoi|ca|lượt|luot)(?![\p{L}\p{M}]))"#
    )
    /// A civil-status register's entry, one birth's, marriage's or death's: "quyển số 02, số đăng ký 187", "số
    /// đăng ký 58/2019" (the book's number stays). A document's number after it ("112/QĐ-UBND") is no entry, nor
    /// a phone's first group ("số đăng ký 0912 884 310": the number's rules take it whole).
    static let civilRegisterEntry = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?i:số|so)\s+(?i:đăng ký|đăng kí|dang ky|dang ki)\s*:?\s*(\d+(?:[./]\d+)*)(?![\p{L}\p{N}]|[./-]?\p{L}|\s\d{3}(?!\d))"#
    )
    /// A vehicle's registration number (the thirty-seventh round): "đăng ký xe số 008734", "Số đăng ký xe máy
    /// 012345" (five to eight digits; "đăng ký xe số 2 lần" counts, "số đăng ký xe 2024" is a year).
    static let vehicleRegistration = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?:(?i:số|so)\s+)?(?i:đăng ký|đăng kí|dang ky|dang ki)\s+(?i:xe)(?:\s+(?i:máy|ô tô|mô tô|may|o to|mo to))?\s+(?:(?i:số|so)\s*:?\s*)?(\d{5,8})(?![\p{L}\p{N}]|[.,]\d|\s*(?i:đồng|dong|đ|triệu|nghìn|ngàn|chiếc|xe)(?![\p{L}\p{M}]))"#
    )
    /// Capitalised words right before a bracketed profile link: "Linh Chi Nguyễn (facebook.com/…)". Not an
    /// office's page ("Công an tỉnh (facebook.com/…)"): no office's word opens it. Group 1 is the name. Thanh and
    /// Trung open an office only before tra, niên, Hóa, tâm, ương or quốc: "Thanh Tâm Lê (facebook.com/…)" is a
    /// person's (the forty-first round; over the shipped batches neither opens a name before such a link).
    static let nameBeforeProfile = DataShapes.regex(
        #"(?<![\p{L}\p{M}])((?!(?:UBND|Sở|Bộ|Ban|Phòng|Thanh\s+(?:[Tt]ra|[Nn]iên|Hóa|Hoá)|Công|Cục|Chi|Trung\s+(?:[Tt]âm|[Uu]ương|[Qq]uốc)|Ủy|Hội|Bệnh|Trường|Viện|Tòa|Đoàn|Trang|Fanpage|Page|Nhóm|Group|Facebook|Zalo|TikTok|Tiktok|Instagram|Telegram)(?![\p{L}\p{M}]))\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+){1,3})\s*\((?:https?://)?(?:www\.|m\.)?(?:facebook\.com|fb\.com|tiktok\.com|instagram\.com|zalo\.me|t\.me)/"#
    )
    /// A projection's parameter, no place: "kinh tuyến trục 105°00'", "múi chiếu 3°", "central meridian 105°".
    static let projectionParameter = DataShapes.regex(
        #"(?i:kinh tuyến|kinh tuyen|vĩ tuyến|vi tuyen|múi chiếu|mui chieu|central meridian|meridian)(?:\s+(?i:trục|truc|gốc|goc))?\s+(\d{1,3}°\s?(?:\d{1,2}['′]?)?)"#
    )
    /// An office's number after the office opens the sentence and a comma: "Trung tâm Phục vụ hành chính
    /// công tỉnh Tây Ninh, số điện thoại 0272 3826 111, tiếp nhận…". No person, pronoun or call may stand in
    /// the office's name ("UBND xã gọi ông Tâm, số điện thoại 09…" is his). Group 1 is the number.
    static let officeNumberOpening = DataShapes.regex(
        #"^(?:Trung tâm|Sở|UBND|Ủy ban|Thanh tra|Công an|Ban|Phòng|Bệnh viện|Văn phòng|Bộ phận|Chi cục|Cục|Tòa án|Viện kiểm sát)(?:\s+(?!(?i:ông|bà|anh|chị|em|cô|chú|bác|tôi|tui|mình|người|gọi|nhắn|hỏi|cho)(?![\p{L}\p{M}]))[\p{L}\p{M}.-]+){1,14},\s*(?i:số điện thoại|điện thoại|số ĐT|ĐT|hotline|đường dây nóng)(?:\s+(?i:là))?\s*:?\s*(\(?\d[\d .()-]{7,16}\d)"#
    )
    /// The folded first words of the offices ``officeNumberOpening`` knows.
    static let officeOpenings: Set<String> = [
        "trung", "so", "ubnd", "uy", "thanh", "cong", "ban", "phong", "benh", "van", "bo", "chi", "cuc", "toa", "vien",
    ]
    /// An office's days of Tết: "làm việc trở lại từ Mùng 3 Tết", "tiếp nhận hồ sơ trở lại từ mùng 6 Tết".
    static let tetSchedule = DataShapes.regex(
        #"(?i:làm việc|mở cửa|hoạt động|tiếp dân|tiếp công dân|tiếp nhận hồ sơ|nhận hồ sơ|đi làm)\s+(?i:trở lại|lại)\s+(?:(?i:từ|vào|sau)\s+)?((?i:mùng|mồng)\s+\d{1,2}\s+(?i:tết))"#
    )
}

extension TextScan {
    /// Whether an English day may be told: a month's name or "the" (``NoteShapes/englishDayWords``), or
    /// "May" capitalised (folded, "may" is also máy, a machine, too common a word to gate on); and a digit,
    /// which every English day's pattern needs ("the" folds from thế and thể, in most Vietnamese text), and
    /// the word typed without marks.
    package var mayTellEnglishDay: Bool {
        hasDigit
            && (hasAnyWord(NoteShapes.englishDayWords)
                && words.list.contains { $0.isASCII && NoteShapes.englishDayWords.contains($0.lower) }
                || hasWord("may") && words.list.contains { $0.text == "May" })
    }

    /// Whether the folded words `first` and `second` stand next to each other ("hóa đơn", "bệnh án").
    package func hasPair(_ first: String, _ second: String) -> Bool {
        hasWord(first) && hasWord(second)
            && words.list.indices.dropLast().contains { words[$0].folded == first && words[$0 + 1].folded == second }
    }

    /// Whether a capital stands right before a slash and a digit right after it ("AA/24E"): a series' shape.
    private var hasSeriesSlash: Bool {
        let bytes = Array(text.utf8)
        return bytes.indices.dropFirst().dropLast().contains {
            bytes[$0] == UInt8(ascii: "/") && (65...90).contains(bytes[$0 - 1]) && (48...57).contains(bytes[$0 + 1])
        }
    }

    /// The land register's entries, civil-status entries, receipts' serials and numbers, patients' records, and display names
    /// before a profile link.
    package func registerFindings() -> [LooseFinding] {
        var found: [LooseFinding] = []
        func add(_ kind: String, _ regex: NSRegularExpression, group: Int = 0) {
            found += findings(kind, regex, group: group)
        }
        if hasDigit, hasUppercase, hasAnyWord(["qsdd", "qshno"]) {
            add("identifier", RegisterShapes.landRegisterEntry)
        }
        if hasDigit, hasUppercase, hasSlash, hasSeriesSlash { add("identifier", RegisterShapes.receiptSerial) }
        if hasDigit, hasPair("bien", "lai") || hasPair("phieu", "thu") || hasPair("hoa", "don") {
            add("identifier", RegisterShapes.receiptNumber, group: 1)
        }
        if hasDigit, hasPair("dang", "ky") || hasPair("dang", "ki") {
            add("identifier", RegisterShapes.civilRegisterEntry, group: 1)
            if hasWord("xe") { add("identifier", RegisterShapes.vehicleRegistration, group: 1) }
        }
        if hasDigit, hasPair("benh", "an") || hasPair("vao", "vien") || hasWord("bn") {
            add("identifier", RegisterShapes.patientRecord, group: 1)
        }
        if hasUppercase, hasSlash, hasAnyWord(["facebook", "fb", "tiktok", "instagram", "zalo", "t"]) {
            add("onlineIdentity", RegisterShapes.nameBeforeProfile, group: 1)
        }
        return found
    }

    /// A projection's meridian (no coordinate), an office's number after its name opens the sentence, and an
    /// office's days of Tết (no visit's day).
    package func projectionAndScheduleKeeps() -> [LooseFinding] {
        var kept: [LooseFinding] = []
        if hasDigit, hasAnyWord(["tuyen", "chieu", "meridian"]) {
            kept += matches(RegisterShapes.projectionParameter).map {
                LooseFinding(kind: "address", range: $0.range(at: 1), replacement: nil)
            }
        }
        if hasDigit, RegisterShapes.officeOpenings.contains(words.list.first?.folded ?? "") {
            kept += matches(RegisterShapes.officeNumberOpening).map {
                LooseFinding(kind: "phone", range: $0.range(at: 1), replacement: nil)
            }
        }
        if hasDigit, hasWord("tet") {
            for match in matches(RegisterShapes.tetSchedule) {
                // A kept day is no name's either: "Mùng" opens no name.
                kept += ["exactDate", "personName"].map {
                    LooseFinding(kind: $0, range: match.range(at: 1), replacement: nil)
                }
            }
        }
        return kept
    }
}
