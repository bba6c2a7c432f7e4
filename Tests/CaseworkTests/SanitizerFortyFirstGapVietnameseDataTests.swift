import Sanitization
import Testing

/// The rules the data among heldout-161's, 163's, 164's, 165's, 167's and 168's misses called for, each in sentences
/// of its own (none taken from the batches): offices' landlines posted or named, a number said to be an
/// inspector's, lots' and slips' lettered numbers, long licences, members' cards, books' spaced codes, a day before
/// có or a colon, a house's number after nhà; and the keeps a holiday off, a park named after its day and a
/// reorganisation's first day.
@Suite("Sanitizer: the forty-first round's landlines, papers, days, houses and keeps")
struct SanitizerFortyFirstGapVietnameseDataTests {
    static let landlines: [FamilyCase] = [
        .keeps("Số máy bàn văn phòng ấp (công khai): 0277 3 845 112, ai cũng gọi được."),
        .keeps("Số điện thoại của Ban quản lý chợ (công bố): 0251 3822 907."),
        .keeps("Máy bàn phòng tiếp dân (niêm yết) 0263 3821 455 không ai bắt máy."),
        .keeps("Chị gọi số máy bàn niêm yết của trạm y tế: 0210 3851 776 nhưng không ai nghe."),
        .keeps("Số điện thoại công khai của xã Tân Hòa: 0272 3861 224."),
        .keeps("Đường dây nóng của xã (0236 3791 115) không ai nghe suốt buổi sáng."),
        .keeps("Đường dây nóng của phường Phú Hội: 0234 3822 660 đã đăng trên bảng tin."),
        .keeps("Đường dây nóng của tỉnh là 0206 3852 119, ai cũng biết."),
        .keeps("Gọi 0214 3840 556 (Chi cục Thủy lợi) thì được hẹn lại."),
        .keeps("Tôi liên hệ 0222 3874 901 (UBND xã Tân Lộc) và được trả lời sau ba ngày."),
        .keeps("Số 0233 3852 441 (Hạt Kiểm lâm) luôn bận máy."),
        .keeps("Hỏi qua số 0290 3836 227 (Văn phòng Sở) thì bảo chờ."),
        .removes("0236 3822 415", in: "Số riêng của ông ấy 0236 3822 415 (nhà riêng) chỉ người quen mới biết."),
        .removes("0263 3811 290", in: "Anh gọi vào 0263 3811 290 (phòng trọ của anh Bình) nhiều lần."),
        .removes("0222 3874 901", in: "Số 0222 3874 901 (số cũ) không còn dùng."),
        .removes("0236 3822 415", in: "Số máy bàn (không công khai): 0236 3822 415 là của nhà ông Tư."),
        .removes("0905 112 334", in: "Đường dây nóng của xã không ai nghe nên tôi gọi anh Bảy 0905 112 334."),
        .removes("0912 448 207", in: "Chị nhắn vào số riêng 0912 448 207 của thanh tra viên phụ trách."),
    ]

    static let papers: [FamilyCase] = [
        .removes("VT-HĐ 0782", in: "Giấy phép kinh doanh vận tải hành khách bằng xe số VT-HĐ 0782 của xe bị giữ lại."),
        .removes("HND-0451", in: "Thẻ hội viên Hội Nông dân xã số HND-0451 của ông bị thu."),
        .removes("CĐ 00812", in: "Thẻ đoàn viên Công đoàn cơ sở số CĐ 00812 bị giữ."),
        .removes("TV-0129", in: "Thẻ thành viên Hợp tác xã Tân Phú số TV-0129 ghi sai tên."),
        .removes("CF-2025/118", in: "Lô cà phê số CF-2025/118 của nhà tôi bị trả về."),
        .removes("TN-0231", in: "Phiếu tiếp nhận hồ sơ số TN-0231 ghi sai ngày hẹn."),
        .removes("KB 09127", in: "Phiếu khám bệnh số KB 09127 ghi 'đã thu 200 nghìn'."),
        .removes("KB 22017", in: "Sổ khám bệnh số KB 22017 của cháu bị giữ lại."),
        .removes("SK 1029", in: "Sổ theo dõi sức khỏe số SK 1029 của bà bị mất."),
        .removes("024512789", in: "Sổ hộ khẩu cũ ghi số CMND 024512789 của ông."),
        .keeps("Phiếu hẹn số 0452/PH ghi ngày trả kết quả là 15 ngày làm việc."),
        .keeps("Phiếu lý lịch tư pháp số 2 được cấp trong 10 ngày."),
        .keeps("Phiếu số 12 ghi đủ họ tên người nộp."),
        .keeps("Phiếu bầu số 3 bị gạch hai tên."),
        .keeps("Sổ tay hướng dẫn số 2 của Sở được phát miễn phí."),
        .keeps("Giấy phép đủ điều kiện kinh doanh dịch vụ ăn uống số 27/GP-UBND được niêm yết tại quán."),
    ]

    static let daysAndHouses: [FamilyCase] = [
        .removes("9", in: "Sáng 9 có hai người mặc áo xanh đến thu tiền."),
        .removes("22", in: "Tối 22 có đoàn đến kiểm tra quán."),
        .removes("12", in: "hom do ho lay xe cua 3 nguoi, danh sach toi 12: ong tu, ba nam"),
        .removes("3-5", in: "hom 30-4 la nghi le ma van co nguoi den thu tien, toi 3-5 lai den"),
        .removes("12/6", in: "Chiều 12/6 đội trật tự ra công viên thu hàng."),
        .removes("7/1", in: "Bà nhập viện 7/1, đến 10/1 mới được mổ."),
        .removes("1/8/2025", in: "Tôi nộp hồ sơ ngày 1/8/2025, khi xã mới hoạt động được một tháng."),
        .removes("1/9/2025", in: "Quầy hoạt động ngày 1/9/2025 thì tôi đến nộp tiền."),
        .removes("45/12B", in: "Nhà 45/12B của bà bị ngập mỗi lần mưa."),
        .removes("7/2A", in: "Cán bộ đến nhà số 7/2A đòi tiền."),
        .removes("112C/4", in: "Con hẻm trước nhà 112C/4 là chỗ họ đậu xe."),
        .keeps("Tối 3 cô giáo đến nhà họp phụ huynh."),
        .keeps("lam tu 8 toi 14: nghi trua roi lam tiep"),
        .keeps("toi 14 tuoi thi bi bat di lam"),
        .keeps("Nhà 3/4 diện tích là đất nông nghiệp."),
        .keeps("Nhà 12 tầng ở góc phố là trụ sở công ty."),
    ]

    static let publicDays: [FamilyCase] = [
        .keeps("Ngày 30/4 cả phường nghỉ lễ, không ai trực."),
        .keeps("Ngày 2/9 chợ nghỉ lễ nhưng vẫn có người thu tiền."),
        .keeps("Hàng rong bày kín quanh công viên 23/9 mỗi tối."),
        .keeps("Quảng trường 2/4 là nơi đội trật tự hay tập kết xe."),
        .keeps("Từ ngày 1/7/2025 chính quyền hai cấp chính thức vận hành."),
        .keeps("Từ khi bộ máy chính quyền mới vận hành ngày 1/7/2025, tôi đã nộp hồ sơ hai lần."),
        .keeps("Sau khi xã mới đi vào hoạt động từ 1/7/2025, em lên xã ba lần."),
    ]

    /// An office's landline posted in brackets, named by its office after của, a local hotline and a landline with
    /// its office in brackets after it stay; a home's, a lodger's, an old or an unposted number, a person's mobile
    /// after the hotline and a mobile said to be an inspector's go.
    @Test(arguments: landlines) func anOfficesLandline(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A long licence's lettered number, a member's card after its association, a lot's, a slip's and a book's
    /// lettered numbers go, and an identity card's after a book; an office's numbering, a count, a ballot, a
    /// handbook and a licence's document number stay.
    @Test(arguments: papers) func aLetteredPaper(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A day before có or a colon, the next day after a holiday off, a day near a park and a hospital's day go, and
    /// so do the first of a month that starts no administration and a house's slashed number after nhà; three
    /// teachers, a span's end, an age, a share and a building's floors stay.
    @Test(arguments: daysAndHouses) func aDayOrAHouse(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A national day off, a park or a square named after its day and a new administration's first day stay.
    @Test(arguments: publicDays) func aPublicDay(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
