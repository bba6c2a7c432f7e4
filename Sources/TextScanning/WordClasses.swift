import Foundation

/// The word classes the sanitizer's rules read Vietnamese text with: the words that mark a place, a
/// name, a date or a count, and those that only look like them. Words are lower-cased, and folded
/// (``Folding/fold(_:)``) where a set is compared with words typed without marks.
package enum WordClasses {
    // Places, institutions and the middle names that make a name.
    /// Words after which a name is the name of a street, a place or an institution, not of a person:
    /// with their marks, and without them for text typed so (where "cho", "den", "song" are other words).
    package static let placeWords: Set<String> = [
        "đường", "phố", "phường", "xã", "quận", "huyện", "tỉnh", "tp", "tp.", "trường", "cầu", "chợ", "viện", "lộ",
        "trấn", "ngõ", "hẻm", "kiệt", "ngã", "chốt", "sông", "núi", "khu", "học", "làng", "đền", "chùa", "bến", "cảng",
        "lăng", "hồ",
        // A shrine (miếu) is named after the spirit it keeps: "Miếu Ông Tà", "Miếu Bà Chúa Xứ" (the thirty-third round).
        "miếu",
        // A diocese (giáo phận) is named after its see's place: "Giáo phận Bùi Chu" (the twenty-sixth round).
        "phận",
        "đảo", "đèo", "kênh", "rạch", "suối", "lao", "cồn", "đầm", "thác", "vịnh", "khoa", "street", "st", "road",
        "ward", "kcn", "ccn",
        "district", "city", "province",
        "commune", "avenue", "school", "bridge", "market",
    ]
    package static let asciiPlaceWords: Set<String> = [
        "duong", "pho", "phuong", "xa", "quan", "huyen", "tinh", "tp", "truong", "vien", "ngo", "hem", "kiet", "khu",
        "kenh", "rach", "suoi", "lao", "khoa", "street", "st", "road", "ward", "district", "city", "province",
        "commune", "kcn", "ccn",
        "avenue", "school", "bridge",
        "market",
        // A railway station is named after its place: "ga Vinh", "ga Giáp Bát" (71 of 71 kept in the shipped
        // batches). "ga" has no marks, so it is read here, typed with or without them.
        "ga",
    ]
    /// English words after which the name before them is a place's: "Le Loi street" (folded).
    package static let placeSuffixes: Set<String> = [
        "street", "st", "road", "avenue", "ward", "district", "province", "city", "commune", "bridge", "school",
        "market", "hospital", "lake", "park", "boulevard", "blvd", "pass",
    ]
    /// Capitalised words that follow a name without being part of it: titles, offices, and English words.
    package static let notGivenNames: Set<String> = [
        "trưởng", "phó", "giám", "ủy", "sở", "phòng", "cục", "bộ", "ubnd", "công an", "the", "not", "and", "or",
        "of", "in", "on", "at", "to", "for", "with", "from", "is", "are", "was", "by", "this", "that", "it", "we",
        "you", "he", "she", "they", "i", "said", "says", "who", "has", "had",
    ]
    /// Middle names that make a lower-case run a name ("nguyễn văn an"), folded: only those that are not
    /// also common words ("thanh tra", "công an", "minh bạch" are not names).
    package static let lowercaseMiddles: Set<String> = [
        "van", "thi", "duc", "huu", "dinh", "ngoc", "khac", "viet", "tan",
    ]
    package static let markedMiddles: Set<String> = [
        "văn", "thị", "đức", "hữu", "đình", "ngọc", "khắc", "viết", "tấn", "sĩ",
    ]
    /// Words that make a lower-case middle name part of a common word: "thị trường", "văn phòng".
    package static let compoundsWithMiddles: Set<String> = [
        "trường", "xã", "trấn", "thực", "giác", "lực", "phi", "uỷ", "ủy", "sát", "bản", "phòng", "hóa", "hoá",
        "nghệ", "học", "kiện", "chương", "thư", "tự", "tịch", "hành", "dân", "bằng", "sự",
    ]
    /// Words before a school's or hospital's name that sit between it and the institution word: "trường
    /// THPT chuyên Lê Quý Đôn", "Bệnh viện Đa khoa Trần Phú" (folded).
    package static let institutionFillers: Set<String> = [
        "chuyen", "tieu", "hoc", "trung", "co", "so", "pho", "thong", "mam", "non", "da", "khoa", "dan", "toc",
        "noi", "tru", "dai", "cao", "dang", "nhan", "dan", "san", "nhi", "quan", "y", "tinh", "huyen",
        // A training centre's trade (issue 17, the twenty-first round): "Trung tâm sát hạch lái xe Đông Anh".
        "sat", "hach", "xe", "dao", "tao", "nghe", "cap",
    ]
    /// The same with their marks, for text typed with them: folded, "nói" would pass for "nội" (nội trú)
    /// and "xã nói anh Khoa" for the name of a school.
    package static let markedInstitutionFillers: Set<String> = [
        "chuyên", "tiểu", "học", "trung", "cơ", "sở", "phổ", "thông", "mầm", "non", "đa", "khoa", "dân", "tộc",
        "nội", "trú", "đại", "cao", "đẳng", "nhân", "sản", "nhi", "quân", "y", "tỉnh", "huyện",
        "sát", "hạch", "lái", "xe", "đào", "tạo", "nghề", "cấp",
    ]
    /// Khmer families (folded), whose given names of two syllables are on no Kinh list: "thạch thị sa rinh".
    package static let khmerFamilies: Set<String> = ["thach", "son", "danh", "chau", "kim"]
    /// Words after which a name ends: where the person is, what is said of them (folded).
    package static let wordsAfterName: Set<String> = ["o", "tai", "la", "va", "noi", "tu", "bi", "da", "den", "cung"]
    /// Two words that make a place's head, folded, where the second alone is no place: "công viên" (a
    /// park; "thành viên" is a member), "chung cư", "tòa nhà", "khách sạn".
    package static let placeWordPairs: Set<[String]> = [
        ["cong", "vien"], ["chung", "cu"], ["toa", "nha"], ["khach", "san"], ["nha", "nghi"], ["khu", "vuc"],
        ["trung", "tam"], ["ben", "xe"], ["lo", "gach"],
        // A crossroads, a border post, a fish port or market (the twenty-third round): "ngã tư Bảy Hiền",
        // "Đồn Biên phòng Tam Quan", "cảng cá Sa Huỳnh".
        ["nga", "tu"], ["nga", "ba"], ["nga", "nam"], ["nga", "sau"], ["bien", "phong"], ["cang", "ca"], ["cho", "ca"],
        ["ben", "ca"],
        // A border gate, a national park or hospital, a nature reserve and a special-use forest (the
        // thirty-seventh round): "cửa khẩu Ma Lù Thàng", "Vườn quốc gia Bạch Mã", "Bệnh viện Bỏng Quốc gia
        // Lê Hữu Trác", "Khu bảo tồn thiên nhiên Xuân Liên", "khu rừng đặc dụng Hoa Lư".
        ["cua", "khau"], ["quoc", "gia"], ["thien", "nhien"], ["dac", "dung"],
        // An industrial park or cluster and a wholesale market (the thirty-ninth round): "Khu công nghiệp Quang
        // Châu", "cụm công nghiệp Đa Hội", "chợ đầu mối Bình Điền"; over the shipped batches the capitalised words
        // after them are the place's 15 and 11 times, a person's never.
        ["cong", "nghiep"], ["dau", "moi"],
        // A walking street (the forty-first round): "phố đi bộ Nguyễn Huệ", "tuyến phố đi bộ Trịnh Công Sơn".
        ["di", "bo"],
    ]
    /// Their second words, checked first: most words end no such pair.
    package static let placeWordPairSeconds: Set<String> = Set(placeWordPairs.map { $0[1] })
    /// Whether two words (folded) make a place's head with `skipped` words between them and the name:
    /// trung tâm only with a trade's words between ("Trung tâm sát hạch lái xe Đông Anh"), since "Giám
    /// đốc Trung tâm Nguyễn Văn A" names the director.
    package static func headsPlace(_ first: String, _ second: String, skipped: Int) -> Bool {
        placeWordPairSeconds.contains(second) && placeWordPairs.contains([first, second])
            && (skipped > 0 || first != "trung")
    }

    // What stands around a name and says how sure a run is one.
    /// Words that introduce a name as readily as an honorific does, with and without marks.
    package static let introducingWords: Set<String> = ["là", "la", "gồm", "gom", "tên", "ten"]
    /// The first person, which introduces the writer's own name as "là" does: "tôi võ minh tâm".
    package static let firstPerson: Set<String> = ["tôi", "toi", "mình", "tui", "tớ"]
    /// Honorifics typed without marks that stay one before a known given name and a cue word: not chi
    /// (chỉ: "chi tien da…" is "spent the money"), co (có), chu (chữ), ba (ba), bac (bạc).
    package static let sureUnmarkedHonorifics: Set<String> = ["ten", "ong", "em", "thang"]
    /// Two honorifics typed without marks that make a word: ông bà, anh em, chị em.
    package static let honorificPairWords: Set<[String]> = [
        ["ong", "ba"], ["anh", "em"], ["chi", "em"], ["ba", "con"], ["anh", "chi"], ["co", "chu"], ["co", "bac"],
        ["chu", "bac"],
        // "mẹ bé", "bố bé", "thằng bé", "con bé": the child, not a child called Bé (the twenty-second round).
        ["me", "be"], ["bo", "be"], ["thang", "be"], ["con", "be"],
    ]
    /// A given name and the next word that make a trade in lower case: "thằng cò đất" is a land broker.
    package static let tradeWords: Set<[String]> = [
        ["co", "dat"], ["co", "nha"], ["co", "moi"], ["co", "xe"], ["co", "lua"],
        // "chị y tá", "anh y sĩ", "bà y bác sĩ": a health worker's trade, not the Ê Đê Y.
        ["y", "ta"], ["y", "si"], ["y", "bac"], ["y", "te"], ["y", "cong"], ["y", "duoc"],
        // "bác bảo vệ", "chú bảo vệ": a guard, no Bảo.
        ["bao", "ve"],
    ]
    /// Families typed without marks that end a common word with the word before: "thi sinh" is thí
    /// sinh (a candidate), not the family Sình; "hoc sinh", "ve sinh", "hy sinh" (folded).
    package static let wordsEndingInFamily: Set<[String]> = [
        ["thi", "sinh"], ["hoc", "sinh"], ["ve", "sinh"], ["hy", "sinh"], ["phat", "sinh"], ["nay", "sinh"],
        ["san", "sinh"], ["ky", "sinh"], ["giang", "sinh"],
        // "o quan" typed without marks is ở quán (at a shop), no Quan: "gui xe o quan thach dua".
        ["o", "quan"],
    ]
    /// Place words that end a common word with the word before: "yêu cầu" (to request), "nhu cầu" (a
    /// need) hold no bridge ("cầu").
    package static let wordsEndingInPlaceWord: Set<[String]> = [
        ["yêu", "cầu"], ["nhu", "cầu"], ["toàn", "cầu"], ["địa", "cầu"], ["bán", "cầu"],
        // Words ending in trường that are no school (the twenty-fourth round): "cán bộ quản lý thị trường
        // Bế Thị Khuyên" names a market officer; "môi trường", "hiện trường", "chiến trường" are no places.
        ["thị", "trường"], ["môi", "trường"], ["hiện", "trường"], ["chiến", "trường"], ["thương", "trường"],
        ["lập", "trường"],
    ]
    /// Common words made of a middle name and the next syllable ("thị trường", "văn phòng"), by the
    /// middle name folded; the words of `compoundsWithMiddles` that no entry names go with every middle.
    package static let middleCompounds: [String: Set<String>] = [
        "thi": [
            "trường", "xã", "trấn", "thực", "giác", "lực", "phi", "uỷ", "ủy", "sát", "công", "cử", "đua", "đấu",
            "tuyển", "xong", "đỗ", "rớt", "trượt", "lại", "học", "vào",
        ],
        // Liên of liên hệ, liên lạc, liên quan: "thư ký đoàn liên hệ" is no Đoàn Liên Hệ.
        "lien": ["hệ", "lạc", "quan", "kết", "tục"],
        "van": ["bản", "phòng", "hóa", "hoá", "nghệ", "học", "kiện", "chương", "thư", "tự", "minh", "hiến", "đề"],
        "huu": ["ích", "hạn", "hiệu", "nghị", "tình"],
        "dinh": ["chỉ", "công", "trệ", "đám"],
        "tan": ["công", "tới"],
    ]
    package static let compoundsWithAnyMiddle: Set<String> = ["tịch", "hành", "dân", "bằng", "sự"]
    /// Words typed without marks that read as a family name and a known given name (phản ánh, đăng ký,
    /// hạ tầng), or as a given name and a nickname word (lễ hội, bạn bè); a few with marks (quản lý).
    package static let wordsLikeNames: Set<[String]> = [
        ["phan", "anh"], ["dang", "ky"], ["ha", "tang"], ["cao", "tang"], ["le", "hoi"], ["ban", "be"],
        ["ly", "do"], ["nguyen", "nhan"],
        // Everyday words that open on a family typed without marks: đổi bằng (lái), lương hưu (a pension),
        // lò gạch (a brick kiln), thạch dừa (coconut jelly), cầm cố (to pawn), mẫn cán (diligent).
        ["doi", "bang"], ["luong", "huu"], ["lo", "gach"], ["thach", "dua"], ["cam", "co"], ["man", "can"],
        ["lương", "hưu"], ["lò", "gạch"], ["thạch", "dừa"], ["cầm", "cố"], ["mẫn", "cán"],
        // Thạch rau câu (agar jelly; the thirty-sixth round), as typed with marks: no nickname "Thạch rau".
        ["thạch", "rau"],
        // With marks, a family and a given name that make an everyday word in lower case: "ban quản lý thu
        // phí", "ôn thi".
        ["quản", "lý"], ["quản", "trị"], ["ôn", "thi"], ["ôn", "tập"], ["đồng", "ý"], ["đồng", "thời"],
        // Không có (there is no) and đòi thì (if asked to pay) typed without marks, never a Khổng or a Đới
        // Thị over the shipped batches (the thirty-seventh round): "bv tra loi la khong co khoan phi nao",
        // "ai bi doi thi bao phuong".
        ["khong", "co"], ["doi", "thi"],
        // Phụ huynh (a parent) typed without marks is no Phù Huỳnh: "phu huynh chau tran minh khang".
        ["phu", "huynh"],
        // Sai quy định (against the rules) after là, and quản trang (a cemetery's keeper), never a Sái Quy or a
        // Quản Trang over the shipped batches (the thirty-ninth round; 47 and 19 times a word): "thu thêm là sai
        // quy định", "ông quản trang nói".
        ["sai", "quy"], ["quan", "trang"], ["quản", "trang"],
    ]
    /// Words typed without marks inside a run that reads as a name, a name only with a cue: "quy hoach do
    /// thi" (đô thị), "vu chi dinh thau" (chỉ định); "va do thi my linh" after a name is one.
    package static let wordsInNames: Set<[String]> = [["do", "thi"], ["chi", "dinh"]]
    /// Mark-free words of two given names: "ông ta thanh minh" is "he explained", not Tạ Thanh Minh.
    package static let givenPairWords: Set<[String]> = [
        ["thanh", "minh"], ["quang", "minh"], ["an", "ninh"], ["an", "khang"], ["thanh", "toan"], ["chu", "tich"],
    ]

    // Honorifics, nicknames and peoples.
    /// Nickname words that, typed without marks, are everyday words after a name: "Lan co" (có), "Minh
    /// hoi" (hỏi), "Hai cua toi" (của), "Tam que o" (quê).
    package static let unmarkedWordsLikeNicknames: Set<String> = [
        "cua", "co", "to", "ho", "hoi", "le", "cam", "u", "nhi", "mo", "li", "sat", "com", "chao", "tung", "coi",
        "que", "ro", "dien", "gay", "tom", "oc", "mit", "bu",
    ]
    /// Birth-order names, which are names when a capitalised given name follows ("Ba Khánh", "Út Trọc").
    package static let birthOrder: Set<String> = [
        "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Út", "Cả",
    ]
    /// Capitalised words that follow an honorific without being a name (lower-cased).
    package static let notNamesAfterHonorific: Set<String> = [
        "facebook", "zalo", "tiktok", "telegram", "youtube", "google", "tết", "trời", "chúa", "phật", "bạn", "sở",
        // Ai typed without marks asks who (the thirty-ninth round): never the given name Ái in the shipped
        // batches' 96 "Ai" ("Ai không đóng tiền…", "Ai cũng biết…").
        "ai",
    ]
    /// Words after Y that make it the Vietnamese word for medicine: "Sở Y Tế", "Y Khoa" (folded).
    package static let medicalWords: Set<String> = [
        "te", "khoa", "hoc", "duoc", "si", "ta", "duc", "sinh", "bac", "lenh",
    ]
    /// Words before a people's name that make it the people's: "người K'Ho", "đồng bào Ê Đê" (folded).
    package static let peopleCues: Keywords = ["nguoi", "toc", "bao", "tieng", "con"]
    /// Verbs before a quoted nickname (folded): báo, kể, khai, gặp, thấy, gọi; nhắc, nghe, hỏi (the
    /// twenty-first round: hay nhắc “Tuấn bao đậu”).
    package static let tellingVerbs: Set<String> = [
        "bao", "ke", "khai", "gap", "thay", "goi", "to", "nho", "nhac", "nghe", "hoi",
    ]
    /// Words that follow an honorific in lower case in ordinary text: "anh hùng", "bà con", "ông bà".
    package static let commonAfterHonorific: Set<String> = [
        "hung", "minh", "tuan", "ca", "ut", "hai", "ba", "nam", "bay", "tam", "chin", "muoi", "sau", "tu", "bon",
        "an", "tam", "thanh", "be", "em", "con", "chau", "hien", "hoa", "binh", "thuong", "vinh", "quang", "sang",
        "dong",
        "chi", "luong", "tien", "thang", "loi", "luc", "phuc", "mai", "huong", "trang", "khanh", "thu", "nhan",
        "dinh", "quyet", "thong", "lam", "dat", "tai", "phat", "bang", "chung", "dan", "hoan", "ly", "lan", "van",
        "thi", "kim", "cuong", "gia", "bao", "nghia", "trung", "son", "ha", "hai", "lai", "quan", "ngan", "ky",
    ]

    // Days, dates and the numbers that are neither.
    /// The days and months of the fixed national days and commemorations (Bộ luật Lao động, Điều 112, and
    /// the days each year marks): after "lễ", "dịp" or "Quốc khánh" they name the holiday, which is
    /// public, not a visit: "Dịp lễ 30/4 và 1/5".
    package static let nationalDays: Set<[Int]> = [
        [1, 1], [3, 2], [8, 3], [26, 3], [30, 4], [1, 5], [19, 5], [1, 6], [27, 7], [19, 8], [2, 9], [20, 10],
        [20, 11], [22, 12],
        // The founding days of the mass organisations, kept each year as their traditional days: the Farmers'
        // Union (14/10/1930), the Fatherland Front (18/11/1930), the Veterans' Association (6/12/1989), the Trade
        // Union (28/7/1929) and the Young Pioneers (15/5/1941) (Vietnamese Government portal, chinhphu.vn, "Các
        // ngày lễ, kỷ niệm").
        [14, 10], [18, 11], [6, 12], [28, 7], [15, 5],
    ]
    /// Words right before a national day's d/m that name it as the holiday (folded): "dịp nghỉ 30-4"; or
    /// that make it a period's bound, as everyone reckons by the holiday: "Trước 30/4 xã hứa trả đủ" (ngày or
    /// hôm before the day makes it a visit's still: "hôm 30/4 họ đến"). For đến see `DataShapes.boundsHoliday`.
    package static let holidayCues: Set<String> = ["le", "dip", "khanh", "nghi", "truoc", "tu", "sau"]
    /// The first person, lower-cased: a sentence in it tells the writer's own day ("Mùng 3 Tết mà cán
    /// bộ đến nhà tôi").
    package static let firstPersons: Set<String> = ["tôi", "tui", "mình", "tao", "em", "toi", "minh"]
    /// Words of a rite or a custom right before a day of Tết, which name the day's custom, not a visit
    /// (folded): "đồ cúng Mùng 3 Tết", "mâm cỗ mùng 1 Tết", "tục chúc mùng 2 Tết".
    package static let riteWords: Set<String> = ["cung", "co", "mam", "tuc", "chuc"]
    /// Festivals on a fixed lunar day, with the folded words that name them: "Ông Táo về trời ngày 23 tháng
    /// Chạp" is the festival's day, not a visit's.
    package static let lunarFestivals: [(day: Int, month: Int, name: String)] = [
        (23, 12, "tao"), (15, 1, "nguyen tieu"), (10, 3, "hung vuong"), (10, 3, "gio to"), (5, 5, "doan ngo"),
        (7, 7, "that tich"), (15, 7, "vu lan"), (15, 8, "trung thu"), (10, 1, "than tai"), (23, 12, "ong tao"),
    ]
    /// Words after "ngày N" that make N a count of hours: "mỗi ngày 10 tiếng".
    package static let hourWords: Set<String> = ["tieng", "gio"]
    /// Words before a bare d/m that make it a date: sáng 7/4, từ 20/11.
    package static let dateCues: Set<String> = [
        "sang", "chieu", "toi", "dem", "trua", "tu", "den", "vao", "luc", "hom", "ngay", "mung", "mong", "qua",
        "truoc", "sau", "toi", "nay", "dip", "le", "tet", "bua",
    ]
    /// Words before a d/m that make it a number of something (folded).
    package static let numberWords: Set<String> = [
        "so", "ngo", "ngach", "hem", "kiet", "nha", "phong", "can", "lo", "thua", "to", "khoan", "dieu", "muc", "van",
        "ban", "hieu", "ma", "hop", "tuyen", "duong", "pho", "kiot", "tang", "toa", "block", "ty", "le", "lop", "ca",
        "kip", "khoa",
        // A war invalid's or a sick soldier's class: "TB 4/4", "thương binh hạng 2/4".
        "tb", "hang", "binh",
    ]
    /// Words after a number that make it a count, not a date: "1-2 ngày", "3/4 số hộ".
    package static let unitWords: Set<String> = [
        "ngay", "thang", "nam", "nguoi", "lan", "gio", "phut", "km", "m", "m2", "tuoi", "trieu", "ty", "so", "ho",
        "tong", "phan", "dong", "xe", "tan", "kg", "lit", "tuan", "quy", "buoi", "hs", "hoc",
    ]

    // Residential groups, villages and dwellings.
    /// Words before "khối" and a number that make it a school's grade (folded): "học sinh khối 12".
    package static let gradeWords: Set<String> = ["sinh", "lop", "hoc", "thi", "nghiep"]
    /// An army's units, by their first word (as typed, lower-cased, with or without marks) and the second:
    /// Đại đội, Trung đội, Tiểu đội, Tiểu đoàn, Trung đoàn, Sư đoàn, Quân đoàn. A veteran's unit is no
    /// residence and its first word no name.
    package static let armyUnits: [String: Set<String>] = [
        "đại": ["đội"], "trung": ["đội", "đoàn", "doi", "doan"], "tiểu": ["đội", "đoàn"], "sư": ["đoàn"],
        "quân": ["đoàn"],
        "dai": ["doi"], "tieu": ["doi", "doan"], "su": ["doan"], "quan": ["doan"],
    ]
    /// Words after a group's number that make it a count or a team at work: "tổ 3 người", "đội 2 xe".
    package static let countWords: Set<String> = [
        "nguoi", "thanh", "can", "cong", "xe", "lan", "ngay", "thang", "nam", "tang", "m", "m2", "km", "ha", "ho",
        "doi", "dong", "trieu", "chiec", "phut", "gio", "tieu", "ban", "nhom", "co",
    ]
    /// Words after "tổ N của" that make the group a team of an office (folded).
    package static let teamOwners: Set<String> = [
        "doan", "ban", "phong", "co", "cuc", "so", "hoi", "uy", "thanh", "cong", "to", "bo", "trung", "chi",
    ]
    /// An office's seat after a floor's number, folded: the floor is the office's ("tầng 3 trụ sở công ty").
    package static let officeSeats: Set<[String]> = [
        ["tru", "so"], ["co", "quan"], ["uy", "ban"], ["van", "phong"], ["toa", "an"], ["benh", "vien"],
    ]
    /// Verbs of an inspection's work after a group's number, folded: the group is a team ("tổ 2 kiểm tra").
    package static let teamWork: Set<[String]> = [
        ["kiem", "tra"], ["xac", "minh"], ["lam", "viec"], ["thanh", "tra"], ["ra", "soat"], ["giam", "sat"],
        ["phu", "trach"], ["tiep", "nhan"], ["doi", "chieu"], ["kiem", "ke"], ["thi", "cong"], ["tuan", "tra"],
    ]
    /// Words before a village's keyword that make it part of a commune's, a ward's or a city's name:
    /// "phường Buôn Ma Thuột", "thị xã Buôn Hồ" (folded).
    package static let communeWords: Set<String> = [
        "phuong", "xa", "thi", "pho", "tp", "huyen", "tinh", "thac", "tran",
    ]
    /// The folded keywords of the patterns, to skip them on text that has none.
    package static let dwellingWords: Keywords = [
        "can", "phong", "nha", "day", "toa", "block", "lo", "ki", "kiot", "kios", "chung", "p", "khu", "ky", "sap",
        "apartment", "apt", "unit", "flat", "quay",
    ]
    package static let villageWords: Keywords = [
        "ban", "buon", "lang", "plei", "polei", "palei", "bon", "soc", "phum", "chom", "muong", "vuc",
    ]
    /// Words after "bản" or "làng" that make it a document or a kind of village: "bản Kết luận".
    package static let notVillageWords: Set<String> = [
        "kết", "báo", "quyết", "tờ", "án", "tin", "đồ", "cam", "hợp", "sao", "nghề", "văn", "nghị", "thông", "đề",
        "ghi", "tường", "chính", "dịch", "giới", "đăng", "thảo", "kê", "vẽ", "quyền", "sắc", "bồi", "boi",
    ]
    /// Words that make "ô tô" of "o to" before a number, folded: before "o" (xe, mua, thuê, chiếc, hãng, bãi)
    /// or after the number (chỗ, tấn, bánh): "mua o to 7 cho".
    package static let vehicleWords: Set<String> = ["xe", "mua", "thue", "chiec", "hang", "bai", "cho", "tan", "banh"]
    /// Words that bản ends as a paper's, folded: biên bản, văn bản, phiên bản, kịch bản, bản sao's kin.
    package static let paperHeads: Set<String> = ["bien", "van", "phien", "kich", "co", "can", "xuat", "nhat", "tu"]
    package static let relativeVillageWords: Keywords = ["tren", "duoi", "giua", "ngoai", "trong", "kia"]
    package static let unmarkedVillageWords: Keywords = ["ap", "ban", "buon", "lang"]
    /// Words after xóm or thôn that say which kind, or which one, not its name (folded).
    package static let notHamletNames: Set<String> = [
        "nay", "do", "kia", "ay", "ngheo", "moi", "cu", "chai", "dao", "toi", "em", "minh", "nao", "ben", "tro",
        // Adverbs right after ở xóm, which a clause's verb follows: "ở thôn cũng có", "ở xóm vẫn là".
        "cung", "van", "da", "con", "deu", "lai", "thi", "ma", "ca", "nhieu", "chung",
    ]

    /// Words before the payee's or the payer's name in a note, folded: cho, gửi, của, từ, an honorific.
    package static let transferPartyWords: Set<String> = [
        "cho", "gui", "cua", "tu", "anh", "chi", "em", "ong", "ba", "a", "c", "e",
    ]
    /// Given names typed without marks that are a note's common words after those: cho ăn, của mình,
    /// gửi tiền, gửi hàng, cho thuê, tiền đất, phí, lãi, nợ, bạn, chủ.
    package static let notPartyWords: Set<String> = [
        "an", "minh", "tien", "hang", "ban", "chu", "dan", "nha", "xa", "con", "lai", "no", "lam", "thu", "phi",
        "dat", "vang", "nhan", "toan", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi", "mot",
    ]

    /// Words before tên that make it a name given to a thing: "mang tên", "gắn với tên", "đặt tên".
    package static let namingVerbs: Set<String> = ["mang", "đặt", "lấy", "đổi", "trùng"]

    /// Words whose second syllable is an honorific: phản ánh, hình ảnh typed without marks; cưỡng chế.
    package static let wordsEndingInHonorific: Set<[String]> = [
        ["phan", "anh"], ["hinh", "anh"], ["dien", "anh"], ["chup", "anh"], ["nhiep", "anh"], ["phim", "anh"],
        // "Ghi chú CTXH:" is a note (the twenty-fourth round), marked or not: the pair is read in one script.
        ["ghi", "chú"], ["ghi", "chu"],
        // Chế (a Hoa elder sister) ends words typed with marks too, in capitals as in lower case: "CƯỠNG CHẾ NHÀ".
        ["cưỡng", "chế"], ["hạn", "chế"], ["khống", "chế"], ["thể", "chế"], ["biên", "chế"], ["bào", "chế"],
        ["sáng", "chế"], ["điều", "chế"], ["pháp", "chế"], ["tiết", "chế"], ["định", "chế"], ["quản", "chế"],
        // Trẻ em is children, not the younger one's em: "Làng trẻ em SOS", "Quỹ Bảo trợ trẻ em Hà Nội" (the
        // forty-first round; over the shipped batches trẻ em comes before no capital).
        ["trẻ", "em"],
    ]

    /// Kinship words of the highland peoples and the Hoa that are cues only typed with marks: pa, me, pu
    /// and che are everyday syllables ("xa Si Pa Phin", "me be Na"); the twenty-fifth round.
    package static let cuesOnlyWithMarks: Set<[String]> = [["pá"], ["mế"], ["pú"], ["chế"]]
}
