import Sanitization
import Testing

/// The rule the nicknames among heldout-121's to 128's misses called for, in sentences of its own (none taken
/// from the batches): a given name and one capitalised word after a word of hearsay or of whose doing (kháo
/// nhau, biết, đồn, do), before a lower-case word or a pause; and the keeps a province, an office and a site
/// after the same words.
@Suite("Sanitizer: the thirty-eighth round's bare nicknames")
struct SanitizerThirtyEighthGapVietnameseNicknamesTests {
    static let nicknames: [FamilyCase] = [
        .removes("Tâm Ghẹ", in: "Dân chợ kháo nhau Tâm Ghẹ chỉ cần gọi một cuộc là xong giấy."),
        .removes("Long Vé", in: "Ở bến xe ai cũng biết Long Vé, chuyên bán vé chợ đen."),
        .removes("Hòa Lưới", in: "Tiền rác do Hòa Lưới thu, không có biên lai."),
        .removes("Phúc Ghe", in: "Người ta đồn Phúc Ghe giữ sổ của cả xóm chài."),
        .removes("Hung Rac", in: "tien rac do Hung Rac thu, khong co bien lai"),
    ]

    static let keeps: [FamilyCase] = [
        .keeps("Ai cũng biết Hà Nội đông nhất vào dịp lễ."),
        .keeps("Hồ sơ do Phòng Tư pháp thụ lý trong 10 ngày."),
        .keeps("Hai bên kháo nhau Hải Phòng sẽ mưa to."),
        .keeps("Bà con đều biết Tây Nguyên mùa này khô hạn."),
        .keeps("Ai cũng biết Bình Dương nhiều khu công nghiệp."),
        .keeps("Người dân biết Văn Miếu đóng cửa lúc năm giờ."),
        .keeps("Khách nào cũng biết Sa Pa đẹp nhất mùa lúa chín."),
    ]

    /// A given name and a capitalised word that is no name, office or place go after kháo nhau, biết, đồn or
    /// do, before a lower-case word or a pause, typed with marks or without.
    @Test(arguments: nicknames) func aBareNickname(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A province, an office and a kept site after the same words stay.
    @Test(arguments: keeps) func placesAfterTheSameWords(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
