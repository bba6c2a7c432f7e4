import Sanitization
import Testing

/// The rules the data among heldout-133's, 135's, 136's, 137's, 139's, 140's, 141's, 143's and 144's misses called
/// for, each in sentences of its own (none taken from the batches): days told after a part of the day, in a span
/// of one month, in a list across semicolons and roughly; a record's, a book's, a boat's, a certificate's and a
/// receipt's codes; an office's posted and desk phones, a lot of animals and a village in brackets; an account's
/// display name before its handle, after whose it is and after its number, and a group named after its hamlet.
@Suite("Sanitizer: the thirty-ninth round's days, papers, offices' phones and accounts")
struct SanitizerThirtyNinthGapVietnameseDataTests {
    static let days: [FamilyCase] = [
        .removes("24", in: "Chiều 14/7 họ đến, sáng 24/7 mới trả lại giấy."),
        .removes("24", in: "Trưa 24/7 ông ấy gọi đòi thêm tiền."),
        .keeps("Cửa hàng mở cửa 24/7 kể cả ngày lễ."),
        .removes("1/6", in: "Từ 1/6 đến 15/6 xã thu tiền vệ sinh mỗi hộ 50 nghìn."),
        .keeps("Từ 30-4 đến 1-5 trạm nghỉ, không ai trực."),
        .removes("17/8", in: "Lịch ghi: 3/8 – nộp đơn; 17/8 – bị hẹn lại; 29/8 – được nhận."),
        .removes("12/9", in: "Tôi nộp hồ sơ; 12/9 có người gọi đòi tiền."),
        .removes("05/9", in: "Hôm 2/9 nghỉ (Quốc khánh), còn 05/9 cán bộ đến."),
        .keeps("Sổ trực ghi 2/9 nghỉ (Quốc khánh) như mọi năm."),
        .removes("12", in: "Tối 12 tháng trước, có người đến đòi tiền."),
        .removes("5", in: "Sáng 5 tháng này cán bộ đến."),
        .keeps("Tôi đã chờ 3 tháng trước khi được trả lời."),
        .removes("20", in: "Khoảng 20 tháng 11, cô giáo gọi phụ huynh đòi tiền."),
        .removes("7", in: "Hồi 7 tháng 3, bên ngân hàng gọi đến."),
        .keeps("Khoảng 3 tháng 1 lần cán bộ lại đến thu tiền."),
        .keeps("Mất khoảng 6 tháng 2 ngày mới xong thủ tục."),
    ]

    static let papers: [FamilyCase] = [
        .removes("BB-VP 004512", in: "Biên bản vi phạm số BB-VP 004512 ghi sai tên chủ quán."),
        .keeps("Biên bản làm việc số 07/BB-TTr đã gửi các bên."),
        .removes("VN-0451", in: "Sổ theo dõi vật nuôi số VN-0451 ghi sai chủ hộ."),
        .removes("3187", in: "Sổ quản lý đàn dê số 3187 bị sửa."),
        .keeps("Sổ ghi số 12 hộ chưa đóng tiền."),
        .removes("BT-0823", in: "Thuyền viên tàu BT-0823 khai đã nộp tiền."),
        .removes("KG-0417", in: "Ghe cá KG-0417 bị giữ ở bến."),
        .keeps("Tàu SE1 chạy lúc 19h mỗi ngày."),
        .removes("PT-23-0981", in: "Giấy chứng nhận đăng ký phương tiện thủy nội địa số PT-23-0981 bị làm giả."),
        .removes("ATTP-TN 045123", in: "Số seri giấy chứng nhận đủ điều kiện: ATTP-TN 045123, cấp cho quán."),
        .removes("PT-0912/2024", in: "Phiếu thu số PT-0912/2024 không có dấu."),
        .removes("BL-0459", in: "Biên lai thu phí số BL-0459 ghi 200 nghìn."),
    ]

    static let phonesAndHomes: [FamilyCase] = [
        .keeps("Số trực của Trạm y tế 0210 3845 221 đã công khai trên cổng thông tin."),
        .keeps("Ban tiếp dân (số công bố 0236 3822 115) không nghe máy."),
        .keeps("Số máy bàn Ban quản lý chợ 0274 3822 419 không ai nghe."),
        .removes("0274 3822 419", in: "Số bàn nhà tôi 0274 3822 419 thì ai cũng biết."),
        .removes("0912 447 320", in: "Số công bố là gì tôi không biết, còn số 0912 447 320 là của người môi giới."),
        .keeps("Giấy chứng nhận kiểm dịch cấp cho lô 25 con bò."),
        .removes("lô 12", in: "Đàn bò ở lô 12 bị bắt."),
        .removes("buôn Krông", in: "Anh Nhơ (buôn Krông) nói đã nộp tiền."),
    ]

    static let accounts: [FamilyCase] = [
        .removes("Bếp Quê Mẹ Hai", in: "Tiktoker \"Bếp Quê Mẹ Hai\" (@bepquemehai) đăng clip."),
        .removes("Hùng Xe Ôm 88", in: "nick zalo của chú lái xe là “Hùng Xe Ôm 88”, ai cần thì nhắn."),
        .removes("Tiem Vang Hoa", in: "zalo cua ba chu tiem la 'Tiem Vang Hoa', ai can thi nhan"),
        .removes("Bà con thôn Đông Hòa", in: "Nhóm Zalo 'Bà con thôn Đông Hòa' có tin nhắn đòi góp tiền."),
        .keeps("Nhóm Zalo 'Chủ quán ăn phường Hòa Minh' bàn chuyện phí."),
        .removes("Tuấn Xóm Chợ", in: "zalo của a là 0912 334 778 tên Tuấn Xóm Chợ, nhắn là được"),
    ]

    /// "sáng 24/7" is a day where "mở cửa 24/7" is round the clock; "Từ 1/6 đến 15/6" is days of June, "Từ 30-4 đến
    /// 1-5" the holiday; a day after a semicolon is no number after hồ sơ; a national day before "nghỉ (Quốc
    /// khánh)" stays; a day before "tháng trước" after a part of the day and a day and its month after khoảng or hồi
    /// go, where "3 tháng trước" and "khoảng 3 tháng 1 lần" stay.
    @Test(arguments: days) func aDayWithoutItsYear(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A record's lettered serial (not its document number), a book's number after sổ (not a count of households),
    /// a boat's registration (not a train), a certificate's code after a long kind, a serial after its paper and a
    /// colon, and a receipt's lettered number go.
    @Test(arguments: papers) func aPapersCode(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A station's duty landline said to be posted, a landline after "số công bố" and an office's desk by its
    /// name stay; a home's desk phone and a mobile after a denied post go; a lot of animals is no dwelling; a
    /// village in brackets after a name that folds to phố goes.
    @Test(arguments: phonesAndHomes) func anOfficesPhoneOrAHome(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A quoted name before its handle in brackets, a quoted name after whose account it is in several words, a
    /// group named after its hamlet (not after its ward) and a name after an account's number go.
    @Test(arguments: accounts) func anAccountsName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
