import Sanitization
import Testing

/// The name rules heldout-24's and heldout-25's misses called for, each in sentences of its own (none
/// taken from the batches): lower-case given names in a naming slot, names cut to a letter or two and
/// their dot, initials before a dash and a relation, nicknames after Cò or quoted with an English first
/// name, and a person named like a kept place.
@Suite("Sanitizer: the eighteenth round, names")
struct SanitizerEighteenthGapNamesTests {
    static let lowercase: [FamilyCase] = [
        .removes("hạnh", in: "Bản ghi: 'cháu gái tôi tên hạnh bị đòi tiền học thêm'."),
        .removes("khoa", in: "Tin nhắn: 'anh ơi em tên khoa, nhà em ở gần trạm y tế'."),
        .removes("tuan", in: "Toi phan anh can bo dia chinh ten tuan, thu tien khong co bien lai"),
        .removes("nga", in: "Tin nhắn Zalo: 'chị em là nga, bị thu tiền hai lần'."),
        .removes("lan", in: "Ghi âm: 'Tôi làm chứng, con gái tôi là lan, nó thấy hết'."),
        .keeps("Hồ sơ đặt tên hoa, cây cảnh theo danh mục của xã."),
        .keeps("Hồ sơ ghi sai tên thủy sản nuôi trồng của hộ dân."),
        .keeps("Chị tôi là giáo viên, dạy ở trường xã."),
        .removes("năm hoa", in: "hôm đó tôi đi với bà năm hoa ra xã nộp hồ sơ"),
        .removes("hai", in: "toi den nha bac hai, bac ay noi da nop 2 trieu"),
    ]

    /// A listed given name in lower case after tên, or after a kinsman (and a pronoun) and là, before a
    /// pause or a word that ends a name, is a name; a birth-order name in lower case takes the given
    /// name after it; an unmarked birth-order name after an unmarked kinship word, before a pause, is one.
    @Test(arguments: lowercase) func lowercaseNamesInANamingSlot(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let initials: [FamilyCase] = [
        .removes("Trần Văn B.", in: "Biên bản ghi lời ông Trần Văn B. về khoản tiền đã nộp."),
        .removes("Phạm Thị Th.", in: "Người nộp là bà Phạm Thị Th. ở thôn Đông."),
        .removes("Tr.", in: "Cán bộ đã gặp chị Tr. và nghe trình bày."),
        .removes("Y M. Ktla", in: "Y M. Ktla đã nhận lại số tiền bị thu."),
        .removes("LVT", in: "Danh sách: LVT - chủ xe, PTH - vợ, đều bị giữ giấy tờ."),
        .removes("NTK", in: "Người ký: NTK – hàng xóm, có mặt lúc lập biên bản."),
        .keeps("Ghi chú: UBND - cơ quan chủ trì, BHXH - phối hợp."),
        .keeps("BCĐ - chủ trì, TTYT - nhân viên y tế đến tận nhà."),
        .removes("NTTH", in: "Người liên quan: NTTH - vợ, có mặt khi giao tiền."),
        .removes("h.", in: "chị h. ở chợ nói bị thu phí vệ sinh hai lần"),
        .removes("R. McDonald", in: "Mr. R. McDonald said the fee was never receipted."),
        .keeps("Điều 12 khoản 2 điểm b. Thanh tra tỉnh kiểm tra lại."),
    ]

    /// A name that ends on a capital, or a capital and its consonant, takes the dot after it; Y, an
    /// initial and a highland clan are one name; three or four capitals before a dash and a relation or a
    /// trade are initials; one lower-case letter and its dot after an honorific, before a lower-case word,
    /// is an initial; an English title, an initial and a capitalised surname are a name.
    @Test(arguments: initials) func initialsAndCutNames(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let nicknames: [FamilyCase] = [
        .removes("Cò Hưng", in: "Cò Hưng thu mỗi hồ sơ 2 triệu ở cổng Sở Tư pháp."),
        .removes("cò Tuấn", in: "Ai muốn nhanh thì gặp cò Tuấn ngoài bãi xe."),
        .keeps("Đàn cò trắng bay về cánh đồng xã Tân Phú."),
        .removes("Tí Còi", in: "Dân trong xóm gọi hắn là “Tí Còi”, chuyên đòi tiền bến xe."),
        .removes("Tèo Ghẻ", in: "Công an gọi đối tượng là Tèo Ghẻ, đã có tiền án."),
        .keeps("Người dân gọi chỗ đó là “Chợ Mới”, họp từ sáng sớm."),
        .removes("Tony Hùng", in: "Một người tên “Tony Hùng” nhận tiền làm sổ đỏ."),
        .removes("Jimmy Long", in: "The broker, known as ‘Jimmy Long’, took the deposit."),
        .keeps("Cửa hàng “Samsung Vina” trả lại tiền cho khách."),
        .removes("Tâm hai lúa", in: "Tâm hai lúa ở ấp Mỹ Hòa bị bán giống lúa giả."),
        .keeps("Nông dân hai lúa cũng biết đòi quyền lợi."),
    ]

    /// Cò before a listed given name is a broker's nickname; after gọi, đối tượng (or another person's
    /// word) and là, a quoted run is a name as a bare one is; a quoted Latin first name that is no
    /// Vietnamese syllable and a listed given name are a nickname; hai lúa after a given name is one.
    @Test(arguments: nicknames) func nicknamesByTheirCue(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }

    static let places: [FamilyCase] = [
        .removes("Triệu Láo Sài", in: "Ông Triệu Láo Sài, người Dao ở bản Nậm Cang, bị thu tiền cấp sổ."),
        .removes("Triệu Mùi Chài", in: "Bà Triệu Mùi Chài đã nộp đơn lên xã."),
        .keeps("Trường THCS Bà Triệu tổ chức thi học kỳ."),
        .keeps("Cửa hàng ở phố Bà Triệu Hà Nội đóng cửa sớm."),
        .keeps("Theo ghi âm, ông Chánh văn phòng nói sẽ trả lời sau."),
        .keeps("Bà Chánh án đã hoãn phiên xử."),
        .removes("Tư", in: "Tiền trọ đóng cho bà chủ Tư mỗi tháng."),
    ]

    /// A kept place that opens on an honorific ("Bà Triệu"), then one or two capitalised syllables that are
    /// no place or office, is the honorific's person: a Dao name. Chánh before văn phòng, thanh tra or án is
    /// an office's head; bà chủ and ông chủ are roles before a name.
    @Test(arguments: places) func aPersonNamedLikeAPlace(_ row: FamilyCase) {
        #expect(row.holds(Sanitizer().sanitize(row.text)))
    }
}
