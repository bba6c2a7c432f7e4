import Foundation
import TextScanning
import TextShapes

/// The shapes of initials and of names cut short, as patterns: N.T.M., "a T.H" with no last dot,
/// "chị h.t.m" in lower case, initials signed in quotes, a family cut short before a middle name
/// ("Ng. Văn H."), an honorific cut to its letter before a name ("ô. Tạ", "b. Ng."). The initials rule
/// decides what a match means.
package enum InitialShapes {
    package static let initialsPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}.])(?!(?:P\.S|P\.P\.S|N\.B|U\.S|U\.K|E\.U|U\.N|D\.C)\.(?:\s|$))(?:(?:\p{Lu}|Ng|Nh|Tr|Th|Ch|Kh|Ph|Gi|Qu)\.\s?){2,}(?:\p{Lu}[\p{Ll}\p{M}]*)?(?![\p{L}\p{M}\p{N}])"#
    )
    /// Initials with no dot after the last ("a T.H ơi"): a name only right after an honorific.
    package static let openInitialsPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}.])(?!(?:P\.S|N\.B|U\.S|U\.K|E\.U|U\.N|D\.C)\b)\p{Lu}(?:\.\p{Lu}){1,3}(?![\p{L}\p{M}\p{N}]|\.\S)"#
    )
    /// Initials typed in lower case ("chị h.t.m"), or one letter and its dot before a lower-case word ("anh
    /// t. bán rau"; not k., chat's "không"): a name only right after an honorific.
    package static let lowercaseInitialsPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}.])(?:(?:\p{Ll}|ng|nh|tr|th|ch|kh|ph|gi|qu)\.(?:\p{Ll}\.)+\p{Ll}?\.?(?![\p{L}\p{M}\p{N}])|[a-jl-zđ]\.(?= \p{Ll}))"#
    )
    /// Initials without dots signed in quotes: ký 'NTTH', chữ ký "PVD".
    /// Also an initial glued to a given name: chữ ký “H.Thắng”.
    package static let signedInitialsPattern = DataShapes.regex(
        #"(?<=(?:ký|kí|ky) ["'“‘])(?:\p{Lu}{2,5}|\p{Lu}\.\s?\p{Lu}[\p{Ll}\p{M}]+)(?=["'”’])"#)
    /// A family cut short, a middle name and an initial: "Ng. Văn H.", "Tr. Thị L.", "Ng. Văn Th." (the
    /// middle is checked), the space after the first dot left out too ("cô Ng.Thị H.", the thirty-sixth round);
    /// or H' or K' (or Y and a space) and an initial before a highland family: "H'N. Byă", "Y K. Niê".
    package static let shortFamilyPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}.])(?:((?:[HK]['’]|Y\s)\p{Lu})\.\s?(\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}])|(?:\p{Lu}|Ng|Nh|Tr|Th|Ch|Kh|Ph|Gi|Qu)\.\s?(\p{Lu}[\p{Ll}\p{M}]+)\s(?:\p{Lu}|Ng|Nh|Tr|Th|Ch|Kh|Ph|Gi|Qu)\.(?![\p{L}\p{M}\p{N}]))"#
    )
    /// A name cut to its first letters and a dot after a chat honorific's letter and a word of giving, as a
    /// notebook of payments lists them: "đưa a H. 300, đưa c Ng. 200" (the thirty-sixth round). Limits: the
    /// giving word stands right before the letter (a, c, e or ô) and an amount, a pause or a lower-case word
    /// follows the dot.
    package static let givenToInitialPattern = DataShapes.regex(
        #"(?<=(?:^|[\s"'“‘(,;:])(?:đưa|gửi|biếu|chuyển|cho|trả|chi|nộp) [aceô] )(?:\p{Lu}|Ng|Nh|Tr|Th|Ch|Kh|Ph|Gi|Qu)\.(?=\s\d|[,;)]|\s\p{Ll})"#
    )
    /// An honorific cut to its letter and a dot (ô., b., a., c., e.; Ô. opening a sentence), then a family
    /// cut short ("b. Ng.") or one capitalised word (group 1): "ô. Tạ", "b. Ng.". In lower case, since a
    /// capital letter and a dot opens a list's item ("B. Thanh tra tỉnh").
    package static let cutHonorificPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}.])(?:ô|Ô|b|a|c|e)\.\s?((?:\p{Lu}|Ng|Nh|Tr|Th|Ch|Kh|Ph|Gi|Qu)\.|\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}])"#
    )
    package static let cutHonorifics: Set<String> = ["ô", "Ô", "b", "a", "c", "e"]
    /// A name cut to its first consonant of two letters: "Ng.", "Ph.", "Th.".
    package static let cutConsonants: Set<String> = ["Ng", "Nh", "Tr", "Th", "Ch", "Kh", "Ph", "Gi", "Qu"]
    /// Whether `text` is one letter or a family's two cut short ("C", "Tr"), as "ông C." and "Cán bộ Tr."
    /// (the twenty-fourth round) write a name after an honorific or a role.
    package static func isInitial(_ text: String) -> Bool { text.count == 1 || cutConsonants.contains(text) }
    /// Whether `text` is a capital and one lower-case consonant, a syllable cut as no Vietnamese word is (every
    /// syllable has a vowel): "Hg" (Hằng, Hương), "Tg", "Lg" as notes write them, and most of ``cutConsonants``.
    package static func isCutSyllable(_ text: String) -> Bool {
        let letters = Array(text.unicodeScalars)
        return letters.count == 2 && letters[0].properties.isUppercase
            && "bcdghklmnprstvxđ".unicodeScalars.contains(letters[1])
    }
    /// Honorifics typed without marks before lower-case initials with dots: "chi t.t.h" (chi alone is also
    /// to spend, but not before such initials; the twenty-fourth round).
    package static let unmarkedHonorifics: Set<String> = ["chi", "ba", "co", "chu", "bac", "cau", "di", "anh", "ong"]
    /// A care worker's or a pupil's title cut short and typed in lower case, as hospital notes do: bs (bác sĩ),
    /// dd (điều dưỡng), ys (y sĩ), hs (hộ sinh, học sinh). Before lower-case initials ("bs tr.v.t") or a name
    /// typed without marks ("bs Hung"); not roles in the lexicon, since the tagger reads those (the
    /// thirty-second round).
    package static let careAbbreviations: Set<String> = ["bs", "dd", "ys", "hs"]
    /// Abbreviations written like initials: T.P. (thành phố), T.Ư. (trung ương), U.S.
    package static let notInitials: Set<String> = ["TP", "TƯ", "US", "UK", "PS", "TT", "SĐ", "PO", "EU", "UN"]
    /// Acronyms of three or four capitals that name no person (initials without dots are read only
    /// beside a person's cue; these may stand there too: "ông CSGT", "bà CCCD số").
    package static let bareAcronyms: Set<String> = [
        "CCCD", "CMND", "UBND", "HĐND", "MTTQ", "BHXH", "BHYT", "GCN", "SĐT", "STK", "TAND", "VKS", "TTHC", "PCCC",
        "GPLX", "THPT", "THCS", "CSGT", "CSKV", "BQL", "HTX", "KCN", "CLB", "QSDĐ", "ATM", "CEO", "SMS", "USD",
        "VND", "PDF", "GPS", "CCTV", "ADN", "DNA", "ĐKKD", "TNHH", "CTCP", "MTV", "KTX", "BCH", "UBKT", "TTCP",
        "TTYT", "UBMT", "BCĐ", "BMW", "KIA",
    ]
    /// Whether `word` is three or four lower-case letters with no vowel, as initials typed in a note are
    /// ("nvh", "ltk"): no Vietnamese word is so.
    package static func isLowercaseInitials(_ word: Word) -> Bool {
        (3...4).contains(word.text.utf16.count) && word.text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
            && !word.text.contains(where: { "aeiouy".contains($0) })
    }

    /// The two words before a witness's initials, folded: "người làm chứng NVA", "nhân chứng TVH"; or a
    /// speaker saying who they are: "Em là HTK"; or what a form was signed with (the twenty-seventh round):
    /// "em ghi là NVT", "tên viết tắt là TTH", "ký hiệu là NVT".
    package static let witnessWords: Set<String> = [
        "lam chung", "nhan chung", "chung kien", "nguoi chung", "em la", "toi la", "minh la", "chau la",
        "ghi la", "tat la", "hieu la",
    ]

    /// A person's trade, folded, right before initials (the twenty-third round): "Ngư dân NVH", "thuyền
    /// viên LVT"; or a driver's vehicle after tài xế: "Tài xế xe tải NTK". Not lái xe, also a verb ("lái xe BMW").
    static let tradesBeforeInitials: Set<String> = [
        "ngu dan", "tai xe", "thuyen vien", "thuyen truong", "cong nhan", "phu xe", "chu tau", "chu ghe",
        // kỹ thuật viên, the utility's technician (the thirty-third round).
        "thuat vien",
        // A market's stallholder (the thirty-fifth round): "Tiểu thương PTMH gửi ảnh".
        "tieu thuong",
    ]
    /// A citizen, a family, or a kin word and là, folded, right before initials (the twenty-ninth round):
    /// "công dân VTK", "gia đình HML", "vợ là ĐTP". gặp alone says the same ("cán bộ xã gặp NQB"). An acronym
    /// or an office there stays by the lists ("công dân BHXH", "gặp UBND").
    static let peopleBeforeInitials: Set<String> = [
        "cong dan", "gia dinh", "me la", "bo la", "cha la", "vo la", "chong la", "con la", "em la", "chi la",
    ]
    static let vehiclesAfterDrivers: Set<String> = ["xe tai", "xe khach", "xe om", "xe buyt", "xe ben", "xe container"]

    /// Whether the words before `index` say that initials there are a person's: a witness's word
    /// (``witnessWords``), a trade, tài xế and a vehicle, a citizen's, a family's or a kin word (gặp too).
    package static func cuesInitials(_ words: Words, before index: Int) -> Bool {
        func pair(_ end: Int) -> String { end >= 1 ? words[end - 1].folded + " " + words[end].folded : "" }
        let before = pair(index - 1)
        return witnessWords.contains(before) || tradesBeforeInitials.contains(before)
            || peopleBeforeInitials.contains(before) || index >= 1 && words[index - 1].folded == "gap"
            || vehiclesAfterDrivers.contains(before) && pair(index - 3) == "tai xe"
    }

    /// Initials joined by hyphens before a given name, as signed: 'N-T-Bình'.
    static let hyphenInitialsPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}-])\p{Lu}(?:-\p{Lu}){1,2}-\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}\p{N}-])"#)
    /// One capital and its dot after an English title ("Mr. H. had paid") or after a kinsman's or a
    /// pronoun's là ("anh rể là K. từ chối") or a signature's ("ký là T."), before a lower-case word or a pause (group 1), with the
    /// capitalised surname after it, if one follows ("Mr. J. O'Neill and", "Dr. R. McKay said").
    static let cuedInitialPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}])(?:(?:Mr|Mrs|Ms|Dr)\.|(?:rể|dâu|vợ|chồng|trai|gái|ta|ấy|anh|chị|em|ông|bà|ký|kí) là) (\p{Lu}\.(?: (?:O['’]|Mc)?\p{Lu}\p{Ll}+)?)(?= \p{Ll}|[,;)])"#
    )

    /// Initials that their shape or the word before them says are a person's: 'N-T-Bình', "Mr. H.".
    package static func shapedInitials(in scan: TextScan) -> [NSRange] {
        // Most sentences have neither a hyphen nor a lone capital before a dot: the patterns run only then.
        let hyphens =
            scan.units.contains(0x2D)
            ? scan.matches(hyphenInitialsPattern).map(\.range)
                + scan.matches(cuedHyphenInitialsPattern).map { $0.range(at: 1) }
            : []
        let lone = scan.hasDot && scan.words.list.contains { $0.text.utf16.count == 1 && scan.unit(at: $0.end) == 0x2E }
        guard lone else { return hyphens }
        // A list with an abbreviation's letters in it (U.S và E.U) is of places.
        let listed = scan.matches(initialsListPattern).flatMap { list in
            let items = scan.matches(listedInitialPattern).map(\.range).filter {
                NSLocationInRange($0.location, list.range)
            }
            return items.contains { notInitials.contains(scan.string($0).filter { $0 != "." }) } ? [] : items
        }
        return hyphens + scan.matches(cuedInitialPattern).map { $0.range(at: 1) } + listed
            + scan.matches(openingLowercaseInitialsPattern).map(\.range)
    }

    /// One set of initials with a dot inside, the last letter (or a family's two) undotted: "K.A", "M.Ph".
    static let listedInitialPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}.])\p{Lu}(?:\.(?:\p{Lu}|Ng|Nh|Tr|Th|Ch|Kh|Ph|Gi|Qu)){1,3}\.?(?![\p{L}\p{M}\p{N}])"#)
    /// Two sets of initials or more listed with commas or và: "gồm K.A, M.Ph, T.L và B.Ng" (the twenty-first
    /// round). One set alone with no last dot needs an honorific (the open initials' rule).
    static let initialsListPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}.])\p{Lu}(?:\.(?:\p{Lu}|Ng|Nh|Tr|Th|Ch|Kh|Ph|Gi|Qu)){1,3}\.?(?:(?:,\s?|\s(?:và|hoặc|với)\s)\p{Lu}(?:\.(?:\p{Lu}|Ng|Nh|Tr|Th|Ch|Kh|Ph|Gi|Qu)){1,3}\.?)+(?![\p{L}\p{M}\p{N}])"#
    )
    /// Three lower-case initials with dots opening a sentence, or after với or và: "n.t.h phòng 3 với l.t.k"
    /// (the twenty-first round), or after dân, a person of a place (cư dân, người dân, công dân: "cư dân
    /// k.h.l ở tòa A"; the twenty-second round). Two (v.v.) are none.
    static let openingLowercaseInitialsPattern = DataShapes.regex(
        #"(?:^|(?<=[.!?]\s)|(?<=\s(?:với|và|dân)\s))(?:\p{Ll}\.){2}\p{Ll}\.?(?![\p{L}\p{M}\p{N}])"#)
    /// Letters that stand for parties in a draft ("bà X, ông Y và công ty Z"): X, Y or Z with no dot
    /// when another of them stands alone in the sentence too.
    package static func isPlaceholder(_ word: Word, in scan: TextScan) -> Bool {
        let letters: Set<String> = ["X", "Y", "Z"]
        return letters.contains(word.text) && scan.unit(at: word.end) != 0x2E
            && scan.words.list.lazy.filter { letters.contains($0.text) }.count >= 2
    }

    /// Capitals that open brackets as initials do, a family's two letters last allowed: "(HTTr, hàng xóm)".
    package static func isBracketedInitials(_ text: String) -> Bool {
        let letters = Array(text)
        guard (3...5).contains(letters.count), letters.first?.isUppercase == true else { return false }
        let head = letters.last!.isLowercase ? letters.dropLast() : letters[...]
        return head.count >= 3 && head.allSatisfy(\.isUppercase)
            && (head.count == letters.count
                || ["Tr", "Th", "Ng", "Nh", "Ch", "Kh", "Ph", "Gi"].contains(String(letters.suffix(2))))
    }
    /// What may follow bracketed initials and a comma to say they are a person's: "(NVH, sinh năm 1971)",
    /// "(NVT, trú xã…)", "(LTH, ngụ…)", "(TVB, quê…)": where one lives is said of a person, not of an agency.
    /// Whether the word at `index` after bracketed initials and a comma says they are a person's (not
    /// "trụ sở", an office's seat).
    package static func saysPerson(_ words: Words, at index: Int) -> Bool {
        bracketedPersonWords.contains(words[index].folded)
            && !(words[index].folded == "tru" && index + 1 < words.count && words[index + 1].folded == "so")
    }
    package static let bracketedPersonWords: Set<String> = relationWords.union([
        "sinh", "sn", "nam", "nu", "tuoi", "tru", "ngu", "que",
    ])

    /// Chat's words typed without vowels, which are no initials after an honorific: "anh ntn" (như thế nào).
    package static let chatAbbreviations: Set<String> = [
        "ntn", "khg", "kgc", "nhg", "trg", "thg", "mng", "ngh", "đc", "dc", "bnh", "cmnr", "vcl", "vkl", "sdt",
    ]

    /// Initials joined by hyphens after an honorific (group 1): "anh N-V-Q".
    static let cuedHyphenInitialsPattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}])(?i:anh|chị|ông|bà|em|cô|chú|bác) (\p{Lu}(?:-\p{Lu}){2,3})(?![\p{L}\p{M}\p{N}-])"#)

    /// Relations and trades after initials and a dash, as a note lists people: "NVH - chủ sạp", "TTK - vợ".
    package static let dashedRelationWords: Set<String> = [
        "vợ", "chồng", "con", "em", "anh", "chị", "bạn", "hàng", "chủ", "mẹ", "bố", "cha", "chú", "cô", "bác",
        "cháu", "người", "nhân", "tài", "lái", "thợ",
    ]
    /// What follows chủ in an office's or a body's role, not a person's trade: "UBXX - chủ trì", "chủ đầu tư".
    static let notTradesAfterOwner: Set<String> = ["trì", "đầu", "quản", "tịch", "nhiệm", "động"]

    /// Whether initials at `index` are followed by a dash and a relation or a trade: "NVH - chủ sạp cá";
    /// four capitals only before a kinsman ("NTTH - vợ").
    package static func relationAfterDash(_ words: Words, at index: Int, in scan: TextScan) -> Bool {
        guard index + 1 < words.count, dashedRelationWords.contains(words[index + 1].lower) else { return false }
        let gap = scan.string(
            NSRange(location: words[index].end, length: words[index + 1].range.location - words[index].end))
        // Four capitals are as often an agency's ("TTYT - nhân viên"): only a kinsman follows a person's four.
        let kin = ["vợ", "chồng", "con", "em", "anh", "chị", "bạn", "mẹ", "bố", "cha", "cháu"]
        return [" - ", " – ", " — "].contains(gap)
            && (words[index].text.count == 3 || kin.contains(words[index + 1].lower))
            && (words[index + 1].lower != "chủ"
                || index + 2 < words.count
                    && !notTradesAfterOwner.contains(words[index + 2].lower))
    }

    /// Whether the bracket after initials opens on a relation ("NVA (hàng xóm)"), a year of birth ("NVA
    /// (sinh 1980)") or an age ("NVT (42 tuổi, …)"; the twenty-fourth round).
    package static func bracketsPerson(_ words: Words, at index: Int) -> Bool {
        relationWords.contains(words[index].folded) || ["sinh", "sn"].contains(words[index].folded)
            || index + 1 < words.count && words[index].text.allSatisfy(\.isNumber) && words[index + 1].folded == "tuoi"
    }
    /// Relations in brackets after initials, folded: "NVA (hàng xóm)".
    package static let relationWords: Set<String> = [
        "hang", "ban", "em", "con", "vo", "chong", "anh", "chi", "cha", "me", "chu", "co", "bac", "nguoi", "chau",
    ]
}
