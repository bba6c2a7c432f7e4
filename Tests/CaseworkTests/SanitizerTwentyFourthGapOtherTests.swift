import Sanitization
import Testing

/// The rules heldout-46 and heldout-48 called for outside the name families, each in sentences of its own
/// (none taken from the batches): a household's code, an invoice's, a receipt's and a licence's number, a food
/// safety certificate's, a phone read out in digits and words mixed, a stall by its goods or typed without
/// marks, tdp in lower case, an unmarked đội after ở before the commune, a Mekong city's khu vực before its ward,
/// a room in a care home; and what stays: an amount after a stall, a market named with a hamlet's word, a
/// national day that bounds a period, a war invalid's class, a lunar festival named in its sentence, an office's
/// hotline named before its number, a law's effective date beside "khởi tạo".
@Suite("Sanitizer: the twenty-fourth round's non-name shapes")
struct SanitizerTwentyFourthGapOtherTests {
    static let papers: [FamilyCase] = [
        .removes("HN.07.0315", in: "Hộ nghèo mã HN.07.0315 bị rút tên khỏi danh sách mà không họp thôn."),
        .removes("0452-B", in: "Gia đình có mã hộ 0452-B nhưng sổ ghi sai tên chủ hộ."),
        .removes("00001784", in: "Hoá đơn ký hiệu 2C24TBB số 00001784 ghi sai tên người mua."),
        .removes("0012345", in: "Biên lai thu phí số 0012345 không có chữ ký của người thu."),
        .removes("GP-TL 002318", in: "Giấy phép bán lẻ thuốc lá số GP-TL 002318 của quán chị bị thu hồi."),
        .removes("87/2023/ATTP-CNĐK", in: "Cơ sở bún của chị có giấy chứng nhận số 87/2023/ATTP-CNĐK."),
        .keeps("Quyết định số 86/QĐ-XPHC xử phạt hộ kinh doanh không xuất hóa đơn."),
        .keeps("Danh sách hộ nghèo năm 2025 có 112 hộ."),
        .keeps("Hóa đơn điện tử ký hiệu 1C25TAA là mẫu chung của cơ quan thuế."),
    ]

    static let phones: [FamilyCase] = [
        .removes("không 9 một 2, 4 năm 6, 8 8 0", in: "[ghi âm] số chị là không 9 một 2, 4 năm 6, 8 8 0 nha em"),
        .keeps("Không 9 người nào đến họp, chỉ có 2 người."),
    ]

    static let places: [FamilyCase] = [
        .removes("sạp rau 118", in: "Chị Lan (sạp rau 118) nói bảo vệ chợ đòi tiền."),
        .removes("sap 12", in: "toi la hoa sap 12 cho dong ba, xin hoi ve phi"),
        .removes("sap 9", in: "ds: nguyen van an (sap 9), le thi bich (sap 10)"),
        .removes("tdp 4", in: "bà ở tdp 4, phường Quang Trung, chưa được nhận tiền."),
        .removes("doi 3", in: "ong nha o doi 3 xa Nghi Loc chua duoc tra tien"),
        .removes("khu vực Bình Thường B", in: "Ông sống ở khu vực Bình Thường B, phường Long Tuyền."),
        .removes("phòng 214", in: "Cụ được chuyển về phòng 214, Trung tâm Bảo trợ xã hội tỉnh."),
        .keeps("Mỗi sạp 30.000 đồng tiền vệ sinh mỗi tháng."),
        .keeps("Bà con ở chợ Xóm Mới bán cá từ 3 giờ sáng."),
        .keeps("Khu vực Đông Nam Á có nhiều chợ nổi."),
        .keeps("sap 3 thang nua moi den han nop thue"),
        .keeps("Họ đòi 2 triệu mỗi sạp."),
    ]

    static let days: [FamilyCase] = [
        .removes("5", in: "Hôm 30/4 vẫn có người đến nhà tôi thu tiền, rồi đến 5/5 lại đến."),
        .removes("20/10", in: "Từ 15/10 đến 20/10 tôi phải nghỉ bán vì bị đe dọa."),
        .removes("30-4", in: "Đến 30-4 vẫn chưa có ai trả lời đơn của tôi."),
        .removes("12", in: "Sáng 12 tháng Chạp cán bộ đến sạp thu tiền."),
    ]

    static let kept: [KeptSpanCase] = [
        KeptSpanCase(span: "30/4", text: "Trước 30/4 phường hứa trả đủ tiền hỗ trợ."),
        KeptSpanCase(span: "2/9", text: "Từ Tết đến 2/9, chợ tổ chức 3 đợt kiểm tra."),
        KeptSpanCase(span: "2/4", text: "Ông là thương binh hạng 2/4, đã nộp hồ sơ."),
        KeptSpanCase(span: "TB 3/4", text: "Bà Nga, TB 3/4, chưa nhận được trợ cấp."),
        KeptSpanCase(
            span: "23 tháng Chạp", text: "Chiều 23 tháng Chạp, chợ bán nhiều cá chép để cúng ông Công ông Táo."),
        KeptSpanCase(span: "mùng 10 tháng Giêng", text: "Vía Thần Tài mùng 10 tháng Giêng, tiệm vàng đông khách."),
        KeptSpanCase(span: "0258 3822 111", text: "Đường dây nóng của Thuế tỉnh Khánh Hòa là 0258 3822 111."),
        KeptSpanCase(
            span: "028 3822 4567", text: "Đường dây nóng của Sở Y tế TP Hồ Chí Minh 028 3822 4567 nhận phản ánh."),
        KeptSpanCase(
            span: "ngày 1/7/2025", text: "Hóa đơn phải khởi tạo từ máy tính tiền kể từ ngày 1/7/2025 theo Nghị định."),
        KeptSpanCase(span: "30.000 đồng", text: "Mỗi sạp 30.000 đồng tiền vệ sinh mỗi tháng."),
        KeptSpanCase(span: "chợ Xóm Mới", text: "Bà con ở chợ Xóm Mới bán cá từ 3 giờ sáng."),
        KeptSpanCase(span: "cho xom moi", text: "toi ban rau o cho xom moi da 10 nam"),
    ]

    @Test(arguments: papers) func householdsTradersAndLicencesPapers(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: phones) func phonesReadInDigitsAndWords(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: places) func stallsGroupsAreasAndCareHomes(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: days) func visitsDaysStillGo(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: kept) func whatStays(_ row: KeptSpanCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
