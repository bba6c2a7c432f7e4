import Sanitization
import Testing

/// The rules heldout-81's, 83's, 85's and 88's missed nicknames and initials called for, each in sentences of
/// its own (none taken from the batches): a given name and an office in title case before an act, a given
/// name and a capitalised word after gặp or nhờ, a thing or a workplace as a nickname's word, a birth-order
/// name before a quoted word or a Khmer name, a mother's teknonym typed without its mark, one capital and its
/// dot after a trade, three capitals listed before a colon, and a syllable cut to two consonants.
@Suite("Sanitizer: the thirty-third round's nicknames and initials")
struct SanitizerThirtyThirdGapVietnameseNicknamesTests {
    static let nicknames: [FamilyCase] = [
        .removes("Tâm Địa Chính", in: "Tâm Địa Chính thu 2 triệu mỗi bộ hồ sơ đất."),
        .removes("Lan Bảo Hiểm", in: "Cô Lan Bảo Hiểm hứa làm thẻ nhanh nếu đưa thêm tiền."),
        .removes("Tuấn Xích", in: "Muốn được duyệt nhanh thì gặp Tuấn Xích, mất 500 nghìn."),
        .removes("Lan Ve", in: "Bà con hay nhờ Lan Ve làm giấy tờ đất."),
        .removes("Dũng cột điện", in: "Ai có số Dũng cột điện thì cho tôi xin."),
        .removes("Thành Lâm Trường", in: "Thành Lâm Trường bán đất rừng cho người ngoài."),
        .removes("Bảy 'BHXH'", in: "Ai cần làm nhanh thì đưa tiền cho Bảy 'BHXH' ở cổng xã."),
        .removes("Út Sokha", in: "Út Sokha là người giữ sổ hộ nghèo của cả ấp."),
        .removes("Ami Hoa", in: "Người trong buôn gọi chị là Ami Hoa, người giữ sổ BHYT."),
        .keeps("Bảo hiểm xã hội huyện đã trả lời đơn của bà con."),
        .keeps("Trạm Kiểm Lâm Đắk Tô đã nhận đơn phản ánh."),
        .keeps("Tôi đã gặp Thanh Tra huyện nhưng chưa có kết quả."),
        .keeps("Chúng tôi tìm Sở Xây dựng để nộp đơn."),
        .keeps("Năm “thành phố văn minh” được phát động từ tháng 3."),
        .keeps("Cột điện trước nhà tôi bị nghiêng sắp đổ."),
        .keeps("Lâm trường cũ đã giao đất về cho xã."),
    ]

    static let initials: [FamilyCase] = [
        .removes("K.", in: "Ngư dân K. bị giữ tàu ba ngày mà không có biên bản."),
        .removes("P.", in: "Hôm đó công nhân P. và công nhân Q. đến thu tiền đồng hồ nước."),
        .removes("Q.", in: "Hôm đó công nhân P. và công nhân Q. đến thu tiền đồng hồ nước."),
        .removes("L.", in: "Kỹ thuật viên L. của điện lực đòi 500 nghìn mới lắp công tơ."),
        .removes("PVK", in: "PVK, LTM: hai hộ chưa nhận tiền hỗ trợ lũ."),
        .removes("LTM", in: "PVK, LTM: hai hộ chưa nhận tiền hỗ trợ lũ."),
        .removes("L.V.Tg.", in: "Ô ghi chú: L.V.Tg. – chưa nhận tiền tháng 5."),
        .keeps("Theo điểm B. của hợp đồng, công nhân được trả đủ lương."),
        .keeps("Công nhân nhà máy đã được trả lương tháng này."),
        .keeps("Ngân hàng VCB, ACB: nhận chuyển khoản hỗ trợ."),
        .keeps("Các kênh đưa tin: VTV, VOV, VTC."),
    ]

    /// A given name and an office's two words in title case before an act, a given name and a capitalised
    /// word after gặp, nhờ, hỏi, tìm, kêu or gọi, a listed thing or workplace, a birth-order name before a
    /// quoted word, Út before any name, Ami before a name; offices in sentence case or after another word, a
    /// sentence's first Năm and the things themselves stay.
    @Test(arguments: nicknames) func aNicknameOfATradeAnOfficeOrAThing(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// One capital and its dot after a trade, three capitals listed before a colon, a syllable cut to two
    /// consonants with its dot; a point's letter, a bank's short names and a list after a colon stay.
    @Test(arguments: initials) func initialsAfterATradeInAListOrCutShort(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
