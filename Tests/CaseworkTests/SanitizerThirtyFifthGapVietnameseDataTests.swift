import Sanitization
import Testing

/// The rules the data among heldout-101's, 103's, 104's, 105's, 107's and 108's misses called for, each in
/// sentences of its own (none taken from the batches): a market's stall, a lodger's room before "ngay cạnh", a
/// block before bán, a team typed without marks after o, the papers of a martyr's file, a compulsory insurance and a
/// benefit's book; and the keeps an office's landline, a holiday named after "nhân ngày", a station's code, a
/// hamlet's money, an alley's width, a compensation board and a market's floor.
@Suite("Sanitizer: the thirty-fifth round's stalls, villages, papers and keeps")
struct SanitizerThirtyFifthGapVietnameseDataTests {
    static let stallsAndVillages: [FamilyCase] = [
        .removes("quầy 27", in: "Chị bán thịt ở quầy 27 chợ Đông Ba bị thu thêm tiền vệ sinh."),
        .removes("quầy 9", in: "Ông Tư (quầy 9, chợ xã) nói ban quản lý chợ đòi phong bì."),
        .removes("ki ot so 18", in: "me em ban hoa qua o ki ot so 18, bi doi 300k moi thang"),
        .removes("phòng trọ số 5", in: "Tôi thuê phòng trọ số 5 ngay sau trường, chủ nhà đòi tiền tạm trú."),
        .removes("khối 4", in: "Các hộ khối 4 bán hàng rong bị phạt 500 nghìn."),
        .removes("doi 3", in: "chu ay o doi 3 hay bi doi tien"),
        .keeps("Nộp hồ sơ tại quầy số 3 Bộ phận một cửa của phường."),
        .keeps("Người dân xếp hàng ở quầy 2 của Trung tâm hành chính công."),
        .keeps("Cán bộ đòi 2 triệu cho quầy hàng ở chợ đầu mối."),
    ]

    static let papers: [FamilyCase] = [
        .removes("LS-1204/HS", in: "Hồ sơ liệt sĩ LS-1204/HS của ông nội tôi bị trả về lần thứ ba."),
        .removes("TNDS-0045123", in: "Giấy bảo hiểm bắt buộc số TNDS-0045123 của xe bị giữ lại."),
        .removes("TC 0871", in: "Sổ trợ cấp số TC 0871 của mẹ tôi do cán bộ xã cầm."),
        .keeps("Hồ sơ liệt sĩ phải nộp 2 bản sao trong 30 ngày."),
        .keeps("Mức trợ cấp tăng từ 1/7/2024 theo Nghị định 75/2024/NĐ-CP."),
    ]

    static let keeps: [FamilyCase] = [
        .keeps("Bộ phận tiếp công dân phường Hòa Cường, số 0236 3811 222, nhận đơn trong giờ hành chính."),
        .keeps("Văn phòng tiếp dân tỉnh trả lời qua số 0274 3855 900 rằng đơn đã chuyển."),
        .removes(
            "0912 345 678",
            in: "Văn phòng tiếp dân nghe máy qua số 0236 3800 111; số 0912 345 678 là của người đòi tiền."),
        .removes("0236 3812 345", in: "Gọi cho anh Minh số 0236 3812 345 mà không ai nghe."),
        .keeps("Trường tặng quà cho các cháu nhân ngày 1/6 ở nhà văn hóa."),
        .removes("1/6", in: "Tôi nhận ngày 1/6 giấy báo nộp tiền."),
        .keeps("Xe đã kiểm định tại Trạm đăng kiểm 50-05V ở Thủ Đức."),
        .keeps("Hôm đó bà đưa cho cán bộ thôn 3 triệu để được ký."),
        .removes("thôn 3", in: "Bà ở thôn 3, xã Hòa Tiến, bị thu tiền làm đường."),
        .keeps("nha em xay lan hem 1,5 m ma phuong ko lap bien ban"),
        .keeps("ho noi o ban boi thuong van chua co danh sach, cho dot sau"),
        .keeps("Hàng khô ở tầng 2 chợ không bị kiểm tra."),
    ]

    /// A market's stall by its number (where the text speaks of a market), a lodger's room before ngay cạnh or
    /// ngay sau, a block before bán and a team after o go; an office's counter stays.
    @Test(arguments: stallsAndVillages) func aStallRoomOrVillage(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A martyr's file's, a compulsory insurance's and a benefit book's number go; the paper's words with no
    /// code stay.
    @Test(arguments: papers) func aPersonsPaper(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// An office's reception landline, a holiday after nhân ngày, a station's code, money after a hamlet's word,
    /// an alley's width, a compensation board and a market's floor stay; a person's number beside an office's, a
    /// day received and a hamlet with its commune go.
    @Test(arguments: keeps) func aPublicNumberOrPlace(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
