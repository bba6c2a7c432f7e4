import Sanitization
import Testing

/// The rules heldout-9's misses called for, each in sentences of its own: a document's number after
/// "văn bản số" is not a village, a name after a company's form is the company's, a phone number glued
/// to its label, a residential group typed without marks after "o" and before the ward.
@Suite("Sanitizer: the ninth round's documents, companies, phones and groups")
struct SanitizerNinthGapTests {
    static let rows: [FamilyCase] = [
        .keeps("Sở Tài chính đã gửi văn bản số 412/STC-QLG tới các huyện."),
        .keeps("Văn bản số 27/UBND-KT nêu rõ thời hạn khắc phục."),
        .removes("bản 3", in: "Gia đình ông ở bản 3, xã Mường Lói, chưa được hỗ trợ."),
        .keeps("Công ty TNHH Minh Phát bị phạt vì chậm nộp thuế."),
        .keeps("Công ty CP Hoàng Anh trúng gói thầu xây trường."),
        .keeps("Công ty cổ phần Thành Công chưa trả lương cho công nhân."),
        .removes("Trần Văn Dũng", in: "Giám đốc Công ty TNHH An Phú là ông Trần Văn Dũng."),
        .removes("0912345678", in: "Cháu nhắn lại sdt0912345678 để đoàn gọi."),
        .removes("0978111222", in: "Liên hệ SĐT0978111222 sau 17 giờ."),
        .removes("to 5", in: "nha em o to 5 phuong tan hoa, chi dung noi ten em"),
        .keeps("gia dinh thue xe o to 7 cho di dam cuoi"),
        .keeps("Đường dây nóng của Sở Y tế là 0243.8888.777, ai cũng gọi được."),
        .keeps("Đường dây nóng của Thanh tra huyện là 0236 3777 888."),
        .removes("0905112887", in: "Đường dây nóng của Sở là 0243.8888.777; người gửi đơn để lại số 0905112887."),
    ]
    static let hamlets: [FamilyCase] = [
        .removes("xóm  đồng", in: "tôi  ở  xóm  đồng  xã  tiên  phong, xin giấu tên"),
        .removes("thon ha", in: "nha toi o doi 3 thon ha, can bo xa biet ro"),
        .removes("xom giua", in: "chau o xom giua xa yen bac, chau so bi lo ten"),
        .keeps("Người dân ở xóm nghèo xã này đều biết chuyện."),
        .keeps("Bà con ở thôn này xã hội hóa việc làm đường."),
        .keeps("ba con o thon nay xa hoi hoa viec lam duong"),
    ]

    static let nicknamesStreetsAndSignatures: [FamilyCase] = [
        .removes("Hoa bánh cuốn", in: "Chị Hoa bánh cuốn ở đầu ngõ kể lại việc thu tiền."),
        .removes("Mai bún chả", in: "Cô Mai bún chả cho biết quầy bị thu phí hai lần."),
        .keeps("Quán bún riêu đầu ngõ bị phạt vì lấn chiếm vỉa hè."),
        .keeps("Lý Thường Kiệt và Phan Chu Trinh là tên hai con phố được lát lại vỉa hè."),
        .keeps("Nguyễn Du là tên tuyến đường mới mở qua khu tái định cư."),
        .removes("Nguyễn Văn Tám", in: "Nguyễn Văn Tám là tên người đứng đơn."),
        .removes("LTKH", in: "Biên bản có chữ ký \"LTKH\" ở cuối trang."),
        .removes("PVD", in: "Người nhận ký 'PVD' vào sổ giao nhận."),
        .keeps("Trưởng thôn đã ký \"OK\" vào phiếu đề xuất."),
    ]

    @Test(arguments: nicknamesStreetsAndSignatures) func aNicknameAStreetOrASignatureOfHeldOutNine(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test(arguments: hamlets) func aHamletTypedInLowerCaseOfHeldOutNine(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test(arguments: rows) func aDocumentACompanyAPhoneOrAGroupOfHeldOutNine(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
