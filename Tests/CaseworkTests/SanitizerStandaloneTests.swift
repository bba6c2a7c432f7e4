import Foundation
import Sanitization
import Testing

/// The rules added after the held-out batches (Sanitizer+Standalone.swift, Sanitizer+SpelledNumbers.swift
/// and the widened patterns of the other families): each with texts it must remove and texts it must keep.
/// Every positive row here was missed by the sanitizer before its rule, as the held-out batch showed.
@Suite("Sanitizer: the rules the held-out batches called for, positive and negative")
struct SanitizerStandaloneTests {
    static let loneGivenNames: [FamilyCase] = [
        .removes("Khoa", in: "Khoa đã nộp đơn hai lần."),
        .removes("Hạnh", in: "Theo lời Hạnh, cán bộ xã đã nhận phong bì."),
        .removes("Dung", in: "Tôi và Dung đều thấy xe chở đất."),
        .removes("Hạnh", in: "Hạnh (kế toán) không xuất trình sổ sách."),
        .removes("Lực", in: "Anh trưởng công an xã tên Lực không lập biên bản."),
        .keeps("Căn cứ Thông tư 25/2023/TT-BTC và Công văn số 12/UBND."),
        .keeps("Kỳ họp thứ 9 Quốc hội đã thông qua luật."),
        .keeps("Thanh tra tỉnh đã chuyển đơn cho Trung tâm Phát triển quỹ đất."),
        .keeps("Xã Hòa Bình đã nhận đơn và trả lời đúng hạn."),
        .keeps("Công khai danh sách đã được thực hiện; Công nhận kết quả bình xét."),
        .removes("Hằng", in: "Hằng cho biết bị đe dọa."),
        .keeps("Phát cho mỗi hộ 10 kg gạo."),
        .removes("Ngân", in: "Thư ký Ngân ghi biên bản không đúng."),
        .keeps("Thư ký tòa án đã ghi biên bản."),
    ]
    static let nicknamesAlone: [FamilyCase] = [
        .removes("Tùng xoăn", in: "Tùng xoăn thường xuyên đến đòi nợ."),
        .removes("Hùng \"bò\"", in: "Hùng \"bò\" là em vợ cán bộ."),
        .removes("Long 'Bin'", in: "Long 'Bin' quản lý nhóm cho vay."),
        .keeps("Mùa mưa năm nay nhiều hộ bị sạt lở."),
        .removes("Thanh sẹo", in: "Nhóm Thanh sẹo đòi tiền bảo kê."),
        .removes("Cường \"tóc bạc\"", in: "Ông ta tên là Cường \"tóc bạc\"."),
        .keeps("Nhóm Thanh tra đã làm việc với xã."),
    ]
    static let lowercaseAndInitials: [FamilyCase] = [
        .removes("hoàng minh đức", in: "gặp anh hoàng minh đức ở trụ sở xã."),
        .removes("trinh quoc bao", in: "em trinh quoc bao bi ep ky giay."),
        .removes("Ng. V. Tr.", in: "Ông Ng. V. Tr. là chủ thầu."),
        .removes("h.t.m", in: "chị h.t.m nói đã nộp đủ hồ sơ."),
        .removes("Ama H'Rin", in: "Ama H'Rin kể lại sự việc."),
        .keeps("Hồ sơ gồm giấy tờ, sổ sách, v.v. đã được niêm phong."),
        .keeps("Ông Chủ tịch xã giao cho cán bộ địa chính kiểm tra lại hồ sơ."),
        .keeps("anh em trong đội xe đã phản ánh nhiều lần."),
    ]
    static let spelledAndMasked: [FamilyCase] = [
        .removes(
            "không chín một hai ba bốn năm sáu bảy tám", in: "Số của ông ta: không chín một hai ba bốn năm sáu bảy tám."
        ),
        .removes("0905.xxx.123", in: "Anh ấy để lại số 0905.xxx.123 trên tờ rơi."),
        .removes("Mồng tám", in: "Mồng tám tháng Giêng, nhóm người lạ đến."),
        .removes("mười lăm", in: "Ngày mười lăm tháng bảy, tôi đến nộp đơn."),
        .removes("28", in: "Hôm 28 tháng Chạp, họ đến đòi nợ."),
        .removes("24", in: "Đêm 24 rạng sáng 25/12, xe tải chở đất vào."),
        .removes("30", in: "Sáng hôm 30, đoàn quay lại."),
        .removes("19", in: "Hôm 19 tháng 5 ông ấy nhận tiền."),
        .keeps("Cứ hai tháng một lần, ba tháng tư lần họp."),
        .keeps("Tối 3 người trực, sáng 2 xe chở hàng."),
        .keeps("Một hai ba người đến, rồi bốn năm người nữa."),
    ]
    static let numbersAndPlaces: [FamilyCase] = [
        .removes("356789101234567", in: "Số IMEI 356789101234567 của chiếc điện thoại."),
        .removes("9", in: "Thửa 47 tờ 9 bản đồ địa chính xã."),
        .removes("live:nguyenlan.hn", in: "Skype: live:nguyenlan.hn"),
        .removes("@mai.anh_", in: "Instagram @mai.anh_ đăng ảnh nhà tôi."),
        .removes("levanc.1990 @gmail.com", in: "Email: levanc.1990 @gmail.com"),
        .keeps("Dãy trọ 10 phòng không có bình chữa cháy."),
        .keeps("Tổ 3 của đoàn thanh tra phụ trách hồ sơ."),
        .keeps("Phường Buôn Ma Thuột đã tiếp nhận đơn."),
        .keeps("Quyết định số 1234/QĐ-UBND ngày 12/5/2025 bị khiếu nại."),
        .keeps("Cửa hàng mở cửa 24/7, lớp 10/2 có 45 học sinh."),
        .keeps("Theo lời dạy của Bác Hồ, cán bộ phải gần dân."),
        .removes("402", in: "Phòng 402 nhà A khu tập thể là nhà tôi."),
        .removes("Phú Hữu", in: "Làng Phú Hữu, nơi gia đình tôi ở, bị ngập."),
        .keeps("Kênh \"Sự Thật Làng Quê\" có nhiều người xem."),
        .keeps("Đường dây nóng 1900 8198 luôn có cán bộ trực."),
    ]

    @Test(
        "each new rule's rows",
        arguments: loneGivenNames + nicknamesAlone + lowercaseAndInitials + spelledAndMasked + numbersAndPlaces)
    func row(_ row: FamilyCase) {
        let result = Sanitizer().sanitize(row.text)
        #expect(row.holds(result), "\(result.text) \(result.findings)")
    }
}
