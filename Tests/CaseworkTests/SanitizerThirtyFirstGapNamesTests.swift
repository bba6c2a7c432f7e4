import Sanitization
import Testing

/// The name rules heldout-75's, heldout-76's and heldout-80's misses and false removals called for, each in
/// sentences of its own (none taken from the batches): a prison named after its place, a given name that
/// opens "phát triển", a prison's role, and trades made nicknames.
@Suite("Sanitizer: the thirty-first round's names")
struct SanitizerThirtyFirstGapNamesTests {
    static let prisons: [FamilyCase] = [
        .keeps("Đoàn kiểm tra làm việc với Trại giam Thanh Xuân về chế độ ăn của phạm nhân."),
        .keeps("Phạm nhân ở Trại tạm giam Chí Hòa được gọi điện cho gia đình mỗi tháng."),
        .keeps("Gia đình tố cáo quản giáo Trại giam Xuân Nguyên thu tiền thăm gặp."),
        // A prison's officer is still a person.
        .removes("Trần Văn Hùng", in: "Người nhận tiền là cán bộ trại giam Trần Văn Hùng."),
        .removes("Lộc", in: "Phạm nhân kể quản giáo Lộc thu tiền gửi đồ ăn."),
    ]

    /// A prison's word (Trại giam, Trại tạm giam) before a name makes it the prison's; quản giáo is a role.
    @Test(arguments: prisons) func prisonsNamedAfterPlaces(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let commonWords: [FamilyCase] = [
        .keeps("Quỹ Bảo vệ và Phát triển rừng tỉnh Điện Biên chậm chi trả cho các hộ."),
        .removes("Phát", in: "Anh Phát nhận tiền thay cho cả bản."),
        .removes("Hùng Thủy điện", in: "Người thu tiền các hộ là Hùng Thủy điện ở đầu bản."),
    ]

    /// Phát before triển names no one; a trade after a given name is a nickname.
    @Test(arguments: commonWords) func commonWordsAndNicknames(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
