import Sanitization
import Testing

/// The rules heldout-40 to heldout-42 called for outside the name families, each in sentences of its own
/// (none taken from the batches): digits scanned or typed as letters (O, o for 0; l, I for 1) in phones,
/// papers and dates, a number copied out digit by digit with spaced dots, a phone glued to its cue, a
/// cooperative's production team; and what stays: letters that are no digits (lO, Ol, lo, roman numerals,
/// O2, model names), an army's companies and platoons, a police duty desk's number.
@Suite("Sanitizer: the twenty-second round's non-name shapes")
struct SanitizerTwentySecondGapOtherTests {
    static let scanned: [FamilyCase] = [
        .removes("O9l2.345.678", in: "Con trai ông để lại số O9l2.345.678 cho tổ bưu tá."),
        .removes("O868 . 221 . 904", in: "Điện thoại nhà bà: O868 . 221 . 904, gọi buổi tối."),
        .removes("0 9 8 3 . 1 2 4 . 5 6 7", in: "Số của chú tôi là 0 9 8 3 . 1 2 4 . 5 6 7, gọi sau 8 giờ."),
        .removes("0976.5l2.O33", in: "Cháu ngoại dùng số 0976.5l2.O33 để nhận tin nhắn của xã."),
        .removes("18712O456", in: "Chứng minh nhân dân số 18712O456 cấp năm 1995 đã hết hạn."),
        .removes("ngày 2 5/11", in: "Biên bản ghi ngày 2 5/11 cán bộ xã đến nhà bà."),
        .removes("O7/3/1942", in: "Giấy khai sinh ghi ngày O7/3/1942 nhưng hồ sơ quân nhân ghi khác."),
        .removes("0913224466", in: "Số điện thoại0913224466 là của con trai ông."),
        .removes("0388112244", in: "lien he0388112244 de nhan lai ho so"),
        .removes("0912448899", in: "Phòng trọ của anh Hùng, số máy 0912448899, còn trống một phòng."),
        .removes("tranthimai62 a còng gờ meo chấm com", in: "Thư gửi về tranthimai62 a còng gờ meo chấm com giúp bà."),
    ]

    static let papers: [FamilyCase] = [
        .removes("TB-45.112", in: "Giấy chứng nhận bệnh binh số TB-45.112 của bố tôi bị ướt mất chữ."),
        .removes("12.078/TQGC", in: "Gia đình còn giữ Bằng Tổ quốc ghi công số 12.078/TQGC của bác tôi."),
        .removes("7B/33.120", in: "Hồ sơ người có công mã số 7B/33.120 đang lưu ở Sở."),
        .removes("0458812", in: "Thẻ hội viên Cựu chiến binh số 0458812 của ông bị rách."),
        .removes("81.302.447", in: "Số hiệu quân nhân của ông tôi là 81.302.447, ghi trong giấy xuất ngũ."),
        .keeps("Xã có 12 thương binh, số còn lại là bệnh binh."),
    ]

    static let groups: [FamilyCase] = [
        .removes("đội sản xuất số 4", in: "Trước năm 1990 gia đình tôi ở đội sản xuất số 4, hợp tác xã Tân Tiến."),
        .removes("đội 6", in: "Nhà bà ở đội 6, thôn Yên Mỹ, xã Thanh Hà."),
    ]

    static let flats: [FamilyCase] = [
        .removes("unit 1403", in: "My father lives at unit 1403 and cannot come to the ward office."),
        .removes("1208", in: "nha em o can 1208 toa HH2, thang may hong ca tuan"),
        .removes("9B12", in: "xe cua chi lan can 9B12 bi cat lop trong ham"),
        .removes("0705", in: "DIA CHI: TOA C2 CAN 0705, KHU DO THI VIET HUNG"),
        .removes("phòng 15C03", in: "Tôi thuê phòng 15C03 từ tháng 3/2025 nhưng chưa được đăng ký tạm trú."),
        .removes("phòng B2.14", in: "Hai mẹ con ở ký túc xá, phòng B2.14, mất điện cả đêm."),
        .removes("3306", in: "Thẻ gửi xe số 3306 của tôi bị bảo vệ thu lại."),
        .removes("căn 604 và 605", in: "Ban quản trị cắt nước của các hộ ở căn 604 và 605 từ đầu tuần."),
        .keeps("Em can 2000 tu de nop ho so."),
        .keeps("The company has 250 units and one flat fee."),
    ]

    static let kept: [KeptSpanCase] = [
        KeptSpanCase(span: "lO và Ol", text: "Bản vẽ ghi ký hiệu lO và Ol cho hai loại ống nước."),
        KeptSpanCase(span: "lo", text: "Bà lo 20 triệu tiền thuốc cho ông mỗi năm."),
        KeptSpanCase(span: "XIII", text: "Nghị quyết Đại hội XIII được phổ biến tới chi bộ thôn."),
        KeptSpanCase(span: "O2", text: "Trạm y tế thiếu bình O2 cho người bệnh nặng."),
        KeptSpanCase(span: "iPhone 11", text: "Cán bộ xã dùng iPhone 11 để chụp ảnh hiện trường."),
        KeptSpanCase(span: "Đại đội 7, Tiểu đoàn 5", text: "Ông nội tôi ở Đại đội 7, Tiểu đoàn 5 thời chống Mỹ."),
        KeptSpanCase(span: "Trung đội 3", text: "Chú ấy từng là lính Trung đội 3 của Sư đoàn 312."),
        KeptSpanCase(span: "Quân đoàn 2", text: "Quân đoàn 2 tổ chức gặp mặt cựu chiến binh ở xã."),
        KeptSpanCase(span: "dai doi 4", text: "ong ay o dai doi 4 voi bo toi hoi nam 1972"),
        KeptSpanCase(
            span: "Trung đội trưởng Trung đội 4", text: "Ông Hòa, nguyên Trung đội trưởng Trung đội 4, nay ở xã bên."),
        KeptSpanCase(span: "Đại đội 6", text: "Lúc ấy đội trưởng Đại đội 6 là người Nghệ An."),
        KeptSpanCase(span: "tiểu đội 1", text: "Hồi ấy ông làm tiểu đội trưởng tiểu đội 1."),
        KeptSpanCase(span: "069.234.1122", text: "Cần hỗ trợ gấp thì gọi trực ban Công an xã Tân Lập: 069.234.1122."),
        KeptSpanCase(span: "069.345.2211", text: "Có thể gọi trực ban Công an phường Đông Ngạc số 069.345.2211."),
        KeptSpanCase(span: "215/QĐ-LĐTBXH", text: "Quyết định trợ cấp thương binh số 215/QĐ-LĐTBXH được ký năm 2019."),
        KeptSpanCase(
            span: "02/2020/UBTVQH14", text: "Pháp lệnh Ưu đãi người có công số 02/2020/UBTVQH14 có hiệu lực năm 2021."),
        KeptSpanCase(span: "22/12", text: "Ngày 22/12 kỷ niệm thành lập Quân đội, xã tổ chức gặp mặt."),
        KeptSpanCase(
            span: "0235.3822.115", text: "Sở Y tế tỉnh Quảng Nam, số điện thoại 0235.3822.115, đã trả lời đơn."),
        KeptSpanCase(span: "900 nghìn", text: "Tiền thuê phòng trọ 800 và 900 nghìn một tháng tùy tầng."),
        KeptSpanCase(
            span: "02838221144", text: "Tôi gọi số 02838221144 của nhà trường nhiều lần không ai nghe máy."),
        KeptSpanCase(span: "2019 - 2020", text: "Năm học 2019 - 2020 trường có 45 học sinh nghèo."),
    ]

    @Test(arguments: scanned) func digitsWrittenAsLettersSpacedOrGlued(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: papers) func numbersOfVeteransPapers(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: flats) func flatsRoomsAndCards(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: groups) func productionTeams(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
    @Test(arguments: kept) func whatStays(_ row: KeptSpanCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
