import Sanitization
import Testing

/// The rules heldout-17's to heldout-19's name misses and false positives called for, each in sentences of its
/// own (none taken from the batches): full names in lower case with no cue, Hmông names typed without marks,
/// nicknames typed without marks or quoted, names in quoted speech and after an English title's dot, Khmer
/// given names, and peoples' and lists' words that stay.
@Suite("Sanitizer: the fifteenth round's names")
struct SanitizerFifteenthGapNamesTests {
    static let lowercaseFullNames: [FamilyCase] = [
        .removes("lê quang huy", in: "Hôm qua tôi gặp lê quang huy ở bộ phận một cửa xã."),
        .removes("đặng thanh tùng", in: "Tôi đã đưa hồ sơ cho đặng thanh tùng nhưng không có giấy hẹn."),
        .removes("vo hong son", in: "toi da dua tien cho vo hong son o quay 2 ma chua co bien nhan"),
        .keeps("Đoàn kiểm tra do thanh tra tỉnh chủ trì đã làm việc với xã."),
        .keeps("ho so do thanh tra huyen chuyen ve xa tu thang truoc"),
        .keeps("tien do cong trinh cham so voi ke hoach cua huyen"),
        .keeps("Người dân đến từ thành phố và từ công an phường để hỏi."),
        .keeps("Hồ sơ được chuyển từ trung tâm hành chính công về xã."),
    ]

    static let hmongTitle: [FamilyCase] = [
        .removes("Sung A Pao", in: "Toi la vo cua Sung A Pao o ban Ta Phin, xin hoi ve so do."),
        .removes("Thao Mi Sinh", in: "Thao Mi Sinh va vo da len xa hai lan ma chua duoc giai quyet."),
        .keeps("Trang A4 và trang A5 của hồ sơ bị mờ."),
    ]

    static let nicknames: [FamilyCase] = [
        .removes("Dung seo", in: "ho so cua chi bi Dung seo giu lai hai thang roi"),
        .removes("Khoa lun", in: "anh Khoa lun o quay mot cua khong chiu nhan ho so"),
        .removes("Tam Beo", in: "Tam Beo chuyen cho vay nang lai o cho huyen."),
        .removes("Bảy Gù", in: "Bảy Gù thu tiền bảo kê của tiểu thương ở chợ."),
        .removes("Long “Sẹo lồi”", in: "Theo lời kể, Long “Sẹo lồi” là người nhận tiền thay cán bộ."),
        .removes("Thu Cá", in: "Thu Cá và chị Lan bán hàng ở chợ đều bị thu phí."),
        .keeps("Lan co den xa hoi ve ho so cua chong."),
        .keeps("Bảy giờ sáng cán bộ mới có mặt ở trụ sở."),
    ]

    static let peoples: [FamilyCase] = [
        .keeps("Đồng bào người Co Ho ở xã Lạc Dương được hỗ trợ làm căn cước."),
        .keeps("Danh mục hồ sơ gồm ba loại giấy tờ theo quy định."),
        .keeps("Báo cáo và Danh mục tài sản công được công bố vào tháng 8."),
        .keeps("Phòng đã lập danh sách và Danh mục hồ sơ còn thiếu."),
    ]

    static let quoted: [FamilyCase] = [
        .removes("khoa", in: "Tin nhắn ghi: \"em gửi anh khoa 2 triệu rồi nhé\"."),
        .removes("tùng", in: "Bà kể: \"thằng tùng bên thuế hẹn tôi ra quán\" rồi bỏ đi."),
        .keeps("Cán bộ nói: \"anh cứ về đi, chị sẽ gọi lại\" rồi đóng cửa."),
        .removes("phong", in: "Bà con gọi ông ấy là \"ông phong\" từ lâu."),
        .keeps("Họ hô to: \"anh hùng không cần tiền\" rồi giải tán."),
    ]

    static let english: [FamilyCase] = [
        .removes("Hoa", in: "The complaint cites Mrs. Hoa's account of the payment."),
        .removes("Quang", in: "According to Mr. Quang, the officer asked for money."),
        .removes("Hoa", in: "Mrs. Hoa's account was recorded by the inspector."),
        .keeps("He signed as Mr. Then the officer left the ward office."),
    ]

    static let emHo: [FamilyCase] = [
        .keeps("nghe noi anh ay la em ho chu tich xa nen khong ai dam noi."),
        .removes("ho van tam", in: "nghe noi ho van tam la em ho cua can bo dia chinh."),
    ]

    static let highland: [FamilyCase] = [
        .removes("Rahlan Khim", in: "Ong Rahlan Khim phan anh can bo xa thu tien."),
        .removes("Pi Năng Thị Lan", in: "Pi Năng Thị Lan, người Raglai, đã nộp đơn."),
    ]

    static let khmer: [FamilyCase] = [
        .removes("Danh Vươl", in: "Chị Thạch Thị Sa và Danh Vươl phản ánh việc thu tiền."),
        .removes("Chau Sóc Khon", in: "Ông Chau Sóc Khon ở xã Tri Tôn đã nộp đơn."),
        .keeps("Danh sách cử tri được niêm yết tại trụ sở xã."),
    ]

    static let lowerInitials: [FamilyCase] = [
        .removes("pvd", in: "pvd va nth la hai nguoi nhan tien cua dan o xa."),
        .removes("nth", in: "pvd va nth la hai nguoi nhan tien cua dan o xa."),
        .removes("hmt", in: "ghi chu: tqb, hmt va dkl la ba nguoi lam chung."),
        .keeps("xem file pdf va ppt la hai tai lieu nguoi dan gui."),
        .keeps("anh ay noi hmm va thoi, la nguoi it noi."),
    ]

    /// A family, a middle and a given name of the lexicons in lower case go with no cue before them; a middle and a
    /// given name that make an everyday word (thanh tra, công trình, thành phố) stay.
    @Test(arguments: lowercaseFullNames) func aLowerCaseFullNameWithNoCue(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A Hmông family typed without marks, A, Mí or Seo and a capitalised given name go; a page's number stays.
    @Test(arguments: hmongTitle) func aCapitalisedHmongNameWithoutMarks(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A name and its nickname word go, folded when both are typed without marks, whole when quoted; a name
    /// before có and a birth-order number before giờ stay apart.
    @Test(arguments: nicknames) func aNameAndItsNicknameWord(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A people's name that begins like an honorific (người Co Ho) and a list's word that begins like a name
    /// (Danh mục) stay.
    @Test(arguments: peoples) func aPeoplesNameOrAListsWord(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A given name in lower case after an honorific inside quoted speech goes; a common word after one stays.
    @Test(arguments: quoted) func aLowerCaseNameInQuotedSpeech(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A known name after Mr., Mrs., Ms. or Dr. goes; a capitalised word that is no name after one stays.
    @Test(arguments: english) func aNameAfterAnEnglishTitleWithItsDot(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A family typed without marks before a role (em ho chu tich) is a word; before a name it is a family.
    @Test(arguments: emHo) func aFamilyBeforeARole(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// Rahlan and Pi Năng begin a highland name.
    @Test(arguments: highland) func aHighlandFamilyOfOneWord(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A Khmer family and a given name that is no Vietnamese syllable go; a list's word stays.
    @Test(arguments: khmer) func aKhmerGivenNameThatIsNoSyllable(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// Initials in lower case with no vowel, two joined by và or với (typed with or without marks) before
    /// "là … người", and the list before them, go; a file's type and a sound stay.
    @Test(arguments: lowerInitials) func lowerCaseInitialsPairedAsPeople(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
