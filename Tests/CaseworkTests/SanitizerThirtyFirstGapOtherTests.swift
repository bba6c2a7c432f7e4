import Sanitization
import Testing

/// The thirty-first round's data other than names, in sentences of its own (none taken from heldout-75, 76,
/// 77, 79 or 80): what a prison, a ward, a resettlement board and a lender hold of one person goes (a
/// prisoner's number, a cell and its zone, a paper issued to one prisoner, a judgment said to be a relative's, a
/// patient's record, a loan book, a resettlement plot), while a camp's name and the papers of a court stay.
@Suite("Sanitizer: the thirty-first round's prisoners, cells, patients' records, loan books and plots")
struct SanitizerThirtyFirstGapOtherTests {
    static let prisons: [FamilyCase] = [
        .removes("5521", in: "Tù nhân số 5521 được gia đình gửi tiền qua căng tin mỗi tháng."),
        .removes("78/GRT", in: "Anh ấy cầm giấy ra trại số 78/GRT về trình báo công an xã."),
        .removes("LK-1177", in: "Gia đình xin sao kê sổ lưu ký số LK-1177 nhưng bị từ chối."),
        .removes("91/2025/HS-PT", in: "Bản án số 91/2025/HS-PT của chồng tôi đã có hiệu lực từ lâu."),
        .removes("18/QĐ-CSĐT", in: "Lệnh tạm giam số 18/QĐ-CSĐT đối với con trai tôi hết hạn mà chưa thả."),
        .removes("C3", in: "Chồng tôi bị chuyển sang phân khu C3 sau khi khiếu nại."),
        .removes("4", in: "Hồi đó tôi ở phòng giam số 4 cùng mười người."),
        .removes("3", in: "Anh ấy cải tạo ở phân trại số 3 gần hai năm."),
        .removes("A1", in: "Phạm nhân ở buồng giam số 9 khu A1 phải nộp tiền nước."),
        .keeps("Bản án số 14/2024/HS-ST của Tòa án nhân dân khu vực 2 đã có hiệu lực."),
        .keeps("Viện kiểm sát đã phê chuẩn quyết định khởi tố bị can số 33/QĐ-VKS ngày 2/5/2025."),
        .keeps("Đoàn kiểm sát làm việc tại Trại giam Tống Lê Chân và Trại giam Bình Điền trong tháng 6/2025."),
        .keeps("Trại tạm giam số 2 Công an tỉnh Nghệ An đã niêm yết bảng giá căng tin."),
        .keeps("Ngày 30-4 trại nghỉ lễ, không tổ chức thăm gặp."),
    ]

    static let wardsAndLoans: [FamilyCase] = [
        .removes("31820457", in: "mã bệnh nhân của bố em là 31820457, nhờ chị xem giúp viện phí."),
        .removes("00452198", in: "ma bn cua ba noi la 00452198 ma ko tra duoc ket qua"),
        .removes("00007731", in: "Số hóa đơn 00007731 của bệnh nhân ghi thiếu tiền thuốc."),
        .removes("412", in: "Hai ông cụ (cùng phòng 412) đều bị đòi tiền thay ga giường."),
        .removes("5102-0098713", in: "Sổ vay vốn số 5102-0098713 của mẹ tôi vẫn ghi còn nợ."),
        .removes("D4-08", in: "Lô tái định cư số D4-08 bị cấp cho người ngoài bản."),
        .removes("B11", in: "Nhà tôi ở lô đất tái định cư B11, chưa có điện."),
        .removes("khu tái định cư Nà Nhạn", in: "Bà ấy chuyển về khu tái định cư Nà Nhạn từ năm ngoái."),
        .removes("quanghuy.le.88", in: "Tin nhắn từ tài khoản Lê Quang Huy (quanghuy.le.88) đòi tiền lo hồ sơ."),
        .keeps("Hóa đơn điện tử của bệnh viện được gửi qua thư điện tử sau 24 giờ."),
        .keeps("Xã đã hứa giao 1 lô tái định cư cho mỗi hộ bị thu hồi đất."),
        .keeps("Dự án khu tái định cư số 2 đã hoàn thành 80% khối lượng."),
    ]

    /// A prisoner's number, a paper issued to one prisoner, a judgment or an order said to be a relative's, and a
    /// cell or a zone go; a court's judgment, a camp's name and a national day stay.
    @Test(arguments: prisons) func whatAPrisonHoldsOfOnePerson(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A patient's record, an invoice of a patient, a shared room, a loan book, a resettlement plot and area, and
    /// an account's handle in brackets go; a hospital's invoices, a plot counted and a project stay.
    @Test(arguments: wardsAndLoans) func whatAWardOrALenderHoldsOfOnePerson(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let grades: [FamilyCase] = [
        .keeps("Ông ấy là thương binh hạng 2/4 nhưng chưa được nhận quà Tết."),
        .keeps("Danh sách có 12 người là TB 4/4, xã chỉ chi cho 9 người."),
        .keeps("Chú tôi, bệnh binh 1/3, bị đòi 2 triệu tiền làm hồ sơ."),
        .removes("3", in: "Tôi lên xã ngày 3/4 thì cán bộ hẹn tuần sau."),
    ]

    /// A war invalid's or a sick soldier's grade stays (it is shared by thousands); a day before a month does not.
    @Test(arguments: grades) func aGradeOfInvalidityStays(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
