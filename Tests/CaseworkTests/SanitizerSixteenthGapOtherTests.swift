import Sanitization
import Testing

/// The rules heldout-20's and heldout-21's misses and false positives outside names called for, each in
/// sentences of its own (none taken from the batches): accounts, offices' numbers, identifiers,
/// residences and days.
@Suite("Sanitizer: the sixteenth round's accounts, phones, identifiers, residences and days")
struct SanitizerSixteenthGapOtherTests {
    static let accounts: [FamilyCase] = [
        .removes("Mai Lan H'Mông", in: "Trang Facebook Mai Lan H'Mông bán giấy xác nhận giả."),
        .removes("Minh Kiệt Đỗ", in: "Nick fb Minh Kiệt Đỗ đã nhắn tin đòi tiền."),
        .removes("100081234567890", in: "The Facebook profile id 100081234567890 posted the photos."),
        .keeps("The Facebook profile of the ward office was updated last week."),
        .removes("kiệt Trần Cao Vân", in: "Nhà tôi ở kiệt Trần Cao Vân, phường Thanh Khê."),
    ]

    /// A display name goes on across an H' ("H'Mông"), and a lane's word that is a given name inside a
    /// title-case run is the name's; "profile" or "account" after a platform is no handle.
    @Test(arguments: accounts) func anAccount(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let numbers: [FamilyCase] = [
        .keeps("Còn số 0236 382 1111 là của phòng tiếp công dân, gọi mãi không ai nghe."),
        .keeps("Gọi đường dây nóng của Thanh tra tỉnh Quảng Nam 0235 381 0000 thì máy bận."),
        .removes("0905 112 233", in: "Số 0905 112 233 là của chị Hoa, hàng xóm nhà tôi."),
        .removes("480 215 736 901", in: "Giấy phép lái xe số 480 215 736 901 của tôi bị tạm giữ."),
        .removes("215", in: "Bằng lái số 215 bị ghi sai."),
    ]

    /// A number said to be an office's after "là của", or after "đường dây nóng của" an office and its
    /// place, stays; a licence number written in groups of three goes whole.
    @Test(arguments: numbers) func anOfficesNumberOrAGroupedLicence(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let residences: [FamilyCase] = [
        .removes("P.1207", in: "Tiếng khoan phát ra từ căn hộ P.1207 suốt đêm."),
        .removes("Lò Văn Pọm", in: "Theo đơn, trưởng bản Lò Văn Pọm đã thu tiền của dân."),
        .removes("bản Nậm Cang", in: "Cháu gái trưởng bản Nậm Cang gọi điện cho tôi."),
    ]

    /// A flat's code written P.804 after căn hộ goes whole; a village's head before a family name is a
    /// person, before another word the village.
    @Test(arguments: residences) func aFlatOrAVillagesHead(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let days: [FamilyCase] = [
        .keeps("Ngày 20/10 Ngày Phụ nữ Việt Nam, hội phụ nữ xã tổ chức giao lưu."),
        .keeps("Cúng Táo quân về trời ngày 23 tháng Chạp, chợ đông hơn mọi năm."),
        .keeps("Tết trung thu ngày 15 tháng 8, trường tổ chức phá cỗ cho học sinh."),
        .removes("15", in: "Hôm 15 tháng 8 cán bộ địa chính đến đo đất nhà tôi."),
        .removes("22", in: "Bài đăng lúc 22 thg 9 lúc 20:15 đã bị xoá."),
        .removes("12", in: "Tôi nằm viện từ hôm 9, đến 12 mới được về."),
        .keeps("Hôm nay làm từ 5 đến 10 giờ mới xong."),
        .removes("21", in: "Thứ Hai tôi nộp hồ sơ, thứ Năm 21 cán bộ mới gọi lại."),
        .keeps("Thứ Sáu 3 người được nhận trợ cấp."),
        .keeps("Lần thứ hai 5 hộ được hỗ trợ."),
    ]

    /// A national day with its holiday's name after it and a lunar festival's day beside its name stay;
    /// a day before "thg", a stay's last day after "đến", and a bare day after a weekday's name in title
    /// case go; hours and counts stay.
    @Test(arguments: days) func aDayOrAFestival(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
