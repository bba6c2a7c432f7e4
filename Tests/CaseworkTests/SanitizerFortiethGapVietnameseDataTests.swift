import Sanitization
import Testing

/// The rules the data among heldout-145's, 147's, 148's, 149's, 151's and 152's misses called for, each in
/// sentences of its own (none taken from the batches): a day after đến, tới or vào, a block's or a group's
/// households, a serial after TL or HL, a container's check digit, a health certificate's number; and the keeps
/// an office's desk, posted or duty landline, a road's number and a national day's span.
@Suite("Sanitizer: the fortieth round's days, dwellings, serials and offices' landlines")
struct SanitizerFortiethGapVietnameseDataTests {
    static let daysAndDwellings: [FamilyCase] = [
        .removes("18", in: "Chủ thầu hứa trả lương nhưng đến 18 tháng 9 vẫn chưa trả."),
        .removes("5", in: "Tổ thu gom rác hẹn tới 5 tháng 8 mới đến lấy tiền."),
        .removes("14", in: "Cán bộ địa chính hẹn vào 14 tháng 6 đo lại đất nhà tôi."),
        .removes("Khối 5", in: "Khối 5 có 120 hộ nhưng chỉ 40 hộ được nhận gạo."),
        .removes("Tổ 7", in: "Tổ 7 có 63 hộ, ai cũng bị thu tiền rác hai lần."),
        .removes("tầng 8 tòa A", in: "Kết luận: hộ gia đình tại tầng 8 tòa A bị lập biên bản sai."),
        .keeps("Phòng tiếp dân được chuyển lên tầng 2 trụ sở cơ quan."),
        .keeps("Công ty cho nghỉ từ 30 tháng 4 đến 1 tháng 5."),
        .keeps("Thời gian thử việc từ 2 đến 3 tháng."),
        .keeps("Tổ 3 có 5 người đi kiểm tra thực địa."),
        .keeps("Khối 12 có 300 học sinh dự thi."),
    ]

    static let serials: [FamilyCase] = [
        .removes("TL0038841", in: "Biên lai thu phí chợ số TL0038841 ghi 50 nghìn nhưng bắt nộp 80 nghìn."),
        .removes("HL5520931", in: "Kẹp chì số HL5520931 trên xe bị cắt mất."),
        .removes("MSKU 771204-6", in: "Container MSKU 771204-6 bị giữ ở bãi ba ngày."),
        .removes("KSK-2231/BV", in: "Giấy khám sức khỏe số KSK-2231/BV của anh ấy do phòng khám tư cấp."),
        .keeps("Xe tải chạy trên TL 743 rồi rẽ vào HL 12."),
        .keeps("Phòng khám thu 300 nghìn một giấy khám sức khỏe."),
        .keeps("Nhà thầu nộp hồ sơ gói thầu số IB2400987654 qua mạng đấu thầu."),
        .keeps("Kế hoạch có mã KHLCNT PL2500045678 đã đăng công khai."),
        .removes("AB1234567", in: "Biên lai số AB1234567 của gói thầu xây trường."),
    ]

    static let officesLandlines: [FamilyCase] = [
        .keeps("Người dân có thể gọi số máy bàn công bố 0225 3841 772 để phản ánh."),
        .keeps("Số máy bàn của Phòng Hành chính – Nhân sự bệnh viện là 0251 3822 119."),
        .keeps("Các số liên hệ: 0292 3830 456 (văn phòng Sở, số công khai)."),
        .keeps("Muốn phản ánh thì gọi văn phòng UBND phường Tân Mai, số trực 0251 3811 002."),
        .removes("0236 3822 456", in: "Số máy bàn của phòng chị Hoa là 0236 3822 456."),
        .removes("0243 8256 789", in: "Nhà tôi dùng số 0243 8256 789 (nhà riêng, số cũ)."),
        .removes("0214 3880 777", in: "Gọi văn phòng UBND xã gặp anh Tuấn, số trực 0214 3880 777 là số riêng."),
    ]

    /// A day and its month after đến, tới or vào goes, and a block or a group said to have so many households;
    /// a national day's span, a count of months, a team's members, a school's grade and an office's floor stay.
    @Test(arguments: daysAndDwellings) func aDayOrADwelling(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A receipt's or a seal's serial after TL or HL, a container's number with its check digit and a health
    /// certificate's number go; a provincial or a district road, a price and a tender's published code stay.
    @Test(arguments: serials) func aSerial(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A landline posted, a department's desk named before là, one in brackets said to be posted, and an office's
    /// duty number after its name and a comma stay; a person's desk, a home's line and a person's number go.
    @Test(arguments: officesLandlines) func anOfficesLandline(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
