import Foundation
import TextScanning

/// The shapes of where someone lives, as patterns and keywords: a house number and its street, an
/// alley, a hamlet, an apartment or a room, a residential group, a village, map coordinates; and the
/// place words and lists that make a capitalised run a place's name. They read the text alone; the
/// address, residence and name rules decide what a match means.
package enum PlaceShapes {
    // Addresses.
    /// Keywords longest first, so that "số nhà" wins over "số". Capitals joined to digits by a dash are a
    /// code's letters, no house's name ("thuê nhà số HĐ-2024/0318"; the thirty-seventh round).
    package static let addressPartPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}])(?i:(số nhà|so nha|nhà số|nha so|tổ dân phố|to dan pho|khu phố|khu pho|ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet|thôn|thon|ấp|ap|(?:xóm|xom)(?<!(?i:hàng|hang)\s(?:xóm|xom))|khóm|khom|tổ|to|số|so|đường|duong|phố|pho))\s+(\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*|\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,3}(?!-\d)(?: \d{1,2}[A-Za-z]?(?=\s*[,.;:)]|\s*$|\s+(?:xã|phường|thị trấn|xa|phuong|nên|nen|mà|nhưng|nhung|thì|vì|còn|có(?=\s+\d))(?![\p{L}\p{M}])))?)(?![\p{L}\p{M}\p{N}/]|[.,]\d|\s+(?i:triệu|trieu|nghìn|nghin|ngàn|tỷ|tr)(?![\p{L}\p{M}]))"#
    )

    /// Keywords that make an address on their own, with a number or a name after them.
    package static let strongAddressWords: Set<String> = [
        "số nhà", "nhà số", "tổ dân phố", "khu phố", "ngõ", "ngách", "hẻm", "kiệt", "thôn", "ấp", "xóm", "khóm",
    ]

    /// The same typed without marks, with a name typed so: "thon Dong Ha". Not "ap" (áp dụng) nor "ngo"
    /// (ngô, ngờ), which are words before a capital as often.
    package static let unmarkedStrongAddressWords: Set<String> = [
        "thon", "xom", "khom", "hem", "kiet", "so nha", "nha so",
    ]

    /// A house number and its street without a keyword for the street: "số 12 Lê Lợi", "123/45 Nguyễn Trãi"
    /// (the slash makes a bare number a house number), "K82/14 Hải Phòng" (K: a kiệt, Đà Nẵng's alley).
    /// A holiday's name after a d/m is no street: "nghỉ 1/5 Quốc tế Lao động", "2/9 Quốc khánh". Group 1 is
    /// the street, which stays (``TextScan/streetsOfAddresses()``).
    package static let houseOnStreetPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}/.-])(?:(?i:số nhà|so nha|số|so)\s+\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*|K?\d+[A-Za-z]?(?:/\d+[A-Za-z]?)+)\s+(?!(?:Điều|Khoản|Chương|Mục|Phần|Luật|Nghị|Quyết|Thông|Bộ|Sở|Phòng|Tổ|UBND|Ngày|Quốc tế|Quốc khánh)(?![\p{L}\p{M}]))(\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){0,3})(?![\p{L}\p{M}\p{N}])"#
    )

    /// A street's word and its name: "đường Nguyễn Văn Cừ", "phố Huế", "đường số 7", "đường 3/2" (not "khu
    /// phố 4", "tổ dân phố", "thành phố Huế").
    package static let namedStreetPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?<!(?i:khu|dân|dan|thành|thanh)\s)(?i:đường|duong|phố|pho)\s+(?:\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,4}|(?i:số|so)\s+\d+[A-Za-z]?|\d+(?:/\d+)?)(?![\p{L}\p{M}\p{N}])"#
    )

    /// A house number with a slash or a letter before a street's keyword: "45B/3 đường số 7", "nhà 12B
    /// hẻm 5" (the number goes; a street named by a number is no address).
    package static let houseBeforeStreetPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}/.-])K?\d+(?:[A-Za-z](?:/\d+[A-Za-z]?)*|[A-Za-z]?(?:/\d+[A-Za-z]?)+)(?=\s+(?i:đường|duong|phố|pho|ngõ|ngo|hẻm|hem|kiệt|kiet)(?![\p{L}\p{M}]))"#
    )

    /// An English-style address: "12 Hang Bai Street", "45/6 Le Loi St", "27B Nguyen Trai street". Group 1 is
    /// the street, which stays.
    package static let englishStreetPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}/.-])\d+[A-Za-z]?(?:/\d+[A-Za-z]?)*((?: \p{Lu}[\p{L}\p{M}]*){1,4} (?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Alley|street|road|avenue|lane|alley))(?![\p{L}\p{M}])"#
    )

    /// Words before a number that make it the number of a document or a date, not of a house (folded).
    package static let documentWords = [
        "quyet dinh", "cong van", "van ban", "thong bao", "nghi dinh", "to trinh", "bien ban", "ho so", "giay",
        "ngay", "hom", "thang", "dieu", "khoan", "luat", "thong tu", "nghi quyet", "phong", "tiet", "trang",
    ]

    /// A facility's name right before "số" (with its marks, capitalised, then up to four lower-case words of what it
    /// is, none of ở, tại, về, nhà, đến, tới, rồi, và): "Cơ sở cai nghiện ma túy số 1 Hà Nội", "Trại tạm giam số 1
    /// Công an …" is the facility's number and its city, no house (2 of 2 kept over the shipped batches; the
    /// forty-second round).
    package static let facilityNumberEnd = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?:Cơ sở|Trại|Trung tâm|Bệnh viện|Nhà tạm giữ)(?:\s+(?!(?:ở|tại|về|nhà|đến|tới|rồi|và)(?![\p{L}\p{M}]))[\p{Ll}\p{M}]+){0,4}\s+$"#
    )

    /// The keywords that take a name rather than a number (folded): without one of them or a digit, the
    /// text has no address part.
    package static let namedPartWords: Keywords = [
        "ngo", "ngach", "hem", "kiet", "thon", "ap", "xom", "khom", "to", "khu", "duong", "pho", "so", "nha",
    ]

    /// Units whose head is called by the unit then trưởng or phó ("tổ trưởng", "khối phó"), folded.
    package static let headedUnitWords: Set<String> = ["to", "khoi", "doi", "cum", "xom"]

    package static let addressGapPattern = DataShapes.regex(#"^,?\s{1,3}$"#)

    /// A bare house number after "địa chỉ" or "ở" (số may come between) and before a street's or a lane's
    /// keyword, or a comma and a group's: "dia chi 45 duong quang trung", "ở 18 hẻm 45/2", "ở số 112A,
    /// khối 5". Before a capitalised street the number needs a colon after its cue, which may name the
    /// address's kind in up to three words ("Địa chỉ thường trú cũ: 58B Hải Thượng Lãn Ông"), or a capital
    /// after its digits ("ở 58B Hải Thượng Lãn Ông"); an office's or a date's word is no street. Group 1 is
    /// the number.
    package static let houseAfterAddressCuePattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?:(?i:địa chỉ|dia chi)(?:\s+[\p{Ll}\p{M}]+){1,3}\s*:|(?i:địa chỉ|dia chi|đ/c|đc|ở)\s{0,2}:?)\s{0,2}(?:(?i:số|so)\s+)?(\d+[A-Za-z]?)(?=\s+(?i:đường|duong|phố|pho|ngõ|ngo|hẻm|hem|kiệt|kiet)\s|,\s*(?i:khối|khoi|tổ|thôn|thon|(?:xóm|xom)(?<!(?i:hàng|hang)\s(?:xóm|xom))|ấp|khu phố|ngõ|ngo|hẻm|hem|kiệt|kiet|đường|duong|phố)\s|(?<=:\s{0,2}\d{1,4}|:\s{0,2}\d{1,4}[A-Za-z]|\d[A-Z])\s+(?!(?:Trường|Sở|Phòng|Ban|UBND|Ủy|Công|Bệnh|Tòa|Ngày|Tháng|Năm)(?![\p{L}\p{M}]))\p{Lu}[\p{Ll}\p{M}])"#
    )

    /// A room's number right after a block's letter, folded: "Block C, Room 12", "block C, phòng 412". Without it
    /// or a flat's number before, a block by its letter alone is a building of an estate or a works (the
    /// thirty-sixth round: "The company clinic in Block C").
    package static let roomAfterBlock = DataShapes.regex(#"^\s*,?\s*(?:room|phong|p\.)\s*(?:so\s+)?\d"#)

    /// A lettered house number after "ở số", whatever follows (the thirty-sixth round): "Nhà ông ở số 27B, con
    /// hẻm sau chợ". A number without a letter after ở số ("ở số 3 người") is left to the street's rules. Group 1
    /// is the number.
    package static let letteredHouseAfterAtPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?i:ở)\s+(?i:số)\s+(\d{1,4}[A-H])(?![\p{L}\p{M}\p{N}/.-])"#
    )

    /// A house's number with a slash and a letter right after nhà (số may come between), whatever follows: "Hẻm nhà
    /// 18/3A là chỗ …", "nhà số 12B/4 cho thuê". Over the shipped batches every number of the shape d/dL is a house's
    /// (9 of 9 removed); without its letter ("về nhà 18/3") it may be a day, and is left to the dates' rules. The
    /// forty-first round. Group 1 is the number.
    package static let houseAfterNhaPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?i:nhà)\s+(?:(?i:số)\s+)?(\d{1,4}(?:/\d{1,3}[A-Z]{1,2}|[A-Z]/\d{1,3}[A-Z]?))(?![\p{L}\p{M}\p{N}/.-])"#
    )

    /// A house number written again after "ghi (nhầm, sai) thành", "ghi là", "sửa thành": "cán bộ ghi thành
    /// 72B". It is read only where an address was found: "ghi thành 3 bản" is a count. Group 1 is the number.
    package static let rewrittenHousePattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?i:ghi|ghi nhầm|ghi sai|viết|sửa|ghi nham|viet|sua)\s+(?i:thành|là|thanh|la)\s+(\d+[A-Za-z](?:/\d+[A-Za-z]?)*|\d+(?:/\d+[A-Za-z]?)+)(?![\p{L}\p{M}\p{N}])"#
    )

    // Residences.
    /// A village typed in lower case after a word of living there (or về, marked: "về plei ia bâng làm…"), its name up to a pause, the commune
    /// or a verb: "o ban lao chai bi…", "ở plei phun, xã…", "o ap soc tro". Not "làng quê", "bản này", nor a
    /// board ("ban tiếp dân", "ban quản lý", "ban bồi thường"). Group 1 is the village.
    package static let lowercaseVillagePattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?:ở|o|tại|tai|sống|song|về) ((?:bản|ban|buôn|buon|làng|lang|plei|ấp|ap|sóc|soc) (?!(?:này|nay|đó|do|kia|ấy|ay|quê|que|nghề|nghe|trên|dưới|tren|duoi|bên|ben|mình|minh|tôi|toi|em|cũ|cu|mới|moi|tiếp|tiep|quản|quan|chỉ|chi|giám|giam|dân|dan|kinh|thi|biên|bien|chấp|chap|thường|thuong|đại|dai|văn|van|pháp|phap|tài|tai|tổ|to|bồi|boi)(?![\p{L}\p{M}]))[\p{Ll}\p{M}'’]+(?: [\p{Ll}\p{M}'’]+){0,2})(?=\s*[,.;:!?)]|\s*$| (?:xã|xa|phường|phuong|huyện|huyen|"#
            + clauseOpenerAlternation
            + #")(?![\p{L}\p{M}]))"#
    )
    /// Words that open a clause after where someone lives, as typed and folded: "ở bản lao chải nhờ…",
    /// "o xom trai de cho no…". The place's name ends before them.
    static let clauseOpenerAlternation =
        "bị|bi|gửi|gui|xin|đã|da|đang|dang|có|co|là|la|và|va|nhưng|nhung|mà|ma|thì|thi|được|duoc|không|khong|cũng|cung|vẫn|van|chưa|chua|nói|noi|bảo|bao|kêu|keu|làm|lam|nhờ|nho|để|de|nên|nen|vì|vi|kể|ke"
    package static let clauseOpeners = Set(clauseOpenerAlternation.split(separator: "|").map(String.init))
    /// A plus code (Open Location Code), a map position as precise as coordinates: "7P28QPGQ+2V".
    package static let plusCodePattern = DataShapes.regex(
        #"(?<![\p{L}\p{N}+])[23456789CFGHJMPQRVWX]{4,8}\+[23456789CFGHJMPQRVWX]{2,3}(?![\p{L}\p{N}])"#
    )
    /// căn hộ A3-11, P.804, phòng trọ số 2, tòa B, lô B12, apartment 5.03, a market's stall (sạp số A-12): a
    /// keyword and a code. Not an area after it ("phòng trọ 20m2"). In an English note, a unit or a flat by
    /// three or four digits ("at unit 2208"), or by one to three digits and a letter A to H ("Flat 2C", the
    /// thirty-fourth round; "a flat 4K screen" stays); căn typed without marks ("can", also cần) by a flat's code of a
    /// floor, a letter and a door ("can 12A05"), or by three or four digits after o, tai or a tower ("o can
    /// 1706", "TOA T1 CAN 1015") or before one ("can 804 toa B"). Flats of three or four digits listed after the
    /// first go with it ("căn 1101 và 1102"); no amount or count after a number ("phòng trọ 300 nghìn"; "ngay"
    /// is a day's count unless a place's word follows: "phòng trọ số 2 ngay cạnh"). A market's stall by its
    /// number with no số ("quầy 14"; the caller wants a market in the text) or typed "ki ot so 32". A block's
    /// lettered floor with its door ("Căn hộ C-12.05"), and no letter before initials ("Chủ nhà trọ V.Đ.T.": the
    /// thirty-eighth round). A house by its number and a letter after nhà ("nhà 27B, tổ dân phố số 3": every such
    /// house in the shipped batches is removed, 26 of 26). No count of goods or animals after it: "cấp cho lô 40 con
    /// lợn" is a batch (none in the shipped batches is a dwelling; the thirty-ninth round).
    package static let dwellingPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}])(?:(?i:căn hộ|can ho|căn|phòng trọ|phong tro|nhà trọ|nha tro|dãy trọ|day tro|tòa nhà|toà nhà|tòa|toà|toa nha|block|lô đất|lo dat|lô|ki-ốt|kiốt|ki ốt|ki ot|kiot|kios|quầy(?=\s+\d{1,3}(?![\p{L}\p{M}\p{N}]))|sạp(?:\s+(?:vải|rau|rau củ|cá|thịt|thịt heo|gà|vịt|hoa|hoa quả|trái cây|quần áo|giày dép|tạp hóa|tạp hoá|bún|phở|chè|bánh|trứng|gạo|hải sản|hàng khô|đồ khô|thực phẩm|gia vị|mắm|tôm|mỹ phẩm|vàng|giày|dép|nón|đồ chơi)(?=\s+(?:số\s+)?\d))?|sap(?=\s+\d{1,4}(?:\s*\)|\s+cho\s))|chung cư|chung cu|khu tập thể|khu tap the|ký túc xá|kí túc xá|ky tuc xa|apartment|apt\.?|(?:unit|flat)(?=\s+(?:[A-Z]?\d{3,4}|\d{1,3}[A-H])(?![\p{L}\p{N}])))|(?i:can)(?<=(?:(?<![\p{L}\p{M}])(?i:o|tai|toa [A-Z0-9.]{1,5}))\s(?i:can))(?=\s+\d{3,4}(?![\p{L}\p{N}]))|(?i:can)(?=\s+(?:\d{1,2}[A-Z]\d{2}(?![\p{L}\p{N}])|\d{3,4}\s+(?i:toa)\s))|P\.|P(?=\d)|(?i:nhà|nha)(?=\s+(?:[A-Z]{1,2}-?\d|\d{1,4}[A-Z](?![\p{L}\p{M}\p{N}]))))\s*(?:(?i:số|so)\s*)?(?:P\.(?=\d))?(?!\d+(?:[.,]\d+)?\s?(?i:m2|m²|mét|met)(?![\p{L}\p{N}]))([A-Z]{0,2}\d+(?:[A-Za-z]\d*)?(?:[-./](?:\d+[A-Za-z]?|[A-Z]{1,3}\d+))*|[A-Z]\d*(?:-\d+(?:\.\d{2}(?!\d))?)?)(?:(?<=[^\p{N}]\d{3}|[^\p{N}]\d{4})(?:\s*,\s*|\s+(?i:và|va|and)\s+)\d{3,4}(?![\p{N}]|[.,]\d))*(?![\p{L}\p{M}\p{N}]|[/]\d|[.,]\d{3}|\.\p{Lu}|\s+(?i:ngày|ngay(?![\p{L}\p{M}])(?!\s+(?:cạnh|canh|sau|trước|truoc|gần|gan|bên|ben|đối|doi)(?![\p{L}\p{M}]))|tháng|năm|tuần|giờ|người|lần|nghìn|ngàn|triệu|tỷ|đồng|con|tấn|kg|bao|thùng|chiếc|tạ|lít|cái|hộp|két|chai|gói)(?![\p{L}\p{M}]))"#
    )

    /// A room or a floor, by a number or a capital and digits ("phòng B14", a block's floor and door "phòng A3-11"), or a floor and a door ("phòng
    /// 3.07", "phòng C4.09", "phòng 12A08": a floor, a letter and a door), with its row of rooms after it ("phòng 12A dãy C", as typed: a capital or a number); not a count ("phòng 5 người", "Yen Phong 5 nam": five years): removed with a dwelling or
    /// after "ở", "thuê", "sống", "rent"; otherwise flagged.
    package static let roomPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}])(?i:phòng|phong|buồng|buong|tầng|tang|room)\s+(?:(?i:số|so)\s+)?(?:[A-Z]\d{1,2}\.\d{2}(?!\d)|[A-Z]\d{1,2}-\d{1,3}(?!\d)|[A-Z]\d{1,3}|\d{1,2}[A-Z]\d{2}(?!\d)|\d+(?:\.\d{2}(?!\d))?[A-Za-z]?)(?:\s*,?\s*(?i:dãy|day)\s+(?:[A-Z]|\d{1,2})(?![\p{L}\p{N}]))?(?![\p{L}\p{M}\p{N}]|[/]\d|\s+(?i:năm|nam|tháng|thang|ngày|ngay|người|nguoi|lần|lan|chợ)(?![\p{L}\p{M}]))"#
    )

    /// tổ 4, khối 2, đội 6, cụm 3, tổ dân phố số 3, TDP 3, KP 4; in an English note, hamlet 2, residential
    /// group 5. Up to four digits: "trưởng thôn số 0914…" is a phone's number. A cooperative's production team
    /// is one too ("đội sản xuất số 3"); an army's company or platoon is none ("Đại đội 9", "Trung đội 2",
    /// "tieu doi 4": a veteran's unit, kept like Trung đoàn 48), nor a forest's sub-area numbered in three
    /// digits ("tiểu khu 312": a forest inventory's, thousands of hectares; a town's "tiểu khu 5" is a group).
    package static let groupPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}])(?:(?i:tổ dân phố|to dan pho|tổ dân cư|tổ|to|khối|khoi|đội sản xuất|doi san xuat|(?:đội|doi)(?<!(?i:đại|trung|tiểu|dai|tieu)\s(?i:đội|doi))|cụm|cum|khu phố|khu pho|khu|liên gia|(?:xóm|xom)(?<!(?i:hàng|hang)\s(?:xóm|xom))|thôn|thon|ấp|ap|bản|ban|buôn|buon|làng|lang|plei|chòm|sóc|phum|hamlet|residential group)|(?i:tdp)|KP)\s+(?:(?i:số|so)\s+)?(\d{1,4}[A-Za-z]?|[IVX]+)(?![\p{L}\p{M}\p{N}]|[/.,]\d|/\p{L})(?<!(?i:tiểu|tieu) (?i:khu) \d{3})"#
    )

    /// The first words of ``groupPattern``'s keywords, folded: a text without one of them has no group.
    package static let groupWords: Keywords = [
        "to", "khoi", "doi", "cum", "khu", "lien", "xom", "thon", "ap", "ban", "buon", "lang", "plei", "chom", "soc",
        "phum", "hamlet", "residential", "tdp", "kp",
    ]

    /// The keywords of ``roomPattern``, folded.
    package static let roomWords: Keywords = ["phong", "buong", "tang", "room"]

    /// bản Phùng, buôn Ko Tam, làng Kon Klor, plei Ốp, palei Chakleng (a Cham village: the thirty-eighth
    /// round): a village's name, in lower-case keyword, with the
    /// number of a village split in two before a pause or the commune (làng Kép 2, xã Ia Dom); a Mekong
    /// city's ward part named before its ward ("khu vực Thới Thạnh, phường Thốt Nốt": not "khu vực Đông Nam Á");
    /// a fishing village ("làng chài Hòn Rớ": the thirty-sixth round; not a craft village, "Làng nghề gốm Bát
    /// Tràng", which is known for its craft).
    package static let villagePattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}])(?:(?:làng|Làng) chài|bản|buôn|làng|plei|pơlei|palei|bon|sóc|phum|chòm|mường|Bản|Làng|Plei|Pơlei|Palei|Buôn|Bon|Phum|(?i:khu vực|khu vuc)(?=\s+\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,2}\s*,\s*(?i:phường|xã|phuong|xa)(?![\p{L}\p{M}])))\s+\p{Lu}(?:(?:\.\p{Lu})+(?![\p{L}\p{M}])|[\p{L}\p{M}'’]*)(?:\s\p{Lu}[\p{L}\p{M}'’]*){0,2}(?: \d{1,2}[A-Za-z]?(?=\s*[,.;:)]|\s*$|\s+(?:xã|phường|thị trấn|xa|phuong|nên|nen|mà|nhưng|nhung|thì|vì|còn)(?![\p{L}\p{M}])))?"#
    )

    /// A hamlet named inside a group's name: xóm, thôn, ấp, bản, buôn, làng, plei, sóc or phum and a capitalised
    /// name ("Con cháu họ Đỗ xóm Chùa"). The thirty-ninth round.
    package static let hamletInNamePattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?i:xóm|xom|thôn|thon|ấp|bản|buôn|làng|plei|sóc|phum)\s+\p{Lu}"#
    )

    /// A village named by where it lies, after a word of living there: "ở bản trên bị cắt", "sống ở xóm
    /// dưới." Only before a sentence's end, a comma or a verb: "ở bản trên giấy" is a copy on paper.
    package static let relativeVillagePattern = DataShapes.regex(
        #"(?<=(?:ở|tại|về|sống|trú) )(?:bản|buôn|làng|xóm|thôn|ấp|sóc) (?:trên|dưới|giữa|ngoài|trong|bên kia)(?=\s*[.,;:!?)]|\s*$| (?:bị|có|là|đã|đang|không|được|và|cũng|nay|vẫn|chưa)\b)"#
    )

    /// A hamlet or a village typed without marks, after a word of living there and before a capitalised
    /// name: "o ap Long Hoa", "song o ban Hua Ta" (group 1). Elsewhere "ap" and "ban" are áp, bạn, ban (a
    /// board). Or, opening the text or a list's item after a colon, a semicolon or a comma, right before a
    /// comma and its commune typed so (group 2; the thirty-second round): "ghi: ban Na Sai, xa Muong Lay".
    package static let unmarkedVillagePattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}])(?:o|tai|song|tru|ve)\s+((?:ap|ban|buon|lang)\s+\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,2})|(?:^|(?<=[:;,] ))((?:ap|ban|buon|lang) \p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,2})(?=, (?:xa|phuong|thi tran) \p{Lu})"#
    )

    /// A hamlet named in lower case after "ở" or a comma: before the commune ("ở xóm đình xã yên lạc",
    /// "…, thôn đông, xã yên lạc"; opening the text, and of up to three words before the commune: "thon lung
    /// cam tren, xa dong van"), or after a group's number and before a pause ("o doi 3 thon ha,").
    package static let lowercaseHamletPattern = DataShapes.regex(
        #"(?:(?<=(?:ở|o|tại|tai)\s{1,2})|(?<=, )|^|(?<=(?:xóm|xom|tổ|to|đội|doi|ấp|ap) \d{1,3},? ))(?:xóm|thôn|xom|thon)\s{1,2}((?!(?:này|nay|đó|do|kia|ấy|ay|nghèo|ngheo|mới|moi|cũ|cu|mình|minh|tôi|toi|em|trọ|tro|bên|ben)\s)[\p{Ll}\p{M}]+(?: [\p{Ll}\p{M}]+){1,2}(?=,?\s{1,2}(?:xã|xa|phường|phuong)\s)|[\p{Ll}\p{M}]+)(?=\s{1,2}(?:xã|xa|phường|phuong)\s|\s*[,.;]|\s*$|\s(?:"#
            + clauseOpenerAlternation + #")(?![\p{L}\p{M}]))"#
    )

    /// 21.0285, 105.8542, 10.4182N 104.9935E (a hemisphere's letter instead of the comma) and 21°01'42"N 105°51'15"E.
    package static let coordinatePattern = DataShapes.regex(
        #"(?<![\p{N}.])-?\d{1,3}[.,]\d{3,}(?:\s*°?\s*[NSBĐ]?\s*[,;]|\s*°?\s*[NSBĐ]\s+)\s*-?\d{1,3}[.,]\d{3,}(?:\s*°)?(?:\s*[EWĐT](?![\p{L}]))?(?![\p{N}])|\d{1,3}°\s?\d{1,2}['′]\s?(?:\d{1,2}(?:[.,]\d+)?["″]\s?)?[NSEWBĐT]?(?:[\s,;]+\d{1,3}°\s?\d{1,2}['′]\s?(?:\d{1,2}(?:[.,]\d+)?["″]\s?)?[NSEWBĐT]?)?"#
    )

    /// Whether the word at `index` comes right after a house number with a letter ("27B Trần Hưng Đạo",
    /// "9A Lê Lợi"): the capitalised run there is a street, not a person.
    package static func followsLetteredHouseNumber(_ words: Words, at index: Int, scan: TextScan) -> Bool {
        guard index > 0, scan.onlySpace(words[index - 1], words[index]) else { return false }
        let number = words[index - 1].text.unicodeScalars
        guard let last = number.last, ("A"..."Z").contains(last), number.count >= 2 else { return false }
        return number.dropLast().allSatisfy { ("0"..."9").contains($0) }
    }

    // Place words and lists of places.
    /// Whether `word` is a place's or an institution's word (đường, phường, trường; duong typed without
    /// marks), after which a capitalised run is the place's name.
    package static func isPlaceWord(_ word: Word) -> Bool {
        word.isASCII ? WordClasses.asciiPlaceWords.contains(word.folded) : WordClasses.placeWords.contains(word.lower)
    }

    /// Whether the place word before `index` is plural ("các tuyến phố", "những con đường"): the names
    /// after it, joined by commas or và, are all places ("Lý Thường Kiệt, Nguyễn Huệ").
    package static func opensPlaceList(_ words: Words, at index: Int) -> Bool {
        (max(0, index - 4)..<index).contains { ["các", "những", "cac", "nhung"].contains(words[$0].lower) }
    }

    /// Whether `index` goes on a plural place's list that ended at `end`, with only capitalised words,
    /// commas and và between.
    package static func continuesPlaceList(_ words: Words, at index: Int, after end: Int?, scan: TextScan) -> Bool {
        guard let end, end < index, index - end <= 12 else { return false }
        let gap = scan.string(NSRange(location: words[end].end, length: words[index].range.location - words[end].end))
        guard gap.contains(",") || words.list[(end + 1)..<index].contains(where: { ["và", "va"].contains($0.lower) })
        else { return false }
        let between = words.list[(end + 1)..<index]
        return between.allSatisfy { $0.isCapitalised || ["và", "va"].contains($0.lower) }
            && gap.allSatisfy { $0.isLetter || $0.isNumber || " ,".contains($0) }
    }
}

extension TextScan {
    /// The matches of ``PlaceShapes/addressPartPattern``, whose keywords are all words of ``PlaceShapes/namedPartWords``:
    /// a text without one of them has none.
    package func addressPartMatches() -> [PatternMatch] {
        matches(PlaceShapes.addressPartPattern, ifAnyWord: PlaceShapes.namedPartWords)
    }

    /// Whether the address keyword at `keyword` is also a given name ("Kiệt") standing in title case right
    /// after a capitalised word: "Tuấn Kiệt Trần" is a name; "Kiệt Trần Cao Vân" opening a sentence, or
    /// after "Ở", is a lane.
    package func isNamesWord(_ keyword: NSRange) -> Bool {
        guard ["Kiệt", "Kiet"].contains(string(keyword)) else { return false }
        let before = string(NSRange(location: max(0, keyword.location - 12), length: min(12, keyword.location)))
        guard before.hasSuffix(" "), let previous = before.split(separator: " ").last,
            previous.first?.isUppercase == true
        else { return false }
        return !["ở", "tại", "về", "o", "tai", "ve", "trú", "tru", "sống", "song"].contains(previous.lowercased())
    }
}
