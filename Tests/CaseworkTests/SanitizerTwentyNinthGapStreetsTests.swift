import Sanitization
import Testing

/// The twenty-ninth round's convention for Vietnamese addresses, as the held-out batches annotate them: a
/// house's or an alley's number goes, its street stays, as English text already keeps it; a residential
/// group after the street still goes. A family name typed like a street's word ("Đường", "Duong") is a
/// name where no address holds it.
@Suite("Sanitizer: a house's street stays when its number goes")
struct SanitizerTwentyNinthGapStreetsTests {
    static let rows: [SanitizerCase] = [
        SanitizerCase(
            "Nơi cư trú: số nhà 128/7 đường Nguyễn Văn Cừ, khu phố 4, phường An Hòa.",
            "Nơi cư trú: [đã ẩn] đường Nguyễn Văn Cừ, [đã ẩn], phường An Hòa."),
        SanitizerCase(
            "Người làm chứng thuê phòng trọ số 2, ngõ 71 đường Láng, nên hay thấy.",
            "Người làm chứng thuê [đã ẩn] đường Láng, nên hay thấy."),
        SanitizerCase(
            "nha chi o so 27B hem 14 duong Tran Phu, anh ghe qua lay giay to nhe.",
            "nha chi o [đã ẩn] duong Tran Phu, anh ghe qua lay giay to nhe."),
        SanitizerCase(
            "Thanh tra đã đến số nhà 47/12 đường Lê Văn Sỹ để gặp bà ngoại.",
            "Thanh tra đã đến [đã ẩn] đường Lê Văn Sỹ để gặp bà ngoại."),
        SanitizerCase(
            "Bà Lan ở số 12 Lê Lợi, phường Bến Nghé, gọi lên đường dây nóng.",
            "Bà [đã ẩn] ở [đã ẩn] Lê Lợi, phường Bến Nghé, gọi lên đường dây nóng."),
        SanitizerCase(
            "Địa chỉ: 45 đường Quang Trung, tổ 3, phường Hà Đông.",
            "Địa chỉ: [đã ẩn] đường Quang Trung, [đã ẩn], phường Hà Đông."),
        SanitizerCase(
            "Chị Phượng “Phố Núi” ở số 9 phố Hàng Bạc nhận tiền.", "Chị [đã ẩn] ở [đã ẩn] phố Hàng Bạc nhận tiền."),
        SanitizerCase(
            "Cán bộ phường đến nhà số 7 đường số 12 để kiểm tra.", "Cán bộ phường đến [đã ẩn] đường số 12 để kiểm tra."),
        SanitizerCase(
            "Bà Hoa, 60 tuổi, ngụ tại 123/45 Nguyễn Trãi, phường 2.",
            "Bà [đã ẩn], 60 tuổi, ngụ tại [đã ẩn] Nguyễn Trãi, phường 2."),
        // Not streets: a family name typed like a street's word, a residential group, a city.
        SanitizerCase(
            "Ông Đường Văn Lực phản ánh đường vào nghĩa trang bị rào.", "[đã ẩn] phản ánh đường vào nghĩa trang bị rào."
        ),
        SanitizerCase(
            "Chi la Duong Thi Kieu Trang, nha o so 5 hem 3, chi hoi ve so do.",
            "Chi la [đã ẩn], nha o [đã ẩn], chi hoi ve so do."),
        SanitizerCase("Hộ ông Nam ở tổ dân phố số 3, phường Đồng Hới.", "Hộ ông [đã ẩn] ở [đã ẩn], phường Đồng Hới."),
        SanitizerCase("Trụ sở ở số 1 đường Lê Duẩn, thành phố Huế.", "Trụ sở ở [đã ẩn] đường Lê Duẩn, thành phố Huế."),
    ]

    @Test(arguments: rows) func theStreetStaysAndTheNumberGoes(_ row: SanitizerCase) {
        #expect(Sanitizer().sanitize(row.input).text == row.expected)
    }
}
