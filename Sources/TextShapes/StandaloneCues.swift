import TextScanning

/// The words beside a lone given name that make it a person's ("theo lời Hạnh", "Khoa đã nộp"), and the
/// capitalised pairs that begin with a given name yet name a thing ("Công khai", "Thành phố"). Data only;
/// the sanitizer decides what a match means.
package enum StandaloneCues {
    /// Words before a lone given name that make it a person: "theo lời Hạnh", "tôi và Dung". With their
    /// marks: folded, "hội", "tư" and "văn" would read as "hỏi", "tự" and "vẫn" ("Quốc hội", "Thông tư").
    package static let personBefore: Set<String> = [
        "lời", "và", "với", "cùng", "gặp", "hỏi", "bảo", "nhờ", "tên", "gọi", "thấy", "giúp", "kêu", "như",
    ]
    /// Words of speech or writing before "của" that make the given name after it their author.
    package static let authoredWords: Set<String> = ["kể", "khai", "lời", "đơn", "nhắn", "ký", "kiến", "thư", "trình"]

    /// Words after a lone given name that make it a person: "Khoa đã nộp", "Hạnh nói".
    package static let personAfter: Set<String> = [
        "đã", "đang", "sẽ", "không", "chưa", "bị", "được", "nói", "khai", "kể", "cùng", "và", "nhận", "bảo", "hỏi",
        "thừa", "tự", "lại", "mới", "vẫn", "còn", "đều",
    ]

    /// Words before a given name and a capitalised word that make the pair someone met or asked, whatever
    /// follows: "gặp Hùng Ghe để…", "gặp Hòa Két," (the thirty-third round). Narrower than
    /// ``personBefore``: after và, với or như two capitalised words are as often a firm's ("và Thành Đạt").
    package static let nicknameCuesBefore: Set<String> = ["gặp", "nhờ", "hỏi", "tìm", "kêu", "gọi"]

    /// Acts after a nickname of a given name and an office in title case that make it a man's, as typed:
    /// "Thắng Kiểm Lâm nhận", "Hùng Địa Chính bán" (the thirty-third round). An office goes on with a place
    /// or its own words instead ("Bảo hiểm xã hội", "Kiểm lâm huyện").
    package static let actsAfterNickname: Set<String> = personAfter.union([
        "là", "thu", "đòi", "ký", "hẹn", "bán", "mua", "lấy", "làm", "cầm", "giữ", "hứa", "dọa", "xin", "ăn",
        "chuyên", "đứng",
    ])

    /// The same typed without marks, for a name typed so ("Tuan da nhan tien", "gap Khoa"): only those
    /// that stay unambiguous without marks (not "hoi", "tu", "lai", which "Quoc hoi", "Thong tu" and verbs
    /// would match).
    package static let personAfterUnmarked: Set<String> = [
        "da", "dang", "se", "khong", "chua", "bi", "duoc", "noi", "khai", "nhan", "thua", "doi", "thu", "hua",
    ]
    package static let personBeforeUnmarked: Set<String> = ["loi", "voi", "cung", "gap", "nho", "giup", "keu"]

    /// Cue words that follow a verb as readily as a name ("Sơn lại", "Xây mới"): no cue at a sentence's start.
    package static let adverbsAfterVerbs: Set<String> = ["lại", "mới", "vẫn", "còn", "tự", "đều"]

    /// Words that begin with a given name: "Công khai danh sách", "Công nhận", "và Công chức địa chính".
    package static let compoundsWithCues: Set<[String]> = [
        ["công", "khai"], ["công", "nhận"], ["công", "chức"], ["công", "viên"], ["công", "an"], ["công", "ty"],
        ["công", "trình"], ["công", "nhân"], ["công", "văn"], ["công", "đoàn"], ["công", "dân"], ["công", "tác"],
        ["thành", "phố"], ["tài", "chính"], ["an", "ninh"], ["hòa", "giải"], ["bình", "thường"], ["văn", "hóa"],
        ["lương", "hưu"], ["lương", "tháng"], ["lương", "thưởng"], ["lương", "cơ"], ["khu", "di"], ["khu", "du"],
        ["khu", "đô"], ["khu", "vực"], ["quốc", "khánh"], ["quốc", "phòng"], ["quốc", "tế"], ["quốc", "gia"],
        ["danh", "mục"], ["danh", "sách"], ["danh", "hiệu"], ["danh", "dự"], ["kim", "ngạch"], ["kim", "loại"],
        ["thiết", "bị"], ["thiết", "kế"], ["thiết", "lập"],
        // "Khu bảo tồn" is a reserve, not Khu who tells (the thirty-seventh round).
        ["khu", "bảo"],
        // "Chi cục Chăn nuôi, Thú y và Thủy sản": fisheries, not Thủy after và (the thirty-ninth round).
        ["thủy", "sản"], ["thuỷ", "sản"],
    ]

    /// A phone's labels (folded), after which a given name and a comma are a contact's: "Thu, ĐT 0935…".
    package static let phoneLabels: Set<String> = ["dt", "sdt"]
    /// Words for a person that open an apposition: "…, chủ tiệm cầm đồ", "…, kẻ cho vay".
    package static let personNouns: Set<String> = ["chủ", "người", "tay", "kẻ", "trùm", "thợ", "dân", "chồng", "vợ"]
}
