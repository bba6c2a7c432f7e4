import Sanitization
import Testing

/// The rules the names among heldout-109's to 112's misses called for, each in sentences of its own (none taken
/// from the batches): a nickname of a given name and an office, a country or a device's acronym, a child's
/// pet name, a display name in quotes after a group's member or a personal page, a lower-case name after an
/// address, English ranks of a factory, initials in a notebook of payments or signed with a dash; and the keeps
/// a kept town typed without marks and a jelly that opens on a family name.
@Suite("Sanitizer: the thirty-sixth round's nicknames, display names and initials")
struct SanitizerThirtySixthGapNamesTests {
    static let nicknames: [FamilyCase] = [
        .removes("Tâm Hải Quan", in: "Cả bến gọi anh ta là Tâm Hải Quan, ai cũng sợ."),
        .removes("Lộc Kiểm Lâm", in: "Người trong bản kêu hắn là Lộc Kiểm Lâm vì hay vào rừng thu tiền."),
        .removes("Tuấn GPS", in: "Phải nhờ Tuấn GPS, người gắn định vị cho xe, mới xong."),
        .removes("Phúc Japan", in: "Phúc Japan, the broker, kept our passports for a month."),
        .removes("Bé Na", in: "Bé Na bán vé số ở bến xe nói bị thu tiền chỗ."),
        .removes("Hạnh Bảo Hiểm", in: "The workers call the clerk Hạnh Bảo Hiểm since she sells the forms."),
        .keeps("Chúng tôi gọi điện cho Sở, họ nói là Phòng Tài chính sẽ trả lời."),
        .keeps("Hà Nội, thủ đô của cả nước, có 30 quận huyện."),
        .keeps("Minh Korea, the new shop, opens at nine."),
    ]

    static let displayNames: [FamilyCase] = [
        .removes("Chú Tư Cựu Binh", in: "Trong nhóm Zalo của phường, thành viên 'Chú Tư Cựu Binh' đăng ảnh biên lai."),
        .removes("Ong Mật Tây Sơn - Hậu", in: "Fanpage cá nhân \"Ong Mật Tây Sơn - Hậu\" đăng clip cán bộ nhận tiền."),
        .removes("bui thanh tung", in: "Tin nhắn Zalo: \"anh bui thanh tung ơi, em gửi giấy rồi nhé\"."),
        .keeps("Thành viên Ban chỉ đạo đã đến kiểm tra tại xã."),
    ]

    static let ranksAndInitials: [FamilyCase] = [
        .removes("Phương", in: "Team leader Phương said the overtime would not be paid."),
        .removes("Quyên", in: "Supervisor Quyên had locked the fire exit because of thefts."),
        .removes("Hằng", in: "The medic saw that worker Hằng had burns on both hands."),
        .removes("K.", in: "Sổ ghi: \"chuyển c K. 500, chuyển a Tr. 300\"."),
        .removes("Tr.", in: "Sổ ghi: \"chuyển c K. 500, chuyển a Tr. 300\"."),
        .removes("Tr.Văn L.", in: "Thư viết: 'ông Tr.Văn L. ở xã bảo phải nộp thêm'."),
        .removes("NTK", in: "The letter was signed only 'NTK - workers' group' and had no date."),
        .keeps("The team leader said the overtime would not be paid."),
        .keeps("Điểm a. Thu hồi giấy phép; điểm b. Phạt tiền."),
    ]

    static let keeps: [FamilyCase] = [
        .keeps("Thạch rau câu bán chạy nhất ở chợ phiên."),
        .keeps("chu nha nghi o Lang Co noi khach dong vao mua he"),
    ]

    /// A given name and an office's words after gọi … là, in English after a clerk, and a given name and a
    /// country or an acronym before a comma and who the person is go whole; an office after là with no
    /// name, a place before a comma and a word that is no given name before a country stay.
    @Test(arguments: nicknames) func aNicknameOfAnOfficeOrACountry(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A group member's or a personal page's quoted name goes whole, its honorific and its dash too; a name in
    /// lower case after an address typed without marks goes without the address; a board's members stay.
    @Test(arguments: displayNames) func aDisplayName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A given name after a factory's rank goes; a cut name after a chat honorific and a word of giving, a
    /// family cut short with no space after its dot, and three capitals signed before a dash go; a rank with
    /// no name and a list's letters stay.
    @Test(arguments: ranksAndInitials) func aRankOrInitials(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// Agar jelly and Lăng Cô typed without marks stay.
    @Test(arguments: keeps) func nameLikeKeeps(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
