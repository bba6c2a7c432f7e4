import Sanitization
import Testing

/// The rules the names among heldout-133's, 135's, 136's, 137's, 139's, 140's, 141's, 143's and 144's misses
/// called for, each in sentences of its own (none taken from the batches): Xuân Trường typed in lower case, a
/// birth-order name and a given name in lower case, a name before a staff member's or an owner's words, a
/// birth-order or given name before an office's or a trade's two words, a given name before a phone's label; and
/// the keeps Ai asking who, sai quy định, fisheries after và, an industrial park's and a wholesale market's names.
@Suite("Sanitizer: the thirty-ninth round's names and name-like keeps")
struct SanitizerThirtyNinthGapVietnameseNamesTests {
    static let lowercaseNames: [FamilyCase] = [
        .removes("le xuan truong", in: "hom qua le xuan truong den nha em doi 2 trieu"),
        .removes("đặng xuân trường", in: "đặng xuân trường – thủ quỹ hội – giữ sổ thu chi."),
        .removes("vu xuan truong", in: "nguoi giu so la vu xuan truong, hay doi them tien"),
        .removes("trần minh hiếu", in: "anh trần minh hiếu nhân viên bưu điện nhận 500 nghìn."),
        .removes("pham van tuan", in: "ong pham van tuan chu quan nuoc noi cong an xa thu tien"),
        .removes("le thi hoa", in: "ba le thi hoa chu tiem vang bi doi 3 trieu"),
        .keeps("Lễ hội được tổ chức ở quảng trường trung tâm tỉnh."),
        .keeps("le hoi to chuc o quang truong thanh pho"),
        .removes("năm hoa", in: "Biên bản: ông sáu tài đến trước, bà năm hoa ra nhận tiền."),
        .removes("bảy hùng", in: "Theo biên bản, chú bảy hùng giữ sổ thu tiền."),
        .removes("hai hồng", in: "Hôm qua bà hai hồng ra nhận tiền."),
        .keeps("Đừng tin ông ba hoa đó, UBND xã đã bác đơn."),
        .keeps("Theo UBND xã, ông năm nay đã 80 tuổi."),
    ]

    static let nicknames: [FamilyCase] = [
        .removes("Sáu Phòng Cháy", in: "Sáu Phòng Cháy đến quán đòi 2 triệu."),
        .removes("Bảy Ngân Hàng", in: "Hôm qua Bảy Ngân Hàng gọi bảo nộp phí hồ sơ."),
        .removes("Hùng Thú Y", in: "Muốn có giấy kiểm dịch phải qua Hùng Thú Y."),
        .removes("Lan Ghi Số", in: "Tháng nào Lan Ghi Số cũng ghi thừa 20 số điện."),
        .keeps("Hai Ngân hàng thương mại đã ngừng cho vay."),
        .keeps("Cán bộ phòng cháy chữa cháy kiểm tra quán karaoke."),
    ]

    static let contacts: [FamilyCase] = [
        .removes("Hạnh", in: "Người liên hệ: Hạnh, SĐT 0912 345 678."),
        .removes("Khoa", in: "Biên lai ghi người thu: Khoa, ĐT: 0987.654.321."),
        .removes("Tâm", in: "Người nhận hàng: Tâm, sđt +84 912 000 111."),
        .keeps("Ghi rõ tên người nhận, ĐT và địa chỉ vào đơn."),
        .keeps("Bình thường, ĐT bàn của xã không ai nghe."),
        .keeps("Đơn gửi Phòng Tư pháp, ĐT của phòng không ai nghe."),
    ]

    static let keeps: [FamilyCase] = [
        .keeps("Ai chưa nhận tiền hỗ trợ thì lên xã hỏi."),
        .keeps("Ai nộp hồ sơ trước sẽ được giải quyết trước."),
        .keeps("Cán bộ nói việc thu phí này là sai quy định."),
        .keeps("Thu tiền như vậy là sai quy trình."),
        .keeps("Phòng Nông nghiệp và Thủy sản huyện đã nhận đơn."),
        .keeps("Khu công nghiệp Quang Minh có 3 vạn công nhân."),
        .keeps("Cụm công nghiệp Thanh Oai đã có nhà máy xử lý nước thải."),
        .keeps("Xe rau vào chợ đầu mối Hòa Cường bị thu phí hai lần."),
        .removes("Ái", in: "Chị Ái không đóng tiền nên bị cắt điện."),
    ]

    /// Xuân Trường after a family, typed in lower case with marks or without, is a name with no cue before it;
    /// a name typed so ends before nhân viên and before chủ and a workplace; a birth-order name and a given name in
    /// lower case after an honorific go in a text with capitals; quảng trường (a square), ba hoa (to boast) and
    /// năm nay (this year) stay.
    @Test(arguments: lowercaseNames) func aLowercaseName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A birth-order or given name before a listed trade or office of two words in title case (Phòng Cháy, Ngân
    /// Hàng, Thú Y, Ghi Số) is a nickname; two banks and the fire service in lower case stay.
    @Test(arguments: nicknames) func aNickname(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A given name alone before a comma, ĐT or SĐT and a number is the contact's; a label with no number after it
    /// and an office before it stay.
    @Test(arguments: contacts) func aContactsName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// Ai asking who, sai quy định after là, Thủy sản after và, an industrial park's or cluster's and a wholesale
    /// market's names stay; Ái with its mark after an honorific goes.
    @Test(arguments: keeps) func aNameLikeKeep(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
