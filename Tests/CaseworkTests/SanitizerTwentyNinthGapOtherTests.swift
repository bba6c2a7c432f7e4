import Sanitization
import Testing

/// The twenty-ninth round's rules for data other than names (heldout-65, heldout-66 and heldout-68 were its
/// training batches), each in sentences of its own: what an agency publishes of itself stays (a role's mailbox
/// at a government domain, a switchboard, a portal's ticket code, a blank form's file, a military region, a
/// document's and the call-up's date, an office's day back after Tết); papers issued to one person go.
@Suite("Sanitizer: the twenty-ninth round's agencies' data and personal papers")
struct SanitizerTwentyNinthGapOtherTests {
    static let agencies: [FamilyCase] = [
        .keeps("Kết quả được gửi từ noreply@thanhtra.gov.vn, đề nghị không trả lời."),
        .keeps("Hồ sơ gửi về vanthu@soyte.hanoi.gov.vn trước 17 giờ hằng ngày."),
        .removes("tuan.nguyen@bhxh.gov.vn", in: "Cán bộ phụ trách gửi thư từ tuan.nguyen@bhxh.gov.vn cho gia đình."),
        .removes("tiepnhan@gmail.com", in: "Em gửi hồ sơ về tiepnhan@gmail.com như người ta dặn."),
        .keeps("Mọi thắc mắc xin gọi tổng đài: 024 3762 1090 trong giờ hành chính."),
        .keeps("Trung tâm trả lời qua tổng đài 0236.3822.118 từ thứ Hai đến thứ Sáu."),
        .removes("0912 345 678", in: "Tổng đài viên cho em số 0912 345 678 để hỏi lại."),
        .keeps("Hệ thống đã ghi nhận Mã phiếu DVC-2026-001245, thời hạn xử lý 07 ngày làm việc."),
        .keeps("Mã hồ sơ: 000.00.31.H26-260105-0112 đã được chuyển bộ phận một cửa."),
        .keeps("Tệp đính kèm: mau_don_de_nghi_cap_lai_the_BHYT.pdf theo hướng dẫn của cơ quan."),
        .removes("scan_CCCD_nguyenvana.jpg", in: "Tệp đính kèm: scan_CCCD_nguyenvana.jpg, em gửi kèm hồ sơ."),
        .removes("mau_don_tranthibich.docx", in: "Gửi lại anh mau_don_tranthibich.docx đã điền."),
        .keeps("Tân binh được giao về Sư đoàn 5, Quân khu 7 sau lễ giao nhận quân."),
        .keeps("Phòng đã trả lời theo văn bản ngày 12/2/2026 của Bộ Chỉ huy quân sự tỉnh."),
        .keeps("Sau ngày giao quân 25-2, xã đội tổng kết công tác tuyển quân."),
        .keeps("Từ Mùng 6 Tết, Bộ phận một cửa xã tiếp nhận hồ sơ như thường lệ."),
        .removes("mùng 4", in: "Tôi nộp hồ sơ hôm mùng 4 Tết thì cán bộ đòi thêm tiền."),
    ]

    /// An agency's own data stays: a role's mailbox at a …gov.vn domain (a person's mailbox there goes), a
    /// landline after tổng đài (a mobile after tổng đài viên goes), a portal's ticket or dossier code, a blank
    /// form's file (one holding a person's name goes), Quân khu and its number, a date after a document named in
    /// lower case, the call-up's day, and an office's day back after Tết (a citizen's day of Tết goes).
    @Test(arguments: agencies) func anAgencysOwnDataStays(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let papers: [FamilyCase] = [
        .removes("215/LGNN", in: "Công dân nhận Lệnh gọi nhập ngũ số 215/LGNN do xã đội chuyển đến."),
        .removes("33/LG", in: "lenh goi kham so 33/LG bi ghi sai ngay sinh cua em"),
        .removes("1123/PSK", in: "Phiếu sức khỏe số 1123/PSK bị sửa mục thị lực."),
        .removes("PK-2210", in: "Cán bộ giữ phiếu khám số PK-2210 của thanh niên trong xã."),
        .removes("0039281", in: "Giấy chứng nhận đăng ký nghĩa vụ quân sự số 0039281 bị thất lạc."),
        .removes("0225.3861.447", in: "Gia đình để lại số nhà 0225.3861.447 để cán bộ liên hệ."),
        .removes("0912-345-67890", in: "Đơn ghi số điện thoại của bà là 0912-345-67890, thanh tra chưa liên lạc được."),
        .removes("toa C3", in: "chi o can 1203 toa C3 nha may ngay bi cat nuoc"),
        .keeps("Quyết định số 52/QĐ-UBND về việc gọi công dân nhập ngũ năm 2026."),
    ]

    /// A paper issued to one person (a call-up order, a health-check record, a military-service registration)
    /// goes with its number and letters; a home's phone after số nhà goes as a phone. A decision's number stays.
    @Test(arguments: papers) func aPaperIssuedToOnePersonGoes(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
