import Sanitization
import Testing

/// The rules the names among heldout-145's, 147's, 148's, 149's, 151's and 152's misses called for, each in
/// sentences of its own (none taken from the batches): initials after "ký tắt", the first initials of a list
/// whose others are taken, a given name after GĐ or PGĐ, and a given name before Kều; and the keeps an acronym
/// after "viết tắt", a director's title with no name, an invoice or a pump given to a person, từ and cứ opening
/// lower-case words, mua sắm and a lake's name.
@Suite("Sanitizer: the fortieth round's names and name-like keeps")
struct SanitizerFortiethGapVietnameseNamesTests {
    static let initials: [FamilyCase] = [
        .removes("PHL", in: "Cán bộ thuế ký tắt PHL vào góc tờ khai."),
        .removes("BQK", in: "Biên nhận chỉ có chữ ký tắt 'BQK' của người thu."),
        .removes("ĐMC", in: "Người nhận tiền ký tắt ĐMC rồi bỏ đi."),
        .removes("HMK", in: "HMK, LTH, NVS đã nộp tiền cho tổ trưởng."),
        .removes("ĐQC", in: "Danh sách gồm ĐQC, PTL cùng ba hộ khác."),
        .keeps("Quỹ bảo hiểm xã hội viết tắt là BHXH trên mọi biên lai."),
        .keeps("Đơn gửi UBND, HĐND xã từ tháng trước."),
        .keeps("Tên viết tắt KCN ghi trên biển cổng."),
    ]

    static let titlesAndNicknames: [FamilyCase] = [
        .removes("Thành", in: "Hôm đó PGĐ Thành ký quyết định thu thêm phí."),
        .removes("Long", in: "Tôi gặp PGĐ Long ở phòng họp."),
        .removes("Hưng", in: "GĐ Hưng không trả lời đơn của công nhân."),
        .removes("Tâm Kều", in: "Tối qua Tâm Kều đứng thu tiền ở cổng chợ."),
        .keeps("PGĐ công ty chưa trả lời đơn."),
        .keeps("Xã xuất hóa đơn cho các hộ dùng máy bơm."),
        .keeps("Đội thủy nông nạo vét kênh mỗi năm một lần."),
        .keeps("Xe cont chờ ở cổng cảng suốt đêm."),
        .removes("Hùng", in: "Tôi đã gửi anh Hùng hóa đơn tiền điện tháng trước."),
        .removes("Tuấn", in: "Xã đưa cho anh Tuấn máy bơm mới để tưới lúa."),
        .keeps("Đó là từ tài xế hay dùng ở cảng."),
        .keeps("Nếu vậy thì cứ viết đơn gửi xã."),
        .keeps("Trưởng ban Mua sắm ký hợp đồng với nhà thầu."),
        .keeps("Hồ Dầu Tiếng cấp nước cho kênh Đông."),
    ]

    /// Initials after "ký tắt", in quotes or not, go; so do the initials before a comma and initials the rules take,
    /// first of a list; an acronym after "viết tắt" and a list of listed acronyms stay.
    @Test(arguments: initials) func initialsSigningOrListed(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A given name after GĐ or PGĐ goes, and a given name before Kều; the title alone, an invoice or a pump (also
    /// one given to a person), the irrigation team, a container lorry, từ and cứ in lower case, mua sắm and the lake
    /// Dầu Tiếng stay.
    @Test(arguments: titlesAndNicknames) func aTitleOrNickname(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
