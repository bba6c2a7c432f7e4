import Foundation
import TextScanning

/// The shapes of identifiers that point to one person, as patterns and the words that announce them:
/// land parcels and map sheets, codes after the word that names them, land-certificate entries, frame
/// and engine numbers, civil-status papers, practice certificates. The identifier rules decide what a
/// match means.
package enum IdentifierShapes {
    /// thửa đất số 123, thửa 45a, tờ bản đồ số 12, with their lists ("thửa 12, 13 và 14"); a parcel told
    /// of in up to four lower-case words before số ("thửa đất tái định cư số 17", "thửa mới số 1045"); in English,
    /// parcel, plot and map sheet ("parcel 356, map sheet 12").
    package static let landPattern = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:(?:thửa|thua)(?:\s+(?!(?:số|so|của|cua)\s)[\p{Ll}\p{M}]+){1,4}\s+(?:số|so)(?=\s*\d)|thửa đất|thửa|thua dat|thua|tờ bản đồ|to ban do|bản đồ địa chính|tờ|to|khoảnh|land parcels?|parcels?|plots?|map sheet)(?:\s+(?:số|so|no\.?|number))?\s*:?\s*(\d+[a-z]?(?:\s*(?:,|và|va|and|-)\s*\d+[a-z]?)*)(?![\p{L}\p{M}\p{N}/])"#
    )

    /// Words before a code that name what the code is: the code goes, whatever its shape, and a number
    /// written in three or four groups of three digits goes whole ("bằng lái số 790 145 268 317"). Whose it
    /// is may come between ("SBD của em là 0457"); a certificate's kind in lower-case words before số
    /// ("chứng chỉ an toàn lao động số …"), a card's kind so ("thẻ gửi xe số 4521", not a bank's, an identity's or
    /// an insurance's card, whose numbers have their own kinds); never a licence's class ("bằng lái A1", "GPLX B2"), nor a decision's
    /// or a letter's number ("chứng chỉ quy hoạch số 12/QĐ-UBND": QĐ, NĐ, TT, TB, CV, KH, BC, NQ, CT, TTr, and an
    /// ordinance's PL, UBTVQH). A veteran's or a person of merit's paper names its number by its holder's kind
    /// before (mã) số ("Giấy chứng nhận thương binh số HN-12.345", "Bằng Tổ quốc ghi công số 30.456/TQGC",
    /// "thẻ hội viên Cựu chiến binh số 0271345", "số hiệu quân nhân của liệt sĩ là 72.155.608"). A trader's or a
    /// household's papers too: a household's code ("Hộ cận nghèo mã CN.04.0219", "mã hộ 0452"), an invoice's or a
    /// receipt's number ("Hóa đơn ký hiệu 1C25TAA số 00000231", "biên lai thu phí số 0012345"; the series stays), a
    /// licence's ("Giấy phép bán lẻ rượu số GP-RL 004571": capitals, a space and digits are one code). A visa's number,
    /// its kind and whose between ("Visa E-9 của anh ấy số 20473918"; the twenty-sixth round). A certificate
    /// (chứng nhận), a confirmation (giấy xác nhận) or a contract (hợp đồng) by its kind in lower-case words
    /// before số, and a card's kind of four words ("Chứng nhận an toàn thực phẩm số ATTP-2024/0567", "giấy xác
    /// nhận số XN-0077", "Hợp đồng thuê nhà số HĐ-2024/0318", "Thẻ kiểm tra thị trường số QLTT 01234"; the
    /// thirty-seventh round). A savings book's number ("Sổ tiết kiệm số TK0098712"), a booking's code and what
    /// it books ("Mã đặt chỗ vé tàu của hành khách là 7K3QXZ"), a registration's lettered code ("số đăng ký
    /// AG-0345": a boat's, a vehicle's; not a firm's digits alone) and a card's code after mã ("thẻ viên chức mã
    /// VC-0988"): the thirty-eighth round. A record's form by its lettered serial ("Biên bản kiểm tra số BB-KT
    /// 00871"; its document number stays: "Biên bản làm việc số 05/BB-TTr"), a serial named by its paper before a
    /// colon ("Số seri giấy phép lái phương tiện: GPL-TN 087213"), a certificate's kind of up to nine words
    /// ("chứng nhận đăng ký phương tiện thủy nội địa số ĐT-22-0418"): the thirty-ninth round. A health
    /// certificate's number ("Giấy khám sức khỏe số GKSK-0912/PKĐK"): the fortieth round. A licence's kind of up
    /// to eight words when its number opens on a capital ("Giấy phép kinh doanh lữ hành nội địa số LH-ND 0459";
    /// not "Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke số 15/GP-UBND", a document), a member's card with its
    /// association's name ("Thẻ hội viên Hội người thu gom phế liệu số TG-0087"): the forty-first round.
    package static let codeCuePattern = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:số công chứng|so cong chung|(?:sổ tiết kiệm|so tiet kiem)(?=\s+(?:số|so)\s)|(?:mã đặt chỗ|ma dat cho|mã đặt vé|ma dat ve|booking code)(?:\s+(?!(?:là|của|la|cua)\s)[\p{Ll}\p{M}]+){0,2}(?:\s+(?:là|la)(?=\s))?|(?:số đăng ký|so dang ky)(?=\s+(?-i:[A-ZĐ]{1,3})-\d{3,6}(?![\p{L}\p{N}]))|(?:visa|thị thực|thi thuc)(?:\s+[A-Z]{1,2}-?\d{1,2})?(?=\s+(?:(?:của|cua)(?:\s+[\p{L}\p{M}]+){1,2}\s+)?(?:số|so)\s)|mã vạch|ma vach|(?:thẻ nhân viên|the nhan vien|giấy chuyển viện|giay chuyen vien|lượt khám|luot kham)(?=\s+(?-i:[A-ZĐ]{2}))|số khung|so khung|số máy|so may|số VIN|VIN|số hiệu quân nhân|so hieu quan nhan|số hiệu|so hieu|(?:thương binh|bệnh binh|người có công|ghi công|cựu chiến binh|hội viên|quân nhân|thuong binh|benh binh|nguoi co cong|ghi cong|cuu chien binh|hoi vien|quan nhan)(?:\s+(?:mã|ma))?(?=\s+(?:số|so)\s)|(?:biên bản|bien ban)(?:\s+(?!(?:số|so)\s)[\p{Ll}\p{M}]+){0,4}(?=\s+(?:số|so)\s+(?-i:[A-ZĐ]))|(?:số sê-ri|số seri|so seri|seri|sê-ri)(?:\s+(?!(?:số|so)\s)[\p{Ll}\p{M}]+){1,6}(?=\s*:)|phù hiệu|số thẻ ngành|thẻ ngành|số thẻ|thẻ số|số sê-ri|số seri|so seri|seri|sê-ri|serial|số phôi|vào sổ cấp GCN|vào sổ|số GCN|GCN|số chứng chỉ|chứng chỉ hành nghề(?:\s+(?:dược|y|y tế|khám bệnh, chữa bệnh|khám chữa bệnh|xây dựng|kiến trúc|luật sư|kế toán|kiểm toán|môi giới bất động sản|thú y))?|giấy phép lái xe|GPLX|bằng lái|giấy phép lao động|work permit|giấy đăng ký xe(?: máy| ô tô| mô tô)?|mã số cán bộ|mã cán bộ|mã nhân viên|mã số nhân viên|mã NV|ma NV|mã số NV|MSNV|mã số sinh viên|mã sinh viên|ma sinh vien|MSSV|mã số học sinh|mã học sinh|mã HS|số hợp đồng|mã khách hàng|(?:(?:hộ nghèo|cận nghèo|ho ngheo|can ngheo)\s+(?:mã|ma)|mã hộ|ma ho)(?:\s+(?:số|so))?(?=\s+[\p{Lu}\p{N}])|(?:hóa đơn|hoá đơn|hoa don)(?:\s+(?:ký|kí|ky) (?:hiệu|hieu)\s+[\p{Lu}\p{N}]{5,9})?(?=\s+(?:số|so)\s)|(?:biên lai|bien lai|phiếu thu|phieu thu)(?:\s+(?:thu|thuế|phí|lệ phí|tiền|thue|phi|le phi|tien)){0,2}(?=\s+(?:số|so)\s)|giấy phép(?:\s+(?!số\s)[\p{Ll}\p{M}]+){1,5}(?=\s+số\s)|giấy phép(?:\s+(?!số\s)[\p{Ll}\p{M}]+){6,8}(?=\s+số\s+(?-i:[A-ZĐ]))|số báo danh|so bao danh|SBD|chứng chỉ(?:\s+(?!số\s)[\p{Ll}\p{M}]+){1,6}(?=\s+số\s)|chứng nhận(?:\s+(?!số\s)[\p{Ll}\p{M}]+){1,9}(?=\s+số\s)|giấy khám sức (?:khỏe|khoẻ)(?=\s+số\s)|giấy xác nhận(?:\s+(?!số\s)[\p{Ll}\p{M}]+){0,4}(?=\s+số\s)|hợp đồng(?:\s+(?!số\s)[\p{Ll}\p{M}]+){1,4}(?=\s+số\s)|thẻ(?:\s+(?!(?:số|mã|căn|cước|bảo|ngân|tín|chứng|atm)(?![\p{L}\p{M}]))[\p{Ll}\p{M}]+){1,4}(?:\s+(?:Hội|Hiệp hội|Câu lạc bộ|CLB|Liên đoàn|Công đoàn|Nghiệp đoàn|Hợp tác xã|HTX)(?:\s+(?!(?:số|mã)\s)[\p{L}\p{M}]+){1,6})?(?=\s+(?:số|mã)\s))(?:\s+(?:của|cua)(?:\s+[\p{L}\p{M}]+){1,2}(?:\s+(?:là|la))?)?(?:\s+(?:số|so|mã|no\.?|number))?\s*:?\s*(?![A-F]C?[12]?(?![\p{L}\p{N}./-])|\d+(?:/\d{4})?/(?:QĐ|NĐ|TT|TB|CV|KH|BC|NQ|CT|TTr|PL|UBTVQH\d*)(?:-|(?![\p{L}\p{N}])))(\d{3}(?:\s\d{3}){2,3}(?![\p{L}\p{N}])|[A-ZĐ]{2,4}(?:-[A-ZĐ0-9]{1,4})?\s\d{4,}(?![\p{L}\p{N}])|[\p{L}\p{N}][\p{L}\p{N}./-]*\d[\p{L}\p{N}./-]*)"#
    )

    /// A book's number after sổ and what the book keeps, in one to four lower-case words: "Sổ theo dõi đàn bò số
    /// TB-0912", "sổ lưu ký số LK-0921" (every such number in the shipped batches is removed, 37 of 37). Three
    /// characters or more, a digit among them: "sổ ghi số 3 hộ" counts. With its marks only: typed without
    /// them, sổ is số. Not the first group of a phone ("Sổ tiếp dân ghi số 0126 7654 321"). The thirty-ninth round.
    /// Capitals, a space and digits are one code ("Sổ tiêm chủng số TC 04417": the forty-first round), unless the
    /// capitals name another paper ("sổ hộ khẩu cũ là số CMND 334012789": the number is the card's).
    package static let bookNumberPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}])[Ss]ổ(?:\s+(?!(?:số|so)\s)[\p{Ll}\p{M}]+){1,4}\s+(?:ghi\s+)?số\s*:?\s*(?=[\p{L}\p{N}./-]{3}|[A-ZĐ]{1,4}\s\d{3})((?!(?:CMND|CCCD|MST|STK|SĐT|SDT|BHXH|BHYT)\s)[A-ZĐ]{1,4}\s\d{3,}|(?![\p{L}\p{N}]*\d+/(?-i:QĐ|NĐ|TT|CV))[\p{L}\p{N}][\p{L}\p{N}./-]*\d[\p{L}\p{N}./-]*)(?![\p{L}\p{N}]|\s\d|\s+(?:người|hộ|lần|con|trang|quyển)(?![\p{L}\p{M}]))"#
    )

    /// A lot's or a slip's lettered number: lô or phiếu, up to four lower-case words of what it is, số and a code
    /// that opens on one to four capitals, then a dash, a space or nothing and two digits or more ("Mẫu tôm giống
    /// lô số LG-0925/114", "phiếu hẹn số PH 2207", "Phiếu tiếp nhận hồ sơ số TN-0231"). Every such number in the
    /// shipped batches is removed (19 of 19); an office's numbering with its code after a slash ("Phiếu hẹn số
    /// 0452/PH", kept) and a count ("phiếu lý lịch tư pháp số 1") open on digits. The forty-first round.
    package static let lotOrSlipPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?:[Ll]ô|[Pp]hiếu)(?:\s+(?!số\s)[\p{Ll}\p{M}]+){0,4}\s+số\s*:?\s*([A-ZĐ]{1,4}(?:[ -]?\d{2,}|\d{1,2}-\d{2,})(?:[/.-][\p{L}\p{N}]+)*)(?![\p{L}\p{M}\p{N}])"#
    )

    /// A lettered code after số, up to two lower-case words between (what the number is: "số hồ sơ", "số vào sổ"),
    /// whatever paper it numbers: two to four capitals, a second group of them after a dash or a slash or none, then a
    /// space, a dash, a slash or nothing, two digits or more, and more after a slash, a dot or a dash ("hợp đồng thuê
    /// ki-ốt số HĐ 045/2023", "Giấy đăng ký máy nông nghiệp số ĐK-NN 004512", "số hồ sơ HS-77/2024", "GCN bảo hiểm
    /// số AA/25/0876543"). Over the shipped batches such a code is removed 571 times and kept twice, both now public
    /// prefixes: a paper's name before its number ("Số GPLX 4801…", the number goes) and a medicine's registration
    /// ("số đăng ký VD-32145-19"); an office's numbering opens on digits ("Quyết định số 125/QĐ-TA"). The
    /// forty-second round. Not a form's number, which a circular or a decree publishes: "lập theo Mẫu số PC05".
    package static let numberedCodePattern = DataShapes.regex(
        #"(?<![Mm]ẫu\s|[Mm]au\s)(?<![\p{L}\p{M}])[Ss]ố(?:\s+(?!là\s)[\p{Ll}\p{M}]+){0,2}\s*:?\s*([A-ZĐ]{2,4}(?:[-/][A-ZĐ]{1,4})?[ /-]?\d{2,}(?:[/.-][\p{L}\p{N}]+)*)(?![\p{L}\p{M}\p{N}])"#
    )

    /// A boat's registration after its word: one to three capitals (a province's code, "QNg"), a dash and three
    /// to six digits, and a fishing boat's "-TS": "thủy thủ tàu VL-0915", "ghe cá KG-0231". The five-digit ones
    /// were read as lettered codes already; a train's "SE1" has no dash. The thirty-ninth round.
    package static let boatPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?i:tàu|ghe|thuyền|sà lan|xà lan|xuồng)(?:\s+(?i:cá|hàng|vỏ sắt|chở cát|hút cát|câu|lưới))?(?:\s+(?i:số hiệu|số))?\s+([A-ZĐ][A-ZĐa-z]{0,2}-\d{3,6}(?:-[A-Z]{1,3})?)(?![\p{L}\p{M}\p{N}]|[/.]\d)"#
    )

    /// The folded words of the cues, to skip the pattern on text that has none.
    package static let codeCueWords: Keywords = [
        "khung", "may", "vin", "hieu", "nganh", "the", "seri", "serial", "phoi", "vao", "gcn", "chung", "giay", "gplx",
        "bang", "ma", "hop", "permit", "sbd", "danh", "msnv", "mssv", "binh", "visa", "thuc", "kiem", "ky", "booking",
        "bien", "vach", "luot",
    ]

    /// Land-certificate entries and serials: CH00123, CS 01234, BĐ 123456, AB-1234567; a shipping container's
    /// number (ISO 6346: an owner's three letters, U, J or Z, then seven digits: "TGHU 8812345"; the
    /// thirty-seventh round), its check digit after a hyphen ("TCNU 482915-3": the fortieth round).
    package static let letteredCodePattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}/.-])(?:(?:CH|CS|CT|CN|VP|BĐ|CĐ|BX|BY|BK|BL|BT|BV|DA|DB|DC)[ .:-]?\d{4,}|[A-ZĐ]{1,3}-?\d{5,}|[A-ZĐ]{2,3} \d{6,}|[A-Z] \d{7}|[A-Z]{3}[UJZ] ?\d{6}(?:-\d|\d))(?![\p{L}\p{M}\p{N}]|[/-]\d)"#
    )

    /// A tender's notice or plan named right before a code, folded: "mã TBMT IB2500123456", "KHLCNT số
    /// PL2500045678", "gói thầu số IB2400987654"; the code is the procurement system's, published for all (the
    /// fortieth round).
    package static let tenderCodeEnd = DataShapes.regex(
        #"(?<![a-z])(?:tbmt|khlcnt|moi thau|goi thau)(?:\s+(?:so|ma|la))?\s*:?\s*$"#
    )

    /// A token of capitals and digits, 8 long or more with 4 digits or more: a frame or engine number, a case's
    /// file ("PC-2025-04418"). Đ is a capital of its codes too (the thirty-sixth round): "TNLĐ-2025-0318" (an
    /// accident's claim), "ATLĐ-N3-22071" (a safety certificate).
    package static let mixedCodePattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}/.-])(?=[A-ZĐ0-9-]*[A-ZĐ])(?=(?:[A-ZĐ-]*\d){4})[A-ZĐ0-9][A-ZĐ0-9-]{6,}[A-ZĐ0-9](?![\p{L}\p{M}\p{N}/])"#
    )

    /// The number of a person's civil-status or household paper: "trích lục khai tử số 215/2020", "sổ hộ
    /// nghèo số HN-0452", also after whose it is ("Giấy khai sinh của cháu số 143"), or after old, new or
    /// original ("Sổ hộ khẩu cũ số 0207451"; the thirty-seventh round). "số" must follow:
    /// "hộ nghèo 2025" is a year.
    package static let civilPaperPattern = DataShapes.regex(
        #"(?i)(?<![\p{L}\p{M}])(?:khai sinh|khai tử|chứng sinh|chứng tử|kết hôn|hộ nghèo|cận nghèo|hộ khẩu|tạm trú|khai tu|chung sinh|chung tu|ket hon|ho ngheo|can ngheo|ho khau|tam tru)(?:\s+(?:cũ|cu|mới|moi|gốc|goc))?(?:\s+(?:của|cua)(?:\s+\p{Ll}+){1,2})?\s+(?:số|so)\s*:?\s*([\p{L}\p{N}][\p{L}\p{N}./-]*\d[\p{L}\p{N}./-]*)"#
    )

    package static let civilPaperWords: Keywords = ["sinh", "tu", "hon", "ngheo", "khau", "tru"]

    /// A letter after a slash makes a number a document's: "12/QĐ-UBND" decided the list, it is no paper's.
    /// Its own paper's number carries its issuer's code ("Giấy chứng sinh số 0456/BVĐK"): see `numbersOwnPaper`.
    package static let documentNumber = DataShapes.regex(#"/\p{L}"#)

    /// A practice certificate's or licence's number, known by its suffix wherever it stands:
    /// "000123/HNT-CCHND" (chứng chỉ hành nghề, dược), "0456/SYT-GPHN" (giấy phép hành nghề), "79/2025/GPLĐ"
    /// (giấy phép lao động, a foreign worker's), "231/XNTTHN" (xác nhận tình trạng hôn nhân, the confirmation
    /// of marital status a worker going abroad asks for), "10234/LLTP" (phiếu lý lịch tư pháp, the
    /// criminal-record certificate a student abroad or a worker asks for; the thirty-fourth round), one person's.
    package static let practiceCertificatePattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}/.-])\d[\d.]*/(?:\d{4}/)?(?:[A-ZĐ]+-)*(?:CCHN|GPHN|GPLĐ|GPLD|CNĐK|CNDK|GCN|XNTTHN|LLTP)[A-ZĐ]*(?![\p{L}\p{M}\p{N}])"#
    )

    /// Whether the rest of a code after its letters is a year and a serial, "-2024-0387": a case's or a
    /// paper's, never a road's or a standard's number (the fortieth round).
    package static func isYearSerial(_ rest: Substring) -> Bool {
        let parts = rest.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].isEmpty, parts[1].count == 4,
            parts[1].hasPrefix("19") || parts[1].hasPrefix("20"), (3...6).contains(parts[2].count)
        else { return false }
        return (parts[1] + parts[2]).allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Letters before digits that name a standard or a road, not a person's document.
    package static let publicPrefixes: Set<String> = [
        "ISO", "TCVN", "QCVN", "QL", "ĐT", "DT", "TL", "HL", "MST", "STK", "SĐT", "SDT", "TK", "ID", "UID", "STT",
        "BHXH", "BHYT", "CCCD", "CMND",
        // A paper's or a device's name before its number after số: "Số GPLX 4801…", "Số IMEI 3567…" (the number goes).
        "GPLX", "IMEI", "EID",
        // A medicine's registration, published by the Drug Administration: "số đăng ký VD-32145-19".
        "VD",
        // A bank's short name before an account's number: "Tài khoản MB 0336123456" (the number goes alone).
        "MB", "VCB", "ACB", "TCB", "VIB", "SHB", "OCB", "MSB", "SCB", "STB", "TPB", "HDB", "NCB", "CTG", "BID",
        "EIB", "LPB", "ABB", "BAB", "VAB", "PGB", "SGB", "KLB", "NAB", "BVB",
    ]
}

extension TextScan {
    /// Whether the civil paper named at `location` numbers itself, so that its number `code` is the citizen's
    /// whatever its shape: an extract (trích lục), a household's book (sổ) or the paper itself (giấy): "Trích
    /// lục khai sinh số 215/TLKS-BS", "Sổ hộ nghèo số 0456/HN", "Giấy chứng sinh số 0456/BVĐK" (the hospital's
    /// code). After giấy, an issuer's code joined by a dash is a document's ("cấp giấy chứng sinh số
    /// 88/SYT-NV": a letter about the papers).
    package func numbersOwnPaper(at location: Int, code: String) -> Bool {
        let before = string(NSRange(location: max(location - 5, 0), length: min(location, 5))).lowercased()
        return foldedBefore(location, length: 10).hasSuffix("trich luc ") || before.hasSuffix("sổ ")
            || before.hasSuffix("giấy ") && !code.contains("-")
    }
}
