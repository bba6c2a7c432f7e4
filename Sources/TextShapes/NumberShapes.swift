import Foundation
import TextScanning

/// What a number looks like, before the rules decide whose it is: a phone number's shape, a
/// switchboard's, an amount's, an office's number by the words around it, and the words a number or a
/// day is written with (folded).
package enum NumberShapes {
    /// A 1900 or 1800 number is a business's or an agency's switchboard (1900 8198), never a person's.
    package static func isServiceNumber(_ digits: String) -> Bool {
        (digits.hasPrefix("1900") || digits.hasPrefix("1800")) && (8...10).contains(digits.count)
    }

    /// A Vietnamese mobile (0 + 9 digits, 03/05/07/08/09) or landline (0 + 2x + 8 digits) number, in the
    /// 0, 84 or +84 form; or any number written with + (a foreign one).
    package static func isPhoneNumber(_ digits: String, international: Bool) -> Bool {
        var national = digits
        if digits.hasPrefix("84") && (digits.count == 11 || digits.count == 12) && !digits.hasPrefix("840") {
            national = "0" + digits.dropFirst(2)
        } else if international {
            return digits.count >= 8
        }
        guard national.hasPrefix("0") else { return false }
        let second = national.dropFirst().first
        switch national.count {
        case 10: return second.map { "35789".contains($0) } ?? false
        // 11 digits: a landline (02x) or a mobile number from before the 2018 renumbering (01x); or a
        // Japanese mobile (070, 080, 090 and eight digits: "080-4417-2935"), which no Vietnamese number is.
        case 11:
            return second == "2" || second == "1"
                || national.dropFirst(2).first == "0" && (second.map { "789".contains($0) } ?? false)
        default: return false
        }
    }

    /// A number of 6 to 11 digits the rules could not place: not an amount, a measure or a count.
    package static func isUnknownNumber(_ run: String, after: String) -> Bool {
        let digits = run.filter(\.isNumber)
        guard (6...11).contains(digits.count), !isServiceNumber(digits) else { return false }
        let trimmedAfter = after.drop { $0 == " " }
        if amountUnits.contains(where: { trimmedAfter.hasPrefix($0) }) || trimmedAfter == "d" { return false }
        let groups = run.split { !$0.isNumber }
        let isThousands =
            groups.count > 1 && Set(run.filter { !$0.isNumber }).isSubset(of: [".", ","])
            && (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
        return !isThousands
    }

    /// Money and measures: a number followed by one of these is an amount, never an identifier.
    package static let amountUnits = [
        "dong", "d ", "vnd", "trieu", "ty", "nghin", "ngan", "usd", "%", "phan tram", "nguoi", "lan", "ngay",
    ]

    /// The units of a count among ``amountUnits``: a number starting with 0 counts nothing.
    package static let countUnits: Set<String> = ["nguoi", "lan", "ngay"]
    /// Words of money before a number, folded: 84.912.555.019 after them is an amount.
    package static let moneyWords: [String] = ["tien", "gia", "dong", "von", "luong", "phi", "no ", "thu "]
    /// An extension after a phone number: " máy lẻ 108", " ext. 12", " nhánh 3".
    package static let extensionPattern = DataShapes.regex(
        #"(?i)[ ,]*(?:máy lẻ|may le|số lẻ|nhánh|nhanh|ext\.?|extension)[ .:]*\d{1,5}(?![\p{L}\p{N}])"#)

    /// The words one of which ``hotlineEnd`` needs unless a comma comes before the number (folded).
    package static let hotlineWords: Keywords = ["nong", "hotline", "truc", "cua", "khai"]

    /// "đường dây nóng" (an office's hotline) right before a number, or with its office and "là", "số" or
    /// a colon ("Đường dây nóng Thanh tra tỉnh: 0263…", "đường dây nóng của Thanh tra tỉnh Lâm Đồng, số (điện
    /// thoại) 0263…"), or its office and its province or commune
    /// ("Đường dây nóng Công an tỉnh Bà Rịa 0254…"); a hotline's or a duty desk's cue (đường dây nóng,
    /// hotline, số trực ban, trực ban), an office and up to ten words of its name with no person, pronoun, call, negation or
    /// turn between ("Đường dây nóng Sở Giáo dục và Đào tạo 0236…", "số trực ban của Công an phường 069…";
    /// not "… Sở Y tế nhưng anh Tâm nghe máy 0912…"); or "số (điện thoại, tiếp dân, tổng đài) của" and an
    /// office named right before it ("số của Ban Tiếp công dân tỉnh 0263…"); or an office opening the sentence,
    /// its name (no person, pronoun or lodging) and a comma before số máy or số điện thoại ("Phòng Văn hóa – Xã
    /// hội phường Hạc Thành, số máy 0237…"); or an office (văn phòng, UBND, trụ sở) and up to seven words of its
    /// name with no person or pronoun, a comma and "số trực" ("gọi văn phòng UBND xã Bắc Hà, số trực 0214…": the
    /// fortieth round); or a ward's, a commune's or a province's own hotline, up to three words of its name
    /// ("Đường dây nóng của phường (024 …)": the forty-first round); or a market's board's duty number opening the
    /// sentence ("Ban quản lý chợ có số trực 0236…": the forty-second round), folded.
    package static let hotlineEnd = DataShapes.regex(
        #"(?:(?:duong day|may) nong(?:\s+so|\s+(?:cua\s+)?(?:so|thanh tra|ubnd|uy ban|cong an|ban|phong|cuc|chi cuc|bo|trung tam|bao hiem|thue)\b[a-z ]{0,24},?(?:\s+la|\s+so(?:\s+dien thoai|\s+dt)?|\s*:))?|duong day nong\s+(?:cua\s+)?(?:thanh tra|ubnd|uy ban|cong an|so|phong|ban)\b[a-z ]{0,10}\s+(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)(?:\s+[a-z]+){0,2}|(?:duong day nong|hotline|(?:so )?truc ban|so truc)(?:\s+cua)?\s+(?:so|thanh tra|ubnd|uy ban|cong an|ban|phong|cuc|chi cuc|bo|trung tam|bao hiem|benh vien|toa an|vien kiem sat|don bien phong|thue|tram)\b(?:\s+(?:ho chi minh\b|(?!(?:anh|chi|ong|ba|em|co|chu|bac|di|con|chau|goi|cho|nhung|roi|toi|tui|minh|ho|no|han|hay|hoac|nghe|so|khong|ko|chua|duoc|voi|nhan|bao|lien|thi|ma|de|vi)\b)[a-z]+)){0,10}|(?<![a-z])so (?:dien thoai |dt |tiep dan |tong dai )?cua (?:so|thanh tra|ubnd|uy ban|cong an|ban|phong|cuc|chi cuc|trung tam|toa an|benh vien)\b[a-z ]{0,30}|(?<![a-z])so (?:may )?ban cua (?:xa|phuong|ubnd|uy ban|co quan|thanh tra|so|phong|truong|tram y te)\b(?:\s+(?!(?:anh|chi|ong|ba|em|co|chu|bac|la)\b)[a-z]+){0,3}(?:\s+la)?|(?:^|[.;!?]\s+)(?:phong|so|ubnd|uy ban|cong an|thanh tra|trung tam|tram y te|benh vien|toa an|chi cuc|cuc|van phong)\s+(?:(?!(?:anh|chi|ong|ba|em|co|chu|bac|di|con|chau|toi|tui|minh|nha|cua|tro|ho|goi|khong)\s)[a-z–-]+\s+){0,9}[a-z]+,\s*(?:so may|so dien thoai|dien thoai|dt)|(?<!khong |ko |dung |chua )cong khai (?:so|so dien thoai|duong day nong)|(?:^|[.;!?]\s+)(?:tram y te|ubnd|uy ban|cong an|benh vien|ban quan ly)(?:\s+(?:xa|phuong|thi tran|huyen|tinh|cho))?\s+co so(?:\s+(?:dien thoai|may ban|truc(?: ban)?))?|(?<![a-z])(?:van phong|ubnd|uy ban|tru so)\s+(?:(?!(?:anh|chi|ong|ba|em|co|chu|di|con|chau|toi|tui|minh|nha|cua|tro|goi|gap|khong)\s)[a-z–-]+\s+){0,6}[a-z]+,\s*so truc(?: ban)?|duong day nong (?:cua )?(?:phuong|xa|thi tran|quan|huyen|tinh|thanh pho)(?:\s+(?!(?:anh|chi|ong|ba|em|co|chu|bac|di|con|chau|toi|tui|minh|nha|cua|goi|la|nhung|roi)\b)[a-z]+){0,3}(?:\s+la)?)\s*(?:,?\s*so\s*)?:?\s*$"#
    )

    /// A school's or a health station's desk phone right before a number, folded: "máy bàn văn phòng trường
    /// 024…", "số trạm 0225…", "số máy bàn của trạm y tế 0225…"; an office's desk by its name, "của" or not
    /// ("Số bàn Ban quản lý nghĩa trang 028…": the thirty-ninth round); a department's desk named after "của" and up to
    /// eight words before "là" ("Số máy bàn của Phòng Tài chính – Kế toán công ty là (0236) …": the fortieth
    /// round). Run only with trạm, máy bàn or số bàn in the text.
    package static let deskPhoneEnd = DataShapes.regex(
        #"(?:(?<![a-z])(?:so (?:may )?ban|may ban)(?: cua)? (?:ban quan ly|ubnd|uy ban|tram y te|thanh tra|van phong)(?:\s+(?!(?:anh|chi|ong|ba|em|co|chu|bac|la|nha|rieng|di|toi)\b)[a-z]+){0,5}|(?<![a-z])(?:so )?may ban(?:\s+cua)?(?:\s+van phong)?\s+(?:nha truong|truong|tram y te|tram)|(?<![a-z])so (?:(?:dien thoai|may ban) )?(?:cua )?(?:tram y te|tram)|(?<![a-z])so may ban cua (?:phong|ban|khoa|bo phan)\s+(?:(?!(?:anh|chi|ong|ba|em|co|chu|bac|la|nha|rieng|di|toi|tro)\s)[a-z–-]+\s+){0,8}la\s*\(?)\s*:?\s*$"#
    )

    /// An office's reception desk before a landline, folded, in the 80 characters before: "Văn phòng tiếp dân
    /// phường nghe máy qua số 0236…", "Bộ phận tiếp công dân, số 0274…". Up to six words between the desk and
    /// số, none a person or a pronoun. The caller runs it only for a landline (02…) with tiếp in the text. Not
    /// "số bàn" alone, a home's landline as often ("số bàn 028… (nhà riêng)").
    package static let receptionPhoneEnd = DataShapes.regex(
        #"(?:(?:van phong|bo phan|phong|ban|tru so|diem) tiep (?:cong )?dan\b(?:\s+(?!(?:anh|chi|ong|ba|em|co|chu|bac|toi|tui|minh|cua|nha)\b)[a-z]+){0,6},?\s+(?:so|so dien thoai|so may|dien thoai))\s*:?\s*$"#
    )

    /// The words one of which ``publishedAfter`` or ``publishedBefore`` needs (folded): thông (cổng thông tin),
    /// trực (ban), nóng (đường dây), khai (công khai), tổng (đài), website, hotline, yết (niêm yết), bố (công bố).
    package static let publishedWords: Keywords = [
        "thong", "truc", "nong", "khai", "tong", "website", "hotline", "yet", "bo",
    ]

    /// Right after a landline, folded: that it is printed or posted on a portal or a website ("0243 8251 999 in
    /// trên cổng thông tin của Tòa án", "(số công khai trên cổng thông tin)"), or that it is a duty desk's, a
    /// hotline's or a switchboard's after up to ten words with no person or pronoun and là ("… là số trực ban");
    /// "đã công khai" as well ("0203 3822 456 đã công khai trên cổng thông tin": the thirty-ninth round).
    /// The thirty-sixth round; the caller runs it only for a landline (02…). An office named in brackets and
    /// said to be its posted number ("0243 8256 789 (văn phòng Ban, số công khai)": the fortieth round).
    package static let publishedAfter = DataShapes.regex(
        #"^\s*(?:\(\s*(?:(?!(?:anh|chi|ong|ba|em|co|chu|bac|di|toi|tui|minh|nha|rieng)\b)[a-z]+,?\s+){1,5}so (?:cong khai|cong bo|niem yet)\s*\)|(?:\(\s*)?(?:(?:so\s+)?(?:da\s+)?(?:duoc\s+)?(?:in|dang|niem yet|cong bo|cong khai)(?:\s+cong khai)?\s+(?:tren|o|tai)\s+(?:cong thong tin|trang thong tin|website|trang web)|(?:\s+(?!(?:anh|chi|ong|ba|em|co|chu|bac|di|toi|tui|minh|nha|rieng)\b)[a-z]+){0,10}\s+la\s+(?:so\s+)?(?:truc ban|duong day nong|tong dai|hotline)\b))"#
    )

    /// An office alone in brackets right after a landline, up to five words of its name with no person, home or
    /// lodging, folded: "0290.3831.222 (Chi cục)", "(UBND xã Tân Lộc)"; not "(phòng trọ)", "(nhà riêng)", "(số
    /// cũ)". The forty-first round; the caller runs it only for a landline (02…) with a bracket after it.
    package static let officeInBracketsAfter = DataShapes.regex(
        #"^\s*\(\s*(?:chi cuc|cuc|ubnd|uy ban|van phong|phong|ban quan ly|ban tiep dan|thanh tra|cong an|tram|trung tam|benh vien|toa an|hat|bo phan|co quan|so (?:y te|tu phap|giao duc|tai nguyen|xay dung|cong thuong|noi vu|tai chinh|nong nghiep|giao thong|van hoa|lao dong))\b(?:\s+(?!(?:anh|chi|ong|ba|em|co|chu|bac|di|toi|tui|minh|nha|rieng|tro|chong|vo|con|cu|moi)\b)[a-z–-]+){0,5}\s*\)"#
    )

    /// A number written in groups on the police's and the army's own exchange (069 and seven digits: "069.2590.112",
    /// "069 234 4444"): an office's line, never a person's (every one in the shipped batches is kept). Written
    /// in one run it may be a tax code, which the words before it tell. The thirty-seventh round.
    package static func isOfficeExchange(_ run: String) -> Bool {
        let digits = run.filter { $0.isASCII && $0.isNumber }
        return digits.hasPrefix("069") && digits.count == 10 && digits.count < run.count
    }

    /// Right before a landline, folded: that the office posts or publishes it ("Số máy bàn của Hạt Kiểm lâm
    /// công khai trên cổng thông tin là 0214 …", "đã niêm yết số điện thoại trực ban 069…"), up to four words
    /// with no person or pronoun after the portal. Not when the post is denied ("không công khai số"). The
    /// thirty-seventh round; the caller runs it only for a landline or the offices' exchange. Also "số công bố",
    /// "số công khai" right before it ("Phòng Tiếp công dân (số công bố 0222 …)": the thirty-ninth round), and
    /// "số máy bàn công bố", "số điện thoại công khai" (the fortieth round). Whose it is after it, an office
    /// ("số máy bàn niêm yết của trạm: 0290 …"), and the post said in brackets before a colon ("Số máy bàn bộ phận
    /// một cửa xã (công khai): 0236 …"): the forty-first round.
    package static let publishedBefore = DataShapes.regex(
        #"(?<![a-z])so (?:(?:may ban|dien thoai) )?(?:cong bo|cong khai|niem yet)(?:\s+cua\s+(?:tram|xa|phuong|ubnd|uy ban|van phong|co quan|phong|ban|chi cuc|cuc|hat|thanh tra|cong an|benh vien|truong|trung tam|bo phan)\b(?:\s+(?!(?:anh|chi|ong|ba|em|co|chu|bac|di|toi|tui|minh|nha|rieng)\b)[a-z]+){0,4})?\s*:?\s*$|\(\s*(?:so\s+)?(?:cong khai|cong bo|niem yet)\s*\)\s*:?\s*$|(?<!khong |ko |dung |chua )(?:cong khai|niem yet|cong bo)(?:\s+(?:tren|o|tai)\s+(?:cong thong tin|trang thong tin|website|trang web)(?:\s+(?!(?:anh|chi|ong|ba|em|co|chu|bac|di|toi|tui|minh|nha|rieng|la)\b)[a-z]+){0,4})?(?:\s+(?:la|so|dien thoai|may ban|truc ban|tiep dan|duong day nong)){1,4}\s*:?\s*$"#
    )

    /// Whether a run's digits are a landline's, 02 and an area's code: "0236 3822 415".
    package static func isLandline(_ run: String) -> Bool {
        let digits = run.filter { $0.isASCII && $0.isNumber }
        return digits.hasPrefix("02") && (10...11).contains(digits.count)
    }

    /// "(là) của" and an office or a school right after a number, folded: the number is the office's ("số
    /// 0243… của nhà trường", "của trường THCS …"; not "của trưởng thôn", nor "của thanh tra viên", an
    /// inspector: the forty-first round).
    package static let officeOwnerStart = DataShapes.regex(
        #"^\s*(?:\(\s*(?:duong day nong|hotline)\b|(?:la\s+)?cua\s+(?:ban tiep cong dan|van phong|nha truong|truong (?:thpt|thcs|tieu hoc|mam non|dai hoc|cao dang|trung cap)|so|thanh tra|ubnd|uy ban|cong an|phong|cuc|chi cuc|bo|trung tam|benh vien|toa an|vien kiem sat)\b(?!\s+vien\b))"#
    )

    // Numbers and days in words.
    /// The digits as words, folded (with the southern "linh", "lẻ" for zero and "bảy"/"bẩy").
    package static let digitWords: Keywords = [
        "khong", "mot", "hai", "ba", "bon", "tu", "nam", "sau", "bay", "tam", "chin", "linh", "le",
    ]
    /// A weekday right before a day names the day as "ngày" does: "thứ Hai, 16 tháng Chín" (folded).
    package static let weekdayEnd = DataShapes.regex(#"(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat),?\s*$"#)
    package static let monthNumbers: [String: Int] = [
        "gieng": 1, "chap": 12, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "bon": 4, "nam": 5, "sau": 6, "bay": 7,
        "tam": 8, "chin": 9, "muoi": 10, "muoi mot": 11, "muoi hai": 12,
    ]
    /// Who may come after "bữa" and a day, folded: "bữa 16 ổng tới", "bữa 3 cán bộ xuống".
    package static let peopleAfterDay: Set<String> = [
        "ong", "ba", "anh", "chi", "em", "tui", "toi", "ho", "no", "can", "co", "chu", "bac", "may", "con", "tao",
    ]
    /// Months named from now, folded: "tháng trước", "tháng này", "tháng tới", "tháng rồi".
    package static let relativeMonths: Set<String> = ["truoc", "nay", "toi", "roi"]
    /// Times of day typed without marks that are also other words (tôi, sang, đem), as typed.
    package static let unmarkedTimesOfDay: Set<String> = ["toi", "sang", "dem", "trua", "Toi", "Sang", "Dem", "Trua"]
    /// Third persons after a day, folded: "toi 17 no goi" is tối 17, not tôi.
    package static let thirdPersons: Set<String> = ["no", "ho", "han", "ong", "ba", "anh", "chi", "may"]
    /// The folded words a day alone follows, to skip its pattern on text that has none.
    package static let dateTimeWords: Keywords = ["dem", "sang", "trua", "chieu", "toi", "hom", "bua"]
}
