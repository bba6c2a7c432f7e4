import Sanitization
import Testing

/// The rules heldout-89, 91, 92, 93, 95 and 96's name misses called for, each in sentences of its own (none
/// taken from the batches): craft villages, coastal places, a district, Poland, Japan after đi and Vinh after ở
/// that begin like a person's name and stay.
@Suite("Sanitizer: the thirty-fourth round's Vietnamese names and name-like keeps")
struct SanitizerThirtyFourthGapVietnameseNamesTests {
    static let placesLikeNames: [FamilyCase] = [
        .keeps("Lò đúc đồng ở Văn Môn bị đình chỉ hoạt động."),
        .keeps("Các hộ dệt len ở La Phù phải nộp phí môi trường."),
        .keeps("Diêm dân Ninh Hải kêu giá muối rẻ."),
        .keeps("Khách về Ninh Chữ tắm biển rất đông."),
        .keeps("Thanh niên Quảng Xương đi làm ở Hàn rất nhiều."),
        .keeps("Con tôi sang Ba Lan làm công nhân xây dựng."),
        .keeps("Trung tâm hứa đưa đi Nhật trong ba tháng."),
        .keeps("Tôi đang làm thuê ở Vinh nên không về được."),
        .removes("Nhật", in: "Tôi đã đưa tiền cho anh Nhật hôm qua."),
        .removes("Vinh", in: "Chị Vinh nhận tiền rồi không trả lời."),
        .removes("Ninh Van Hoa", in: "Ninh Van Hoa, chu tiem tap hoa, bi phat 2 trieu."),
        .removes("Ninh Thị Hòa", in: "Bà Ninh Thị Hòa ở Ninh Hải bị ép bán ruộng."),
    ]

    /// A craft village, a beach, a district, a country, Japan after đi and Vinh after ở stay; after an
    /// honorific the same word is a person.
    @Test(arguments: placesLikeNames) func placesThatBeginLikeNames(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
