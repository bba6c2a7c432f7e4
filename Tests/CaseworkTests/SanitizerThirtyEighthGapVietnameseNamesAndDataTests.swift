import Sanitization
import Testing

/// The rules the names and data among heldout-121's, 123's, 124's, 125's, 127's and 128's misses called for, each
/// in sentences of its own (none taken from the batches): a Cham village, a residential group's young men or
/// children, a hamlet or a group typed without marks, a savings book's, a booking's, a registration's and a card's
/// codes, a flat's lettered floor and door, initials after a boarding house, initials that text, a handle in
/// brackets after a display name, a house's lettered number, a day written in a book; and the keeps a revered
/// title, the New Year's Eve and a Mekong port.
@Suite("Sanitizer: the thirty-eighth round's Vietnamese names and data")
struct SanitizerThirtyEighthGapVietnameseNamesAndDataTests {
    static let dwellings: [FamilyCase] = [
        .removes("palei Chung Mỹ", in: "Ông ấy sống ở palei Chung Mỹ từ nhỏ, nay vẫn chưa có sổ đỏ."),
        .removes("Palei Bầu Trúc", in: "Hộ nghèo ở Palei Bầu Trúc chưa nhận được tiền hỗ trợ."),
        .removes("palei Hữu Phước", in: "Ông ấy nhận tiền thay cho mấy hộ ở palei Hữu Phước."),
        .removes("Tổ dân phố số 7", in: "Tổ dân phố số 7 có 5 thanh niên trúng tuyển nhưng chỉ 1 người đi."),
        .removes("Khu phố 2", in: "Khu phố 2 có 30 trẻ em chưa được cấp thẻ bảo hiểm."),
        .removes("ap 3", in: "danh sach ho ngheo ap 3 bi sua ten nhieu lan"),
        .removes("ap 6", in: "chi hoi phu nu ap 6 nam 2025 chua nhan tien"),
        .removes("to 4", in: "ong to truong to 4 thu tien ma khong ghi so"),
        .removes("B-09.11", in: "Căn hộ B-09.11 ở chung cư Hoàng Anh là nơi họ hẹn giao tiền."),
        .removes("14C", in: "Anh ấy ở nhà 14C, ngõ 5, phố Trần Cung."),
        .keeps("Lễ hội Katê được tổ chức ở các palei của người Chăm."),
        .keeps("Người Chăm gọi làng của mình là palei."),
        .keeps("Tổ 3 có 4 thanh niên làm nhiệm vụ tuần tra."),
        .keeps("mua o to 4 cho de cho hang"),
        .keeps("Căn hộ ở tầng cao có giá thuê đắt hơn."),
        .keeps("Nhà 3 tầng ở đầu ngõ vừa bán được."),
    ]

    static let codes: [FamilyCase] = [
        .removes("TK2231907", in: "Sổ tiết kiệm số TK2231907 do con trai bà đứng tên."),
        .removes("AB 0071245", in: "Cuốn sổ tiết kiệm số AB 0071245 bị giữ ở ủy ban xã."),
        .removes("9QX7KT", in: "Mã đặt chỗ của chị ấy là 9QX7KT, vé đi Đà Nẵng ngày mai."),
        .removes("H3KP2M", in: "Mã đặt vé máy bay là H3KP2M."),
        .removes("BL-2217", in: "Ghe có số đăng ký BL-2217 bị biên phòng giữ."),
        .removes("GV-1043", in: "Thẻ giáo viên mã GV-1043 của cô ấy bị dùng để rút tiền."),
        .keeps("Lãi suất sổ tiết kiệm kỳ hạn 12 tháng là 5%."),
        .keeps("Sổ tiết kiệm số tiền lớn phải có hai người ký."),
        .keeps("Số đăng ký doanh nghiệp được in trên hóa đơn."),
        .keeps("Mã đặt chỗ được gửi qua tin nhắn sau khi thanh toán."),
        .keeps("Thẻ thành viên mã giảm giá dùng được ở mọi cửa hàng."),
    ]

    static let names: [FamilyCase] = [
        .removes("L.T.K.", in: "Chủ nhà trọ L.T.K. giữ giấy tờ của công nhân."),
        .removes("PQK", in: "PQK nhắn cho tôi lúc nửa đêm đòi thêm tiền."),
        .removes("tranthimai.hn", in: "Tài khoản Facebook Trần Thị Mai (tranthimai.hn) đăng bài bôi nhọ tôi."),
        .removes("Giao", in: "Chị Giao thừa nhận đã nhận 2 triệu."),
        .removes("11", in: "Lịch trong sổ: '11/8 – gặp cán bộ; 18/8 – nộp tiền'."),
        .keeps("UBND nhắn tin cho các hộ về lịch phát gạo."),
        .keeps("Tượng Đức Mẹ ở nhà thờ được sơn lại."),
        .keeps("Đêm Giao thừa năm nay phường cấm đốt pháo."),
        .keeps("Tàu từ Trần Đề ra Côn Đảo chạy mỗi ngày."),
        .keeps("Tỷ lệ trong sổ: 1/3 số hộ chưa nộp."),
    ]

    /// A Cham village (palei) by its name, a residential group with its young men or children counted, a hamlet
    /// typed without marks in a text typed so, a group after its head typed so and a flat's lettered floor and door
    /// go, and a house by its number and a letter after nhà; palei as a word, a team counted, a car's seats, a
    /// flat's floor with no number and a house's floors stay.
    @Test(arguments: dwellings) func aDwelling(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A savings book's number, a booking's code, a registration's lettered code and a card's code after mã go;
    /// a savings book's term, số tiền, a firm's registration, a booking's code not given and a discount code stay.
    @Test(arguments: codes) func aCode(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// Initials after a boarding house's owner, initials that text, a handle in brackets after a display name,
    /// Giao who admits and a day after a book's colon go; an office that texts, the Virgin, the New Year's Eve,
    /// the port of Trần Đề and a share after a book's colon stay.
    @Test(arguments: names) func aNameOrAKeep(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
