import Sanitization
import Testing

/// The rules heldout-35 to heldout-39 called for outside the name families, each in sentences of its own
/// (none taken from the batches): a lodger's room in a row of rooms or after tạm trú, a room numbered by
/// floor and door, a market stall, coordinates with their hemispheres, an exam's candidate number, a
/// worker's code, a certificate's serial after its kind, a birth paper's number with its hospital's code,
/// a day after bữa before its month, a day over a fraction's shape, a hamlet in lower case opening a
/// note, display names after "tên zalo", an official account, a given name and a trade, a bracketed alias
/// and a trailing year; and what stays: a hotline after a comma or named before là, a group's number
/// that is a phone's, a room's area, a licence's class, an account's kind, a group's page, a law's first
/// day, a year's whole period, a day of Tết spoken of or opening a season.
@Suite("Sanitizer: the twenty-first round's non-name shapes")
struct SanitizerTwentyFirstGapOtherTests {
    static let rooms: [FamilyCase] = [
        .removes("phòng 21 dãy C", in: "Chị Loan phòng 21 dãy C bị chủ trọ khóa cửa vì chậm tiền điện."),
        .removes("phong 4", in: "thang be phong 4 day K noi chu nha doi tang gia"),
        .removes("phòng 11", in: "Công an phường kiểm tra tạm trú phòng 11 lúc nửa đêm."),
        .removes("phòng 5.12", in: "Em ở ký túc xá khu B, phòng 5.12, nước yếu suốt tuần."),
        .removes("sạp số B-15", in: "Bà Tư bán rau ở sạp số B-15 bị ban quản lý thu thêm phí."),
        .removes("21.0356N 105.8412E", in: "Giấy chứng nhận ghi vị trí 21.0356N 105.8412E sai với thực địa."),
        .removes("thon na hang tren", in: "thon na hang tren, xa minh son, chua co dien"),
    ]

    static let codes: [FamilyCase] = [
        .removes("0457", in: "Số báo danh của con tôi là 0457 mà bảng điểm ghi người khác."),
        .removes("2219", in: "SBD 2219 bị ghi vắng thi dù em có mặt."),
        .removes("31207788", in: "anh ay ma NV 31207788 bi cat thuong Tet"),
        .removes("B21DCCN456", in: "Em là sinh viên, MSSV B21DCCN456, bị trường giữ bằng."),
        .removes("VSATTP-2023-0192", in: "Chứng chỉ vệ sinh an toàn thực phẩm số VSATTP-2023-0192 bị cơ sở giữ."),
        .removes("1123/BVPS", in: "Giấy chứng sinh số 1123/BVPS ghi sai ngày sinh của cháu."),
        .removes("o98o 111 222", in: "lh chị bán đất: o98o 111 222 nha"),
        .removes("0912345678", in: "Đường dây nóng Thanh tra tỉnh vẫn không liên lạc được với 0912345678."),
    ]

    static let days: [FamilyCase] = [
        .removes("12", in: "Cháu sinh bữa 12 tháng 9 âm lịch nên giấy tờ ghi lệch."),
        .removes("7", in: "lich tiem cua be la 7/9 o tram y te xa"),
    ]

    static let accounts: [FamilyCase] = [
        .removes("Út Đồng Tháp Bán Cá", in: "tên zalo tui là Út Đồng Tháp Bán Cá nha anh"),
        .removes("Dịch Vụ Sổ Đỏ Nhanh", in: "Zalo OA \"Dịch Vụ Sổ Đỏ Nhanh\" đòi chuyển trước 3 triệu."),
        .removes("Lan Bảo Hiểm", in: "muốn làm sổ thì nhắn zalo Lan Bảo Hiểm Xã Hội nha"),
        .removes("Hùng Sẹo", in: "Facebook Trần Văn Hùng (Hùng Sẹo) đăng ảnh sổ đỏ của nhà tôi."),
        .removes("2002", in: "Zalo của em tên là H'Yến Niê 2002 ạ."),
        .removes("Vườn Rau Sạch 4.0", in: "Kênh YouTube Vườn Rau Sạch 4.0 đăng clip nhà tôi."),
    ]

    static let kept: [KeptSpanCase] = [
        KeptSpanCase(
            span: "0222.3811.456",
            text: "Người dân gọi đường dây nóng của Thanh tra tỉnh Bắc Ninh, số điện thoại 0222.3811.456."),
        KeptSpanCase(
            span: "0251.3822.777",
            text: "Số hotline của Trung tâm Phục vụ hành chính công tỉnh Đồng Nai là 0251.3822.777."),
        KeptSpanCase(span: "xóm", text: "Tôi đã gọi trưởng xóm số 0987123456 nhưng không ai nghe."),
        KeptSpanCase(span: "25m2", text: "Cho thuê phòng trọ 25m2 gần chợ, có gác lửng."),
        KeptSpanCase(span: "B2", text: "Tôi mất ví có bằng lái B2 ở bến xe."),
        KeptSpanCase(span: "clone", text: "Cái nick đó là acc clone, đừng tin."),
        KeptSpanCase(span: "Tiểu thương", text: "Nhóm fb Tiểu thương Chợ Lớn có người rao bán sạp."),
        KeptSpanCase(span: "1/1/2026", text: "Từ 1/1/2026 mức phí mới được áp dụng trên cả nước."),
        KeptSpanCase(
            span: "31/12/2023", text: "Thời kỳ kiểm tra từ ngày 01/01/2021 đến ngày 31/12/2023 theo kế hoạch."),
        KeptSpanCase(span: "01/01/2021", text: "Giai đoạn từ 01/01/2021 đến 31/12/2023, xã cấp 300 sổ."),
        KeptSpanCase(span: "31/12/2020", text: "Kỳ báo cáo 01/01/2018 - 31/12/2020 đã được công khai."),
        KeptSpanCase(span: "15/QĐ-UBND", text: "Theo chứng chỉ quy hoạch số 15/QĐ-UBND thì khu đất là đất ở."),
        KeptSpanCase(span: "(", text: "Facebook Lê Thị Hạnh (Hạnh Mắm) rao bán đất nền."),
        KeptSpanCase(span: "mung 4", text: "mung 4 Tet la cho hop lai, ai can mua gi thi di som"),
        KeptSpanCase(span: "Mùng 5", text: "Từ Mùng 5 Tết đến hết tháng Giêng, trạm y tế trực đủ người."),
        KeptSpanCase(span: "phòng 4", text: "Alo, cán bộ phòng 4 đây ạ, anh cần hỏi gì?"),
        KeptSpanCase(span: "Phòng 3", text: "Phòng 3 dãy A là phòng họp của trường."),
        KeptSpanCase(span: "tầng 3", text: "Nhà ăn ở căng tin tầng 3 đóng cửa sớm."),
    ]

    @Test(arguments: rooms) func roomsStallsHamletsAndPlaces(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: codes) func candidatesWorkersCertificatesPapersAndPhones(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: days) func daysAfterBuaAndOverFractions(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: accounts) func displayNamesAliasesAndAccounts(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: kept) func whatStays(_ row: KeptSpanCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
