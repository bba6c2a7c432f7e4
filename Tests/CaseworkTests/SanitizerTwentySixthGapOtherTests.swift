import Sanitization
import Testing

/// The rules heldout-53 called for outside the name families, each in sentences of its own (none taken from
/// the batch): a handle after LINE's or KakaoTalk's label, a Japanese mobile number (070/080/090 and eight
/// digits), a civil-status register's entry number (số đăng ký), a marital-status confirmation's own number
/// (…/XNTTHN), a Catholic village (họ đạo) by its name, a village's quarter (giáp Đông), a Korean lot's
/// number before its dong; and what stays: an office's duty number (số trực), a public event's date, a line
/// of text and a register's book number, a public document's number, a parish, a bordering province.
@Suite("Sanitizer: the twenty-sixth round's non-name shapes")
struct SanitizerTwentySixthGapOtherTests {
    static let accounts: [FamilyCase] = [
        .removes("mai.anh.osaka", in: "LINE: mai.anh.osaka, ai biết chị ấy ở đâu thì báo giúp em."),
        .removes("tuanbg1990", in: "Kakao: tuanbg1990 là nick của anh ấy hồi ở Suwon."),
        .removes("lananh_kr", in: "KakaoTalk: lananh_kr, chị nhắn thẳng cho em nhé."),
        .removes("090-3318-7264", in: "Số bên Nhật của nó là 090-3318-7264, gọi sau 8 giờ tối."),
        .removes("07051239876", in: "em o Chiba sdt 07051239876 nha ae"),
        .keeps("Xếp hàng theo line bên trái, chờ đến lượt thì nộp hồ sơ."),
        .keeps("Ứng dụng Kakao phổ biến ở Hàn Quốc như Zalo ở Việt Nam."),
    ]

    static let papers: [FamilyCase] = [
        .removes("412", in: "Trích lục kết hôn ghi quyển số 01, số đăng ký 412, ngày đăng ký do cán bộ ghi sai."),
        .removes("58/2019", in: "Bản sao khai tử có số đăng ký 58/2019 nhưng tên người chết bị ghi nhầm."),
        .removes("30581247", in: "Thị thực D-2 của cháu số 30581247 bị hủy vì nghỉ học."),
        .keeps("Visa E-9 cho phép làm việc tại Hàn Quốc trong 4 năm 10 tháng."),
        .removes("117/XNTTHN", in: "Giấy xác nhận số 117/XNTTHN cấp cho anh ấy đã hết hạn sáu tháng."),
        .removes("họ đạo Phú Nhai", in: "Ông cụ sống ở họ đạo Phú Nhai từ năm 1960."),
        .removes("giáp Thượng", in: "Nhà bà ở giáp Thượng, ngay cạnh đình làng."),
        .removes("45-12", in: "Anh ấy thuê phòng ở 45-12 Sinchon-dong, Mapo-gu, Seoul."),
        .keeps("Phía bắc xã giáp Nam Định, phía tây giáp sông Đáy."),
        .keeps("Việc đăng ký lại thực hiện theo Quyết định số 112/QĐ-UBND của UBND tỉnh."),
        .keeps("Sổ đăng ký kết hôn năm 1995 có 3 quyển, quyển số 02 bị mối xông."),
        .keeps("Giáo xứ Phú Nhai có nhà thờ lớn nhất giáo phận."),
    ]

    static let offices: [KeptSpanCase] = [
        KeptSpanCase(
            span: "0226 3852 111",
            text: "Số trực của Trung tâm Phục vụ hành chính công tỉnh là 0226 3852 111."),
        KeptSpanCase(span: "12/10/2025", text: "Hội nghị ngày 12/10/2025 của UBND tỉnh bàn về hộ tịch."),
        KeptSpanCase(span: "Mapo-gu", text: "Anh ấy thuê phòng ở 45-12 Sinchon-dong, Mapo-gu, Seoul."),
        KeptSpanCase(span: "112/QĐ-UBND", text: "Số đăng ký 112/QĐ-UBND là của quyết định, không phải của người dân."),
    ]

    static let stillRemoved: [FamilyCase] = [
        .removes("0912 445 218", in: "Anh Tùng trực ở số 0912 445 218 mỗi tối."),
        .removes("0931 223 445", in: "Zalo: 0931 223 445, chị nhắn cho em."),
        .removes("12", in: "Cuộc gặp ngày 12/10/2025 với gia đình anh Tuấn kéo dài 2 giờ."),
    ]

    @Test(arguments: accounts) func messengerLabelsAndJapaneseMobiles(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: papers) func registerEntriesConfirmationsAndCatholicVillages(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: offices) func dutyNumbersAndDocumentsStay(_ row: KeptSpanCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: stillRemoved) func personalPhonesStillGo(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
