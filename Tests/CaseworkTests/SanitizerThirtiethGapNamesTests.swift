import Sanitization
import Testing

/// The name rules heldout-69's, heldout-70's and heldout-72's false removals called for, each in sentences of
/// its own (none taken from the batches): a company's trade between its form and its name, a cemetery or a
/// fund named after a place or a person, a given name that opens a common word, and a role typed in lower
/// case after là or em.
@Suite("Sanitizer: the thirtieth round's names")
struct SanitizerThirtiethGapNamesTests {
    static let trades: [FamilyCase] = [
        .keeps("Công nhân Công ty TNHH May mặc Hoàng Long phản ánh bị nợ lương ba tháng."),
        .keeps("Công ty CP Thủy sản Minh Phú chưa đóng bảo hiểm cho người lao động."),
        .keeps("Người lao động ở cty TNHH Cơ khí Thành Công làm đơn tố cáo."),
        .keeps("Công ty TNHH Nhựa Bình Minh đã trả đủ lương sau khi bị thanh tra."),
        // The director named after the company is still a person.
        .removes("Trần Văn Hải", in: "Công ty TNHH May mặc Hoàng Long, giám đốc Trần Văn Hải, chưa trả lương."),
    ]

    /// A trade's words (dệt kim, cao su, điện tử, giày, gốm sứ, may mặc...) between a company's form and its
    /// name leave the name the company's.
    @Test(arguments: trades) func tradesBeforeACompanysName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let namedPlaces: [FamilyCase] = [
        .keeps("Gia đình xin đất mộ ở nghĩa trang Thanh Tước từ năm ngoái."),
        .keeps("Ban quản lý Nghĩa trang Yên Kỳ thu phí chăm sóc mộ hằng năm."),
        .keeps("Quỹ học bổng Lê Văn Tám trao 50 suất cho học sinh nghèo."),
        .keeps("Ông là Phó trưởng phòng Công tác học sinh của sở."),
        .keeps("Chị ấy là người đứng tên khai tử cho cha."),
        // A person buried or speaking is still a person.
        .removes("Nguyễn Văn Tài", in: "Ông Nguyễn Văn Tài được an táng tại nghĩa trang xã."),
        .removes("Nghĩa", in: "Anh Nghĩa trông coi mộ phần cho gia đình."),
    ]

    /// A cemetery's or a scholarship fund's word before a name, and a given name that opens a common word
    /// (Nghĩa trang, Công tác, khai tử), name no one.
    @Test(arguments: namedPlaces) func placesNamedAfterSomeone(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let lowerRoles: [FamilyCase] = [
        .keeps("Người nộp đơn là sinh viên năm cuối ở ký túc xá."),
        .keeps("Các em đều là sinh viên nội trú của trường."),
        .keeps("Nhiều em sinh viên người Dao phải vay tiền để nộp."),
        .removes("hoàng văn nam", in: "người nhận tiền là hoàng văn nam ở phòng đào tạo."),
        // A clan typed without marks closes a lower-case Ê Đê name after y.
        .removes("y bon ksor", in: "thay y bon ksor thu tien cua sinh vien ma khong co bien lai"),
        .removes("y mai nie", in: "em hoi co y mai nie ve ho so hoc bong"),
        .keeps("the bao hiem y te cua sinh vien nam nhat con han"),
    ]

    /// A role in lower case (sinh viên, học sinh) that a lower-case name rule took names no one; y, one or two
    /// syllables and an Ê Đê clan typed without marks are a name.
    @Test(arguments: lowerRoles) func lowerCaseRolesNameNoOne(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let offices: [(text: String, name: String, office: String)] = [
        ("hoi chi le thi thu ha quan ly tang 2 giup em", "le thi thu ha", "quan ly"),
        ("cô lê thị hồng khoa ktnn giữ giấy của em", "lê thị hồng", "khoa ktnn"),
        ("nho anh vu duc minh phong dt xem giup", "vu duc minh", "phong dt"),
    ]

    /// A lower-case name of four words or more leaves the first word of its bearer's office (quan before ly,
    /// khoa or phong before an abbreviation); the name still goes.
    @Test(arguments: offices) func officeAfterALowerCaseName(_ row: (text: String, name: String, office: String)) {
        let findings = Sanitizer().sanitize(row.text).findings
        let characters = Array(row.text)
        func start(of part: String) -> Int {
            (0...(characters.count - part.count)).first { String(characters[$0..<$0 + part.count]) == part } ?? -1
        }
        let name = start(of: row.name)
        let office = start(of: row.office)
        #expect((name..<name + row.name.count).allSatisfy { k in findings.contains { $0.start <= k && k < $0.end } })
        #expect(!findings.contains { $0.start < office + row.office.count && office < $0.end })
    }
}
