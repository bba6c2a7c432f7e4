import Sanitization
import Testing

/// The rules the data among heldout-81's, 83's, 84's, 85's, 87's and 88's misses called for, each in sentences of
/// its own (none taken from the batches): the papers a household holds, a residential group said to have so
/// many households, a display name quoted after whose account it is, a weekday's 24/7 and a promised return's
/// day; and the keeps a flood's floor, a platform before a profile's name and a festival's full moon.
@Suite("Sanitizer: the thirty-third round's household papers, groups, accounts and days")
struct SanitizerThirtyThirdGapVietnameseDataTests {
    static let householdPapers: [FamilyCase] = [
        .removes("31/HĐCN-0215", in: "Hợp đồng cấp nước số 31/HĐCN-0215 ký với hộ tôi không có khoản phí lắp đặt."),
        .removes("0412/2023/HĐMB-TM", in: "Hợp đồng mua bán căn hộ số 0412/2023/HĐMB-TM của tôi bị đòi ký lại."),
        .removes("PC-0231/2024", in: "Phiếu chi số PC-0231/2024 ghi tôi đã nhận đủ tiền hỗ trợ."),
        .removes("19034521", in: "Công tơ điện số 19034521 nhà tôi bị thay mà không báo trước."),
        .removes("0318", in: "Sổ lĩnh tiền số 0318 của mẹ tôi bị giữ lại ở xã."),
        .removes("BT-03", in: "Lô đất đấu giá ký hiệu BT-03 được sang tay ngay trong tuần."),
        .keeps("Theo hợp đồng số 12/2024/HĐ-UBND, nhà thầu phải làm xong đường trong năm nay."),
        .keeps("Xã có 2 công tơ tổng cho cả khu dân cư."),
    ]

    static let groupsAndAccounts: [FamilyCase] = [
        .removes("Tổ dân phố số 5", in: "Tổ dân phố số 5 có 27 hộ chưa được nhận tiền hỗ trợ."),
        .removes("Thôn Tân Lập 2", in: "Thôn Tân Lập 2 có 18 hộ bị thu tiền làm đường."),
        .removes("Hương Điện Máy 247", in: "Zalo của người nhận tiền là 'Hương Điện Máy 247', ai cần thì nhắn."),
        .removes("ngoc.lan92 chấm gmail chấm com", in: "Gửi ảnh vào ngoc.lan92 chấm gmail chấm com để được hướng dẫn."),
        .removes("H'Lan Tạp Hóa Buôn Ma Thuột", in: "Zalo của em: H'Lan Tạp Hóa Buôn Ma Thuột, ai cần thì nhắn."),
        .removes("to 7", in: "Nguyen Van Hai, 1952, to 7, luong huu 3.900.000"),
        .removes("ap 5", in: "Le Thi Mai, ap 5, xa Tan Phu, chua nhan tien"),
        .keeps("Chia thanh 3 nhom: ban 1, ban 2, ban 3 cung hop."),
        .keeps("Tổ 3 có 5 người phụ trách kiểm đếm."),
        .keeps("Khu ký túc xá công nhân bị ngập tầng 1 suốt hai ngày."),
    ]

    static let days: [FamilyCase] = [
        .removes("24/7", in: "Thứ Sáu 24/7 cán bộ hẹn tôi lên làm việc."),
        .removes("18.10", in: "Giấy hẹn ghi trả 18.10 mà đến nay chưa có kết quả."),
        .removes("rằm", in: "Tối rằm tháng 7 cán bộ xã đến nhà tôi."),
        .keeps("Tổng đài hoạt động 24/7 cả ngày lễ."),
        .keeps("Tháng này tôi trả 12.5 triệu tiền vay."),
        .keeps("Đêm rằm tháng 8 dịp Tết Trung thu, nhà văn hóa phát quà cho các cháu."),
    ]

    /// A contract's number said to be signed with a household or to be the writer's, a payment voucher's, a
    /// meter's, a pension book's and an auction lot's; a contract cited alone and a meter counted stay.
    @Test(arguments: householdPapers) func aHouseholdsPaper(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A residential group said to have so many households goes, its name's number too, and so does a group typed
    /// without marks as a list row's field; a team counted and tables listed stay. A display name quoted after
    /// whose account it is, a highland display name with its town and an address whose @ is said as a dot go;
    /// a flood's floor stays.
    @Test(arguments: groupsAndAccounts) func aGroupOrAnAccount(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// 24/7 after a weekday and a promised return's day go; round the clock, a sum paid and a festival's full
    /// moon stay.
    @Test(arguments: days) func aWeekdaysOrAPromisedDay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// The platform before a profile's display name stays: only the name goes.
    @Test func thePlatformBeforeAProfilesName() {
        let result = Sanitizer().sanitize(
            "Bài viết của tài khoản Facebook Trần Minh Quân (facebook.com/quan.tran.8812) đã bị xóa.")
        #expect(result.text.contains("tài khoản Facebook"))
        #expect(!result.text.contains("Quân"))
    }
}
