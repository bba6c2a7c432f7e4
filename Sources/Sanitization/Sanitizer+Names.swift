import Foundation

/// Personal names: a Vietnamese family name followed by one to three capitalised given names.
extension Sanitizer {
    /// Common family names, about 50, covering the great majority of Vietnamese people.
    static let familyNames: Set<String> = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Lâm", "Phùng", "Mai", "Tô", "Tạ", "Hà", "Cao",
        "Lưu", "Châu", "Thái", "Tăng", "Quách", "Lương", "La", "Triệu", "Đinh", "Đàm", "Kiều", "Lại", "Mạc", "Chu",
        "Nông", "Khúc", "Âu", "Tôn", "Thân", "Diệp", "Từ", "Hứa", "Lục", "Quan", "Doãn", "Lã", "Giáp",
    ]

    /// Family names written without diacritics ("Nguyen Van A"). Those that are also everyday English or
    /// Vietnamese words without their marks (to, la, than, man…) are left out: too many false alarms.
    static let asciiFamilyNames: Set<String> = [
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
        "duong", "ly", "dao", "doan", "vuong", "trinh", "truong", "lam", "phung", "mai", "ha", "cao", "luu", "chau",
        "thai", "quach", "luong", "trieu", "dinh", "kieu", "mac", "chu", "nong", "khuc", "diep", "hua", "luc",
        "giap",
    ]

    /// Words after which a name is the name of a street, a place or an institution, not of a person (folded).
    static let placeWords: Set<String> = [
        "duong", "pho", "phuong", "xa", "quan", "huyen", "tinh", "tp", "truong", "cau", "cho", "vien", "lo", "tran",
        "ngo", "hem", "kiet", "song", "nui", "khu", "hoc", "lang", "den", "chua", "ben", "cang", "street", "st",
        "road", "ward", "district", "city", "province", "commune", "avenue", "school", "bridge", "market",
    ]

    /// English words after which the name before them is a place's: "Le Loi street" (folded).
    static let placeSuffixes: Set<String> = [
        "street", "st", "road", "avenue", "ward", "district", "province", "city", "commune", "bridge", "school",
        "market", "hospital", "lake", "park",
    ]

    /// Capitalised words that follow a name without being part of it: titles, offices, and English words.
    static let notGivenNames: Set<String> = [
        "trưởng", "phó", "giám", "ủy", "sở", "phòng", "cục", "bộ", "ubnd", "công an", "the", "not", "and", "or",
        "of", "in", "on", "at", "to", "for", "with", "from", "is", "are", "was", "by", "this", "that", "it", "we",
        "you", "he", "she", "they", "i", "said", "says", "who", "has", "had",
    ]

    /// Places the sanitizer keeps although they begin like a personal name, besides the catalogue's provinces.
    static let builtInPlaces: [String] = [
        // The 34 provincial units since 1 July 2025 (DESIGN.md, Catalog), in case no catalogue is given.
        "Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ", "Lai Châu", "Điện Biên", "Sơn La",
        "Lạng Sơn", "Quảng Ninh", "Cao Bằng", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Tuyên Quang", "Lào Cai",
        "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Quảng Trị", "Quảng Ngãi", "Gia Lai",
        "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang",
        "Hanoi", "Ho Chi Minh City", "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh",
        // Former provinces and well-known places that still appear in addresses and stories.
        "Hà Giang", "Hà Nam", "Thái Bình", "Hòa Bình", "Bình Dương", "Hà Đông", "Hoàng Mai", "Mai Châu",
        "Cao Lãnh", "Lê Chân", "Ngô Quyền", "Hồ Gươm", "Hồ Tây", "Phan Thiết", "Phan Rang", "Lâm Hà", "Cao Phong",
        "Hoàng Sa", "Trường Sa", "Châu Đốc", "Châu Thành", "Vũng Tàu", "Tô Lịch",
    ]

    /// A word with its place in the original, in UTF-16 units.
    struct Word {
        let text: String
        let folded: String
        let range: NSRange
    }

    static let wordPattern = regex(#"[\p{L}\p{M}\p{N}]+"#)

    func names(in scan: TextScan) -> [Span] {
        let words = scan.matches(Self.wordPattern).map {
            let text = scan.string($0.range)
            return Word(text: text, folded: Self.fold(text), range: $0.range)
        }
        var spans: [Span] = []
        var i = 0
        while i < words.count {
            defer { i += 1 }
            guard let style = Self.familyStyle(words[i].text) else { continue }
            if i > 0, Self.placeWords.contains(words[i - 1].folded), Self.onlySpace(scan, words[i - 1], words[i]) {
                continue
            }
            if let place = placeLength(words, at: i) {
                i += place - 1
                continue
            }
            var last = i
            while last - i < 3, last + 1 < words.count, Self.onlySpace(scan, words[last], words[last + 1]),
                Self.isGivenName(words[last + 1].text, style: style), placeLength(words, at: last + 1) == nil
            {
                last += 1
            }
            guard last > i else { continue }
            if last + 1 < words.count, Self.placeSuffixes.contains(words[last + 1].folded),
                Self.onlySpace(scan, words[last], words[last + 1])
            {
                i = last
                continue
            }
            let start = words[i].range.location
            let end = words[last].range.location + words[last].range.length
            spans.append(Span(kind: .personName, range: NSRange(location: start, length: end - start), priority: 6))
            i = last
        }
        return spans
    }

    /// How many words a place name starting at `index` takes, if one does.
    func placeLength(_ words: [Word], at index: Int) -> Int? {
        places.first { place in
            index + place.count <= words.count && zip(place, words[index...]).allSatisfy { $0 == $1.folded }
        }?.count
    }

    enum Capitalisation { case title, upper }

    /// Whether `word` is a family name, and whether it is written Nguyễn or NGUYỄN.
    static func familyStyle(_ word: String) -> Capitalisation? {
        let title = word.prefix(1).uppercased() + word.dropFirst().lowercased()
        let style: Capitalisation
        if word == title {
            style = .title
        } else if word == word.uppercased() && word.count > 1 {
            style = .upper
        } else {
            return nil
        }
        let isASCII = word.unicodeScalars.allSatisfy(\.isASCII)
        if isASCII { return asciiFamilyNames.contains(word.lowercased()) ? style : nil }
        return familyNames.contains(title.precomposedStringWithCanonicalMapping) ? style : nil
    }

    /// One Vietnamese syllable, folded: an optional onset, one to three vowels, an optional final. Every
    /// given name is one ("Nguyet", "Huynh", "Khuyen"); "Street", "Monde" and "Police" are not.
    static let syllablePattern = regex(
        #"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$"#)

    /// A given name written like the family name: Văn, A, Thị; or VĂN, THỊ.
    static func isGivenName(_ word: String, style: Capitalisation) -> Bool {
        let folded = fold(word)
        guard let first = word.first, first.isLetter, first.isUppercase,
            !notGivenNames.contains(word.lowercased().precomposedStringWithCanonicalMapping),
            !placeSuffixes.contains(folded),
            word.count == 1
                || syllablePattern.firstMatch(
                    in: folded, range: NSRange(location: 0, length: (folded as NSString).length))
                    != nil
        else { return false }
        let rest = word.dropFirst()
        switch style {
        case .title: return rest.allSatisfy { $0.isLowercase || !$0.isLetter } && !rest.contains(where: \.isNumber)
        case .upper: return rest.allSatisfy { $0.isUppercase || !$0.isLetter } && !rest.contains(where: \.isNumber)
        }
    }

    /// Whether only spaces (no punctuation, no line break) separate two words.
    static func onlySpace(_ scan: TextScan, _ left: Word, _ right: Word) -> Bool {
        let gapStart = left.range.location + left.range.length
        let gap = scan.string(NSRange(location: gapStart, length: right.range.location - gapStart))
        return !gap.isEmpty && gap.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }
    }
}
