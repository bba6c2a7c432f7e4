import Sanitization
import Testing

/// The rules the names among heldout-101's, 103's, 104's, 105's, 107's and 108's misses called for, each in
/// sentences of its own (none taken from the batches): a monk's name after Sư, a given name and the office a
/// man is called by; and the keeps a staple's kind or origin and a product whose first word is a family.
@Suite("Sanitizer: the thirty-fifth round's monks, office nicknames and goods")
struct SanitizerThirtyFifthGapVietnameseNamesTests {
    static let monksAndNicknames: [FamilyCase] = [
        .removes("Minh Quang", in: "Sư Minh Quang ở chùa Long Phước đã làm chứng việc đưa tiền."),
        .removes("Thiện Đức", in: "Bà nhờ Sư Thiện Đức viết đơn giúp."),
        .removes("Tuấn Thuế", in: "Tuấn Thuế đòi hộ kinh doanh nộp thêm tiền mỗi tháng."),
        .removes("Hải Địa Chính", in: "Muốn làm sổ nhanh thì cứ gặp Hải Địa Chính."),
        .keeps("Sư đoàn bộ binh đóng quân ở đây từ lâu."),
        .keeps("Chi cục Thuế khu vực đã trả lời bằng văn bản."),
        .keeps("Phòng Địa chính huyện đã trả hồ sơ cho dân."),
    ]

    static let goods: [FamilyCase] = [
        .keeps("Sạp đầu chợ bán cá Thu, cá Chim và tôm sú."),
        .keeps("Cửa hàng bán gạo Nhật và nếp Cẩm giá niêm yết."),
        .keeps("Quầy có Kim chi, Thạch dừa và Sơn tường giá rẻ."),
        .keeps("Chè xanh và Thạch đen Cao Bằng bán chạy nhất."),
        .removes("Thu", in: "Bà bán cá cho chị Thu ở chợ."),
        .removes("Thạch Thị Lan", in: "Bà Thạch Thị Lan bán thạch đen ở chợ."),
    ]

    /// A monk's two given names after Sư go and Sư stays; a given name and an office in title case go together
    /// at the end of a sentence or before an act; a division, and an office in sentence case, stay.
    @Test(arguments: monksAndNicknames) func aMonkOrAnOfficeNickname(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A capitalised kind after a staple and a product whose first word is a family stay; a name after an
    /// honorific near a staple, and a family before Thị, go.
    @Test(arguments: goods) func goodsStay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
