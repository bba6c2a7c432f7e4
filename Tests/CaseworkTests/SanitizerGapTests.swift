import Sanitization
import Testing

/// The gaps heldout-5 and the fifth round's scratch batches left (Sanitizer.md, Known gaps), each fixed
/// by a rule with texts it must remove and texts it must keep.
@Suite("Sanitizer: nicknames of several words, pronouns, page names, residences typed without marks")
struct SanitizerGapTests {
    static let names: [FamilyCase] = [
        .removes("Hải Bốn Ngón", in: "Hải Bốn Ngón là người đứng ra thu tiền bảo kê các sạp ở chợ đầu mối."),
        .removes("Minh Cò Đất", in: "Minh Cò Đất là người môi giới, hứa lo được sổ hồng trong 30 ngày."),
        .keeps("Cty TNHH Xây dựng Thành Đạt đã nhận tạm ứng 1,2 tỷ đồng."),
        .keeps("Công ty Minh Phát Hưng đã nộp hồ sơ thầu."),
        .removes("ta quang dung", in: "theo lời kể của ông ta quang dung thì cán bộ xã có thu tiền"),
        .keeps("Ông ta thanh minh rằng số tiền đó là tiền vay."),
        .keeps("anh ta thanh toan tien mat cho can bo"),
        .keeps("ong ta noi la phan anh dung su that"),
        .keeps("toi phan anh dung su that, khong bịa đặt"),
        .keeps("ho so la dang ky tam tru cua gia dinh"),
        .removes("tran quang vinh", in: "em trai toi ten la tran quang vinh, 17 tuoi"),
        .removes("dung", in: "toi gap anh dung o xa"),
        .removes("nguyet", in: "hom do co anh khoa va chi nguyet chung kien"),
        .removes("hung", in: "can bo dia chinh ten hung da nhan 5 trieu"),
        .keeps("xa chi tien da duoc duyet"),
        .keeps("vuon nha co hoa da no"),
        .removes("ta quang vinh", in: "ck e la ta quang vinh lam o cty moi truong"),
        .keeps("day la ta thanh minh voi nhau"),
        .removes("tran thi thu ha", in: "toi ten la tran thi thu ha, toi muon to cao can bo dia chinh xa"),
        .removes("mai xuân trường", in: "mình là mai xuân trường, muốn phản ánh vụ xả thải"),
        .keeps("Ông ta thành công nhờ quen biết."),
        .keeps("Hạn chót là mai, không được chậm."),
        .removes("Quân Xăm Trổ", in: "Quân Xăm Trổ đến nhà đập phá đồ đạc."),
        .removes("Long Đầu Bạc", in: "Long Đầu Bạc cầm đầu nhóm đòi nợ thuê."),
        .keeps("Thành Đạt Phát trúng thầu gói số 3."),
        .removes("Lộc Cò", in: "Lộc Cò (cò đất) hứa chạy sổ đỏ trong một tháng."),
        .removes("phong béo", in: "thg phong béo ở xóm trên hay chặn đường đòi tiền"),
        .removes("kien lac", in: "kien lac dan dan em toi den do rac truoc nha"),
        .removes("hiếu khùng", in: "hiếu khùng đe dọa nếu e đi báo thì nó xử"),
        .keeps("hoa đen được trồng ở vườn ươm"),
        .keeps("le hoi cua xa to chuc vao thang gieng"),
        .keeps("nhà bị nứt do thi công đường"),
    ]
    static let places: [FamilyCase] = [
        .removes("bản trên", in: "nhờ thanh tra xem lại hộ bà giàng thị sua ở bản trên bị cắt hộ nghèo."),
        .removes("xóm dưới", in: "Gia đình chị ấy sống ở xóm dưới."),
        .keeps("Nội dung ở bản trên giấy đã được đối chiếu."),
        .keeps("Bản trên mạng khác với bản in."),
        .removes("doi 2", in: "ong ay o thon Dong Ha, doi 2, nha mai ton sat kenh"),
        .removes("thon Dong Ha", in: "ong ay o thon Dong Ha, doi 2, nha mai ton sat kenh"),
        .removes("xom Bai Say", in: "ba ay song o xom Bai Say tu nam 2010"),
        .keeps("Co gai co dang nguoi thon tha, ap dung Luat Dat dai."),
        .keeps("ong ta doi 2 trieu moi ky giay"),
        .keeps("ho doi 2 lan, toi khong dua"),
        .removes("ap 3", in: "gia dinh o ap 3 xa Tan Phu"),
        .keeps("ban 3 cua xa da hop"),
        .removes("khu tập thể C2", in: "Nhà ở khu tập thể C2, phòng 305."),
        .removes("phòng 305", in: "Nhà ở khu tập thể C2, phòng 305."),
        .keeps("Khu tập thể có 12 hộ."),
    ]
    static let datesAndLinks: [FamilyCase] = [
        .removes("5", in: "Các ngày 3/7 và 5/7, cán bộ thuế đến cửa hàng."),
        .keeps("Có 1/3 và 2/5 số hộ chưa nộp."),
        .removes("m.me/thanhvan.le.771", in: "ib e qua mess: m.me/thanhvan.le.771"),
        .removes("Mèo Mướp Xóm Chợ", in: "Bài viết trong group do nick \"Mèo Mướp Xóm Chợ\" đăng tải."),
    ]
    static let pages: [FamilyCase] = [
        .removes(
            "Hội Những Người Yêu Thôn Đông", in: "Trang Facebook Hội Những Người Yêu Thôn Đông đăng tin."),
        .removes("Tin Nóng 24h", in: "Thông tin được đăng bởi page Tin Nóng 24h."),
        .keeps("Trang Facebook Hội Nông dân xã đã đăng thông báo."),
        .keeps("Fanpage Công an tỉnh Nghệ An đã cảnh báo thủ đoạn này."),
        .keeps("Tài khoản Ngân hàng Nông nghiệp của xã bị phong tỏa."),
    ]

    /// heldout-7's misses, each by the rule a careful redactor follows, in sentences of their own.
    static let seventhNames: [FamilyCase] = [
        .removes("Thoa", in: "hôm qua ô Thoa bên thuế đến tận nhà"),
        .removes("Hạnh", in: "có gì a gọi e Hạnh nhé, e ở gần chợ"),
        .removes("Sơn", in: "nhờ c Sơn chuyển giúp đơn lên xã"),
        .keeps("hồ sơ nộp ở ô số 3 của quầy một cửa"),
        .removes("Lựu", in: "e Lựu bán hàng ở chợ cũng thấy"),
        .removes("lê thanh hà", in: "kính gửi đoàn, tôi lê thanh hà, xin phản ánh việc thu tiền"),
        .removes("đỗ minh khoa", in: "mình đỗ minh khoa, nhà gần chợ, muốn hỏi về đền bù"),
        .keeps("tôi lê bước về nhà lúc tối"),
        .keeps("tôi cao hơn anh ấy một cái đầu"),
        .keeps("tôi mai thanh toán nốt tiền điện"),
        .keeps("tôi đinh ninh anh ấy sẽ trả tiền"),
        .keeps("tôi hà khắc với bản thân"),
        .removes("Bình \"Cò Nhà\"", in: "Tiền được chuyển cho Bình \"Cò Nhà\" theo lời khai của chủ hộ."),
        .removes("Y Blô \"Thợ Săn\"", in: "Người dẫn đường là Y Blô \"Thợ Săn\", quê ở tỉnh Đắk Lắk."),
        .removes("Bờm Sẹo", in: "Cả xóm hay gọi là Bờm Sẹo, tên thật không ai biết."),
        .keeps("Người ta hay gọi là Sổ Hồng."),
        .keeps("Giấy này dân hay gọi là Sổ Đỏ."),
        .keeps("Người dân hay gọi là Chợ Mới."),
        .keeps("Người dân hay gọi là chợ Mới."),
        .removes("Tuấn Răng Vàng", in: "Tuấn Răng Vàng, tay chân của chủ bãi cát, đã đe dọa tôi."),
        .keeps("Phúc Lộc Thọ, công ty vận tải, đã trúng thầu."),
        .keeps("Minh Long Xanh, công ty gốm, đã nộp thuế."),
        .removes("hung", in: "thang hung o xom tren hay gay su"),
        .keeps("ong ba da mat tu lau, nha bo hoang"),
        .keeps("ong ba o que gui len 2 bao gao"),
        .removes("Lan Ớt", in: "Lan Ớt bán bún ở cổng trường cũng bị thu tiền."),
        .removes("Tuấn ngọng", in: "Tuấn ngọng đòi tiền bảo kê các sạp."),
        .keeps("Mùa Xuân năm nay đến sớm, hoa nở khắp xã."),
        .removes("Phàng A Sử", in: "Phàng A Sử, trú bản trên núi, đã làm đơn."),
        .removes("Chamaléa Thị Bốn", in: "Chamaléa Thị Bốn, người Raglai, xin giấu tên."),
        .keeps("Hàng hóa phải mang theo hóa đơn."),
        .removes("quang", in: "a quang ơi giúp e với, cán bộ xã không nhận đơn"),
        .removes("tuyết", in: "chị tuyết ơi cho em hỏi thủ tục"),
        .keeps("anh ơi cho em hỏi thủ tục"),
        .removes("Hiếu", in: "Biên bản ghi: Hiếu, bảo vệ cơ quan, có mặt."),
        .keeps("Tổ chức, cá nhân vi phạm bị xử phạt."),
        .removes("thu hương", in: "cháu là thu hương, học lớp 7 trường xã"),
        .keeps("em là sinh viên, nhà ở xa"),
        .removes("ngoc", in: "chi ngoc oi giup em voi"),
        .removes("phuong", in: "co phuong ke toan xa thu tien cua dan"),
        .keeps("co ke toan xa thu tien cua dan"),
        .removes("Lành", in: "Theo lời khai của Lành, cán bộ đã nhận quà."),
        .keeps("Theo lời khai của Công an xã, vụ việc xảy ra ban đêm."),
        .removes("mai.anh.2k", in: "ig mai.anh.2k đăng ảnh biên lai"),
        .keeps("Tỷ lệ 2/3 số hộ đồng ý với phương án."),
        .keeps("Đường dây nóng 0243.123.456 của Sở Y tế tiếp nhận phản ánh."),
        .removes("0912 345 678", in: "Người gọi đường dây nóng để lại số 0912 345 678."),
        .keeps("bà con ơi họp ở nhà văn hóa"),
        .removes("Bé Tư", in: "Bé Tư bán nước mía ở cổng chợ đã thấy hết."),
        .keeps("Bé ba tuổi đã đi mẫu giáo."),
        .keeps("Binh pháp Tôn Tử được nhắc trong bài giảng."),
        .keeps("Đoàn gặp Chủ tịch xã và Công chức văn hóa để xác minh."),
    ]
    static let seventhPlacesAndNumbers: [FamilyCase] = [
        .removes("khoi 3", in: "Dia chi: khoi 3, phuong Vinh Tan"),
        .removes("to 5", in: "dia chi tai to 5 phuong Tan Mai"),
        .keeps("mua o to 5 cho de di lam"),
        .removes("12A/4", in: "Nhà ở 12A/4 đường số 9, phường Bình Hưng Hòa."),
        .keeps("Đường số 9 và đường số 11 được trải nhựa năm nay."),
        .removes("27C", in: "Nhà 27C hẻm 8 đường số 3 bị ngập."),
        .keeps("Lớp 12 đường xa nên học sinh đi xe đạp."),
        .keeps("Công viên Phạm Văn Hai mở cửa lại sau cải tạo."),
        .keeps("Các tuyến đường Lê Lợi, Trần Phú và Hùng Vương bị ngập."),
        .keeps("Mọi góp ý xin gửi tiepcongdan@hanoi.gov.vn trong giờ hành chính."),
        .removes("tranvanbinh@hanoi.gov.vn", in: "Cán bộ dùng thư tranvanbinh@hanoi.gov.vn để hẹn gặp."),
        .removes("3", in: "Vào Chủ nhật, 3 tháng Tám, đoàn về xã."),
        .keeps("Thứ Hai, 3 tháng sau mới có kết quả."),
        .removes(
            "không chín tám tám, một hai ba, bốn năm sáu",
            in: "Anh ấy đọc số không chín tám tám, một hai ba, bốn năm sáu cho tôi."),
        .keeps("Có một, hai, ba người đến."),
        .removes("+84 (0) 912 345 678", in: "Gọi +84 (0) 912 345 678 nếu cần."),
        .removes("215/2020", in: "Trích lục khai tử số 215/2020 ghi sai năm sinh của cụ."),
        .removes("KS-2041", in: "Giấy chứng sinh số KS-2041 bị ghi sai tên mẹ."),
        .keeps("Công văn số 112/2019 của UBND tỉnh đã hết hiệu lực."),
        .removes("C 1234567", in: "Văn bằng của anh ấy mang số hiệu, in ở góc: C 1234567."),
    ]
    static let seventhOnline: [FamilyCase] = [
        .removes("Cú Đêm Thích Đọc Báo", in: "Bình luận của nick Cú Đêm Thích Đọc Báo đã bị ẩn."),
        .removes("Bếp Nhà Quê 2.0 Tây Ninh", in: "chủ kênh youtube Bếp Nhà Quê 2.0 Tây Ninh đã đăng clip"),
    ]

    /// A lone given name after a role whose office ends on a place word is flagged: the official's name
    /// or the commune's, the reader decides.
    @Test func aGivenNameAfterARoleAtAPlaceIsFlagged() {
        #expect(Sanitizer().sanitize("Phó Chủ tịch UBND xã Tiến đã ký quyết định.").flags.count == 1)
        #expect(Sanitizer().sanitize("Kế toán trường Hồng thu thêm tiền học.").flags.count == 1)
        #expect(Sanitizer().sanitize("Chủ tịch UBND xã Tân Phú đã ký quyết định.").flags.isEmpty)
        #expect(Sanitizer().sanitize("Trưởng Công an xã Tân Hòa báo cáo.").flags.isEmpty)
    }

    /// A department's name after a role is an office's, neither removed nor flagged.
    @Test func aDepartmentAfterARoleIsNoFlag() {
        let result = Sanitizer().sanitize("Trưởng phòng Hạ tầng và Phó phòng Kinh tế đã ký biên bản.")
        #expect(result.findings.isEmpty)
        #expect(result.flags.isEmpty)
    }

    @Test(arguments: seventhNames) func aNameOfHeldOutSeven(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test(arguments: seventhPlacesAndNumbers + seventhOnline) func aPlaceANumberOrAnAccountOfHeldOutSeven(
        _ row: FamilyCase
    ) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test(arguments: names) func aNameOfTheKnownGaps(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test(arguments: places) func aResidenceOfTheKnownGaps(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test(arguments: datesAndLinks) func aDateOrALinkOfHeldOutSix(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test(arguments: pages) func aPageOfTheKnownGaps(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
