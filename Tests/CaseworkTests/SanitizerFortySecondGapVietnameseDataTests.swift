import Sanitization
import Testing

/// The rules the data among heldout-185's, 187's, 188's, 189's, 191's and 192's misses called for, each in
/// sentences of its own (none taken from the batches): the days of a list or a story written like fractions, a
/// national day said to be a day off or a holiday, a lettered code after số and a hospital's or an employer's
/// paper, a display name's emoji; and the keeps a fraction, a ratio, round the clock, an office's numbering and a
/// market board's duty number.
@Suite("Sanitizer: the forty-second round's story days, holidays and lettered papers")
struct SanitizerFortySecondGapVietnameseDataTests {
    static let storyDays: [FamilyCase] = [
        .removes("2/3", in: "Nhật ký trực: 27/2 – ba chuyến; 2/3 – sáu chuyến; 4/3 – hai chuyến."),
        .removes("1/4", in: "Sổ giao hàng ghi 30/3 giao một lần, 1/4 giao hai lần."),
        .removes("9/11", in: "Lịch họp: 9/11 họp tổ 1, 12/11 họp tổ 2."),
        .removes("24/7", in: "Đoàn kiểm tra ở lại từ 21/7 đến 24/7 rồi mới về huyện."),
        .removes("14/5", in: "Sao kê chuyển khoản: 14/5 chuyển 3 triệu, 29/5 chuyển thêm 2 triệu."),
        .keeps("Dịp lễ 2/9, khoảng 1/3 công nhân về quê."),
        .keeps("Tỷ lệ 2/3 hộ đồng ý phương án."),
        .keeps("Cửa hàng mở 24/7, cả dịp lễ 30/4."),
        .keeps("Phiếu ghi 1/2 suất ăn cho mỗi cháu."),
        .keeps("Lịch trực: 24/7, không nghỉ ngày nào."),
    ]

    static let holidays: [FamilyCase] = [
        .keeps("Hôm 2-9 năm đó được nghỉ nên cả nhà về quê."),
        .keeps("Tối 30/4, ngày lễ, cán bộ vẫn gọi dân lên xã."),
        .removes("3/9", in: "Hôm 2-9 năm đó được nghỉ, đến 3/9 thì cán bộ tới nhà."),
        .removes("29/4", in: "Sáng 29/4 cán bộ hẹn ra quán nước."),
        .keeps("Sau 30/4 - 1/5 cơ quan mới làm việc lại."),
    ]

    static let letteredPapers: [FamilyCase] = [
        .removes("HĐ 118/2024", in: "Hợp đồng thuê sạp số HĐ 118/2024 ghi tên người khác."),
        .removes("TN-KD 00871", in: "Giấy phép đăng ký kinh doanh số TN-KD 00871 bị giữ lại."),
        .removes("BH/XM-20417", in: "Hợp đồng bảo hiểm xe máy của ông ấy số BH/XM-20417 bị từ chối chi trả."),
        .removes("HS-112/2023", in: "Con tôi có số hồ sơ HS-112/2023 tại trung tâm."),
        .removes("QT/24/0081234", in: "Giấy chứng nhận quyền sở hữu số QT/24/0081234 đứng tên bà ngoại."),
        .removes("31007725", in: "Phiếu xét nghiệm mã vạch 31007725 bị dán nhầm sang người khác."),
        .removes("NV-2231", in: "Thẻ nhân viên NV-2231 của anh ấy được dùng để ký nhận hộ."),
        .removes("CV 4410", in: "Giấy chuyển viện CV 4410 chỉ được trả khi nộp đủ tiền."),
        .removes("KB24.117.0032", in: "Lượt khám KB24.117.0032 bị tính thêm hai lần siêu âm."),
        .keeps("Theo Quyết định số 318/QĐ-UBND của tỉnh, dự án được phê duyệt."),
        .keeps("Gói thầu số IB2400987654 được đăng công khai."),
        .keeps("Mỗi lượt khám 150 nghìn đồng, không có hóa đơn."),
        .keeps("Tra cứu số CCCD trên cổng dịch vụ công mất 5 phút."),
        .keeps("Hồ sơ lập theo Mẫu số TK01 ban hành kèm Thông tư của Bộ."),
        .keeps("Đơn viết theo mẫu số CT07, nộp ở bộ phận một cửa."),
    ]

    static let officesAndAccounts: [FamilyCase] = [
        .keeps("Ban quản lý chợ có số trực 0225 3842 117, ai cũng gọi được."),
        .removes("Mây Chiều Thu 🍂", in: "Nick Zalo Mây Chiều Thu 🍂 hay nhắn đòi tiền."),
        .keeps("Cháu đang cai ở Cơ sở cai nghiện ma túy số 2 Hải Phòng."),
        .keeps("Bố cháu bị đưa vào Trại tạm giam số 3 Nghệ An."),
        .removes("số 12", in: "Cháu khám ở Trung tâm y tế rồi về nhà số 12 Lê Lợi."),
    ]

    /// A day written like a fraction, round the clock's 24/7 or a number after a colon goes when the text holds a
    /// day of its shape and its month or the next; a share beside a holiday, a ratio and round the clock stay.
    @Test(arguments: storyDays) func aDayOfAListOrAStory(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A national day said to be a day off, or a holiday in apposition, stays; the next day and a day before the
    /// holiday go.
    @Test(arguments: holidays) func aHolidayOrADay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A lettered code after số, a barcode, an employee's card, a transfer paper's and a visit's code go; a
    /// decision's number, a tender's code, a price, and a card's public name stay.
    @Test(arguments: letteredPapers) func aLetteredPaper(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A market board's duty number and a facility's number before its city stay; a display name goes with the
    /// emoji typed after it, and a house on its street after a facility and a verb.
    @Test(arguments: officesAndAccounts) func anOfficeOrAnAccount(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
