import Sanitization
import Testing

/// The rules the data among heldout-89's, 91's, 92's, 93's, 95's and 96's misses called for, each in sentences of
/// its own (none taken from the batches): the papers issued to one person, a group's members counted, a lodger's
/// room and a block's building, the next day of a story; and the keeps a school's grade, a school's or a health
/// station's desk phone, a mass organisation's day and an anniversary's span.
@Suite("Sanitizer: the thirty-fourth round's personal papers, dwellings, days and keeps")
struct SanitizerThirtyFourthGapVietnameseDataTests {
    static let personalPapers: [FamilyCase] = [
        .removes("GK-2023/0412", in: "Giấy khen học sinh tiên tiến số GK-2023/0412 bị ghi sai tên lớp."),
        .removes("2231/THPT-2022", in: "Sổ cấp bằng 2231/THPT-2022 của con tôi bị tẩy xóa."),
        .removes("87/HB-2021", in: "Học bạ số 87/HB-2021 bị thất lạc ở văn phòng."),
        .removes("0177/2023/NA-GPKTTS", in: "Giấy phép khai thác số 0177/2023/NA-GPKTTS của tàu bị giữ."),
        .removes("12/QN-2024", in: "Sổ danh bạ thuyền viên số 12/QN-2024 bị đồn giữ."),
        .removes("XNKT 0211/2024", in: "Cháu có giấy xác nhận khuyết tật số XNKT 0211/2024 mà vẫn bị cắt."),
        .removes("TC-0311", in: "Thu giữ 9 sổ, số sổ từ TC-0311 đến TC-0319, tại nhà bà ấy."),
        .removes("TC-0319", in: "Thu giữ 9 sổ, số sổ từ TC-0311 đến TC-0319, tại nhà bà ấy."),
        .removes("LN-14", in: "Hộ tôi được giao lô nuôi số LN-14 từ năm ngoái."),
        .removes("BN 0311", in: "Tôi chỉ có biên nhận viết tay BN 0311 do cò đưa."),
        .removes("HĐ-12/2021", in: "Hợp đồng thuê đất số HĐ-12/2021 giữa UBND xã và hộ bà Lan đã hết hạn."),
        .removes("55/2023/HĐ-XKLĐ", in: "Hợp đồng số 55/2023/HĐ-XKLĐ giữa em tôi và công ty ghi phí quá cao."),
        .keeps("Văn thư đòi tiền sao y học bạ 100 nghìn/trang."),
        .keeps("Thủ tục gia hạn giấy phép mất 3 tháng."),
        .keeps("Nhận làm giấy xác nhận khuyết tật trọn gói 8 triệu."),
        .keeps("Hợp đồng số 7/2024/HĐ-UBND giữa Sở và nhà thầu đã thanh lý."),
    ]

    static let dwellingsAndDays: [FamilyCase] = [
        .removes("Tổ dân phố số 6", in: "Tổ dân phố số 6 có 31 hội viên mà chỉ 8 người được quà."),
        .removes("CT3", in: "Chị ấy ở P.1203 nhà CT3 khu đô thị Văn Phú."),
        .removes("C07", in: "Nhà trọ của em là phòng C07 gần chợ."),
        .removes("14-8", in: "Hôm 12-8 quán bị niêm phong, 14-8 thì lại mở."),
        .keeps("Xã có 2 tổ, mỗi tổ có 5 người."),
        .keeps("Khách hàng đến phòng B2 để nộp hồ sơ."),
    ]

    static let keeps: [FamilyCase] = [
        .keeps("Thầy dạy Văn khối 8 ở trường, giáo viên nào cũng biết."),
        .keeps("Lịch thi học kỳ: khối 9 thi tại phòng thi số 3."),
        .keeps("Tiết chào cờ về khăn đỏ dành cho khối 4 trong tháng 10."),
        .removes("khối 5", in: "Học sinh ở khối 5, phường Trường An bị thu tiền."),
        .keeps("Đừng gọi máy bàn văn phòng trường 024 3855 1204 vì không ai nghe, gọi cô giáo chủ nhiệm."),
        .keeps("Gọi số trạm 02383 612 455 mãi, không ai bắt máy."),
        .keeps("Họp đúng ngày 14/10, Ngày truyền thống Hội Nông dân Việt Nam, xã hứa trả tiền."),
        .keeps("Ngày 26/3 hằng năm Đoàn xã kết nạp đoàn viên."),
        .keeps("Kỷ niệm 35 năm thành lập Hội (6/12/1989 – 6/12/2024), phường tặng quà."),
        .keeps("Từ 30-4 đến 1-5 trạm nghỉ, không ai trực."),
        .removes("12/3/2024", in: "Ngày 12/3/2024 cán bộ đến nhà tôi."),
    ]

    /// A certificate of merit's, a school record's, a diploma register's, a licence's, a seaman's register's, a
    /// disability certificate's, a vaccination book's range, a farming plot's and a receipt's number go, and a
    /// contract's between a household or a person and an office; a price, a wait and a contract between offices
    /// stay.
    @Test(arguments: personalPapers) func aPersonsPaper(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A residential group said to have so many members goes; a building's two-capital code after a flat, a
    /// room after a lodging, and a clause's day of the same month after a first day go; a team counted and an
    /// office's room stay.
    @Test(arguments: dwellingsAndDays) func aDwellingOrADay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A school's grade where the text speaks of a school, a school's or a health station's desk phone, a mass
    /// organisation's day, an anniversary's span and a holiday's span stay; a block after ở before a ward goes.
    @Test(arguments: keeps) func aPublicGradeNumberOrDay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
