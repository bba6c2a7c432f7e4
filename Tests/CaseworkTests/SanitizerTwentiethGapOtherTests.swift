import Sanitization
import Testing

/// The rules heldout-31 to heldout-34 called for outside the name families, each in sentences of its own
/// (none taken from the batches): a patient's bed and room, a room in a rooming house, a hamlet after a
/// person's name or typed in lower case, a group listed after another, parcels with words before số, a
/// land register's and a receipt's serials, a welfare book's code, a day in May, a day listed before a
/// full date, display names before a profile link or after a platform's "với tên", a lower-case mention;
/// and what stays: a projection's meridian, a bank's name before an account, an office's hotline after a
/// comma, a village-named district, a gift's holiday, a day of Tết in an office's schedule or opening a
/// story typed in lower case.
@Suite("Sanitizer: the twentieth round's non-name shapes")
struct SanitizerTwentiethGapOtherTests {
    static let patientsBeds: [FamilyCase] = [
        .removes("9", in: "Mẹ tôi nằm giường 9 khoa Tim mạch, đêm nào cũng phải đưa tiền cho hộ lý."),
        .removes("114", in: "Cháu nằm giường số 114 mà điều dưỡng không thay băng cho cháu."),
        .removes("22", in: "bo em nam giuong 22 benh vien tinh, y ta doi tien moi tiem"),
        .removes("3", in: "My mother was moved to bed 3 after the nurse was paid."),
        .keeps("Khoa Nhi có 40 giường bệnh và 12 điều dưỡng."),
        .keeps("Bệnh viện mua thêm giường 2 tầng cho người nhà bệnh nhân."),
        .keeps("Mỗi giường 2 bệnh nhân nằm ghép trong mùa dịch."),
    ]

    static let patientsRooms: [FamilyCase] = [
        .removes("phòng 512", in: "Bố tôi nằm phòng 512 giường 3, hộ lý đòi 200.000 đồng."),
        .removes("buồng 6", in: "Anh ấy nằm buồng 6 giường 2 khoa Truyền nhiễm."),
        .removes("phòng 108", in: "Chị được chuyển sang phòng 108 khoa Hồi sức sau ca mổ."),
        .removes("phòng 27", in: "Cháu nằm phòng 27 Bệnh viện huyện, không ai đến khám."),
        .removes("room 318", in: "He stayed in room 318 of the Surgery Department for a week."),
        .removes("Phòng 12", in: "Phòng 12 khu trọ công nhân bị chủ trọ cắt điện."),
        .removes("phòng 415", in: "Bệnh nhân phòng 415 phải tự mua thuốc ngoài."),
        .removes("Room 203", in: "My aunt was taken to Room 203 at the district hospital."),
        .keeps("Người dân nộp hồ sơ tại phòng 3 của UBND xã."),
        .keeps("Phòng 2 tiếp công dân làm việc cả buổi sáng thứ Bảy."),
    ]

    static let hamlets: [FamilyCase] = [
        .removes("thon bai", in: "toi la tran van hieu thon bai, xa tam duong, xin hoi ve dat"),
        .removes("xóm cầu đá", in: "bà đỗ thị nga xóm cầu đá hỏi về tiền hỗ trợ lũ"),
        .removes("thon kon hring", in: "a o thon kon hring xin can bo xem lai"),
        .removes("plei ia tang", in: "nguyen thi lan, plei ia tang, chua duoc nhan gao"),
        .removes("to 7", in: "toi la tran van hieu to 7, xin hoi ve tien dat"),
        .removes("khối 5", in: "Nhà văn hóa ở tổ 2, khối 5, ngay sau chợ bị lấn chiếm."),
        .keeps("Bà con trong thôn đã họp và thống nhất phương án."),
    ]

    static let parcelsAndPapers: [FamilyCase] = [
        .removes("23", in: "Hộ ông được giao thửa đất nông nghiệp số 23 ở cánh đồng."),
        .removes("884", in: "Hai thửa được nhập thành thửa mới số 884."),
        .removes("00981 QSDĐ/2003", in: "Giấy chứng nhận có số vào sổ 00981 QSDĐ/2003 đã bị thu hồi."),
        .removes("BB/23E 0001456", in: "Phiếu thu tiền sử dụng đất ký hiệu BB/23E 0001456 ghi sai tên."),
        .removes("0715/BTXH", in: "Sổ lĩnh trợ cấp số 0715/BTXH của mẹ tôi bị giữ lại."),
        .removes("KT-0318", in: "Chứng chỉ hành nghề kiến trúc sư số KT-0318 mà ông đưa ra là giả."),
        .removes("14C", in: "My cousin lives at 14C Nguyễn Du, near the market."),
        .removes("24/15873", in: "Hồ sơ bệnh án số 24/15873 của bố tôi bị ghi sai chẩn đoán."),
        .removes("25031147", in: "Số vào viện 25031147 in trên vòng tay của cháu."),
        .keeps("Số bệnh nhân 120 người mỗi ngày vượt quá công suất."),
        .removes("0004512", in: "Biên lai thu tiền số 0004512 mang tên mẹ tôi bị xã giữ."),
        .keeps("Thửa đất của hợp tác xã có diện tích 500 m2."),
        .keeps("Biên lai ghi số tiền 2.500.000 đồng."),
        .keeps("Tờ khai số 5 của Chi cục Thuế đã được sửa."),
    ]

    static let datesAndAccounts: [FamilyCase] = [
        .removes("18", in: "On 18 May the officer came back to our house."),
        .removes("12", in: "Đoàn làm việc với người tố cáo các ngày 9 và 12/6 năm 2025."),
        .removes("4", in: "Cán bộ thu tiền vào các ngày 3, 4 và 5/7."),
        .removes("8", in: "Cán bộ xã đến nhà tôi ngày 8 và 9 tháng 10."),
        .removes("14/4", in: "Vào thứ Hai 14/4 tổ công tác đến nhà tôi."),
        .removes("21", in: "We met the officer on 21 May."),
        .removes("0912345678", in: "Tài khoản VCB 0912345678 là của ông trưởng thôn."),
        .removes("Minh Anh Trần", in: "A parent posting as Minh Anh Trần (facebook.com/minhanh.tran.88) wrote it."),
        .removes("Tuấn Xe Cẩu", in: "Ông ấy bán hàng trên Facebook với tên “Tuấn Xe Cẩu Bắc Ninh”."),
        .removes("@le thi hoa", in: "@le thi hoa oi chi co biet so cua can bo dia chinh khong"),
        .keeps("You may call the ward office before noon."),
        .removes("0905 112 233", in: "UBND xã gọi ông Tâm, số điện thoại 0905 112 233, lên làm việc."),
    ]

    static let kept: [KeptSpanCase] = [
        KeptSpanCase(span: "104°30'", text: "Bản đồ dùng hệ VN-2000, kinh tuyến trục 104°30', múi chiếu 3°."),
        KeptSpanCase(span: "VCB", text: "Tài khoản VCB 0912345678 là của ông trưởng thôn."),
        KeptSpanCase(
            span: "0258 3821 555", text: "Đường dây nóng của Sở Y tế tỉnh Khánh Hòa, số 0258 3821 555, luôn bận."),
        KeptSpanCase(span: "Buôn Đôn", text: "Ông Y Khoa làm ở Trung tâm Y tế khu vực Buôn Đôn."),
        KeptSpanCase(span: "20/11", text: "Phụ huynh phải góp tiền quà 20/11 cho cô Lan."),
        KeptSpanCase(span: "8/3", text: "Cô Hạnh thu 200.000 đồng mua quà 8/3 cho cô giáo."),
        KeptSpanCase(span: "Mùng 4 Tết", text: "Xã tiếp nhận hồ sơ trở lại từ Mùng 4 Tết, ông Tâm nói vậy."),
        KeptSpanCase(span: "mùng 3 Tết", text: "mùng 3 Tết thì vui, nhưng mùng 7 chú Hải lại tới đòi nợ."),
        KeptSpanCase(span: "1/7/2025", text: "Bà Rịa là tên phường thuộc Thành phố Hồ Chí Minh từ ngày 1/7/2025."),
        KeptSpanCase(
            span: "0236 3822 118",
            text:
                "Trung tâm Phục vụ hành chính công thành phố Đà Nẵng, số điện thoại 0236 3822 118, làm việc cả thứ Bảy."
        ),
        KeptSpanCase(span: "đội 2", text: "Anh Tuấn đội 2 thi công cầu treo cho xã."),
        KeptSpanCase(span: "khối 9", text: "Cô Hằng thu tiền học thêm, cả khối 9 có 126 em đóng."),
        KeptSpanCase(span: "bản thân", text: "Chị Hoa bản thân cũng là hộ nghèo."),
        KeptSpanCase(span: "thôn trưởng", text: "ông tran van nam thôn trưởng đã ký xác nhận"),
    ]

    @Test(arguments: patientsBeds) func aPatientsBed(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: patientsRooms) func aPatientsOrLodgersRoom(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: hamlets) func aHamletAfterANameOrInLowerCase(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: parcelsAndPapers) func parcelsRegistersReceiptsAndBooks(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: datesAndAccounts) func daysAccountsAndDisplayNames(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: kept) func whatStays(_ row: KeptSpanCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
