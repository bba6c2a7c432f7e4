import Sanitization
import Testing

/// The rules heldout-43 and heldout-45 called for outside the name families, each in sentences of its own
/// (none taken from the batches): fishing vessels' registrations, fishing licences' and vessels'
/// certificates' numbers, registration papers (cà vẹt), plates read aloud by voice-to-text, positions to
/// two decimals after their cue, a room after a house's address, a named residential group after a numbered
/// one, a message's writer in a quoted screenshot; and what stays: decisions and laws of the same shapes, counts and amounts in words, a month and
/// year opening a sentence before an office.
@Suite("Sanitizer: the twenty-third round's non-name shapes")
struct SanitizerTwentyThirdGapOtherTests {
    static let vessels: [FamilyCase] = [
        .removes("QNg-91845-TS", in: "Chủ tàu QNg-91845-TS chưa nộp nhật ký khai thác quý này."),
        .removes("BĐ-96021-TS", in: "Tàu cá BĐ-96021-TS cập cảng muộn hai ngày."),
        .removes("TTH 90388 TS", in: "ghe TTH 90388 TS cua ong ba nho bi chim o cua bien"),
        .removes("0417/2024/QNg-GPKTTS", in: "Giấy phép khai thác thủy sản số 0417/2024/QNg-GPKTTS cấp cho hộ bà Ba."),
        .removes("0522/2023/ĐKTC-BĐ", in: "Ông nộp bản sao giấy chứng nhận đăng ký tàu cá số 0522/2023/ĐKTC-BĐ."),
        .removes("0311/2025/ATKT", in: "Giấy chứng nhận an toàn kỹ thuật tàu cá số 0311/2025/ATKT đã hết hạn."),
        .removes("047731", in: "Anh ấy mất cà vẹt xe số 047731 nên chưa lấy được xe."),
        .removes("0912345", in: "cavet 0912345 bi ghi sai ten chu xe"),
        .removes(
            "năm mươi mốt ép hai ba bốn năm sáu",
            in: "biển số năm mươi mốt ép hai ba bốn năm sáu đỗ trước cổng nhà em cả tuần"),
        .removes("hai chín a một không chín tám bảy", in: "xe biển số hai chín a một không chín tám bảy vượt đèn đỏ"),
        .keeps("Quyết định số 0417/2024/QĐ-UBND về cấp giấy phép khai thác thủy sản có hiệu lực."),
        .keeps("Biển số ba mươi nghìn đồng một tấm, hai lần làm lại là sáu mươi nghìn."),
        .keeps("Chi cục cấp 45 cà vẹt xe trong tháng 9/2025."),
    ]

    static let places: [FamilyCase] = [
        .removes("15.12, 108.80", in: "Gia đình báo tàu mất liên lạc ở vị trí 15.12, 108.80 lúc 3 giờ sáng."),
        .removes("21.03, 105.85", in: "Em gửi tọa độ nhà mình 21.03, 105.85 cho đội cứu hộ."),
        .removes("12", in: "Bà thuê số 45/2 Nguyễn Văn Cừ, phòng 12, từ đầu năm."),
        .removes("khối Tân Phong", in: "Hộ ông ở tổ 7, khối Tân Phong, phường Nghi Hải bị ngập."),
        .keeps("Vị trí thứ 2 thuộc về đội bóng phường, điểm trung bình 8.50 và 7.25."),
        .keeps("Khối Dân vận tỉnh họp tại phòng 3 của trụ sở."),
    ]

    static let writers: [FamilyCase] = [
        .removes("Tuấn Xe Ôm", in: "Ảnh chụp màn hình: “Tuấn Xe Ôm: chị ơi em tới cổng rồi” lúc 7 giờ."),
        .removes("Lan Be Car", in: "Screenshot: \"Lan Be Car: anh đứng chỗ nào ạ\" gửi tối qua."),
        .keeps("Ảnh chụp: Hà Nội mùa thu năm 2024."),
        .keeps("Screenshot: \"Công an phường: mời anh lên làm việc\" gửi sáng nay."),
    ]

    static let kept: [KeptSpanCase] = [
        KeptSpanCase(span: "Tháng 9/2024", text: "Tháng 9/2024 Cảnh sát giao thông tỉnh mở đợt kiểm tra xe khách."),
        KeptSpanCase(span: "tháng 11/2025", text: "Từ tháng 11/2025 Ủy ban nhân dân xã nhận hồ sơ trực tuyến."),
        KeptSpanCase(span: "ba mươi nghìn", text: "Biển số xe làm lại mất ba mươi nghìn, ông đi hai lần mới xong."),
        KeptSpanCase(
            span: "26/2019/NĐ-CP", text: "Nghị định số 26/2019/NĐ-CP quy định về giấy phép khai thác thủy sản."),
        KeptSpanCase(span: "phường Nghi Hải", text: "Hộ ông ở tổ 7, khối Tân Phong, phường Nghi Hải bị ngập."),
    ]

    @Test(arguments: vessels) func vesselsPapersAndSpokenPlates(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: places) func positionsRoomsAndNamedGroups(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: writers) func writersOfScreenshotsQuoted(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: kept) func whatStays(_ row: KeptSpanCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
