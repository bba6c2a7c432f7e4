import Sanitization
import Testing

/// The twenty-seventh round's name rules (heldout-55, Huế and the old central provinces, and heldout-56,
/// hotline calls through speech-to-text, were its training batches), each in sentences of its own: a
/// Buddhist monastic's name after Thích, a Buddhist name after "pháp danh", a royal lineage's family (Tôn
/// Nữ, Tôn Thất) typed in lower case, and a name spelled out letter by letter on a call.
@Suite("Sanitizer: the twenty-seventh round's names")
struct SanitizerTwentySeventhGapNamesTests {
    static let monastics: [FamilyCase] = [
        .removes("Thích Nữ Diệu Hạnh", in: "Ni sư Thích Nữ Diệu Hạnh, trụ trì tịnh thất ở phường Thủy An, gửi đơn."),
        .removes("Thích Quảng Tịnh", in: "Đại đức Thích Quảng Tịnh bị người lạ gọi điện đòi tiền."),
        .removes("Thích Minh Tuệ", in: "Thượng tọa Thích Minh Tuệ đã ký văn bản gửi Ban Trị sự."),
        .removes("thich nguyen tinh", in: "su thay thich nguyen tinh o chua Phuoc An bi doi tien."),
        .removes("thích thiện tâm", in: "hòa thượng thích thiện tâm đã viên tịch năm ngoái."),
        .keeps("Sư cô thích ăn chay và đọc kinh mỗi sáng."),
        .keeps("Thầy thích nghe nhạc Trịnh vào buổi tối."),
        .keeps("Em thích Hà Nội hơn Sài Gòn vì có mùa thu."),
        .keeps("Tôi rất thích Quảng Trị và Quảng Bình vào mùa hè."),
    ]

    /// Thích (and Thích Nữ for a nun) before two syllables is a monastic's Buddhist name, capitalised
    /// anywhere; in lower case only after a monastic's title and when both syllables are listed names.
    @Test(arguments: monastics) func aMonasticsName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let dharmaNames: [FamilyCase] = [
        .removes("Tâm Hiền", in: "Bà Lã Thị Thơm, Phật tử pháp danh Tâm Hiền, cúng dường 50 triệu đồng."),
        .removes("diệu ngọc", in: "Phật tử đặng thị thu (pháp danh diệu ngọc) gửi đơn tới chùa."),
        .removes("Quảng Đức", in: "Ông Võ Văn Thành có pháp danh là Quảng Đức, đã quy y từ năm 2010."),
        .keeps("Lễ quy y được tổ chức ở chùa, mỗi Phật tử nhận một pháp danh mới."),
        .keeps("Pháp danh của bà ghi sai trong sổ công đức, xin sửa lại."),
    ]

    /// The one or two syllables after "pháp danh" or "pháp hiệu" (and là) are a Buddhist name, in either case.
    @Test(arguments: dharmaNames) func aDharmaName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let lineages: [FamilyCase] = [
        .removes("ton nu thi bich ngoc", in: "don cua ba ton nu thi bich ngoc ve viec chua nhan tien ho tro."),
        .removes("tôn nữ thị hoa", in: "mệ tôn nữ thị hoa năm ni 91 tuổi rồi mà chưa có thẻ."),
        .removes("ton that hung", in: "dượng tui là ton that hung, cán bộ phường bắt đóng tiền."),
        .removes("công tằng tôn nữ thị mai", in: "đơn của bà công tằng tôn nữ thị mai gửi phường."),
        .keeps("con bao lam ton that nang ne cho ba con vung lu."),
        .keeps("Trận lũ gây tổn thất lớn cho bà con vùng trũng."),
        .keeps("nha nuoc can ton trong quyen loi cua nguoi dan."),
    ]

    /// Tôn Nữ, Tôn Thất and Công Tằng Tôn Nữ, the royal lineages' families of Huế, typed in lower case
    /// before listed names; typed without marks only after a title, a kin word, "là" or "tên".
    @Test(arguments: lineages) func aLineageInLowerCase(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let spelled: [FamilyCase] = [
        .removes("Lờ O Lo huyền Lò", in: "dạ em tên là Lò Văn Pánh, Lờ O Lo huyền Lò ạ, em hỏi bằng lái."),
        .removes("Mờ Y dài dấu hỏi", in: "ờ vợ tôi là Sùng Thị Mỷ, Mỷ là Mờ Y dài dấu hỏi á, đi đẻ ở trạm y tế."),
        .removes("Ca Ét Ô Rờ", in: "à em là Ksor H'Bia, Ksor là Ca Ét Ô Rờ á, em hỏi giấy khai sinh."),
        .removes("Dờ A Nờ Hờ", in: "ờ tên tôi là Danh Sóc, Danh là Dờ A Nờ Hờ, vợ tôi làm rẫy."),
        .removes("Quờ U A Ngờ huyền", in: "à cháu là Quàng Thị Én, Quàng là Quờ U A Ngờ huyền, cháu hỏi phí."),
        .removes("Ô Ngờ", in: "ờ bố tôi là ông Ông Văn Lực, họ Ông ấy chị, Ô Ngờ, thẻ hết hạn."),
        .removes("vờ u ngã", in: "tên anh ấy là vũ đức thắng, vũ là vờ u ngã á chứ không phải võ."),
        .keeps("mắt bà mờ, y tá bảo phải đi khám ở trạm y tế xã."),
        .keeps("dạ em chờ, nhờ chị xem giúp hồ sơ bằng lái của em."),
        .keeps("ờ thì là giờ ạ, em đang chờ ở ngoài cổng."),
    ]

    /// A name spelled on a call: letters' names (Lờ, Mờ, Ca, Ét, Ô, A), tones (huyền, dấu hỏi, ngã), "dài"
    /// and the syllables they spell, at least two letters with a consonant's among them, after "là" or a
    /// comma and before a particle or a stop.
    @Test(arguments: spelled) func aSpelledName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let noNames: [FamilyCase] = [
        .keeps("vâng cháu mười bảy tuổi muốn thi bằng lái xe máy ạ"),
        .keeps("anh ấy thu của em ba triệu rưỡi mà không đưa biên nhận"),
        .keeps("cao nhất là tước bằng lái từ hai mươi hai đến hai mươi bốn tháng anh ạ"),
        .keeps("dạ con em sinh tháng trước, em đăng ký khai sinh online mà vẫn chờ xử lý"),
        .keeps("nó xưng là Bảo hiểm xã hội đòi em cập nhật thẻ qua đường link"),
        .removes("Ba", in: "anh Ba bán vé số đầu hẻm là nhân chứng duy nhất."),
        .removes("Bảo", in: "em Bảo nói là đã nộp hồ sơ từ tuần trước."),
    ]

    /// Spoken number words after a kin word are a count, not a name, when two or more stand together or a
    /// unit follows ("cháu mười bảy tuổi", "em ba triệu"); a given name that opens a common word with the
    /// next syllable is that word ("em đăng ký", "là Bảo hiểm xã hội").
    @Test(arguments: noNames) func aCountOrAWordIsNoName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let signedInitials: [FamilyCase] = [
        .removes("NVT", in: "dạ ký hiệu trong đơn tố cáo em ghi là NVT, tên em đấy ạ"),
        .removes("TTH", in: "người nhận có tên viết tắt là TTH, chị kiểm tra giúp em"),
        .keeps("trên thẻ ghi là BHYT, chị kiểm tra giúp em"),
        .keeps("mẫu đơn ghi là UBND xã xác nhận, em nộp ở đâu"),
    ]

    /// Three or four capitals with no dot after "ghi là", "(viết) tắt là" or "(ký) hiệu là" are someone's
    /// initials, unless an acronym or an office.
    @Test(arguments: signedInitials) func initialsAfterASigningCue(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
