import Sanitization
import Testing

/// The rules the names among heldout-161's, 163's, 164's, 165's, 167's and 168's misses called for, each in
/// sentences of its own (none taken from the batches): Văn as a family before Thị, Vy as a family in lower case,
/// Út standing alone, initials after a chat's one-letter honorific opening a sentence, a name after "chi", and a
/// boat or glasses after a given name; and the keeps a list of peoples, phí (a fee) in lower case, a walking street, a cathedral, a
/// street of Hà Nội, the household gods and the vaccines' acronyms.
@Suite("Sanitizer: the forty-first round's names and name-like keeps")
struct SanitizerFortyFirstGapVietnameseNamesTests {
    static let names: [FamilyCase] = [
        .removes("Văn Thị Nhỏ", in: "Người làm chứng: Văn Thị Nhỏ, bán cá ở chợ."),
        .removes("Văn Thị Lài", in: "Hộ bà Văn Thị Lài bị thu thêm tiền rác."),
        .removes("vy thị hồng", in: "trong nhóm có vy thị hồng nói đã nộp 500 nghìn."),
        .removes("Út", in: "Muốn nhanh thì nhờ Út ở bến đò lo giấy."),
        .removes("Út", in: "Hôm qua Út đã hứa lo xong giấy cho tôi."),
        .removes("PTL", in: "a PTL noi phai nop them 1 trieu moi xong"),
        .removes("NVK", in: "c NVK bao sang mai len xa lay giay"),
        .removes("Hằng", in: "a Tuan noi chi Hằng ben xa da nhan tien roi"),
        .removes("Bình Cano", in: "Bình Cano đưa đoàn ra bè rồi thu tiền từng hộ."),
        .removes("Tâm mắt kính", in: "Tâm mắt kính ở phường hẹn tối nay nhận tiền."),
        .keeps("Vắc xin OPV và IPV được tiêm miễn phí ở trạm."),
        .keeps("Mũi DPT nhắc lại tiêm lúc 18 tháng tuổi."),
        .keeps("Tôi thấy a GPS ghi sai chỗ."),
        .keeps("Kim chi Hàn Quốc bán ở chợ rất đắt."),
    ]

    static let keeps: [FamilyCase] = [
        .keeps("Đồng bào dân tộc Tày, Nùng, Ê Đê được phát sách miễn phí."),
        .keeps("Người Thái và Ê Đê ở xã đều được hỗ trợ."),
        .keeps("Họ nói phí vệ sinh thì có biên lai, còn phí giữ xe thì không."),
        .keeps("Tuyến phố đi bộ Trịnh Công Sơn cấm xe máy vào buổi tối."),
        // A railway station is its place's: "ga" heads a place, typed with marks or without.
        .keeps("Nhân viên ga Đồng Hới đòi thêm tiền gửi hàng."),
        .keeps("bao ve ga Dieu Tri doi 50k moi cho vao sanh cho"),
        .keeps("Khách đứng chụp ảnh trước nhà thờ Đức Bà rồi bị thu tiền gửi xe."),
        .keeps("Phố Lò Đúc có hai quán nước bị đội trật tự dọn."),
        .keeps("Bàn thờ Ông Địa đặt ở góc tiệm từ ngày khai trương."),
        .removes("Nguyễn Văn Hậu", in: "Dân tộc Tày, Nùng đều có mặt; ông Nguyễn Văn Hậu phát biểu."),
    ]

    /// Văn before Thị is a family, Vy one in lower case, Út alone beside a cue a person, initials after a chat's "a"
    /// or "c" opening a sentence a person, a known name with its marks after "chi" hers, and a boat or glasses
    /// after a given name a nickname; the vaccines' acronyms, "a GPS" inside a clause and kimchi stay.
    @Test(arguments: names) func aNameOrNickname(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A list of peoples after dân tộc or người, phí in lower case, a walking street, the cathedral, Lò Đúc and Ông
    /// Địa stay; a person after such a list still goes.
    @Test(arguments: keeps) func aPeoplePlaceOrWord(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A cooperative's acronym after its roles is an office's word (`office-words.txt`): kept, and not flagged as
    /// a name's initials.
    static let cooperatives = [
        "Chủ nhiệm HTX và kế toán HTX bị đình chỉ công tác 15 ngày.",
        "Hội nghị tập huấn cho cán bộ HTX được tổ chức ở hội trường xã.",
    ]

    @Test(arguments: cooperatives) func aCooperativeAfterItsRoleIsNoName(_ text: String) {
        let result = Sanitizer().sanitize(text)
        #expect(result.text == text)
        #expect(result.flags.isEmpty)
    }
}
