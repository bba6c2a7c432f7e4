import Sanitization
import Testing

/// The name rules heldout-53's misses and keep losses called for, each in sentences of its own (none taken
/// from the batch): the cities where workers abroad live, typed without marks after ở; a given name with the
/// country its bearer works in; a saint's name typed in lower case before a lower-case name; a diocese.
@Suite("Sanitizer: the twenty-sixth round, names")
struct SanitizerTwentySixthGapNamesTests {
    static let abroad: [FamilyCase] = [
        // Japan's prefectures and cities, Korea's and Taiwan's, after ở typed without marks, stay.
        .keeps("minh lam o Shizuoka duoc 3 nam, gio ve xin giay xac nhan doc than"),
        .keeps("ai dang o Busan cho minh hoi thu tuc trich luc ket hon voi"),
        .keeps("em gai toi dang lam o Kumamoto, chua ve lam giay khai sinh cho con duoc"),
        .keeps("anh em o Dai Bac ai lam giay to qua duong buu dien chua"),
        .keeps("ae o Nhat Ban ve thi nho mang ho chieu len xa nhe"),
        .keeps("cac ban o Han Quoc can giay xac nhan doc than nhe"),
        .keeps("minh lam ho chieu moi o Dai su quan mat 1 thang"),
        // Japan and Korea alone after ở; alone elsewhere Nhật and Hàn are given names.
        .keeps("ai o Nhat ve que dip Tet thi cho minh gui giay to"),
        .removes("Nhật", in: "Tôi có nhờ anh Nhật ở xóm trên làm chứng."),
        .removes("Hàn", in: "Bà Hàn là người ký biên bản hôm đó."),
    ]

    /// Places abroad where Vietnamese workers live (`keep-places.txt`) stay when typed without marks.
    @Test(arguments: abroad) func placesOfWorkAbroad(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let workNicknames: [FamilyCase] = [
        // A given name with the country its bearer works in is one nickname.
        .removes("Lan Hàn Quốc", in: "Chị Lan Hàn Quốc gửi tiền về nhờ làm giấy khai sinh cho con."),
        .removes("Tú Nhật", in: "Anh Tú Nhật về nước mới biết xã chưa cấp trích lục kết hôn."),
        .removes("Hoa Đài Loan", in: "Cô Hoa Đài Loan đã nộp đủ hồ sơ nhận cha cho con."),
        .removes("Thanh Nga", in: "Anh Thanh Nga nói cán bộ đòi tiền bồi dưỡng."),
        // The country after ở, sang or a comma is where the person is, and stays.
        .keeps("Cán bộ tư pháp đã gửi hồ sơ sang Đài Loan để xác minh."),
        .keeps("Trong năm, 31 người của xã đi làm việc tại Hàn Quốc."),
    ]

    /// A given name and the country its bearer works in ("chị Hạnh Đài Loan") are one span.
    @Test(arguments: workNicknames) func givenNamesWithTheCountryOfWork(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let lowercaseSaints: [FamilyCase] = [
        // A saint's name typed in lower case before a lower-case name is part of it.
        .removes("maria nguyễn thị hoa", in: "người làm chứng là bà maria nguyễn thị hoa ở giáo họ bên."),
        .removes("giuse vũ văn tân", in: "nhờ ông giuse vũ văn tân đứng ra bảo lãnh cho cháu."),
        .removes("anna lê thị tươi", in: "ủy quyền cho chị anna lê thị tươi đi nhận giấy tờ."),
        // Before a capitalised name a lower-case saint's name is another word's.
        .keeps("Lễ kính thánh giuse được cử hành tại nhà thờ xứ."),
    ]

    /// A saint's name in lower case joins a name typed in lower case ("ông giuse trần văn lộc").
    @Test(arguments: lowercaseSaints) func saintsNamesInLowerCase(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let bareThi: [FamilyCase] = [
        // A listed family, Thi capitalised and a capitalised syllable, all typed without marks.
        .removes("Sung Thi Dua", in: "em la Sung Thi Dua, lay chong o xa Nghia Hung"),
        .removes("Vang Thi Sua", in: "chi oi co ai biet Vang Thi Sua o Dai Loan khong"),
        // Thi after a word that is no family, and Thị with its marks before a kept place, stay.
        .keeps("Chi cuc Thi hanh an dan su huyen da nhan don cua toi"),
        .keeps("Cầu Thị Nghè được sửa chữa trong năm nay."),
    ]

    /// "Sung Thi Dua": Thi capitalised between a listed family and a syllable, all without marks.
    @Test(arguments: bareThi) func middleThiTypedWithoutMarks(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let dioceses: [FamilyCase] = [
        // A diocese is named after a place, often one that reads as a name.
        .keeps("Giáo phận Bùi Chu tổ chức lớp giáo lý hôn nhân cho các đôi chuẩn bị kết hôn."),
        .keeps("Các giáo xứ thuộc giáo phận Thái Bình nhắc giáo dân đăng ký khai sinh cho con."),
        .keeps("Tòa Giám mục giáo phận Phát Diệm có văn bản gửi UBND xã."),
    ]

    /// A name after giáo phận is a diocese's.
    @Test(arguments: dioceses) func diocesesKeepTheirNames(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
