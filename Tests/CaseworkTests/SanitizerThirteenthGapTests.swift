import Sanitization
import Testing

/// The rules heldout-13's misses and false positives called for, each in sentences of its own (none
/// taken from the batch): national office holders and names given to things, families that are also
/// words, honorifics cut to a letter, kinship words, quoted nicknames, display names, and residences
/// written in a Đà Nẵng alley's, a head's, a signature's or an English note's way.
@Suite("Sanitizer: the thirteenth round's public figures, cut honorifics, nicknames and residences")
struct SanitizerThirteenthGapTests {
    static let figuresAndFamilies: [FamilyCase] = [
        .keeps("Thủ tướng Chính phủ Phạm Minh Chính chủ trì hội nghị trực tuyến với các tỉnh."),
        .keeps("Phát biểu tại hội nghị, Chủ tịch nước Lương Cường nhấn mạnh việc tiếp dân."),
        .keeps("Phó Tổng Thanh tra Chính phủ Lê Sỹ Bảy làm việc với tỉnh về đơn tồn đọng."),
        .keeps("Bộ trưởng Bộ Công an Lương Tam Quang chỉ đạo xử lý dứt điểm."),
        .removes("Nguyễn Thị Lan", in: "Bộ trưởng Bộ Tài chính nhận đơn của bà Nguyễn Thị Lan."),
        .removes("Hồ Văn Nam", in: "Chủ tịch Hồ Văn Nam đã ký quyết định thu hồi đất."),
        .keeps("Ngôi trường mang tên Quang Trung được xây năm 1990."),
        .keeps("Con phố gắn với tên Hùng Vương được lát đá mới."),
        .removes("Tùng", in: "Tôi làm việc với tên Tùng ở chợ."),
        .removes("Phó Đức Thắng", in: "Ông Phó Đức Thắng là chủ hộ bị thu hồi đất."),
        .keeps("Phó Chủ tịch UBND xã đã ký biên bản."),
        .removes("Yên Thị Hoa", in: "Bà Yên Thị Hoa nộp đơn lên Thanh tra tỉnh."),
        .keeps("Huyện Yên Phong cũ nay thuộc tỉnh Bắc Ninh."),
    ]

    static let cutHonorificsAndKin: [FamilyCase] = [
        .removes("Ng.", in: "Hôm qua b. Ng. gọi lên xã hỏi về hồ sơ."),
        .removes("Khổng", in: "Đã gọi ô. Khổng, hẹn thứ hai nộp bổ sung."),
        .removes("Mẫn", in: "Hôm nay b. Mẫn đến nộp đơn lúc 9 giờ."),
        .keeps("Khoản 2: a. Thu hồi đất của các hộ; b. Quan hệ với chủ đầu tư."),
        .keeps("Nội dung gồm:\na. Tăng cường kiểm tra;\nb. Minh bạch hóa thủ tục."),
        .removes("Tr. Thị Ph.", in: "CB Tr. Thị Ph. ký biên bản thay cho trưởng phòng."),
        .keeps("Khoản 2: a. Thanh tra tỉnh chủ trì; b. Sở Tư pháp phối hợp."),
        .keeps("Theo điểm b. Trường hợp đặc biệt thì được miễn."),
        .removes("thu ha", in: "zalo: e là thu ha, con bà ở xóm trên."),
        .keeps("tôi là nông dân, sống ở xã đã lâu."),
        .removes("Bình", in: "Cháu ngoại Bình đi học về thì thấy cán bộ đến."),
        .removes("Hồng", in: "Bà nội Hồng của cháu đã ký vào đơn."),
        .keeps("Bà ngoại của cháu đã ký vào đơn."),
        .removes("Tuấn", in: "Inspector note: her son Tuấn was present at the meeting."),
        .removes("Hạnh", in: "Inspector note: the son in law Hạnh refused to sign."),
    ]

    static let nicknamesAndAccounts: [FamilyCase] = [
        .removes("Lan bán cá", in: "Người làm chứng là \"Lan bán cá\" ở chợ xã."),
        .removes("Hùng thợ điện", in: "Anh \"Hùng thợ điện\" là người đã thấy việc đưa tiền."),
        .keeps("Tên mô hình là \"Hòa giải cơ sở\" của xã."),
        .keeps("Khẩu hiệu của xã là \"Dân biết, dân làm\"."),
        .removes("Thu Trang Lê", in: "Tin nhắn đến từ tên hiển thị Thu Trang Lê lúc 22 giờ."),
        .keeps("Màn hình không có tên hiển thị, chỉ có số máy."),
        .removes("H'Lan Niê", in: "Tài khoản Facebook H'Lan Niê đăng bài tố cáo."),
    ]

    static let residences: [FamilyCase] = [
        .removes("K15/3", in: "Ông Hà ở K15/3 Lê Duẩn, thành phố Đà Nẵng."),
        .removes("K7/22", in: "Bà Sen trú tại K7/22 đường Ông Ích Khiêm."),
        .keeps("Mẫu K1/2025 được ban hành kèm Thông tư."),
        .removes("hamlet 4", in: "Note: the family lives in hamlet 4 of the commune."),
        .removes("residential group 12", in: "Witness lives in residential group 12, Tan Dinh ward."),
        .removes("15C", in: "Complainant rents at 15C Le Loi street."),
        .removes("thôn chè", in: "đơn ký: lê văn tám, thôn chè, xã hòa an."),
        .keeps("Các thôn đều được tập huấn, xã có kế hoạch."),
        .removes("to 7", in: "don cua ba hoa, to 7 phuong an khanh."),
        .keeps("xe o to 5 cho bi giu tai tram."),
        .removes("tổ dân phố Nà Cạn", in: "Bà tổ trưởng tổ dân phố Nà Cạn đã xác nhận việc thu tiền."),
        .removes("Khải", in: "Trưởng thôn Khải đã xác nhận việc thu tiền."),
    ]

    static let leftByTheTwelfthRound: [FamilyCase] = [
        .removes("khánh", in: "cán bộ tư pháp phường tên khánh hẹn tôi mai lên lấy kết quả."),
        .keeps("Mùng 2 Tết, UBND phường vẫn tổ chức trực tiếp công dân."),
        .keeps("Mùng 4 Tết, đoàn công tác của tỉnh thăm các gia đình chính sách."),
        .removes("3", in: "Mùng 3 Tết, cán bộ xã đến nhà tôi đòi tiền."),
        .removes("5", in: "Mùng 5 Tết, bà Hoa lên xã nộp đơn."),
        .removes("6", in: "Mùng 6 Tết UBND xã gọi tôi lên làm việc riêng."),
        .removes("thao", in: "Tôi chuyển khoản 3 triệu, nội dung \"gui tien cho thao coc dat\"."),
        .removes("tuan", in: "Nội dung chuyển khoản ghi \"tien coc cua a tuan\"."),
        .keeps("Nội dung chuyển khoản ghi \"nop tien cho xa lam so\"."),
        .keeps("Nội dung chuyển khoản ghi \"gui tien phi cua minh\"."),
    ]

    /// National office holders and names given to things stay; families that are also words go.
    @Test(arguments: figuresAndFamilies) func aPublicFigureStaysAndARareFamilyGoes(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// An honorific cut to its letter, a writer's own name without marks, grandparents and English kin.
    @Test(arguments: cutHonorificsAndKin) func aNameAfterACutHonorificOrAKinshipWord(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A quoted nickname after là or an honorific; a display name; a highland name after an account.
    @Test(arguments: nicknamesAndAccounts) func aQuotedNicknameOrADisplayName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A name after tên with a place word before it; a day of Tết in an office's schedule, not a visit's;
    /// a payee's name in lower case in a transfer's note.
    @Test(arguments: leftByTheTwelfthRound) func aNameAfterXaTenAnOfficesDayOfTetOrAPayee(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A kiệt, an English note's hamlet and group, a signature's hamlet, a head's unit.
    @Test(arguments: residences) func aResidenceWrittenAnotherWay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
