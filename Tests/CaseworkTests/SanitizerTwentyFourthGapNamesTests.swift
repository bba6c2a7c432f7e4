import Sanitization
import Testing

/// The name rules heldout-46's and heldout-48's misses and keep losses called for, each in sentences of
/// its own (none taken from the batches): a name after a market officer's "thị trường", a million after a
/// number, a form's field of birth, a fee quoted after gọi là, a note's "Ghi chú", a family cut to two
/// letters after a role, initials before an age in brackets, lower-case initials after chi, and a trader's
/// goods as a nickname.
@Suite("Sanitizer: the twenty-fourth round, names")
struct SanitizerTwentyFourthGapNamesTests {
    static let places: [FamilyCase] = [
        // Thị trường, môi trường, hiện trường end in trường but are no school: the name after is a person's.
        .removes("Hoàng Thị Mến", in: "Đội quản lý thị trường Hoàng Thị Mến lập biên bản."),
        .removes("Lục Văn Sáng", in: "Cán bộ môi trường Lục Văn Sáng đến kiểm tra."),
        .removes("Đỗ Văn Hải", in: "Có mặt tại hiện trường Đỗ Văn Hải cùng hai người khác."),
        // A school named after a person stays.
        .keeps("Học sinh trường Lê Quý Đôn được nghỉ học."),
        .keeps("Đoàn đến thăm trường Võ Thị Sáu ở xã bên."),
    ]

    /// A name after thị trường, môi trường or hiện trường is a person's, not a school's.
    @Test(arguments: places) func trườngCompoundsAreNoSchools(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let words: [FamilyCase] = [
        // After a number, trieu is a million, no family: "5 trieu thi ..." names no Triệu Thị.
        .keeps("nop 5 trieu thi cho giay phep"),
        .keeps("phai nop 2 triệu thì cho qua"),
        .removes("trieu thi hoa", in: "chi trieu thi hoa ban rau o cho"),
        // Năm sinh, Ngày sinh, Nơi sinh head a form's column: no birth-order Năm after Họ tên.
        .keeps("STT\tHọ tên\tNăm sinh\tQuê quán"),
        .keeps("Họ tên: \tNgày sinh:\tNơi sinh:"),
        .removes("Năm", in: "Tôi là ông Năm, sinh năm 1950."),
        // A fee in lower case quoted after gọi là is a thing; a nickname there still goes.
        .keeps("Họ thu thêm 50.000 đồng gọi là “phí vệ sinh”."),
        .keeps("Mỗi hộ nộp 200.000 đồng gọi là “tiền bảo kê”."),
        .removes("Tùng xoăn", in: "Hắn được gọi là “Tùng xoăn”."),
        // Ghi chú is a note, no chú (uncle): the acronym after it stays.
        .keeps("Ghi chú BQLDA: hồ sơ đã nộp đủ."),
        .removes("Tâm", in: "Chú Tâm ghi chú lại số tiền."),
    ]

    /// Words that only look like names: a million after a number, a field of birth, a quoted fee, a note.
    @Test(arguments: words) func wordsThatLookLikeNames(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let initials: [FamilyCase] = [
        // A family cut to two letters and a dot after a role or an honorific, as one letter is.
        .removes("Ng.", in: "Cán bộ Ng. (phòng tư pháp) đã nhận hồ sơ."),
        .removes("Th.", in: "Theo lời bà Th., tiền đã chuyển đủ."),
        // Initials before an age or a birth in brackets.
        .removes("LVK", in: "Đơn của LVK (35 tuổi, bán cá) gửi ban quản lý."),
        .removes("TTM", in: "Người khiếu nại là TTM (sinh 1970)."),
        .keeps("Trụ sở HTX (12 năm hoạt động) ở đầu xã."),
        // Lower-case initials with dots after an honorific typed without marks.
        .removes("n.v.b", in: "chi n.v.b o xom 2 bi mat tien"),
        .removes("l.t.h", in: "gap ba l.t.h o cho"),
    ]

    /// Initials: a family cut to two letters after a role, three capitals before an age, and lower-case
    /// initials after chi or ba typed without marks.
    @Test(arguments: initials) func initialsOfThisRound(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let nicknames: [FamilyCase] = [
        // A trader's goods after a given name, capitalised or not, or a dish of two words.
        .removes("Lan Vải", in: "Tiền được chuyển cho Lan Vải hôm qua."),
        .removes("Hà vải", in: "Gọi chị Hà vải ra nhận hàng."),
        .removes("Tư Rau", in: "Sáng nay Tư Rau không ra chợ."),
        .removes("Mai Vịt Quay", in: "Hàng của Mai Vịt Quay bị thu giữ."),
        .keeps("Giá vải thiều năm nay giảm mạnh."),
        .keeps("Chợ bán rau sạch mở cửa từ 5 giờ."),
    ]

    /// A trader's goods (vải, rau) or a dish of two words (vịt quay) after a given name is a nickname.
    @Test(arguments: nicknames) func tradersGoodsNicknames(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
