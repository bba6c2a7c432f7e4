import Sanitization
import Testing

/// The rules heldout-8's misses called for, each in sentences of its own: a rare family that is a word
/// before a middle name, a lower-case full name opening a sentence, a historical name with a further
/// given name, ranges of days, a day after a part of the day and before its month, an e-mail written
/// "X tại gmail", a licence number with a slash and letters after it.
@Suite("Sanitizer: the eighth round's names, dates, e-mails and licences")
struct SanitizerEighthGapTests {
    static let names: [FamilyCase] = [
        .removes("Văn Đức Lợi", in: "Văn Đức Lợi có mặt tại buổi làm việc với đoàn."),
        .removes("Văn Thị Hằng", in: "Văn Thị Hằng là thủ quỹ của hợp tác xã."),
        .keeps("Văn bản trả lời được gửi tới các hộ dân."),
        .keeps("Văn Miếu Quốc Tử Giám đón đoàn học sinh."),
        .keeps("Văn phòng UBND xã nhận đơn vào buổi sáng."),
        .removes("tran minh quan", in: "tran minh quan la nguoi thu tien cua ca xom"),
        .removes("hoang quoc viet", in: "hoang quoc viet la con cua chu tich xa"),
        .removes("nguyen minh duc", in: "hom qua nguyen minh duc den nha toi doi tien"),
        .keeps("nguyen nhan chinh la thieu nuoc"),
        .keeps("can bo xa vi pham quy dinh ve dat dai"),
        .removes("bui tuan anh", in: "chieu nay bui tuan anh lai goi dien doa"),
        .keeps("anh ta muon tran thanh toan no truoc"),
        .keeps("ly do chinh la thieu kinh phi"),
        .keeps("quy hoach do thi lam dan mat dat"),
        .keeps("vu chi dinh thau nay co van de"),
        .removes("Triệu Thị Lựu", in: "Hôm trước bà Triệu Thị Lựu đã đến nhà văn hóa."),
        .keeps("Đền thờ bà Triệu ở Thanh Hóa được tu bổ."),
        .keeps("Đường Bà Triệu Thanh Hóa được lát đá lại."),
    ]
    static let datesAndAccounts: [FamilyCase] = [
        .removes("3-5/10", in: "Hộ dân phản ánh nước tràn vào nhà từ 3-5/10, chưa ai khắc phục."),
        .removes("20-22/11", in: "Xe cẩu đậu trước cổng 20-22/11 mà không xin phép."),
        .removes("20 đến 22/8", in: "Cg báo từ 20 đến 22/8 có xe chở đất vào ban đêm."),
        .keeps("Cuộc họp kéo dài 3-5 ngày."),
        .keeps("Khoảng 2-3/10 hộ chưa nộp."),
        .removes("15", in: "Vào đêm 14 rạng sáng 15 tháng 6, xe chở cát đi qua."),
        .removes("9", in: "Chiều 9 tháng 7, cán bộ địa chính đến đo đất."),
        .keeps("Em làm mỗi ngày 12 tiếng ở xưởng may."),
        .keeps("Sáng 3 người đến, chiều 5 người về."),
        .removes("tranthu.ha92 tại gmail", in: "Liên hệ qua thư tranthu.ha92 tại gmail hoặc số điện thoại."),
        .removes("le.binh.1990 tai yahoo", in: "mail cua toi la le.binh.1990 tai yahoo nhe"),
        .keeps("Tôi mở tài khoản tại gmail từ lâu."),
        .removes("004512/BYT-CCHN", in: "Chứng chỉ hành nghề dược số 004512/BYT-CCHN đã bị thu hồi."),
        .removes("000871/ĐNA-CCHN", in: "Quầy thuốc treo bản sao 000871/ĐNA-CCHN của người khác."),
        .removes("0456/SYT-GPHN", in: "Giấy phép hành nghề số 0456/SYT-GPHN cấp cho bác sĩ đã bị thu hồi."),
        .keeps("Quyết định số 12/QĐ-UBND của UBND tỉnh đã được công bố."),
    ]

    static let callsAndPlaces: [FamilyCase] = [
        .removes("N.T", in: "chị N.T ơi, hồ sơ của chị xong chưa"),
        .removes("Q.A", in: "Hôm qua e Q.A nhắn là đơn bị trả về."),
        .keeps("Hàng nhập từ U.S và E.U phải kiểm dịch."),
        .removes("làng Ốp 3", in: "Hộ ông ở làng Ốp 3, xã Ia Kha, chưa được hỗ trợ."),
        .removes("thôn Đông 3", in: "Gia đình bà ở thôn Đông 3, xã Yên Mỹ."),
        .keeps("Làng nghề có 3 hộ làm gốm."),
        .removes("hạnh", in: "Người gọi 9h, xưng là chị hạnh bán cá, báo bị thu phí chợ."),
        .keeps("Cô giáo khen anh hùng trong truyện."),
        .removes("Lan bún riêu", in: "Hàng xóm kể \"Lan bún riêu\" cũng bị thu tiền."),
        .keeps("Anh ấy nói \"Hùng đi rồi\" rồi cúp máy."),
        .keeps("Các hộ báo \"Bình thường thôi\" khi được hỏi."),
        .removes("Tâm Hà Nội", in: "Kẻ cầm đầu là Lê Văn Tâm, tức Tâm Hà Nội, đã bị bắt."),
        .keeps("Theo Luật Đất đai, tức là Luật số 31/2024/QH15, hộ dân được bồi thường."),
        .keeps("hỏi thằng cò nhà là biết giá"),
        .removes("siu y lanh", in: "người gọi tự nhận tên là siu y lanh, ở xã Chư Sê"),
        .removes("ksor h'bla", in: "nhà bà ksor h'bla bị thu tiền hai lần"),
        .keeps("Dân làng ở đây nay y nguyên như cũ."),
    ]

    @Test(arguments: callsAndPlaces) func aCallAPlaceOrAnAliasOfHeldOutEight(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test(arguments: names) func aNameOfHeldOutEight(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test(arguments: datesAndAccounts) func aDateOrAnAccountOfHeldOutEight(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
