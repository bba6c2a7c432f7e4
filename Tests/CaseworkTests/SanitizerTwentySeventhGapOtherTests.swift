import Sanitization
import Testing

/// The twenty-seventh round's rules for numbers spoken on a hotline (heldout-55 and heldout-56 were its
/// training batches), each in sentences of its own: a phone number read in comma groups after its cue, a day
/// spoken in words after ngày, hôm or mùng with no month, and a house or an alley numbered in words.
@Suite("Sanitizer: the twenty-seventh round's spoken numbers")
struct SanitizerTwentySeventhGapOtherTests {
    static let phones: [FamilyCase] = [
        .removes(
            "tám tư chín một sáu, hai không bốn, bảy bảy ba",
            in: "à số ông ấy là tám tư chín một sáu, hai không bốn, bảy bảy ba, ông muốn đổi bằng lái"),
        .removes(
            "chín một hai, ba bốn năm, sáu bảy tám",
            in: "dạ số điện thoại của chị là chín một hai, ba bốn năm, sáu bảy tám nha em"),
        .removes(
            "tám bốn chín không ba, một một hai, ba ba bốn",
            in: "sđt chồng em là tám bốn chín không ba, một một hai, ba ba bốn, anh ấy đi làm xa"),
        .keeps("số người bị thương là hai, ba người, còn lại về nhà trong ngày"),
        .keeps("dạ em đếm là một, hai, ba, bốn, năm, sáu, bảy, tám cái hết rồi ạ"),
    ]

    /// A phone read out in groups set apart by commas goes when a phone's cue ends in là or a colon before it
    /// ("số ông ấy là …"), as a number opening on không already did; a count after the cue stays.
    @Test(arguments: phones) func aPhoneReadInCommaGroupsAfterItsCue(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let days: [FamilyCase] = [
        .removes("hai mươi ba", in: "em đăng ký khai sinh online từ hôm hai mươi ba mà vẫn báo chờ xử lý"),
        .removes("hai lăm", in: "trung tâm lại đổi sang ngày hai lăm không báo gì hết"),
        .removes("năm", in: "em hẹn với cán bộ tư pháp sáng thứ hai ngày mùng năm để nhận giấy"),
        .removes("mười bảy", in: "hôm mười bảy có hai anh công an xã tới nhà hỏi chuyện"),
        .removes("ba mốt", in: "bữa ba mốt ổng gọi điện đòi tiền nữa chị ạ"),
        .keeps("uống thuốc ngày hai lần, mỗi lần một viên sau ăn"),
        .keeps("ngày ba bữa cơm mà vẫn đói chị ạ"),
        .keeps("cao nhất là tước giấy phép lái xe hai mươi bốn tháng anh ạ"),
        .keeps("mẹ em bảo mùng một Tết thì không nên đi làm giấy tờ"),
        .keeps("ngày hai mươi bốn giờ anh ấy đều trực ở trạm"),
    ]

    /// A day spoken in words after ngày, hôm or bữa (a number past ten, or twenty-odd as "hai lăm") or after
    /// mùng (any day) goes though no month follows; a rate (ngày hai lần), a duration, and a day of Tết stay.
    @Test(arguments: days) func aDaySpokenInWordsWithNoMonth(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let houses: [FamilyCase] = [
        .removes(
            "bốn mươi hai ngách mười hai ngõ ba trăm",
            in: "dạ nhà em ở số nhà bốn mươi hai ngách mười hai ngõ ba trăm đường Nguyễn Trãi, phường Thanh Xuân"),
        .removes(
            "hai bảy bê, hẻm một trăm mười lăm",
            in: "dạ nhà em số hai bảy bê, hẻm một trăm mười lăm đường Trần Hưng Đạo, em hỏi khai sinh"),
        .removes("mười bốn", in: "mệ ở kiệt mười bốn, nước lên tới ngực rồi mà chưa ai tới"),
        .removes("sáu mươi", in: "anh cứ vô hẻm sáu mươi rồi hỏi nhà bà Tư là ai cũng biết"),
        .keeps("dạ em ở đường Nguyễn Trãi, phường Thanh Xuân, thẻ bảo hiểm gửi về mà không ai nhận"),
        .keeps("trong hẻm có ba nhà bị ngập, tổ trưởng đã báo lên phường"),
        .keeps("số nhà em bị ghi sai nên thư không tới, em hỏi sửa ở đâu"),
    ]

    /// A house after số nhà (or nhà … số), or an alley after ngõ, ngách, hẻm or kiệt, numbered in words
    /// (with a letter said after it, "hai bảy bê"), goes with the alleys that follow it; the street's name
    /// stays, and so do a count in an alley and the words số nhà with no number.
    @Test(arguments: houses) func aHouseOrAlleyNumberedInWords(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
