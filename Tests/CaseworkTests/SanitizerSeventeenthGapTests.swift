import Sanitization
import Testing

/// The rules heldout-22's and heldout-23's misses and keep losses called for, each in sentences of its
/// own (none taken from the batches): festivals' days and monthly deadlines, phones spelled digit by
/// digit, initials in brackets, in lower case or with hyphens, and parties' placeholder letters.
@Suite("Sanitizer: the seventeenth round")
struct SanitizerSeventeenthGapTests {
    static let days: [FamilyCase] = [
        .keeps("Lễ hội Vu Lan 15/7 năm nay chùa tổ chức lớn hơn mọi năm."),
        .keeps("Tết Đoan Ngọ 5/5 nhà nào cũng ăn rượu nếp."),
        .removes("15/7", in: "Sáng 15/7 cán bộ xã đến đo đất nhà tôi."),
        .keeps("Các hộ nộp tiền điện trước ngày 20 hàng tháng tại bưu điện xã."),
        .keeps("Tổ trưởng thu quỹ vào ngày 5 mỗi tháng."),
        .removes("ngày 20", in: "Đến ngày 20 cán bộ địa chính mới xuống đo."),
        .removes("5", in: "bữa 5/11 tụi nó lại kéo đến đòi nợ"),
    ]

    /// A d/m that one of the five words before names the lunar festival of stays, as a day and its month
    /// in words did; a day before hằng tháng, hàng tháng or mỗi tháng recurs and stays; bữa is a date's cue.
    @Test(arguments: days) func aFestivalOrAMonthlyDay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let phones: [FamilyCase] = [
        .removes("0 9 8 3 - 4 4 5 - 1 2 0", in: "Ai cần thì gọi 0 9 8 3 - 4 4 5 - 1 2 0 nhé."),
        .removes("0 3 5 8 1 2 6 7 4 9", in: "Số nó là 0 3 5 8 1 2 6 7 4 9, cẩn thận."),
        .keeps("Điểm các môn lần lượt là 1 2 3 4 5 6 7 8 9 10 trên bảng."),
    ]

    /// Ten or eleven single digits with spaces or dashes between, of a phone's shape, are a phone.
    @Test(arguments: phones) func aSpelledOutPhone(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let initials: [FamilyCase] = [
        .removes("TVK", in: "Một nhân chứng (TVK, sinh năm 1980) xác nhận sự việc."),
        .removes("LTPh", in: "Người thứ hai (LTPh, hàng xóm) cũng nghe thấy."),
        .keeps("Đoàn kiểm tra (UBND, Công an xã) đã lập biên bản."),
        .removes("lvt", in: "anh lvt bên thôn 3 bị đánh, công an chưa về"),
        .keeps("anh ntn mà nói vậy"),
        .removes("T-H-L", in: "Biên bản ghi chị T-H-L đã ký nhận tiền."),
        .keeps("bà X và ông Y là hai bên trong mẫu hợp đồng"),
        .removes("T.Hoa", in: "Biên lai có chữ ký “T.Hoa” nhưng không ghi số tiền."),
        .removes("X.", in: "Tôi đã gặp bà X. hôm qua."),
    ]

    /// Capitals that open brackets before a comma and a birth year or a relation are initials ("HTTr" too);
    /// three or four consonants in lower case right after an honorific are initials, less chat's
    /// abbreviations; capitals joined by hyphens after an honorific are; X, Y and Z with no dot, two of them
    /// in the sentence, are a draft's placeholders and stay.
    @Test(arguments: initials) func initialsOrPlaceholders(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let others: [FamilyCase] = [
        .keeps("TRẦN NHÀ TRƯỜNG BỊ DỘT MÀ KHÔNG AI SỬA!!!"),
        .keeps("HỒ CHỨA NƯỚC BỊ Ô NHIỄM NẶNG, XÃ LÀM GÌ ĐI!!!"),
        .removes("NGUYỄN VĂN TÙNG", in: "ÔNG NGUYỄN VĂN TÙNG LẤN CHIẾM ĐẤT CÔNG!!!"),
        .keeps("Đêm Trung thu các cháu rước đèn quanh xóm."),
        .removes("Lực", in: "Anh giám sát Lực ký khống biên bản nghiệm thu."),
        .keeps("Dịp nghỉ 2/9 Quốc khánh năm nay kéo dài bốn ngày."),
        .keeps("Thang máy chung cư 2 tuần nay hỏng mà chưa ai sửa."),
        .removes("P.1208", in: "Tôi ở chung cư Hòa Bình, P.1208."),
        .removes("3", in: "Since the 3rd of May nobody has answered the hotline."),
        .keeps("Our flat is on the 7th floor, above the ward office."),
        .removes("lê sĩ hùng", in: "đã gọi cho anh lê sĩ hùng về việc nộp phạt"),
        .keeps("bác sĩ trạm y tế khám cho cháu rất kỹ"),
        .removes(
            "lan.pham [at] yahoo dot com", in: "Write to me at lan.pham [at] yahoo dot com if you need the photos."),
        .removes("12.07", in: "We rent apartment 12.07 on the twelfth floor."),
    ]

    /// In text in capitals with no cue, a family's first given name must be a known given or middle name
    /// ("TRẦN NHÀ" stays); Trung thu is kept like Vu Lan; giám sát is a role; a holiday's name after a d/m
    /// is no street; a dwelling's number before a unit of time or a count is no flat; an English ordinal
    /// day after on, since, by, until or from goes; an English pronoun before at is no e-mail's local
    /// part; apartment is a dwelling's word; sĩ is a middle name in lower case after a family, like văn.
    @Test(arguments: others) func shoutsFestivalsRolesAndOrdinals(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
