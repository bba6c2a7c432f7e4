import Sanitization
import Testing

/// The rules the names among heldout-185's, 187's, 188's, 189's, 191's and 192's misses called for, each in
/// sentences of its own (none taken from the batches): a trainee or a cooperative's member named after học viên
/// or xã viên, a full name typed in lower case without marks with văn or thị and no cue, a lower-case name that
/// ran over cán bộ; and the keeps Heaven, the Vu Lan festival, an insurer's acronym and chỉ typed chi.
@Suite("Sanitizer: the forty-second round's trainees, unmarked full names and keeps")
struct SanitizerFortySecondGapVietnameseNamesTests {
    static let trainees: [FamilyCase] = [
        .removes("Sùng A Páo", in: "Học viên Sùng A Páo được về thăm nhà ba ngày."),
        .removes("Thạch Sa Vy", in: "Học viên Thạch Sa Vy đã xong khóa học nghề."),
        .removes("Lường Văn Pâng", in: "Mẹ của học viên Lường Văn Pâng phải nộp 500 nghìn."),
        .removes("Lường Văn Pâng", in: "Theo lời xã viên Lường Văn Pâng, chủ nhiệm thu tiền riêng."),
        .removes("Ông Văn Tài", in: "Xã viên Ông Văn Tài ký nhận 2 triệu."),
        .keeps("Xã viên Hợp tác xã Tân Phú họp cuối năm."),
        .keeps("Học viên được về thăm nhà vào dịp Tết."),
        .keeps("Học viên Cơ sở cai nghiện phải lao động mỗi ngày."),
        .keeps("Đầm tôm thuộc xã Viên An, huyện Ngọc Hiển."),
    ]

    static let unmarkedFullNames: [FamilyCase] = [
        .removes("pham van long", in: "so tien do la cua pham van long gui nho"),
        .removes("le van minh", in: "e la con cua le van minh o khoa noi"),
        .removes("nguyen thi mai", in: "ho so cua nguyen thi mai bi tra ve"),
        .removes("hoang thi lan", in: "hom qua hoang thi lan den nha hoi"),
        .removes("tran van nam", in: "nop tien cho ong tran van nam can bo dia chinh"),
        .keeps("nha em o phuong hoang van thu, gan cho"),
        .keeps("can bo dia chinh xa bao la chua co so"),
    ]

    static let keeps: [FamilyCase] = [
        .keeps("Ông Trời thương thì năm nay được mùa."),
        .keeps("Mùa Vu Lan năm nay chùa đông người."),
        .keeps("Giám định viên PVI hẹn gia đình ra quán nước."),
        .keeps("Bảo hiểm PTI và Bảo hiểm VBI chưa trả tiền."),
        .keeps("Tổng công ty Bảo hiểm PVI hứa trả trong tháng."),
        .removes("Trần Văn Thọ", in: "Ông Trần Văn Thọ, cán bộ xã, ký nhận."),
        .keeps("ko ai doi ca, em chi nop phi trich luc co bien lai"),
        .keeps("cac em chi duoc an com voi rau thoi"),
        .removes("lan", in: "em lan nop don roi ma chua thay tra loi"),
    ]

    /// A name after học viên (a trainee of a centre, a school or an academy) or xã viên (a cooperative's member)
    /// goes, as after the other roles; either before no name or before an office's words, and a commune named
    /// Viên, stay.
    @Test(arguments: trainees) func aTraineesName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// A family typed without marks that is seldom a word, then van or thi and a known given name, goes with no
    /// cue (văn minh too), and a lower-case name stops before can bo (cán bộ); a street after phuong and the
    /// office's words stay.
    @Test(arguments: unmarkedFullNames) func anUnmarkedFullName(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    /// Heaven as a folk figure, the Vu Lan festival's season, an insurer's acronym shaped like initials and chi
    /// (chỉ) after an honorific in lower case stay; a name before its office and a lower-case given name after em
    /// still go.
    @Test(arguments: keeps) func aFigureAFestivalOrAnInsurer(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
