import Sanitization
import Testing

/// The rules heldout-50 and heldout-52 called for outside the name families, each in sentences of its own
/// (none taken from the batches): a forest compartment's lot (khoảnh), a notarisation's number, a certificate's own number ending in GCN, a house in a resettlement area by its code, a
/// village split in two named without its keyword, a parish's sub-community, a hamlet typed without marks
/// before a bracket, a lane's number with two slashes in lower case, a floor after a flat, a home's
/// seven-digit number, a lunar day before "tháng N âm"; and what stays: a forest's sub-area (tiểu khu) by its number, a hotline named by
/// "máy nóng" or in brackets after the number, an office's number said to be a Văn phòng's, a
/// national day on which an office is off.
@Suite("Sanitizer: the twenty-fifth round's non-name shapes")
struct SanitizerTwentyFifthGapOtherTests {
    static let papers: [FamilyCase] = [
        .removes("17", in: "Rừng sản xuất giao cho gia đình anh gồm khoảnh 17, tiểu khu 405."),
        .removes("9", in: "Hộ bà được giao khoảnh số 9 để trồng quế."),
        .removes("20931", in: "Hợp đồng tặng cho có số công chứng 20931, quyển số 03/2022."),
        .removes("1452/2001/GCN", in: "Giấy chứng nhận cũ mang số 1452/2001/GCN do UBND huyện cấp."),
        .removes("C-14", in: "Căn nhà C-14 trong khu tái định cư bị thấm nước từ tháng trước."),
        .keeps("Việc trồng rừng thay thế tại tiểu khu 258 do Ban quản lý rừng phòng hộ thực hiện."),
        .keeps("Vi bằng là văn bản do thừa phát lại lập, ghi nhận sự kiện có thật."),
        .keeps("Vi bằng số 418/2023/VB-TPL do Văn phòng Thừa phát lại lập không thay văn bản công chứng."),
        .keeps("Khoảnh khắc đó bà con không bao giờ quên."),
        .keeps("Thông tư số 08/2023/TT-BTP hướng dẫn về quyển số công chứng."),
    ]

    static let places: [FamilyCase] = [
        .removes("Nà Mạ Trên", in: "Mười hai hộ ở Nà Mạ Trên phải di dời vì sạt lở."),
        .removes("Khuổi Lừa Dưới", in: "Đường vào Khuổi Lừa Dưới bị đất đá vùi lấp từ đêm qua."),
        .removes("giáo họ Giuse", in: "Bà con giáo họ Giuse đã ký đơn gửi phường."),
        .removes("xom chang", in: "bac le van hai xom chang (xa yen lac) chua nhan duoc tien ho tro"),
        .removes("132/8/15", in: "nha chu o 132/8/15 au co, hem nho xe rac ko vo duoc"),
        .removes("lầu 4", in: "Bà thuê căn B12 lầu 4 chung cư Ấn Quang từ năm 1990."),
        .removes("836.2215", in: "Số điện thoại nhà: 836.2215, bà hay nghe buổi sáng."),
        .removes("12", in: "Qua 12 tháng 3 âm lịch mà chưa thấy ai xuống đo đất."),
        .removes("5", in: "Ngày 2/9 cơ quan nghỉ, ngày 5-9 tôi mới lên nộp đơn."),
        .keeps("Đoàn khảo sát lên xã Lũng Cú và Khu di tích Pác Bó trong hai ngày."),
        .keeps("Bà con giáo xứ Tân Định dự lễ đông đủ."),
        .keeps("Theo Quyết định ban hành ngày 5/6/2024, số 12/3/24 là mã hồ sơ cũ."),
        .keeps("Tiếp dân tại lầu 2 của trụ sở phường mỗi thứ Năm."),
        .keeps("Giá điện thoại 250.000 đồng, ông mua trả góp 3 tháng."),
    ]

    static let hotlines: [KeptSpanCase] = [
        KeptSpanCase(span: "0208.3856.111", text: "Mọi phản ánh gọi số máy nóng 0208.3856.111 của Sở Y tế."),
        KeptSpanCase(
            span: "0209 3 871 222", text: "Gọi 0209 3 871 222 (đường dây nóng của Thanh tra tỉnh) để phản ánh."),
        KeptSpanCase(span: "(028) 3930 1234", text: "Người dân gọi số (028) 3930 1234 của Văn phòng Ủy ban để hỏi."),
        KeptSpanCase(span: "tiểu khu 258", text: "Việc trồng rừng thay thế tại tiểu khu 258 đã xong."),
        KeptSpanCase(span: "2/9", text: "Ngày 2/9 cơ quan nghỉ, ngày 5-9 tôi mới lên nộp đơn."),
        KeptSpanCase(span: "15", text: "Tết Trung thu 15 tháng 8 âm lịch các cháu được phát quà."),
        KeptSpanCase(span: "tháng 3 âm lịch", text: "Lễ hội diễn ra vào tháng 3 âm lịch hằng năm."),
        KeptSpanCase(span: "Pác Bó", text: "Đoàn khảo sát lên xã Lũng Cú và Khu di tích Pác Bó trong hai ngày."),
    ]

    static let stillRemoved: [FamilyCase] = [
        .removes("khu 5", in: "Bà Lan ở tiểu khu 5, phường Mộc Sơn, là hàng xóm của ông."),
        .removes("0912 345 678", in: "Anh ấy gọi 0912 345 678 (đường về nhà anh bị sạt) báo tin."),
    ]

    @Test(arguments: papers) func forestLotsNotarialNumbersAndHouses(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: places) func splitVillagesParishCommunitiesAndHamlets(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: hotlines) func hotlinesAndForestAreasStay(_ row: KeptSpanCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: stillRemoved) func residencesAndPhonesStillGo(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
