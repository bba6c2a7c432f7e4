import Sanitization
import Testing

/// The rules heldout-15's and heldout-16's misses and false positives called for, each in sentences of
/// its own (none taken from the batches): a chat line's writer, an English day of a named month, phone
/// numbers before a count's word, grouped after 84 or with an extension, and offices' published numbers.
@Suite("Sanitizer: the fourteenth round's chat writers, English days and phone numbers")
struct SanitizerFourteenthGapTests {
    static let chatWriters: [FamilyCase] = [
        .removes("hai map", in: "[08:41] hai map: ai biết xã thu phí này không"),
        .removes("Cô Ba Lúa", in: "[21:03] Cô Ba Lúa: tui nộp đơn rồi mà chưa thấy ai gọi"),
        .removes("Huệ Sóc Trăng", in: "[06:15] Huệ Sóc Trăng: mai chị lên huyện hỏi lại"),
        .removes("h'nga niê", in: "[14:20:05] h'nga niê: em gửi hình sổ đỏ rồi nha"),
        .keeps("[09:00] UBND xã: Lịch tiếp công dân tuần này vào thứ Năm."),
        .keeps("Họp lúc 14:30: bàn việc tiếp dân của xã."),
        .keeps("Điều 5 [khoản 2]: thời hạn giải quyết là 30 ngày."),
    ]

    static let englishDays: [FamilyCase] = [
        .removes("4 June", in: "The officer came to my house on 4 June and asked for money."),
        .removes("October 21st", in: "I filed the complaint on October 21st at the ward office."),
        .removes("9th of August", in: "She was called to the commune on the 9th of August."),
        .keeps("The inspection ran from March to June 2025."),
        .keeps("The office received 12 complaints in March."),
    ]

    static let phones: [FamilyCase] = [
        .removes("0978 112 450", in: "Tôi đã gọi 0978 112 450 ngày 3/5 nhưng không ai nghe."),
        .removes("84.987.654.321", in: "Tin nhắn gửi từ số 84.987.654.321 lúc nửa đêm."),
        .removes("0225.3844.120 máy lẻ 25", in: "Bà Nga làm ở xưởng, liên hệ 0225.3844.120 máy lẻ 25."),
        .removes("028 3930 2251 ext. 4", in: "Call the complainant at 028 3930 2251 ext. 4 after work."),
        .keeps("Thanh tra tỉnh công khai số điện thoại 0263 3822 444 để người dân phản ánh."),
        .keeps("Người dân gọi số 0274 3822 100 của Ban Tiếp công dân tỉnh để hẹn lịch."),
        .removes("0399 555 127", in: "Người tố cáo đề nghị không công khai số 0399 555 127."),
        .keeps("Dự án có tổng số tiền 84.912.555.019 đồng đã giải ngân."),
        .keeps("Kinh phí 84.912.555.019 được phân bổ cho các xã."),
    ]

    static let bareInitials: [FamilyCase] = [
        .removes("LTH", in: "Nhân chứng LTH xác nhận đã thấy việc giao tiền."),
        .removes("PVD", in: "Biên bản ghi lời anh PVD về việc bị thu tiền."),
        .removes("HTK", in: "Theo lời HTK (em họ người tố cáo), cán bộ đã nhận phong bì."),
        .removes("NHL", in: "NHL và ĐVT là những người có mặt tại buổi họp."),
        .removes("PTH", in: "PTH, LVB và NTK là ba người ký vào đơn tập thể."),
        .keeps("CCCD, BHXH và BHYT là ba loại giấy tờ người dân phải mang theo."),
        .keeps("Ông CSGT đã lập biên bản tại chỗ."),
        .keeps("BHXH và BHYT là hai loại bảo hiểm người lao động phải đóng."),
        .keeps("Phòng TNMT (nay là Phòng Nông nghiệp) đã trả lời đơn."),
    ]

    static let citizenAbbreviated: [FamilyCase] = [
        .removes("Khuê", in: "cd Khuê nộp đơn tại bộ phận một cửa sáng nay."),
        .removes("ha van long", in: "HS 0321: cd ha van long hoi ve tien den bu."),
        .keeps("Ông mua đĩa CD nhạc cho con ở chợ huyện."),
        .keeps("Số cd trong kho của xã đã được kiểm kê."),
    ]

    static let lowerCaseAfterThang: [FamilyCase] = [
        .removes("hieu", in: "nghe noi thang hieu voi thang tam lay tien cua xa"),
        .removes("tam", in: "nghe noi thang hieu voi thang tam lay tien cua xa"),
        .removes("binh", in: "[07:02] Cô Ba: thang binh voi ong chu tich quen nhau"),
        .keeps("thang nam voi thang sau la mua gat"),
        .keeps("[07:02] UBND xã: hop vao thang tu voi thang sau"),
    ]

    /// A name in lower case after thằng typed without marks, before với or after another with với, also
    /// in a chat line whose writer's name is capitalised; a month's number after thang stays.
    @Test(arguments: lowerCaseAfterThang) func aLowerCaseNameAfterThang(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let daysOfTet: [FamilyCase] = [
        .keeps("Mùng 2 Tết là ngày nghỉ theo quy định của Bộ luật Lao động."),
        .keeps("Theo lịch, mồng 4 Tết là ngày lễ cuối cùng của kỳ nghỉ."),
        .removes("4", in: "Mùng 4 Tết là lúc cán bộ xã đến nhà tôi đòi tiền."),
    ]

    /// A day of Tết said to be a day off or a holiday stays; one said to be a visit's goes.
    @Test(arguments: daysOfTet) func aDayOfTetThatNamesTheHoliday(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A name after cd, công dân as officials' notes abbreviate it, goes; a disc stays.
    @Test(arguments: citizenAbbreviated) func aNameAfterCd(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// Initials without dots beside a witness's word, an honorific, a relation or a pair's "là … người"
    /// go; acronyms and an office's bracketed note stay.
    @Test(arguments: bareInitials) func initialsWithoutDots(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A chat line's writer goes, whatever it is called; an office writing in a chat, a meeting's time
    /// and a bracketed clause stay.
    @Test(arguments: chatWriters) func aChatLinesWriter(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A day of a named month in English goes; a month alone stays.
    @Test(arguments: englishDays) func anEnglishDayOfAMonth(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A phone number before "ngày", grouped after 84 or with its extension goes; an office's published
    /// number and an amount stay.
    @Test(arguments: phones) func aPhoneNumberWrittenAnotherWay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
