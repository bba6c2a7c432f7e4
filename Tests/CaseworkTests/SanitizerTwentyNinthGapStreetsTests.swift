import Sanitization
import Testing

/// The twenty-ninth round's convention for Vietnamese addresses, as the held-out batches annotate them: a
/// house's or an alley's number goes, its street stays, as English text already keeps it; a residential
/// group after the street still goes. A family name typed like a street's word ("Đường", "Duong") is a
/// name where no address holds it.
@Suite("Sanitizer: a house's street stays when its number goes")
struct SanitizerTwentyNinthGapStreetsTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let text: String
        let expected: String
        var testDescription: String { text }
    }

    static let rows: [Row] = [
        Row(
            text: "Nơi cư trú: số nhà 128/7 đường Nguyễn Văn Cừ, khu phố 4, phường An Hòa.",
            expected: "Nơi cư trú: [đã ẩn] đường Nguyễn Văn Cừ, [đã ẩn], phường An Hòa."),
        Row(
            text: "Người làm chứng thuê phòng trọ số 2, ngõ 71 đường Láng, nên hay thấy.",
            expected: "Người làm chứng thuê [đã ẩn] đường Láng, nên hay thấy."),
        Row(
            text: "nha chi o so 27B hem 14 duong Tran Phu, anh ghe qua lay giay to nhe.",
            expected: "nha chi o [đã ẩn] duong Tran Phu, anh ghe qua lay giay to nhe."),
        Row(
            text: "Thanh tra đã đến số nhà 47/12 đường Lê Văn Sỹ để gặp bà ngoại.",
            expected: "Thanh tra đã đến [đã ẩn] đường Lê Văn Sỹ để gặp bà ngoại."),
        Row(
            text: "Bà Lan ở số 12 Lê Lợi, phường Bến Nghé, gọi lên đường dây nóng.",
            expected: "Bà [đã ẩn] ở [đã ẩn] Lê Lợi, phường Bến Nghé, gọi lên đường dây nóng."),
        Row(
            text: "Địa chỉ: 45 đường Quang Trung, tổ 3, phường Hà Đông.",
            expected: "Địa chỉ: [đã ẩn] đường Quang Trung, [đã ẩn], phường Hà Đông."),
        Row(
            text: "Chị Phượng “Phố Núi” ở số 9 phố Hàng Bạc nhận tiền.",
            expected: "Chị [đã ẩn] ở [đã ẩn] phố Hàng Bạc nhận tiền."),
        Row(
            text: "Cán bộ phường đến nhà số 7 đường số 12 để kiểm tra.",
            expected: "Cán bộ phường đến [đã ẩn] đường số 12 để kiểm tra."),
        Row(
            text: "Bà Hoa, 60 tuổi, ngụ tại 123/45 Nguyễn Trãi, phường 2.",
            expected: "Bà [đã ẩn], 60 tuổi, ngụ tại [đã ẩn] Nguyễn Trãi, phường 2."),
        // Not streets: a family name typed like a street's word, a residential group, a city.
        Row(
            text: "Ông Đường Văn Lực phản ánh đường vào nghĩa trang bị rào.",
            expected: "[đã ẩn] phản ánh đường vào nghĩa trang bị rào."),
        Row(
            text: "Chi la Duong Thi Kieu Trang, nha o so 5 hem 3, chi hoi ve so do.",
            expected: "Chi la [đã ẩn], nha o [đã ẩn], chi hoi ve so do."),
        Row(
            text: "Hộ ông Nam ở tổ dân phố số 3, phường Đồng Hới.",
            expected: "Hộ ông [đã ẩn] ở [đã ẩn], phường Đồng Hới."),
        Row(
            text: "Trụ sở ở số 1 đường Lê Duẩn, thành phố Huế.",
            expected: "Trụ sở ở [đã ẩn] đường Lê Duẩn, thành phố Huế."),
    ]

    @Test(arguments: rows) func theStreetStaysAndTheNumberGoes(_ row: Row) {
        #expect(Sanitizer().sanitize(row.text).text == row.expected)
    }
}
