import Sanitization
import Testing

/// A span that must stay although other data in the sentence is removed.
struct KeptSpanCase: CustomTestStringConvertible, Sendable {
    let span: String
    let text: String
    var testDescription: String { "\(span) in \(text)" }

    /// Whether no removal touches the span's characters.
    func holds(_ result: Sanitizer.SanitizedText) -> Bool {
        let characters = Array(text)
        guard
            let start = (0...(characters.count - span.count)).first(where: {
                String(characters[$0..<$0 + span.count]) == span
            })
        else { return false }
        return !result.findings.contains { $0.kind != .quote && $0.start < start + span.count && start < $0.end }
    }
}

/// The rules heldout-26 to heldout-30 called for outside the name families, each in sentences of its own
/// (none taken from the batches): phone numbers read in digits and digit words, parcels numbered in
/// words, coordinates with hemisphere letters, certificate codes, bare house numbers, villages in English
/// or in a table, a case log's contact date, display names after a review's cue; and what stays: deadlines,
/// a validity's start, a holiday opening a story, an office's Tết closure, its landline and Zalo OA.
@Suite("Sanitizer: the nineteenth round's non-name shapes")
struct SanitizerNineteenthGapOtherTests {
    static let spokenPhones: [FamilyCase] = [
        .removes("0 tám 6 9, 214 530", in: "dạ chú gọi cho con số 0 tám 6 9, 214 530 nha"),
        .removes("0977, ba một sáu, hai hai năm", in: "số của tui là 0977, ba một sáu, hai hai năm nghen"),
        .removes("0 chín 1 2 345 678", in: "sđt của bà 0 chín 1 2 345 678, bà dặn gọi buổi tối"),
        .removes("không chín 8 3, 112 406", in: "lh zalo: không chín 8 3, 112 406 gặp chị Tư"),
        .keeps("Tổ công tác làm việc với 2 hộ, hai hộ còn lại hẹn ngày khác."),
        .keeps("Xã đã hỗ trợ số tiền 0 đồng cho ba hộ nghèo."),
    ]

    static let parcelsInWords: [FamilyCase] = [
        .removes("mười bảy", in: "dạ đất nhà tui là thửa số mười bảy ở cánh đồng làng"),
        .removes("ba mươi mốt", in: "thửa đất số ba mươi mốt bị người ta rào mất"),
        .keeps("Đoàn đã đo lại thửa đất của hợp tác xã trong hai ngày."),
    ]

    static let coordinates: [FamilyCase] = [
        .removes("N21.40215 E103.01877", in: "Nhà ông bị lũ cuốn ở vị trí N21.40215 E103.01877 theo báo cáo."),
        .removes("21.0285°N, 105.8542°E", in: "Lán trại dựng tại 21.0285°N, 105.8542°E, sát bờ suối."),
        .keeps("Tỷ lệ hộ nghèo giảm 1.250 hộ trong năm."),
    ]

    static let certificateCodes: [FamilyCase] = [
        .removes("1180/GCS-2024", in: "Giấy chứng sinh số 1180/GCS-2024 ghi sai ngày sinh của cháu."),
        .removes("0932/GKSK", in: "Anh nộp giấy khám sức khỏe số 0932/GKSK đã hết hạn."),
        .removes("KT-DN 2022-0117", in: "Chứng chỉ hành nghề kế toán số KT-DN 2022-0117 bị làm giả."),
        .removes("04.1186", in: "Cán bộ không xuất trình thẻ kiểm tra số 04.1186 khi vào cửa hàng."),
        .removes("1207", in: "Thí sinh có số báo danh 1207 bị đánh trượt oan."),
        .removes("0417/GCT-2025", in: "Giấy chứng tử số 0417/GCT-2025 ghi sai năm sinh của bố tôi."),
        .keeps("Quyết định số 1187/QĐ-UBND giao Thanh tra tỉnh kiểm tra việc cấp chứng chỉ hành nghề."),
        .keeps("Công văn hướng dẫn cấp giấy chứng sinh số 88/SYT-NV đã gửi các bệnh viện."),
    ]

    static let houseNumbers: [FamilyCase] = [
        .removes("14C", in: "Ông bà ở 14C gần chợ cũng bị đòi tiền."),
        .removes("31A", in: "STT 3 | Chín Lé | 31A Lê Lợi | Chưa giải quyết"),
        .keeps("Hai hộ ở 2 nơi khác nhau nên xã chưa xác minh được."),
    ]

    static let villages: [FamilyCase] = [
        .removes("Nà Pồng village", in: "The widow lives in Nà Pồng village with her two grandchildren."),
        .removes("Pác Bó hamlet", in: "Her parents still live in Pác Bó hamlet, far from the road."),
        .removes("thon Pa Cheo", in: "7 | giang a chu | thon Pa Cheo | ho can ngheo"),
        .removes("bản Nậm Lầu 2", in: "Hộ ở bản Nậm Lầu 2 chưa nhận gạo cứu đói."),
        .keeps("Ban quản lý dự án họp 2 lần trong tháng."),
    ]

    static let caseLogDates: [FamilyCase] = [
        .removes("7/9", in: "7/9: nhắn tin cho người tố cáo, hẹn lên trụ sở đối chất."),
        .removes("21/4", in: "STT 2 | Ngày nhận đơn: 21/4 | Đã chuyển"),
        .removes("14/5", in: "5 | Lường Thị Ỏn | 14/5 | Đã trả lời"),
        .keeps("Điều 7: thời hạn giải quyết khiếu nại là 30 ngày."),
    ]

    static let displayNames: [FamilyCase] = [
        .removes("Thu Hà Review", in: "Đánh giá của Thu Hà Review: làm thủ tục nhanh, 5 sao."),
        .removes("SaigonFoodie21", in: "Review by SaigonFoodie21: the ward office was closed at noon."),
        .removes("Tony from Hue", in: "On Telegram my display name is Tony from Hue."),
        .removes("Lan Anh Nguyen", in: "You can find me on Facebook under the name Lan Anh Nguyen."),
        .removes("@Trần Thị Bích Ngọc", in: "@Trần Thị Bích Ngọc chị xem giúp em hồ sơ này với"),
        .removes("thuytien_99", in: "Nick Facebook của người gửi là thuytien_99, không rõ tên thật."),
        .removes("Minh Khang", in: "Bình luận của Minh Khang: ở xã này làm giấy tờ phải bồi dưỡng."),
        .keeps("Nhận xét của Trưởng đoàn: hồ sơ đã đủ."),
        .keeps("Đánh giá của Sở Tư pháp: hồ sơ đầy đủ, đúng hạn."),
    ]

    static let kept: [KeptSpanCase] = [
        KeptSpanCase(span: "31/12/2025", text: "Đề nghị UBND xã nộp báo cáo trước ngày 31/12/2025."),
        KeptSpanCase(span: "20/10/2025", text: "Hạn nộp hồ sơ bổ sung là 20/10/2025 theo thông báo của Sở."),
        KeptSpanCase(span: "15/12/2025", text: "Sở đề nghị gửi báo cáo chậm nhất là ngày 15/12/2025."),
        KeptSpanCase(span: "01/7", text: "Quy định có hiệu lực kể từ ngày 01/7 nhưng xã vẫn thu phí cũ."),
        KeptSpanCase(span: "01/07", text: "Thẻ của mẹ tôi có giá trị từ 01/07 mà bệnh viện bắt trả tiền."),
        KeptSpanCase(span: "Mùng 2 Tết", text: "Mùng 2 Tết thì thôi, nhưng hôm mùng 7 họ lại tới nhà tôi."),
        KeptSpanCase(span: "30-4", text: "Hôm 30-4 nhà tôi đi vắng, tới ngày 3-5 mới về."),
        KeptSpanCase(span: "2-9", text: "Hôm 2-9 cả xóm đi xem pháo hoa, đến hôm 4-9 thì nhà tôi bị mất xe."),
        KeptSpanCase(span: "Mùng 2 đến Mùng 6 Tết", text: "Từ Mùng 2 đến Mùng 6 Tết, Bộ phận một cửa xã nghỉ."),
        KeptSpanCase(span: "0207 3851 100", text: "Gọi số bàn của phường 0207 3851 100 mãi không được."),
        KeptSpanCase(span: "Zalo OA", text: "Người dân gửi ảnh qua Zalo OA của UBND phường."),
    ]

    static let stillRemoved: [FamilyCase] = [
        .removes("Mùng 8", in: "Mùng 8 tết, nó đến nhà tôi đòi nợ."),
        .removes("2-9", in: "Chiều 2-9 có người ném đá vào nhà tôi."),
        .removes("mùng 3", in: "Từ mùng 3 đến mùng 7 Tết cán bộ vẫn đến thu tiền."),
    ]

    @Test(arguments: spokenPhones) func aPhoneReadInDigitsAndWords(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: parcelsInWords) func aParcelNumberedInWords(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: coordinates) func coordinatesWithHemisphereLetters(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: certificateCodes) func aPersonalPapersCode(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: houseNumbers) func aBareHouseNumber(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: villages) func aVillageInEnglishATableOrNumbered(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: caseLogDates) func aCaseLogsContactDate(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: displayNames) func aDisplayNameOrMention(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: kept) func whatStays(_ row: KeptSpanCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: stillRemoved) func aHolidayAloneIsTheDayTold(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
