import Sanitization
import Testing

/// The rules heldout-10's misses called for, each in sentences of its own: places and peoples that
/// begin like names, names in lower case without a listed family, days named by a holiday, a list or
/// the South's "bữa", an office's number, a school's grade, and display names named outright.
@Suite("Sanitizer: the tenth round's places, peoples, lower-case names, days and display names")
struct SanitizerTenthGapTests {
    static let places: [FamilyCase] = [
        .keeps("Bạc Liêu nay thuộc tỉnh Cà Mau sau sắp xếp."),
        .keeps("Hồ sơ được chuyển từ Sóc Trăng về Cần Thơ."),
        .keeps("Đường Nơ Trang Gưh đang được mở rộng."),
        .keeps("Xã Si Ma Cai có 12 thôn."),
        .removes("Nguyễn Văn An", in: "Chủ tịch xã Tân Lập Nguyễn Văn An đã ký."),
        .keeps("Khách sạn Minh Tâm bị kiểm tra về giá phòng."),
        .keeps("Tòa nhà Hoàng Thành xây sai phép."),
        .removes("Trần Thị Hoa", in: "Bà Trần Thị Hoa ở chung cư Mỹ Đình kể lại."),
        .keeps("gia dinh o Ha Giang len xa nop don"),
        .removes("ap Binh Hoa", in: "nha toi o ap Binh Hoa xa Tan Phu"),
        .keeps("ho dang o ban Quan ly du an de hop"),
        .keeps("ho dang ngoi o ban Tiep dan cua xa"),
        .keeps("Học sinh khối 9 được nghỉ học chiều thứ Sáu."),
        .removes("khối 3", in: "Nhà tôi ở khối 3 phường Vinh Tân."),
        .removes("số 18", in: "Nhà bà ở ngõ 45 Hào Nam, số 18, bị nứt."),
        .keeps("Theo danh sách, số 18 đã nộp tiền."),
        .removes("to 7 khoi 3", in: "nha o to 7 khoi 3 phuong Ben Thuy"),
        .keeps("gia dinh thue xe o to 7 cho di Ben Thuy"),
    ]

    static let peopleAndNames: [FamilyCase] = [
        .keeps("Người K'Ho ở Lạc Dương sống chủ yếu bằng nghề trồng cà phê."),
        .keeps("Đồng bào Ê Đê đón Tết trong buôn."),
        .removes("K'Brơi", in: "Anh K'Brơi nộp đơn."),
        .removes("Rơ Lan Kly", in: "Anh Rơ Lan Kly nộp đơn."),
        .removes("Ka Điệp", in: "Chị Ka Điệp người Cơ Ho nộp đơn."),
        .removes("Lò Thị P.", in: "Vợ ông là Lò Thị P. bị làm khó khi đăng ký khai sinh."),
        .removes("ngạc văn hòa", in: "bà lan với ông ngạc văn hòa ở Hà Nội gọi lên phản ánh"),
        .keeps("Ông chánh văn phòng đã ký công văn."),
        .removes("vi van tham", in: "ong vi van tham bi xa doi tien"),
        .keeps("ong lo van ban giay to cho dan"),
        .keeps("em lo thi cu nen chua nop don"),
        .removes("hai", in: "tui ten la hai o xa yen thanh"),
        .removes("sáu", in: "hỏi bà sáu và ông Tám ở Long An thì biết."),
        .keeps("Ông năm nay 70 tuổi, vẫn đi làm ở Long An."),
        .keeps("Bà tư vấn cho dân ở Long An về thủ tục."),
        .keeps("tui khong biet ten la gi"),
        .removes("duc", in: "ong can bo ten duc doi tui nam tram nghin"),
        .removes("vang seo pao", in: "ho vang seo pao o xa Bac Ha chua duoc ho tro"),
        .removes("h'linh niê", in: "chị h'linh niê ở buôn bị trừ tiền"),
        .removes("hùng", in: "ai quen a hùng bên địa chính thì báo, hồ sơ hạng B2 vẫn chưa xong"),
        .keeps("phương án a bình thường được chọn"),
        .removes("danh thi kim rin", in: "danh thi kim rin o Ca Mau noi da nop don"),
    ]

    static let daysNumbersAndAccounts: [FamilyCase] = [
        .keeps("Dịp lễ 2/9 các cơ quan nghỉ 2 ngày."),
        .keeps("Nghỉ lễ 30/4 và 1/5 kéo dài 5 ngày."),
        .removes("2/9", in: "Sáng 2/9 cán bộ đến nhà tôi."),
        .removes("12", in: "Họ đến vào các ngày mùng 5, 12 và 20 hằng tháng."),
        .removes("16", in: "bữa 16 ổng xuống nhà đo đất"),
        .keeps("Mỗi bữa 2 món là đủ."),
        .removes("hai mươi", in: "hôm hai mươi tháng trước có người đến đo đất"),
        .removes("20", in: "bữa 20 tháng rồi ổng tới nhà"),
        .keeps("Ngày Nhà giáo Việt Nam 20/11 các trường không được thu tiền."),
        .removes("20/11", in: "Ngày 20/11 ông Tư đến trường."),
        .removes("rằm", in: "đêm rằm tháng Giêng ổng tới nhà"),
        .keeps("Tết Nguyên tiêu là rằm tháng Giêng."),
        .keeps("Lễ hội Đền Hùng mùng 10 tháng 3 âm lịch là ngày nghỉ lễ."),
        .removes("mùng 10", in: "Hôm mùng 10 tháng 3 âm lịch cán bộ đến nhà."),
        .keeps("Ba tháng trước xã đã họp dân."),
        .keeps("Số 0243.8123.456 của Sở Tư pháp luôn có người trực."),
        .removes("0912345678", in: "Số 0912345678 của cán bộ địa chính được gửi kèm."),
        .removes("Hưng Công An", in: "Zalo tên hiển thị là Hưng Công An gọi đòi tiền."),
        .keeps("Fanpage Sở Tư pháp đăng thông báo."),
        .keeps("ho nop ho so o So Tai chinh tinh"),
        .keeps("tin tu nhom zalo: ai lam bang lai thi can can than"),
    ]

    @Test(arguments: places) func aPlaceAGroupOrAHouseOfHeldOutTen(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test(arguments: peopleAndNames) func aPeopleOrANameOfHeldOutTen(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test(arguments: daysNumbersAndAccounts) func aDayANumberOrAnAccountOfHeldOutTen(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// The dot after a last initial goes with it inside a sentence.
    @Test func anInitialTakesItsDotInsideASentence() {
        #expect(Sanitizer().sanitize("Vợ là Lò Thị P. bị làm khó.").text == "Vợ là [đã ẩn] bị làm khó.")
        #expect(Sanitizer().sanitize("Người ký: Lò Thị P.").text.hasSuffix("."))
    }

    /// A listed day goes, a count after it stays; a date in words keeps its month and year as written.
    @Test func listedDaysGoAndADateInWordsKeepsItsWords() {
        #expect(Sanitizer().sanitize("Ngày mùng 5, 3 người đến.").text == "[đã ẩn], 3 người đến.")
        #expect(
            Sanitizer().sanitize("Ngày 15 tháng 5 năm 2025, bà đưa tiền.").text == "tháng 5 năm 2025, bà đưa tiền.")
    }
}
