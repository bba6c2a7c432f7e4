import Sanitization
import Testing

/// The name rules heldout-40's to heldout-42's misses and keep losses called for, each in sentences of its
/// own (none taken from the batches): a parent named by the child in a class's chat, and the fixed words
/// that begin like a name (a year of the sixty-year cycle, a platoon or a regiment).
@Suite("Sanitizer: the twenty-second round, names")
struct SanitizerTwentySecondGapNamesTests {
    static let parents: [FamilyCase] = [
        // A parent, bé or cu and the child's pet name before a pause, đây, lớp, ơi or nhé.
        .removes("bin", in: "mẹ bé bin đây, mai cháu xin nghỉ học một hôm ạ"),
        .removes("bống", in: "bố cu bống lớp 1b xin số tài khoản quỹ lớp"),
        .removes("cam", in: "me be cam day a, co cho em hoi lich hop phu huynh"),
        .removes("Su", in: "đã chuyển tiền ăn bán trú tháng này rồi nhé, mẹ bé Su"),
        // A parent and one or two capitalised given names before such a word.
        .removes("Bảo An", in: "bố Bảo An đây, cho mình hỏi mai lớp có học không"),
        .removes("Cốm", in: "Mình là mẹ Cốm lớp 3C, ai đi chung xe thì nhắn mình."),
        // Not a name: the child's mother doing something, a word that only describes, a kept place.
        .keeps("mẹ bé đi làm về muộn nên nhờ bà đón"),
        .keeps("mẹ bé ốm, nhờ cô cho cháu về sớm"),
        .keeps("mẹ bé đây, cô cho em hỏi lịch học"),
        .keeps("Bố mẹ em đều làm ruộng ở quê."),
        .keeps("Xã có 12 Mẹ Việt Nam anh hùng còn sống."),
        .keeps("Ranh giới giữa xã Bố Trạch, xã Lý Trạch chưa được cắm mốc."),
    ]

    /// A parent is named in a class's chat by the child: "bố cu Tít", "mẹ bé Na", "bố Minh Khang đây".
    @Test(arguments: parents) func parentsNamedByTheChild(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let fixedWords: [FamilyCase] = [
        // A year of the sixty-year cycle names no one.
        .keeps("Nhà bị sập trong trận lũ năm Nhâm Dần, đến nay chưa được hỗ trợ."),
        .keeps("Bà sinh năm Ất Dậu, năm nay ngoài tám mươi."),
        .keeps("Tết Mậu Thân ông đang ở chiến trường Huế."),
        .removes("Đinh Dậu", in: "Ông Đinh Dậu là thương binh hạng 2/4."),
        // A platoon or a regiment begins with Trung, which is also a given name.
        .keeps("Ông nguyên là Trung đội trưởng dân quân của xã."),
        .keeps("Các cựu chiến binh Trung đoàn 48 họp mặt hằng năm."),
        .removes("Trung", in: "Tôi có gọi anh Trung đội trưởng nhưng không ai nghe."),
        // A country whose name is a given name, after bên or sang.
        .keeps("Số này là của con gái bên Nhật, bà gọi buổi tối mới được."),
        .keeps("Chồng tôi đi lao động sang Nhật, năm nay mới về."),
        .removes("Đức", in: "Tôi ngồi bên anh Đức, anh ấy không nói gì."),
        // An association after an honorific's word for its members; a person called Hội still goes.
        .keeps("Nhờ anh em Hội Cựu chiến binh xã báo giúp."),
        .keeps("Các chị em Hội Phụ nữ thôn đã đến thăm."),
        .removes("Hội", in: "Tôi đã báo anh Hội ở Hội Nông dân xã."),
        // A capitalised honorific's word typed without marks after a family is a name's middle (Chu, Chi).
        .keeps("Con tôi học Trường Tiểu học Phan Chu Trinh, tỉnh Quảng Nam."),
        .removes("Tuan", in: "gui chu Tuan o xom tren"),
    ]

    static let highlandMen: [FamilyCase] = [
        // Y and a medical word (khoa, sinh, dược) is a man's name when a listed clan ends it.
        .removes("Y Khoa Niê", in: "Y Khoa Niê và con trai đang ở nhờ nhà người quen."),
        .removes("Y Sinh Ksor", in: "Hôm qua Y Sinh Ksor bị bạn cùng lớp đánh."),
        .keeps("Trường Đại học Y Khoa Vinh tuyển thêm chỉ tiêu."),
    ]

    static let tradesAfterNames: [(text: String, name: String, trade: String)] = [
        // A name typed without marks ends before a trade typed so (bảo vệ, thủ quỹ).
        ("hom qua ong le van hung bao ve cong sau khong cho xe vao", "le van hung", "bao ve"),
        ("nho chi tran thi mai thu quy nhan tien giup", "tran thi mai", "thu quy"),
        ("toi hoi ong do quang vinh bao ve toa B", "do quang vinh", "bao ve"),
    ]

    /// A lower-case name typed without marks stops before a trade: "ong ngo quang truong bao ve".
    @Test(arguments: tradesAfterNames) func namesEndBeforeTrades(_ row: (text: String, name: String, trade: String)) {
        let result = Sanitizer().sanitize(row.text)
        #expect(FamilyCase.removes(row.name, in: row.text).holds(result))
        #expect(result.text.contains(row.trade))
    }

    static let initials: [FamilyCase] = [
        // Three lower-case initials with dots after dân (cư dân, người dân, công dân).
        .removes("p.v.n", in: "Công dân p.v.n ở phòng 2 đã nộp đơn từ tuần trước."),
        .removes("l.t.m", in: "người dân l.t.m phản ánh xe tải chạy quá tốc độ"),
        .keeps("Hồ sơ của người dân v.v. được tiếp nhận tại bộ phận một cửa."),
    ]

    /// Lower-case initials after a word for a resident are a resident's: "cư dân k.h.l".
    @Test(arguments: initials) func lowercaseInitialsOfAResident(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// An Ê Đê or Jarai man's name whose given name is a medical word ("Y Khoa") is found by its clan.
    @Test(arguments: highlandMen) func highlandMenNamedLikeMedicine(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A capitalised pair that is a fixed word stays: a year of the cycle (Giáp Thìn), Trung đội, Trung đoàn,
    /// a country after bên or sang, an association after anh em or chị em, and a school named after Phan
    /// Chu Trinh.
    @Test(arguments: fixedWords) func fixedWordsThatBeginLikeNames(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
