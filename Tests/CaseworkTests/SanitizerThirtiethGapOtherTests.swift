import Sanitization
import Testing

/// The thirtieth round's data other than names, in sentences of its own (none taken from heldout-69, 70 or
/// 72): an organisation's landline named by its cue or its owner stays while a person's number goes, and a
/// class's code after lớp stays while a student's ID goes.
@Suite("Sanitizer: the thirtieth round's organisations' landlines and class codes")
struct SanitizerThirtiethGapOtherTests {
    static let landlines: [FamilyCase] = [
        .keeps("Tổng đài Cục Thuế tỉnh Bình Dương 0274 3822 110 trả lời người nộp thuế trong giờ hành chính."),
        .keeps("Mọi thắc mắc xin gọi đường dây nóng của Phòng Tổ chức - Hành chính: 0236 3821 745."),
        .keeps("Hotline Trung tâm Dịch vụ việc làm 028 3930 2251 hoạt động cả thứ Bảy."),
        .keeps("Người lao động đã gọi số 0251 3836 222 của Công ty CP May Đồng Tiến nhưng không ai nghe."),
        .keeps("Số 024 3826 4888 của Đại sứ quán được in trên thư mời."),
        .removes(
            "0912 334 556",
            in: "Tổng đài Bảo hiểm xã hội huyện 0254 3851 020 không nghe, chị Mai gọi số 0912 334 556 của anh Tùng."),
        .removes("0236 3654 789", in: "Đường dây nóng của xã hỏng nên dân gọi số nhà anh Lực 0236 3654 789."),
        .removes("0274 3811 902", in: "Tôi để lại số 0274 3811 902 của chị Hạnh ở phòng bảo vệ."),
        .removes("0963 112 085", in: "Anh Hòa gọi số 0963 112 085 của Công ty để hỏi lương."),
    ]

    static let classCodes: [FamilyCase] = [
        .keeps("Lớp CD24DL03 có 38 sinh viên nội trú ở khu C."),
        .keeps("Cô chủ nhiệm lớp DH21QT02 đã nộp danh sách miễn học phí cho khoa."),
        .keeps("Sinh viên lớp: DH20TP1 phản ánh bị thu tiền tạm trú."),
        .removes("2251120347", in: "Em học lớp DH22CN01, mã số sinh viên 2251120347, bị thu 50.000 đồng."),
        .removes("KH7349182X", in: "Xe tải có số khung KH7349182X bị bỏ lại trước cổng trường."),
    ]

    static let codesAndRooms: [FamilyCase] = [
        .removes("H2-045", in: "Nhà tang lễ xếp cho gia đình phần mộ số H2-045 ở khu mới."),
        .removes("312", in: "Ông ấy được chôn ở lô mộ số 312 gần cổng phụ."),
        .removes("TA-C1 208811", in: "Anh ấy nộp bằng tin học, chứng chỉ tin học số TA-C1 208811, cho phòng tổ chức."),
        .removes("B2-07", in: "Chị ấy thuê phòng B2-07 ở khu nhà trọ sau chợ."),
        .keeps("Nghĩa trang có 2 ngôi mộ cổ được xếp hạng di tích năm 2020."),
        .keeps("Nghĩa trang liệt sĩ của huyện có 312 ngôi mộ, phần mộ nào cũng có bia."),
    ]

    /// A grave's plot number, a certificate's lettered code with its digits, and a block's floor and door go;
    /// graves counted stay.
    @Test(arguments: codesAndRooms) func aGravePlotACertificateAndADoor(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// An organisation's landline named by a switchboard's or a hotline's cue, or owned by a company or an
    /// office after it, stays; a mobile, or a landline said to be a person's, goes.
    @Test(arguments: landlines) func anOrganisationsLandline(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A class's code after lớp stays; a student's ID and a frame number go.
    @Test(arguments: classCodes) func aClassCodeAfterLop(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
