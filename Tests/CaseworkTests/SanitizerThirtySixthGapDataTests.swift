import Sanitization
import Testing

/// The rules the data among heldout-109's, 110's, 111's and 112's misses called for, each in sentences of its
/// own (none taken from the batches): a case's or a paper's lettered code, a fishing vessel's logbook, a
/// fishing village, a room shared, the end of a move between two ordinal days, a day after chủ nhật, a
/// residential group's residents, a lettered house after ở số; and the keeps a landline posted on a portal or
/// said to be a duty desk's, and a block by its letter alone.
@Suite("Sanitizer: the thirty-sixth round's codes, dwellings, days and keeps")
struct SanitizerThirtySixthGapDataTests {
    static let codes: [FamilyCase] = [
        .removes("HS-2024-01127", in: "Hồ sơ HS-2024-01127 của gia đình tôi bị trả lại hai lần."),
        .removes("KT-0731", in: "Nhật ký khai thác số KT-0731 bị cán bộ cảng giữ lại."),
        .removes("CA-0318", in: "The officer's badge number CA-0318 was on his chest."),
        .removes("BHLĐ-2024-0552", in: "Her injury claim BHLĐ-2024-0552 was rejected by the insurer."),
        .removes("KĐ-N2-30418", in: "The certificate KĐ-N2-30418 was forged by the agency."),
        .keeps("Mã phiếu HT-2024-001275 đã được Cổng Dịch vụ công tiếp nhận."),
        .keeps("Hồ sơ 000.00.31.H29-250411-0017 đã được trả kết quả đúng hạn."),
        .keeps("Luật Thủy sản quy định về nhật ký khai thác của tàu cá."),
        .keeps("A badge number is worn by every inspector on duty."),
    ]

    static let dwellingsAndDays: [FamilyCase] = [
        .removes("làng chài Cồn Gành", in: "Cả nhà sống ở làng chài Cồn Gành, xã Hải An."),
        .removes("7", in: "She shares room 7 with three girls from the sewing line."),
        .removes("22", in: "The hearing was put off from the 21st to the 22nd after a phone call."),
        .removes("14", in: "Thứ sáu 13-12 tôi nộp đơn, chủ nhật 14-12 thì bị gọi lên xã."),
        .removes("Tổ dân phố số 5", in: "Tổ dân phố số 5 có 36 cụ trên 90 tuổi mà chỉ 10 cụ được mừng thọ."),
        .removes("14D", in: "Chị ấy ở số 14D, gần cổng chợ Tam Bạc."),
        .keeps("Làng nghề dệt Vạn Phúc được hỗ trợ 200 triệu đồng."),
        .keeps("Pupils of the 3rd to the 5th grade get free books."),
        .keeps("Chủ nhật 2-3 lần cán bộ xuống kiểm tra."),
        .keeps("Xã có 3 tổ, mỗi tổ có 6 người."),
    ]

    static let keeps: [FamilyCase] = [
        .keeps("Số 0236 3822 555 in trên cổng thông tin của Sở là số trực ban, ai cũng gọi được."),
        .keeps("Gọi 0225 3745 110 là số trực ban của phường nếu bị đòi tiền."),
        .removes("0936 448 210", in: "Số 0936 448 210 in trên cổng thông tin của Sở là của người nhận tiền."),
        .keeps("The works' canteen in Block D serves 900 meals a day."),
        .keeps("Sơn tường ở block A bong tróc sau 6 tháng."),
        .removes("Block D", in: "My room is Room 1107, Block D, near the gate."),
    ]

    /// A case's file after hồ sơ alone, a fishing vessel's logbook, a badge's lettered number and a code with Đ
    /// go; a portal's ticket, the national portal's dossier code, a logbook named with no number and a badge
    /// with no number stay.
    @Test(arguments: codes) func aLetteredCode(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A fishing village, a room shared with others, the end of a move between ordinal days, a d-m after chủ
    /// nhật, a residential group with its elders counted and a lettered house after ở số go; a craft village,
    /// two floors, a count after chủ nhật and a team counted stay.
    @Test(arguments: dwellingsAndDays) func aDwellingOrADay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A landline posted on a portal or said to be a duty desk's stays, a mobile said so goes; a block by its
    /// letter alone stays, and after a room's number goes.
    @Test(arguments: keeps) func aPublishedLineOrABlock(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
