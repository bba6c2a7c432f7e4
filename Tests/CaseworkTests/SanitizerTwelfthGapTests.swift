import Sanitization
import Testing

/// The rules heldout-12's and heldout-14's misses and false positives called for, each in sentences of
/// its own (none taken from the batches): names before quoted nicknames and in transfer notes, words that
/// only look like names, listed numbers, offices' hotlines, businesses, villages typed in lower case, odd
/// phone and e-mail forms, plus codes and loosely written days.
@Suite("Sanitizer: the twelfth round's nicknames, transfer notes, look-alike words, villages and days")
struct SanitizerTwelfthGapTests {
    static let nicknamesAndNotes: [FamilyCase] = [
        .removes("Mùa Páo \"Lé\"", in: "Người thu tiền là A Mùa Páo \"Lé\", không phải cán bộ xã."),
        .removes("Nguyễn Văn Tùng \"xoăn\"", in: "Theo phản ánh, anh Nguyễn Văn Tùng \"xoăn\" thu tiền các hộ."),
        .removes("Tuấn \"lùn\"", in: "Người dân gọi hắn bằng biệt danh Tuấn \"lùn\"."),
        .keeps("Người dân gọi khu chợ là \"chợ cóc\" từ lâu."),
        .keeps("Văn bản ghi rõ \"Không thu thêm bất kỳ khoản nào\"."),
        .removes("Hung", in: "Nội dung chuyển khoản ghi \"chuyen tien cho Hung lam so\"."),
        .removes("Thao", in: "Tôi chuyển khoản 5 triệu, nội dung \"Thao gui tien coc dat\"."),
        .keeps("Tôi chuyển khoản 5 triệu, nội dung \"Nop phi cap so do\"."),
        .keeps("Nội dung văn bản \"Hòa giải tranh chấp đất đai\" đã được gửi."),
    ]

    static let wordsNotNames: [FamilyCase] = [
        .keeps("hôm qua chị y tá trực nói phải chờ đến sáng."),
        .keeps("ông y sĩ trạm xá bảo về nhà uống thuốc."),
        .keeps("bà y bác sĩ về hưu vẫn khám cho dân."),
        .removes("y blin niê", in: "ông y blin niê nộp đơn lên xã."),
        .removes("y sao nie", in: "hom qua ong y sao nie len xa nop don."),
        .keeps("Cac thi sinh thi tuyen vien chuc da co diem."),
        .keeps("danh sach hoc sinh thi tot nghiep da niem yet."),
        .keeps("Can bo o ban Chi huy quan su xa da xac minh."),
        .keeps("Ông Chỉ huy trưởng Ban Chỉ huy quân sự xã đã ký."),
        .keeps("ae cho hỏi Lương hưu tháng này chi vào ngày nào ạ"),
        .keeps("Bảng lương tháng 8/2025 của cán bộ xã đã niêm yết."),
        .removes("lương thị hoa", in: "bà lương thị hoa hỏi về lương hưu của chồng."),
        .keeps("Ngày 2/9 là Quốc khánh, bộ phận một cửa nghỉ."),
        .keeps("Ngày 30/4 và 1/5 các cơ quan nghỉ lễ."),
        .removes("30/4", in: "Ngày 30/4 tôi lên xã nộp đơn."),
        .keeps("Du khách đến Khu di tích Kim Liên và Đền Hùng dịp lễ."),
        .removes("Mến", in: "Trung tâm y tế yêu cầu bà Mến nộp thêm tiền."),
    ]

    static let numbersAndBusinesses: [FamilyCase] = [
        .keeps("Kèm theo là các tài liệu số 18, số 19 trong hồ sơ."),
        .keeps("Biên bản ghi tại mục số 3, số 4 của phụ lục."),
        .removes("số 18", in: "Ông Hùng ở số 18, đường Lê Lợi."),
        .removes("số 01/2025, số 125", in: "Giấy khai sinh quyển số 01/2025, số 125 do xã cấp."),
        .keeps("Đường dây nóng Thanh tra tỉnh: 0263 3822 111."),
        .keeps("đây là đường dây nóng của sở y tế số không hai tám ba tám hai hai một một một"),
        .keeps("alo đường dây nóng một chín không không một hai ba bốn của sở phải không ạ"),
        .removes(
            "không chín một hai ba bốn năm sáu bảy tám", in: "số của tôi là không chín một hai ba bốn năm sáu bảy tám"),
        .keeps("Hợp đồng ký với Công ty TNHH Thương mại Dịch vụ Hoàng Long."),
        .keeps("Tiệm vàng Kim Thành và Cửa hàng Minh Phát bị kiểm tra."),
        .removes("Hoàng Long", in: "Ông Hoàng Long, giám đốc, đã ký hợp đồng."),
        .keeps("Nhà lưu niệm Chủ tịch Tôn Đức Thắng mở cửa tự do."),
        .removes("Tôn Đức Minh", in: "Chủ tịch Tôn Đức Minh đã ký quyết định."),
        .removes("0456/HN", in: "Sổ hộ nghèo số 0456/HN của gia đình tôi bị giữ."),
        .keeps("Quyết định về hộ nghèo số 12/QĐ-UBND đã ban hành."),
    ]

    static let placesAndDays: [FamilyCase] = [
        .removes("ban na hang", in: "ong lo van sinh o ban na hang bi thu tien."),
        .removes("buon ko tam", in: "chi h'lan o buon ko tam, xa ea tu."),
        .removes("plei ro", in: "tôi là rơ châm nin ở plei ro, xã ia dom."),
        .keeps("nha toi o lang que nen it khi len xa."),
        .keeps("can bo o ban tiep dan, xa da tra loi."),
        .removes("bản Mới", in: "Hộ ông Sùng A Lử ở bản Mới, xã Mường Lát."),
        .removes("0,9,1,2,3,4,5,6,7,8", in: "Số điện thoại: 0,9,1,2,3,4,5,6,7,8 (viết tách)."),
        .keeps("Tỷ lệ các năm: 1,2,3,4,5,6,7,8,9,1 phần trăm."),
        .removes("hoa.le chấm 88 a còng gmail chấm com", in: "Mail của tôi: hoa.le chấm 88 a còng gmail chấm com."),
        .removes("8Q9C+R3M", in: "Vị trí nhà em: 8Q9C+R3M, gần cầu."),
        .keeps("Tổng cộng 8 + 3 hộ được hỗ trợ."),
        .removes("45", in: "Đơn ký tên: tran van minh, dia chi 45 duong le loi"),
        .removes("18", in: "Bà Hai ở 18 hẻm 7 đường Hùng Vương."),
        .removes("30", in: "tối 30 cán bộ xã đến nhà tôi."),
        .keeps("tối 30 cân gạo được phát cho các hộ."),
        .removes("3", in: "Hôm trước, 3 tây, tôi gửi đơn lên xã."),
        .removes("15", in: "Bà kể sáng 15 âm cán bộ đến nhà."),
        .keeps("Tây Nguyên có 5 tỉnh, âm lịch dùng cho lễ hội."),
        .keeps("Giỗ Tổ Hùng Vương mùng 10 tháng 3 âm lịch được nghỉ."),
        .removes("rằm", in: "Đến rằm tháng sau họ lại đến đòi tiền."),
        .removes("Cu Bin", in: "Cu Bin, con trai tôi, bị từ chối thẻ BHYT."),
        .removes("trương văn hậu", in: "thằng cha trương văn hậu ở xã hay hạch sách."),
    ]

    /// A name right before its quoted nickname, a nickname after “biệt danh”, a given name in a transfer's note.
    @Test(arguments: nicknamesAndNotes) func aNameBeforeItsQuotedNicknameOrInATransferNote(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// Words that only look like names: a health worker's trade, a family that ends a common word, an office, a benefit, a holiday.
    @Test(arguments: wordsNotNames) func aWordThatOnlyLooksLikeAName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// Listed numbers, an office's hotline in any form, a business's and a memorial's names.
    @Test(arguments: numbersAndBusinesses) func aNumberOrABusinessNameStays(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// Villages typed in lower case, odd phone and e-mail forms, plus codes, house numbers after a cue, loose days.
    @Test(arguments: placesAndDays) func aVillageAPhoneOrADayWrittenLoosely(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
