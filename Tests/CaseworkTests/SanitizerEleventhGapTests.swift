import Sanitization
import Testing

/// The rules heldout-11's misses called for, each in sentences of its own: a document's date, public
/// figures and places named like people, Central Highlands names typed in lower case, an extract's
/// number, an office's number, a family cut short, the Ê Đê Y before initials and offices' abbreviations.
@Suite("Sanitizer: the eleventh round's document dates, public figures, highland names and initials")
struct SanitizerEleventhGapTests {
    static let documentDates: [FamilyCase] = [
        .keeps("Công văn trả lời của Sở Tài chính ngày 12/9/2025 chưa nêu căn cứ."),
        .keeps("Theo Nghị quyết của HĐND tỉnh ngày 5/12/2024, hai xã được nhập làm một."),
        .keeps("Ngày 2/6/2025, Chủ tịch UBND tỉnh ban hành quyết định giải quyết khiếu nại."),
        .keeps("Luật Đất đai có hiệu lực thi hành từ ngày 1/8/2024."),
        .keeps("Từ ngày 1/3/2025 các huyện không còn tổ chức tiếp dân."),
        .removes("3/4/2025", in: "Ngày 3/4/2025 tôi lên xã nộp đơn."),
        .removes("5/6/2025", in: "Ngày 5/6/2025, tôi lên UBND xã hỏi về quyết định đã ban hành."),
        .removes("1/7/2025", in: "Từ ngày 1/7/2025 tôi đã gửi ba lần đơn."),
        .removes("2/3/2025", in: "cán bộ thông báo cho bà ngày 2/3/2025 phải lên xã"),
        .removes("01/03/2026", in: "Từ ngày 01/03/2026 đến ngày 30/03/2026 bà nằm viện."),
        .removes("hôm 25-8", in: "hôm 25-8 tháng trước cán bộ nhắn tin đòi tiền"),
        .keeps("Hồ sơ xử lý trong 3-6 tháng."),
        .keeps("hôm đó 3-5 tháng nữa mới xong"),
    ]

    static let figuresAndPlaces: [FamilyCase] = [
        .keeps("Đại tướng Văn Tiến Dũng được an táng tại Hà Nội."),
        .keeps("Đền thờ anh hùng Nguyễn Văn Trỗi được trùng tu."),
        .keeps("Tượng đài chị Trần Thị Lý ở Đà Nẵng được tu bổ."),
        .keeps("Kim Sơn là xã ven biển của tỉnh Ninh Bình."),
        .removes("Phạm Văn Hùng", in: "Đại úy Phạm Văn Hùng, cán bộ Công an xã, nhận tiền."),
        .removes("Lê Thị Mận", in: "Bà Lê Thị Mận đến nhà tưởng niệm thắp hương rồi về."),
        .removes("Nguyễn Văn Nam", in: "Ông Nguyễn Văn Nam là xã đội trưởng."),
    ]

    static let highlandNames: [FamilyCase] = [
        .removes("ksor y blum", in: "ksor y blum noi da nop tien cho can bo xa"),
        .removes("y hoan niê", in: "anh y hoan niê nộp đơn lên xã"),
        .removes("rơ châm y tim", in: "ông rơ châm y tim nộp đơn lên xã"),
        .removes("nay blum", in: "bà đã nói chuyện với ông nay blum"),
        .keeps("nay y kien cua toi la can lam ro"),
        .keeps("ông nay bận nên không đến"),
        .keeps("bà nay không còn ở xã"),
        .keeps("neu can thi goi cho toi, toi gui don lai"),
        .removes("can van hung", in: "ong can van hung o xa yen lac nhan tien"),
    ]

    static let numbersAndInitials: [FamilyCase] = [
        .removes("88/TLKH-BS", in: "Trích lục kết hôn số 88/TLKH-BS bị ghi sai năm sinh."),
        .keeps("Công văn về khai sinh số 12/UBND-TP đã gửi các xã."),
        .keeps("Dân có thể gọi số của Thanh tra tỉnh 0236.3822.456 trong giờ hành chính."),
        .removes("0912 345 678", in: "Đây là số của bà Hoa 0912 345 678."),
        .removes("Tr. Thị L.", in: "Bà Tr. Thị L. là người làm chứng."),
        .removes("Y M.K", in: "Đ/c Y M.K đã nhận hồ sơ."),
        .removes("H'L. Niê", in: "Người làm chứng: chị H'L. Niê, buôn trên."),
        .keeps("Điểm A. Văn phòng xã tiếp nhận hồ sơ."),
        .keeps("Ghi chú TTr: hồ sơ đã đủ, chuyển CA xã."),
        .keeps("Vợ CB CA xã nhận hồ sơ thay chồng."),
        .removes("Lê Văn Tám", in: "Vợ CB Lê Văn Tám nhận thay."),
        .removes("buôn K.Đ", in: "Bà ở buôn K.Đ, xã Ea Tul, nộp đơn."),
        .keeps("Bản Kết luận số 5 đã gửi các xã."),
    ]

    @Test(arguments: documentDates) func aDocumentsDateStaysAVisitsGoes(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test(arguments: figuresAndPlaces) func aPublicFigureOrAPlaceStays(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test(arguments: highlandNames) func aHighlandNameInLowerCase(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test(arguments: numbersAndInitials) func aNumberOrInitialsOfHeldOutEleven(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// After H' and an initial, only a highland family is the name's: the next sentence stays.
    @Test func anInitialAfterHTakesOnlyAHighlandFamily() {
        #expect(Sanitizer().sanitize("Chị H'N. Giờ đó chị đã về.").text == "Chị [đã ẩn]. Giờ đó chị đã về.")
    }

    /// A document's date stays whole: its day is part of the reference.
    @Test func aDocumentsDateStaysWhole() {
        let text = "Văn bản số 9 của Sở ngày 3/11/2025 không nêu lý do."
        #expect(Sanitizer().sanitize(text).text == text)
    }
}
