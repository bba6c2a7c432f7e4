import Sanitization
import Testing

/// The rules the initials among heldout-101's to heldout-108's misses called for, each in sentences of its own
/// (none taken from the batches): three or four capitals with no dot after của, là, biết, by, only, initials, a
/// kinsman or a title, before "and his", before brackets that open on a role, alone in brackets after a role,
/// and the next of a list; one capital and its dot joined by và to a witness's; and the acronyms that stay in
/// the same places.
@Suite("Sanitizer: the thirty-fifth round's initials")
struct SanitizerThirtyFifthGapInitialsTests {
    static let cuedInitials: [FamilyCase] = [
        .removes("LVK", in: "Theo lời kể của LVK, đội kiểm tra không xuất biên lai."),
        .removes("NTB", in: "Người nhận tiền hôm đó là NTB, kế toán của công ty."),
        .removes("HQT", in: "Có ai biết HQT ở tổ dân phố này không?"),
        .removes("PVL", in: "The complaint was written by PVL and sent to the inspectorate."),
        .removes("TTM", in: "The note was initialled only 'TTM' with no date."),
        .removes("DTN", in: "Her neighbour (initials DTN) saw the payment."),
        .removes("LVS", in: "Mr. LVS said the fee was never receipted."),
        .removes("TNH", in: "TNH and his brother paid the broker in cash."),
        .removes("VTK", in: "Her cousin VTK kept the receipts."),
        .removes("NTKH", in: "Tiểu thương NTKH bị thu phí chợ gấp đôi."),
    ]

    /// Initials whose second letter is a middle name's (V for Văn, T for Thị) need no cue; acronyms of that
    /// shape on the lists stay.
    static let middleNameInitials: [FamilyCase] = [
        .removes("LVT", in: "Hồ sơ do LVT nộp hôm qua vẫn chưa có phiếu hẹn."),
        .removes("TTH", in: "TTH đã ký biên bản nhưng không nhận bản sao."),
        .removes("NTKL", in: "Sáng nay NTKL lại lên xã hỏi tiền bồi thường."),
        .removes("PVD", in: "The clerk PVD asked for a 'fee' twice."),
        .keeps("Đài VTV và HTV đã đưa tin về vụ việc."),
        .keeps("Xã đạt chuẩn NTM năm ngoái, CTV của phường đi vận động."),
        .keeps("Sở GTVT cấp phép cho trạm BTS trên đồi."),
        .keeps("Bảng kê ghi ĐVT là kg, nhờ KTV của trung tâm kiểm tra."),
        .keeps("Sở đã gửi văn bản số 55/STC-QLG và Thông tư 12/2024/TT-BTC tới các xã."),
    ]

    static let bracketsAndLists: [FamilyCase] = [
        .removes("LTP", in: "Người khiếu nại (LTP) yêu cầu giữ kín danh tính."),
        .removes("PVH", in: "PVH (tài xế xe khách) và BTN (bán hàng rong) đều bị thu tiền."),
        .removes("BTN", in: "PVH (tài xế xe khách) và BTN (bán hàng rong) đều bị thu tiền."),
        .removes("LMC", in: "Biên bản có chữ ký tên HVT, LMC và ĐTS ở cuối trang."),
        .removes("ĐTS", in: "Biên bản có chữ ký tên HVT, LMC và ĐTS ở cuối trang."),
        .removes("P.", in: "Người làm chứng H. và P. đều thấy cán bộ nhận phong bì."),
    ]

    static let acronyms: [FamilyCase] = [
        .keeps("Lương của NLĐ được trả qua ngân hàng."),
        .keeps("Hồ sơ của UBND xã đã chuyển lên huyện."),
        .keeps("Đây là THPT công lập duy nhất của xã."),
        .keeps("Ý kiến của KSV được ghi vào biên bản."),
        .keeps("Tôi khẳng định là CÓ nộp tiền."),
        .keeps("Sau đó CBT (cán bộ tư pháp) hướng dẫn lại thủ tục."),
        .keeps("The fee is paid only by VND transfer."),
        .keeps("The land was cleared by PPC order in 2023."),
    ]

    /// Initials after a word that says whose they are, in Vietnamese or in English, go.
    @Test(arguments: cuedInitials) func initialsAfterACue(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// Initials with a role in the brackets after them or alone in brackets after a role go, and the initials
    /// listed after any so taken.
    @Test(arguments: bracketsAndLists) func initialsInBracketsOrAList(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test(arguments: middleNameInitials) func initialsWithAMiddleNamesLetter(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A listed acronym, an acronym spelled out in the brackets after it and a word in capitals stay.
    @Test(arguments: acronyms) func anAcronymThatStays(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
