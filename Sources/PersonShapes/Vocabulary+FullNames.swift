import Foundation
import TextScanning
import TextShapes

/// A full name typed in lower case with no cue before it: a family name, a middle name and a given name
/// of the lexicons ("ngô minh tuấn", "vo thanh son"). Three such words in a row are a name far more often
/// than anything else once the middle and the given name make no everyday word ("thanh tra", "công an").
extension Vocabulary {
    /// Middle names too common as words to start a name with no cue: "ba" (three), "a", "anh" (he), "thu"
    /// (to collect), folded.
    static let middlesNeedingCue: Set<String> = ["a", "ba", "anh", "thu", "van", "thi"]

    /// Families that are everyday words in lower case with marks ("mùa xuân năm nay", "từ trung tâm"),
    /// and given names that are numbers ("năm", "sáu"): no name without a cue.
    static let wordsNeedingCue: Set<String> = [
        "mùa", "lò", "mai", "đồng", "cao", "từ", "la", "tô", "ông", "thái", "kim", "sơn", "lâm", "hồ", "hà", "lý",
        "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
    ]

    /// Folded pairs of a middle name and a given name that are everyday words ("do thanh tra tỉnh chủ trì",
    /// "tiến độ công trình"): no name without a cue.
    package static let middleAndGivenWords: Set<[String]> = Set(
        [
            "cong an", "cong dan", "cong chuc", "cong bo", "cong khai", "cong nhan", "cong ty", "cong viec",
            "cong trinh", "cong van", "cong ly", "cong bang", "cong tac", "cong thuc", "cong nghe", "cong vien",
            "cong ich", "cong doan", "cong suat", "cong lao", "cong hieu", "cong binh", "cong minh", "cong danh",
            "cong chinh", "cong lap", "cong tam", "cong nghiep", "cong thanh", "cong phu", "cong toan",
            "thanh tra", "thanh toan", "thanh nien", "thanh minh", "thanh ly", "thanh lap", "thanh pho",
            "thanh vien", "thanh cong", "thanh tich", "thanh khoan", "thanh hoa", "thanh binh", "thanh tuu",
            "thanh phan", "thanh qua", "thanh danh", "thanh thao", "thanh that", "thanh thuc", "thanh long",
            "thanh tam", "thanh nhan", "thanh thieu", "quoc gia", "quoc te", "quoc phong", "quoc hoi",
            "quoc tich", "quoc lo", "quoc doanh", "quoc ky", "gia dinh", "gia han", "gia tri", "gia tang",
            "gia nhap", "gia lai", "gia su", "gia ca", "minh bach", "minh chung", "minh hoa", "minh man",
            "minh tinh", "kim loai", "kim ngach", "kim cuong", "kim chi", "manh me", "quang cao", "quang canh",
            "quang minh", "trong tai", "trong tam", "trong diem", "trong thuong", "trong luong", "trong an",
            "tien do", "tien hanh", "tien bo", "tien nghi", "tien trinh", "tien phong", "tien sinh", "tien loi",
            "the gioi", "the chap", "the he", "the luc", "the manh", "the thao", "the hien", "the tich",
            "the chat", "the nhan", "the ky", "tan cong", "tan toi", "tan tinh", "tan dung", "tan tam",
            "duy tri", "duy nhat", "duy tam", "duy vat", "khac phuc", "khac nghiet", "khac hoa", "nhat ky",
            "nhat dinh", "nhat tri", "nhat thiet", "phuong an", "phuong tien", "phuong thuc", "phuong phap",
            "phuong huong", "phuong cham", "bao ve", "bao hiem", "bao lanh", "bao dam", "bao cao", "bao quan",
            "bao ton", "bao duong", "bao tri", "bao tang", "bao luc", "hoang hon", "hoang phi", "hoang mang",
            "trung tam", "trung uong", "trung binh", "trung thu", "trung thanh", "trung thuc", "trung lap",
            "trung hieu", "trung kien", "trung cap", "trung chuyen", "trung gian", "viet nam", "xuan he",
            "hong ha", "ngoc trai",
        ].map { $0.split(separator: " ").map(String.init) })

    /// Whether the family at `index` is one typed without marks that is seldom a word (``FamilyCues``'s
    /// `unmarkedFamiliesBeforeMiddle`, less vo and vu: vợ, vụ before vẫn or thì), then van or thi with no marks,
    /// after no place's word: "con cua dang van minh" (the forty-second round). Over the shipped batches such a
    /// family, van or thi and a known given name, all unmarked, are a removal 964 times of 966; the two others
    /// follow phuong or duong (`phuong hoang van thu`, a street). "dang thi" stays out (đang thi, đang thi công:
    /// sitting an exam, being built), and so do the compounds of van and thi (văn phòng, thi trượt) but văn minh,
    /// which after such a family is a name all 7 times it comes in the shipped batches.
    static func unmarkedFamilyBeforeVanOrThi(_ words: Words, at index: Int) -> Bool {
        let family = words[index]
        let middle = words[index + 1]
        let given = words[index + 2]
        guard family.isASCII, ["van", "thi"].contains(middle.text),
            FamilyCues.unmarkedFamiliesBeforeMiddle.contains(family.text), !["vo", "vu"].contains(family.text),
            !(family.text == "dang" && middle.text == "thi"),
            !(index > 0 && WordClasses.asciiPlaceWords.contains(words[index - 1].folded))
        else { return false }
        return !NameShapes.isUnmarkedMiddleCompound(middle, given) || middle.text == "van" && given.text == "minh"
    }

    /// Whether a middle name and a known given name, in lower case and one space apart, follow the family
    /// name at `index`, and make no everyday word: marked words read as written, words without marks folded.
    package func middleAndGivenFollow(_ words: Words, at index: Int) -> Bool {
        guard index + 2 < words.count else { return false }
        let family = words[index]
        let middle = words[index + 1]
        let given = words[index + 2]
        guard middle.range.location == family.end + 1, given.range.location == middle.end + 1,
            middle.text == middle.lower, given.text == given.lower,
            !Self.middlesNeedingCue.contains(middle.folded) || Self.unmarkedFamilyBeforeVanOrThi(words, at: index),
            !Self.middleAndGivenWords.contains([middle.folded, given.folded]),
            !WordClasses.givenPairWords.contains([middle.folded, given.folded])
        else { return false }
        return family.isASCII
            ? FamilyCues.unmarkedFamiliesBeforeMiddle.contains(family.text) && middle.isASCII && given.isASCII
                && middlesFolded.contains(middle.folded)
                && givenFolded.contains(given.folded)
            : middles.contains(middle.lower) && self.given.contains(given.lower)
                && !Self.wordsNeedingCue.contains(family.lower) && !Self.wordsNeedingCue.contains(given.lower)
    }
}
