import Sanitization
import Testing

/// The rules the Vietnamese names among heldout-113's to 120's misses called for, each in sentences of its own
/// (none taken from the batches): a border gate's, a national park's or hospital's, a reserve's and a
/// special-use forest's names that stay; a lower-case family, an everyday middle name and a known given name
/// with no cue; everyday words typed without marks that name no one; nicknames of a tool or a trade; and the
/// titles BS, Sư and Tổng phụ trách before a name.
@Suite("Sanitizer: the thirty-seventh round's Vietnamese names")
struct SanitizerThirtySeventhGapVietnameseNamesTests {
    static let places: [FamilyCase] = [
        .keeps("Bệnh nhân được chuyển tới Bệnh viện Nhi Quốc gia Hoàng Văn Thụ để mổ."),
        .keeps("Xe tải chờ ba ngày ở cửa khẩu Thanh Thủy mới được thông quan."),
        .keeps("Ban quản lý Vườn quốc gia Xuân Thủy niêm yết giá vé ở cổng."),
        .keeps("Khu bảo tồn thiên nhiên Pù Hu có nhiều gỗ quý bị chặt trộm."),
        .keeps("Người dân sống cạnh khu rừng đặc dụng Hương Sơn không được vào lấy củi."),
        .removes("Thủy", in: "Anh Thủy làm bốc vác ở cửa khẩu nhận tiền của chủ xe."),
        .keeps("NGƯỜI YÊU CẦU: đề nghị cấp lại giấy khai sinh cho cháu."),
        .keeps("Mẹ cháu đề nghị ghi bổ sung tên cha vào giấy khai sinh."),
        .removes("Khu", in: "Anh Khu bảo phải nộp tiền mới xong."),
    ]

    static let lowerCaseNames: [FamilyCase] = [
        .removes("do quang vinh", in: "nguoi nhan phong bi: do quang vinh, sdt da xoa"),
        .removes("cao minh tri", in: "hom qua cao minh tri gui tin nhan doi them tien"),
        .removes("ha quoc viet", in: "co ai biet ha quoc viet o phong tai nguyen khong"),
        .removes("le gia huy", in: "phu huynh chau le gia huy lop 3a bi thu tien"),
        .removes("le thanh hai", in: "nguyen van nam va le thanh hai dang ky ket hon o xa"),
        .removes("lý quang huy", in: "hôm qua cán bộ lý quang huy gọi điện đòi thêm tiền"),
        .removes("cao xuân hùng", in: "tôi gặp cao xuân hùng ở trụ sở xã"),
        .removes("thach thi sa rinh", in: "thach thi sa rinh noi can bo xa lay tien"),
        .removes("danh hoang phuc", in: "danh hoang phuc ke: toi bi doi tien"),
        .keeps("danh sach noi ro ai duoc nhan"),
        .keeps("thach cao ke tren tuong bi bong"),
        .keeps("nha em o so 12 duong quang trung, gan cho"),
        .keeps("mục tiêu quốc gia giảm nghèo đã xong"),
        .keeps("hắn xúc phạm gia đình tôi trên mạng"),
        .keeps("nhà ở phố mai xuân thưởng"),
        .keeps("minh lam thanh toan roi ma van bi doi tien"),
        .keeps("nhan vien tra loi la khong co phi nao khac ngoai bang gia"),
        .keeps("ai bi doi thi bao cong an xa, dung dua tien"),
    ]

    static let nicknamesAndTitles: [FamilyCase] = [
        .removes("Tuấn cưa", in: "Mọi người gọi ông ta là Tuấn cưa, chuyên cưa gỗ lậu."),
        .removes("Dũng Lâm Sản", in: "Dũng Lâm Sản thu mua gỗ ở chợ huyện."),
        .removes("Phong Container", in: "Anh Phong Container giữ hàng của chủ xe ba ngày."),
        .removes("Thu mặt sắt", in: "Chị Thu mặt sắt ở quầy thu phí nói phải nộp thêm."),
        .removes("Hùng", in: "BS Hùng nói phải nộp thêm 2 triệu mới được mổ sớm."),
        .removes("Thanh Tâm", in: "Sư Thanh Tâm nhận tiền công đức mà không ghi sổ."),
        .removes("Mai", in: "Cô Tổng phụ trách Mai thu tiền quỹ Đội của học sinh."),
        .removes("Hùng CSGT", in: "Hùng CSGT thu 200 nghìn mỗi xe tải qua đèo."),
        .removes("Lan QLTT", in: "ai bi Lan QLTT doi tien thi bao lai nhe"),
        .keeps("Thầy Hiệu phó và Cô Tổng phụ trách Đội dự lễ khai giảng."),
        .keeps("Phong CSGT da xu ly vu viec trong ngay."),
        .keeps("Đội QLTT số 5 đã kiểm tra cửa hàng."),
    ]

    /// A border gate's, a national park's or hospital's, a reserve's and a special-use forest's own names
    /// stay; a given name before cửa khẩu or bảo (tells) still goes; a form's heading in capitals and the
    /// father's name asked for stay.
    @Test(arguments: places) func aPlaceOrAHeading(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A family, quang, quốc, xuân, minh, thanh or gia and a known given name typed in lower case without
    /// marks go with no cue, and typed with marks when each word is listed as typed; đăng ký after a name stays
    /// out of it; a Khmer name opening a message before nói or kể goes; a list and plaster before nói or kể, a
    /// street after a house number or a street's word, thanh toán, quốc gia, gia đình, không có and đòi thì stay.
    @Test(arguments: lowerCaseNames) func aLowerCaseName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A given name and a tool, forest goods, a container, a hard face or an office's letters before an act
    /// go whole; a given name after BS, Sư or Tổng phụ trách goes; the Pioneers' leader with no name, the
    /// traffic police's office typed without marks and the market control's team stay.
    @Test(arguments: nicknamesAndTitles) func aNicknameOrATitle(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
