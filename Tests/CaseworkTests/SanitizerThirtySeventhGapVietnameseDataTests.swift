import Sanitization
import Testing

/// The rules the data among heldout-113's, 115's, 116's, 117's, 119's and 120's misses called for, each in
/// sentences of its own (none taken from the batches): a receipt's series with its whole year, a vehicle's
/// registration, a medical record's file, an old household book, a confirmation's, a contract's, a
/// certificate's and a card's codes, a shipping container; a phone after số đăng ký and a renumbered mobile; a
/// village's group, a shop's quoted name, an address and a domain spelled out; and the keeps a landline an
/// office posts, the offices' exchange and a Tết break.
@Suite("Sanitizer: the thirty-seventh round's papers, phones, accounts and keeps")
struct SanitizerThirtySeventhGapVietnameseDataTests {
    static let papers: [FamilyCase] = [
        .removes("BC/2023/0045678", in: "Biên lai số BC/2023/0045678 không có tên đơn vị thu."),
        .removes("TT/2025/0001932", in: "Phiếu thu ký hiệu TT/2025/0001932 do trưởng thôn giữ."),
        .removes("051273", in: "Đăng ký xe số 051273 của chị tôi bị giữ ở đồn."),
        .removes("004519", in: "Số đăng ký xe máy 004519 đã bị gạch tên."),
        .removes("25.004417", in: "Số hồ sơ bệnh án 25.004417 ghi sai ngày mổ."),
        .removes("0117-45", in: "Sổ hộ khẩu cũ số 0117-45 của ông bà vẫn còn ở xã."),
        .removes("2231", in: "Sổ tạm trú cũ số 2231 đã hết hạn."),
        .removes("XN-0412", in: "Giấy xác nhận số XN-0412 bị xã thu hồi."),
        .removes("HĐ-2025/0107", in: "Hợp đồng thuê nhà số HĐ-2025/0107 do chủ trọ giữ."),
        .removes("VSTP-2023/0891", in: "Chứng nhận vệ sinh thực phẩm số VSTP-2023/0891 của quán bị xé."),
        .removes("AN 0451", in: "Thẻ nhân viên an ninh số AN 0451 là của người khác."),
        .removes("MSKU 4471023", in: "Container số MSKU 4471023 bị giữ lại ở bãi."),
        .keeps("Số đăng ký xe 2024 tăng 15% so với năm trước."),
        .keeps("Hồ sơ bệnh án 3 bản phải nộp cho khoa."),
        .keeps("Biên lai thu phí có mẫu do Bộ Tài chính ban hành năm 2024."),
        .keeps("Hợp đồng thuê nhà phải công chứng theo Luật Nhà ở 2023."),
        .keeps("Giấy xác nhận cư trú được cấp trong 3 ngày làm việc."),
        .keeps("Giấy chứng nhận an toàn thực phẩm có thời hạn 3 năm."),
        .keeps("Cảng Cát Lái xếp 1.200 container mỗi ngày."),
    ]

    static let phonesAndDays: [FamilyCase] = [
        .removes("0987 553 120", in: "Anh ấy gửi số đăng ký 0987 553 120 để nhận tiền."),
        .removes("0367.442.9081", in: "Số cũ của chị là 0167.442.9081, nay là 0367.442.9081."),
        .removes("0912 334 876", in: "Số riêng của ông trưởng đồn công khai trên cổng thông tin là 0912 334 876."),
        .removes("26", in: "Tôi nghỉ Tết từ 26 tháng Chạp đến mùng 6 tháng Giêng thì cán bộ đến nhà."),
        .keeps("Số máy bàn của Hạt Kiểm lâm niêm yết trên cổng thông tin là 0203 3861 440."),
        .keeps("Đồn Biên phòng đã công khai số trực ban 069.2341.557 tại cổng đồn."),
        .keeps("Gọi số 069 234 1180 của Công an huyện nếu bị đòi tiền."),
        .keeps("Cán bộ, công chức nghỉ Tết Nguyên đán từ 27 tháng Chạp đến hết mùng 4 tháng Giêng."),
        .keeps("Trường cho học sinh nghỉ Tết từ 25/1 đến 2/2 theo lịch của Phòng Giáo dục."),
    ]

    static let accounts: [FamilyCase] = [
        .removes("Buôn Kô Siêr Đoàn Kết", in: "Trong nhóm Zalo “Buôn Kô Siêr Đoàn Kết”, có người rao bán gỗ."),
        .removes("Mắm Cô Út Hà Tiên", in: "Gian hàng “Mắm Cô Út Hà Tiên” trên Lazada bị đòi 2 triệu."),
        .removes("Tiệm Bánh Nhà Na", in: "Shop 'Tiệm Bánh Nhà Na' on Shopee was asked for 5 million."),
        .removes(
            "quanghuy dot visa at yahoo dot com",
            in: "Write to the broker at quanghuy dot visa at yahoo dot com for the papers."),
        .removes("hoantien-bhxh2025 chấm com", in: "Đường link hoantien-bhxh2025 chấm com là lừa đảo."),
        .keeps("Tin nhắn trong nhóm Zalo “Hội cựu giáo chức phường Tân Định” nói rõ không thu tiền."),
        .keeps("Shopee và Lazada phải nộp thuế thay cho người bán từ năm 2025."),
        .keeps("Hồ sơ nộp qua dichvucong.gov chấm vn, không mất phí."),
    ]

    /// A receipt's series with its year, a vehicle's registration, a medical record's file, an old household
    /// book's number, a confirmation's, a contract's, a certificate's and a card's codes and a container go; a
    /// year, a count of copies, papers named with no number and containers counted stay.
    @Test(arguments: papers) func aPapersNumber(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A phone after số đăng ký, a renumbered mobile, a mobile said to be posted and a writer's own Tết days go;
    /// a landline an office posts, the offices' exchange and a Tết break told by its days stay.
    @Test(arguments: phonesAndDays) func aPhoneOrADay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A group named after its village, a shop's quoted name on a marketplace, an address whose domain follows a
    /// word and at, and a domain spelled out go; an association's group, the marketplaces named and an office's
    /// domain stay.
    @Test(arguments: accounts) func anAccount(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
