import Sanitization
import Testing

/// The rules of issue 17's fifth round (Sanitizer.md: "After a weak cue", "Repeated names", "Online
/// identities"), each with texts it must remove and texts it must keep. The positive rows are from
/// /work/notes/san5-scratch.jsonl, which the build before these rules missed.
@Suite("Sanitizer: names after weak cues, repeated names, nicknames and account names")
struct SanitizerCueTests {
    static let weakCues: [FamilyCase] = [
        .removes("tran quang vinh", in: "em trai toi ten la tran quang vinh, 17 tuoi"),
        .removes("lý minh nhật", in: "bác sĩ trực hôm đó là lý minh nhật nhưng không có mặt"),
        .removes("ngo quang huy", in: "nhan chung gom co: dang thi thu, bui van long va ngo quang huy"),
        .removes("tô văn lực", in: "người làm chứng là anh tô văn lực và chị mạc thị hoa"),
        .removes("HA VAN PHUC", in: "TRUONG THON LA ONG HA VAN PHUC"),
        .removes("thao a tong", in: "hai người là thao a tong và sung a sa, đều ở xã Mù Cang Chải"),
        .removes("đặng quốc việt", in: "bên bị tố cáo: trần minh khôi và đặng quốc việt"),
        .keeps("la do anh ta lam, khong phai toi"),
        .removes("ngo thanh binh", in: "ngo thanh binh noi phai dua truoc 10 trieu"),
        .keeps("ly do chinh la thieu kinh phi, khong phai do can bo"),
        .keeps("mã định danh cá nhân phải được giữ kín"),
        .removes("N. Thị Lụa", in: "Bà N. Thị Lụa không đồng ý với biên bản."),
        .removes("Long Đất Nền", in: "Long Đất Nền cùng một cán bộ địa chính phân lô."),
        .keeps("Cty TNHH Xây dựng Thành Đạt đã nhận tạm ứng 1,2 tỷ đồng."),
        .keeps("Bệnh nhân ở khoa Nhi đã được chuyển viện."),
        .removes("hongvan78[a]yahoo.com.vn", in: "lien he hop thu hongvan78[a]yahoo.com.vn giup em"),
        .keeps("Tổ 1 của đoàn kiểm tra hồ sơ; tổ 2 kiểm tra thực địa."),
        .keeps("Đội Thanh niên tình nguyện và Chi đoàn thôn cùng dọn vệ sinh."),
        .keeps("Ông bà đo thị lực cho các cháu tại trạm y tế."),
        .keeps("TRUONG THON DA HOP DAN VAO TOI QUA"),
    ]
    static let titlesAndNicknames: [FamilyCase] = [
        .removes("Đạt", in: "Thầy Đạt dạy toán bắt học sinh học thêm."),
        .removes("Phước", in: "Cán bộ Phước của phòng tài nguyên yêu cầu nộp thêm 3 triệu."),
        .removes("Tùng", in: "Anh rể Tùng là người giữ sổ đỏ."),
        .removes("Ba Đen", in: "Theo người dân, Ba Đen là người giữ sổ ghi nợ."),
        .removes("Lan Bún", in: "Hôm đó có mặt cả Lan Bún và chồng."),
        .removes("Hoa bánh mì", in: "Chị Hoa bánh mì đầu ngõ có nhìn thấy."),
        .keeps("Xe ôm và bánh mì được bán trước cổng trường."),
        .removes("Thuận", in: "Gặp lại Thuận tại UBND xã, Thuận thừa nhận đã nhận tiền."),
        .removes("Tuan", in: "can bo Tuan thu tien cua toi"),
        .removes("Nguyet", in: "chi Nguyet ban rau o cho"),
        .keeps("dan tinh Quang Ngai va Binh Dinh bi anh huong bao"),
        .removes("Tuan", in: "Tuan da nhan 5 trieu cua toi"),
        .removes("Khoa", in: "toi gap Khoa o xa hom truoc"),
        .keeps("Quoc hoi da thong qua luat dat dai"),
        .keeps("co Quyet dinh thu hoi dat nhung chua co phuong an den bu"),
        .keeps("Thanh tra viên Trung cấp được giao chủ trì xác minh."),
        .removes("Huệ", in: "Con dâu Huệ của bà ấy cũng ký tên."),
        .keeps("Van ban da gui len huyen"),
        .keeps("Núi Bà Đen thuộc tỉnh Tây Ninh."),
        .keeps("Sở Giáo dục và Đào tạo có trách nhiệm trả lời."),
        .keeps("Lường trước khó khăn, UBND xã đã bố trí thêm 2 cán bộ trực."),
        .keeps("Trưởng ban Tiếp công dân chủ trì buổi đối thoại."),
    ]
    static let accounts: [FamilyCase] = [
        .removes("thuy tien", in: "nick zalo la thuy tien, so 0912111222"),
        .removes("Mẹ Bỉm Sữa Hà Nội", in: "Tài khoản tiktok Mẹ Bỉm Sữa Hà Nội đã bị báo cáo."),
        .removes("Gió Sông Hàn", in: "Bài viết trong nhóm do tài khoản 'Gió Sông Hàn' đăng."),
        .removes("nguyenhoa_official", in: "Trên instagram, đối tượng dùng tên nguyenhoa_official."),
        .removes("Vlog Nhà Quê", in: "Kênh YouTube Vlog Nhà Quê của anh ta đã đăng video."),
        .removes("Ngọc Trinh Phạm", in: "Tin nhắn Messenger từ tài khoản Ngọc Trinh Phạm gửi lúc 23 giờ."),
        .removes("0388 999 111", in: "Liên lạc với tôi qua viber 0388 999 111."),
        .removes("SieuNhan2012", in: "Nick game của cháu là SieuNhan2012."),
        .removes("Minh Trí 1988", in: "Zalo tên Minh Trí 1988 nhắn tin cho tôi."),
        .removes("Sói Xám", in: "Trên telegram nó tên là Sói Xám."),
        .keeps("Mẹ Việt Nam anh hùng được tặng nhà tình nghĩa."),
        .keeps("Tài khoản Zalo của UBND xã chỉ dùng để thông báo lịch trực Tết 2025."),
        .keeps("Kênh Ba Bò bị san lấp một đoạn dài khoảng 200 mét."),
        .keeps("Nhóm Zalo của tổ dân phố được dùng để thông báo lịch họp."),
        .keeps("Tài khoản Ngân hàng Nông nghiệp của xã bị phong tỏa."),
        .keeps("Nhóm Thanh niên tình nguyện đã dọn rác."),
    ]

    @Test(arguments: weakCues) func aNameAfterAWeakCue(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test(arguments: titlesAndNicknames) func aNameAfterATitleOrAsANickname(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test(arguments: accounts) func anAccountName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    @Test func aRepeatedNameStopsAtAPlace() {
        let result = Sanitizer().sanitize("Anh Minh đã ký. Đường Minh Khai bị ngập, Minh không đến.")
        #expect(result.text == "Anh [đã ẩn] đã ký. Đường Minh Khai bị ngập, [đã ẩn] không đến.")
    }
}
