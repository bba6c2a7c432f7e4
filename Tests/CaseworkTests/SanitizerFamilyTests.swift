import Foundation
import Sanitization
import Testing

/// One family's row: a text and the span in it that must go (positive) or the text that must stay
/// whole (negative, `span` nil).
struct FamilyCase: CustomTestStringConvertible, Sendable {
    let text: String
    let span: String?
    var testDescription: String { text }

    static func removes(_ span: String, in text: String) -> FamilyCase { FamilyCase(text: text, span: span) }
    static func keeps(_ text: String) -> FamilyCase { FamilyCase(text: text, span: nil) }

    /// Whether every character of the span is inside a removal, or (negative) nothing is removed.
    func holds(_ result: Sanitizer.SanitizedText) -> Bool {
        guard let span else { return result.findings.allSatisfy { $0.kind == .quote } }
        let characters = Array(text)
        guard
            let start = (0...(characters.count - span.count)).first(where: {
                String(characters[$0..<$0 + span.count]) == span
            })
        else { return false }
        return (start..<start + span.count).allSatisfy { k in result.findings.contains { $0.start <= k && k < $0.end } }
    }
}

/// The patterns of issue 17, family by family, each with texts it must remove and texts it must keep.
/// These rows are not the evaluation set's: they were written to test each rule's edges.
@Suite("Sanitizer: each family of personal data, positive and negative")
struct SanitizerFamilyTests {
    static let minorityNames: [FamilyCase] = [
        .removes("Lò Văn Pọm", in: "Hộ ông Lò Văn Pọm chưa được hỗ trợ."),
        .removes("Giàng A Páo", in: "Giàng A Páo khai đã nộp tiền."),
        .removes("Y Bhin Niê", in: "Làm việc với Y Bhin Niê tại buôn."),
        .removes("H'Hen Niê", in: "Chị H'Hen Niê phản ánh việc thu tiền."),
        .removes("Rơ Châm Phin", in: "Người làm chứng là Rơ Châm Phin."),
        .removes("Thạch Sô Phanh", in: "Thạch Sô Phanh đề nghị giữ bí mật."),
        .removes("Đàng Năng Thọ", in: "Gặp Đàng Năng Thọ ở nhà văn hóa."),
        .keeps("Sở Y tế tỉnh Sơn La đã kiểm tra."),
        .keeps("Người Thái ở Sơn La và người Hmông ở Lào Cai được hỗ trợ."),
        .keeps("Xã Tòng Đậu đã rà soát lại danh sách."),
        .removes("Rơ Mah Thuê", in: "Chị ấy xác nhận Rơ Mah Thuê là người nhận tiền."),
        .removes("Alăng Thị Nhông", in: "Đã mời Alăng Thị Nhông đến làm việc."),
        .removes("Thiên Sanh Cảnh", in: "Người liên quan: Thiên Sanh Cảnh."),
        .keeps("Các tuyến đường Y Jút, Y Ngông ở phường Buôn Ma Thuột bị ngập."),
    ]
    static let uncommonFamilyNames: [FamilyCase] = [
        .removes("Khổng Minh Đức", in: "Ông Khổng Minh Đức nhận tiền."),
        .removes("Cù Thị Huệ", in: "Theo đơn của Cù Thị Huệ, hồ sơ bị giữ."),
        .removes("Ông Văn Tùng", in: "Cán bộ là ông Ông Văn Tùng."),
        .removes("Mẫn Văn Chiến", in: "Mẫn Văn Chiến đã nộp lại tiền."),
        .keeps("Ninh Bình và Thái Nguyên đã báo cáo."),
        .keeps("Ông ấy hứa trả lời trong 7 ngày."),
        .removes("Ngọ Văn Thanh", in: "Ngọ Văn Thanh, Sái Thị Hương cùng ký đơn."),
        .removes("Sái Thị Hương", in: "Ngọ Văn Thanh, Sái Thị Hương cùng ký đơn."),
        .keeps("Đoàn Thanh niên xã phối hợp với Hội Nông dân."),
    ]
    static let lowercaseNames: [FamilyCase] = [
        .removes("nguyễn văn an", in: "tôi tên nguyễn văn an, ở gần chợ"),
        .removes("pham thi hoa", in: "nguoi thu tien la pham thi hoa"),
        .removes("Tran Quoc Tuan", in: "Tran Quoc Tuan la can bo xa"),
        .keeps("Đội Quản lý thị trường số 3 đã kiểm tra."),
        .keeps("trần nhà bị dột, hồ sơ bị ướt"),
        .keeps("ngày mai thanh tra sẽ đến"),
        .removes("vi thị lan", in: "bà vi thị lan ở cùng xóm xác nhận sự việc"),
        .removes("lo thi xuan", in: "ba lo thi xuan da nop don tu thang truoc"),
        .removes("tran quoc bao", in: "ong tran quoc bao la nguoi truc tiep nhan tien"),
        .keeps("can bo vi pham quy dinh ve thi dua, lo viec rieng"),
        .removes("thao a tong", in: "hai người là thao a tong và sung a sa"),
        .removes("sung a sa", in: "hai người là thao a tong và sung a sa"),
        .removes("giàng mí páo", in: "ông giàng mí páo đã nộp đơn"),
        .keeps("giang a, em se nop don vao thu hai"),
    ]
    static let initials: [FamilyCase] = [
        .removes("N.T.M.", in: "Bà N.T.M. bị thu tiền."),
        .removes("T.V.Hùng", in: "Anh T.V.Hùng làm chứng."),
        .removes("Nguyễn V. A.", in: "Đã làm việc với ông Nguyễn V. A., kế toán."),
        .removes("H.", in: "Kết luận: anh H. nhận tiền."),
        .keeps("TP. Hồ Chí Minh và T.Ư. đã chỉ đạo."),
        .removes("Trần V. Bình", in: "Ông Trần V. Bình ký biên bản thay cho chủ hộ."),
        .keeps("Theo Phụ lục A. Danh mục hồ sơ gồm 5 mục."),
    ]
    static let givenNamesAfterTitles: [FamilyCase] = [
        .removes("Khoa", in: "Theo anh Khoa, tiền đã được chuyển."),
        .removes("Sáu", in: "Tôi đưa tiền cho bà Sáu."),
        .removes("Tùng", in: "Đối tượng tên Tùng hẹn gặp ở quán."),
        .removes("Pọm", in: "Trưởng thôn Pọm đã xác nhận."),
        .removes("Hải", in: "Cán bộ Hải thu thêm 200.000 đồng."),
        .keeps("Chủ tịch UBND xã và Giám đốc Sở Tài chính đã làm việc."),
        .keeps("Bà con thôn này phản ánh nhiều lần."),
        .keeps("Trưởng phòng Tài nguyên và Môi trường nhận trách nhiệm."),
        .keeps("Tiếp dân tại đường Hai Bà Trưng, quận Hai Bà Trưng."),
        .removes("Tuấn", in: "đ/c Tuấn (CA xã) có mặt khi lập biên bản."),
        .removes("Khải", in: "Trưởng thôn Khải nói không nộp thì không ký."),
        .keeps("Bà Hiệu trưởng Trường THCS Chu Văn An đã thừa nhận thu sai."),
        .keeps("Sơn lại trụ sở hết 85 triệu đồng."),
    ]
    static let nicknames: [FamilyCase] = [
        .removes("Ba Khánh", in: "Người dân gọi hắn là Ba Khánh."),
        .removes("Tùng xoăn", in: "Đối tượng “Tùng xoăn” môi giới sổ đỏ."),
        .removes("Dũng Sổ Đỏ", in: "Tiền đưa cho \"Dũng Sổ Đỏ\" ở quán nước."),
        .removes("Hải béo", in: "Đối tượng tên Hải béo nhận tiền."),
        .keeps("Ba hộ dân và năm hộ khác đã ký biên bản."),
        .keeps("Văn bản “Minh bạch thu chi” được niêm yết."),
        .keeps("Công an phường Ba Đình đã tiếp nhận đơn."),
        .removes("Tư Bún Bò", in: "Quán của Tư Bún Bò bị buộc di dời."),
        .removes("Tuấn Bò", in: "Tuấn Bò và đồng bọn trực tiếp đánh."),
        .removes("Lan Cave", in: "Người quen gọi là 'Lan Cave', bà này cho vay."),
        .keeps("Kênh Ba Bò bị san lấp một đoạn."),
        .keeps("Cù lao Ông Hổ bị khai thác cát trái phép."),
        .keeps("Gói thầu 'Nâng cấp đường' bị chia nhỏ, cán bộ nói 'không biết'."),
    ]
    static let onlineIdentities: [FamilyCase] = [
        .removes("facebook.com/tung.xoan.99", in: "Xem facebook.com/tung.xoan.99 để biết thêm."),
        .removes("@dungsodo", in: "Tài khoản @dungsodo đăng tin."),
        .removes("hoa.nguyen (at) gmail.com", in: "Gửi về hoa.nguyen (at) gmail.com nhé."),
        .removes("100023456789012", in: "ID Facebook 100023456789012 đăng tin."),
        .removes("Tùng Lâm", in: "Cán bộ dùng Zalo tên Tùng Lâm."),
        .removes("bemap2001", in: "nick bemap2001 nhắn tin"),
        .keeps("Cán bộ nhắn qua Zalo của cơ quan."),
        .keeps("Trang Facebook của UBND xã đã đăng thông báo."),
    ]
    static let phones: [FamilyCase] = [
        .removes("01683334444", in: "Gọi 01683334444 nhiều lần."),
        .removes("841683334444", in: "số 841683334444"),
        .removes("84912345678", in: "nhắn vào 84912345678"),
        .removes("0987.65.43.21", in: "liên hệ 0987.65.43.21"),
        .keeps("Tổng đài 1900 1234 và đường dây nóng 113."),
        .removes("0987654321", in: "0987654321/0912000111 (2 số của ông ta)"),
        .removes("0912000111", in: "0987654321/0912000111 (2 số của ông ta)"),
        .keeps("Hợp đồng số 0123456789/2024 được ký lại."),
    ]
    static let identifiers: [FamilyCase] = [
        .removes("123", in: "thửa đất số 123 bị chỉnh sửa"),
        .removes("45", in: "tờ bản đồ số 45 của xã"),
        .removes("CH 01234", in: "Giấy chứng nhận vào sổ CH 01234."),
        .removes("JC52E-1234567", in: "Xe có số máy JC52E-1234567."),
        .removes("287-612", in: "Cán bộ có số hiệu 287-612 lập biên bản."),
        .removes("AB1234567", in: "số seri AB1234567"),
        .keeps("Theo ISO 9001 và TCVN 5574, Quốc lộ 1A."),
        .keeps("Nghị định 91/2019/NĐ-CP và Quyết định số 1234/QĐ-UBND."),
        .keeps("Hồ sơ được lập thành 3 tờ."),
        .removes("56", in: "Thửa 56 tờ 7 (bản đồ địa chính 2003) bị đo thiếu."),
        .keeps("Bản đồ địa chính 2003 có sai lệch với hiện trạng."),
        .removes("TTr-0456", in: "Thanh tra viên xuất trình thẻ số TTr-0456."),
        .keeps("Mỗi hộ được phát 2 thẻ bảo hiểm y tế."),
    ]
    static let residences: [FamilyCase] = [
        .removes("P.804", in: "Tôi ở P.804 chung cư."),
        .removes("căn hộ A3-11", in: "Gia đình ở căn hộ A3-11."),
        .removes("phòng trọ số 2", in: "Sinh viên ở phòng trọ số 2."),
        .removes("tổ 4", in: "Hộ gia đình ở tổ 4 phường Yên Hòa."),
        .removes("tổ dân phố số 3", in: "Cư trú tại tổ dân phố số 3."),
        .removes("buôn Ko Tam", in: "Người dân buôn Ko Tam phản ánh."),
        .removes("plei Ốp", in: "Gặp người dân ở plei Ốp."),
        .removes("21.0285, 105.8542", in: "Tọa độ 21.0285, 105.8542 là nhà ông ấy."),
        .keeps("Tổ công tác gồm 5 người, tổ 3 người làm việc 2 ngày."),
        .keeps("Văn bản Kết luận được gửi tới 12 hộ."),
        .keeps("biển báo P.102 bị che khuất"),
    ]
    static let shortDates: [FamilyCase] = [
        .removes("ngày 7/4", in: "Cán bộ hẹn ngày 7/4 nộp tiền."),
        .removes("mùng 8", in: "Gặp nhau mùng 8 ở quán."),
        .removes("21-6", in: "Đoàn đến vào 21-6 nhưng không gặp."),
        .removes("ngày 12 tháng 4", in: "Biên bản lập ngày 12 tháng 4."),
        .keeps("Khoảng 2/3 số hộ đã nhận tiền trong 3-5 ngày làm việc."),
        .keeps("Tỷ lệ đúng hạn tháng 4/2026 là 92,5%, quý III/2025 là 90%."),
        .keeps("Đường Cách Mạng Tháng Tám bị đào lên."),
    ]

    @Test(
        "each family's rows",
        arguments: minorityNames + uncommonFamilyNames + lowercaseNames + initials + givenNamesAfterTitles + nicknames
            + onlineIdentities + phones + identifiers + residences + shortDates)
    func row(_ row: FamilyCase) {
        let result = sanitizer.sanitize(row.text)
        #expect(row.holds(result), "\(result.text) \(result.findings)")
    }
}
