import Foundation

/// The lexicon's lists prepared for lookup: sets of words as typed, lower-cased and folded.
package struct Vocabulary: Sendable {
    /// Family names of one word, title-cased (Nguyễn), and of two (Rơ Châm), as word pairs.
    package let families: Set<String>
    package let familyPairs: Set<[String]>
    /// The folded first words of every family name, typed or not: a word outside this set starts none.
    package let familyFirstWords: Set<String>
    /// Central Highlands family names, after which any capitalised word is a given name.
    package let highland: Set<String>
    package let highlandPairs: Set<[String]>
    /// The folded first words of the Central Highlands family names, with h and y: a lower-case word
    /// outside this set starts no highland name.
    package let highlandStarts: Set<String>
    /// Family names without diacritics ("nguyen"), less those that are everyday words without marks.
    package let asciiFamilies: Set<String>
    /// Given and middle names, lower-cased (NFC) and folded.
    package let given: Set<String>
    package let givenFolded: Set<String>
    package let middles: Set<String>
    package let middlesFolded: Set<String>
    /// Honorifics and roles, lower-cased, as word lists, longest first.
    package let honorifics: [[String]]
    package let honorificSingles: Set<String>
    /// Honorifics and roles by their last word, for the look-back from a name.
    package let honorificsByLast: [String: [[String]]]
    package let rolesByLast: [String: [[String]]]
    package let roles: [[String]]
    /// The roles of two words or more folded, by their first folded word: "truong thon" under "truong".
    package let unmarkedRolesByFirst: [String: [[String]]]
    /// The roles of two words or more, lower-cased, by their first word: "chánh văn phòng" under "chánh".
    package let rolesByFirst: [String: [[String]]]
    /// Honorifics and roles folded, by their last word: their form in text typed without marks ("ten",
    /// "truong thon"), which only a word typed without marks is compared with.
    package let unmarkedCuesByLast: [String: [[String]]]
    package let nicknames: Set<String>
    /// Saint names taken at baptism, lower-cased ("giuse"), and folded for the text's check.
    package let saints: Set<String>
    package let saintWords: Keywords
    /// One-word nicknames folded, for text typed without marks ("kien lac").
    package let nicknamesFolded: Set<String>
    /// Those of them that follow a name typed without marks as a nickname: "Hieu seo", "Tam Beo".
    package let nicknamesAfterUnmarkedNames: Set<String>
    /// Office words of one word as typed (UBND, Sở), and two-word offices lower-cased (bảo hiểm).
    package let offices: Set<String>
    package let officePairs: Set<[String]>
    /// The same folded, for text typed without marks ("Quyet dinh", "UBND").
    package let officesFolded: Set<String>
    package let officePairsFolded: Set<[String]>
    /// The peoples' names, folded and split into words: "người K'Ho" names a people, not a person.
    package let ethnicGroups: Set<[String]>
    /// Western given names, lower-cased: "Peter Lindqvist", "my name is jason reed".
    package let westernGiven: Set<String>
    /// Family and given names of the Asian foreigners in Vietnam, lower-cased: "Tanaka Hiroshi", "Priya
    /// Sharma"; and both together, for the check that the text holds one at all.
    package let asianFamilies: Set<String>
    package let asianGiven: Set<String>
    package let asianNames: Set<String>

    /// Folded words that are also common words without their marks, never family names in ASCII text.
    package static let asciiStopWords: Set<String> = [
        "to", "ta", "la", "than", "ton", "tu", "au", "lai", "ma", "man", "son", "kim", "vi", "ong", "cu", "ban",
        "bo", "cam", "chang", "mua", "hau", "lo", "sung", "thao", "vang", "me", "nay", "danh", "thach", "dang",
        "tong", "bac", "ka", "ha", "lu", "cung", "on", "ung", "bach", "ngan", "lanh", "khong", "bien", "lang",
        "tran", "hang", "quan", "thien", "mong", "tieu", "phi", "nham", "trinh", "can", "khuat", "dieu", "chiem",
        "nguy", "dong", "khieu", "lieu", "tram",
    ]

    package init(_ lexicon: Lexicon) {
        // Split as the text is, on what is not a letter or a digit: "đ/c" is the two words "đ" and "c".
        func split(_ entry: String) -> [String] { Folding.words(entry) }
        // Lower-cased entries take the tone placement words are read with (Word.lower): "Thuý" is thúy.
        func lower(_ entry: String) -> String {
            entry.lowercased().split(separator: " ").map { Folding.lexiconTone(String($0)) }.joined(separator: " ")
        }
        let familyEntries = lexicon[.familyNames]
        families = Set(familyEntries.filter { !$0.contains(" ") })
        familyPairs = Set(familyEntries.filter { $0.contains(" ") }.map(split))
        let highlandEntries = lexicon[.highlandFamilyNames]
        highland = Set(highlandEntries.filter { !$0.contains(" ") })
        highlandPairs = Set(highlandEntries.filter { $0.contains(" ") }.map(split))
        highlandStarts = Set(highlandEntries.compactMap { split($0).first.map(Folding.fold) }).union(["h", "y"])
        var ascii = Set(familyEntries.map { Folding.fold($0) }.filter { !$0.contains(" ") })
        // The common ones keep their ASCII form even when it is a word: "Tran", "Dang", "Ha".
        ascii.subtract(Self.asciiStopWords)
        ascii.formUnion(["tran", "dang", "ha", "quan", "trinh", "tieu"])
        asciiFamilies = ascii
        familyFirstWords = Set((familyEntries + highlandEntries).compactMap { split($0).first.map(Folding.fold) })
            .union(ascii)
        let givenEntries = lexicon[.givenNames] + lexicon[.middleNames]
        given = Set(givenEntries.map(lower))
        givenFolded = Set(givenEntries.map { Folding.fold($0) })
        middles = Set(lexicon[.middleNames].map(lower))
        middlesFolded = Set(lexicon[.middleNames].map { Folding.fold($0) })
        honorifics = lexicon[.honorifics].map { split(lower($0)) }.sorted { $0.count > $1.count }
        honorificSingles = Set(honorifics.filter { $0.count == 1 }.map { $0[0] })
        roles = lexicon[.roles].map { split(lower($0)) }.sorted { $0.count > $1.count }
        honorificsByLast = Dictionary(grouping: honorifics, by: { $0[$0.count - 1] })
        rolesByLast = Dictionary(grouping: roles, by: { $0[$0.count - 1] })
        unmarkedRolesByFirst = Dictionary(
            grouping: roles.filter { $0.count >= 2 }.map { $0.map(Folding.fold) }, by: { $0[0] })
        rolesByFirst = Dictionary(grouping: roles.filter { $0.count >= 2 }, by: { $0[0] })
        let unmarked = (honorifics + roles).filter { !WordClasses.cuesOnlyWithMarks.contains($0) }.map {
            $0.map(Folding.fold)
        }
        unmarkedCuesByLast = Dictionary(grouping: unmarked, by: { $0[$0.count - 1] })
        nicknames = Set(lexicon[.nicknames].map(lower))
        // Less those that are everyday words without marks: đến, cho, bộ, phố, lớn.
        nicknamesFolded = Set(lexicon[.nicknames].filter { !$0.contains(" ") }.map { Folding.fold($0) })
            .subtracting(["den", "cho", "bo", "pho", "lon", "ga", "tho", "bun", "ca", "de", "ma", "khi", "bi", "cau"])
        nicknamesAfterUnmarkedNames = nicknamesFolded.subtracting(WordClasses.unmarkedWordsLikeNicknames)
        let officeEntries = lexicon[.officeWords]
        // A one-word office that is also a given name (Quyết, Hải) only counts in its two-word forms.
        let givenLower = given
        offices = Set(officeEntries.filter { !$0.contains(" ") && !givenLower.contains(lower($0)) })
        officePairs = Set(officeEntries.filter { $0.contains(" ") }.map { Array(split(lower($0)).prefix(2)) })
        officesFolded = Set(offices.map(Folding.fold))
        officePairsFolded = Set(officePairs.map { $0.map(Folding.fold) })
        ethnicGroups = Set(lexicon[.ethnicGroups].map { Folding.words(Folding.fold($0)) })
        westernGiven = Set(lexicon[.westernGivenNames].map { $0.lowercased() })
        asianFamilies = Set(lexicon[.asianFamilyNames].map { $0.lowercased() })
        asianGiven = Set(lexicon[.asianGivenNames].map { $0.lowercased() })
        asianNames = asianFamilies.union(asianGiven)
        saints = Set(lexicon[.saintNames].map(lower))
        saintWords = Keywords(lexicon[.saintNames].map { Folding.fold($0) })
    }
}

extension Vocabulary {
    /// Whether a name found at `range` (an honorific may come first) is the first words of a role of two
    /// words or more whose other words follow it a space apart: "ông Chánh văn phòng", "Ông Chánh Văn
    /// phòng", "ông Chánh thanh tra" name an office's head, not a Chánh. "Mùa A Chứ, nhà em" is no chủ
    /// nhà, nor is a full name's last word a role's first ("Lê Văn Bảo vệ sinh…").
    package func opensRole(_ words: Words, at range: NSRange) -> Bool {
        guard var first = words.list.firstIndex(where: { $0.range.location == range.location }),
            let last = words.list.firstIndex(where: { $0.end == NSMaxRange(range) })
        else { return false }
        let honorificFirst = first < last && honorificSingles.contains(words[first].lower)
        let afterHonorific = honorificFirst || first > 0 && honorificSingles.contains(words[first - 1].lower)
        if honorificFirst { first += 1 }
        guard words[first].isCapitalised else { return false }
        // An army's unit or its head is no one's name: "Trung đội 2", "Đại đội trưởng", "Quân đoàn 1"; after
        // an honorific the capital is a name's ("anh Trung đội trưởng": Trung, the team's head).
        if !afterHonorific, first == last, first + 1 < words.count,
            WordClasses.armyUnits[words[first].lower]?.contains(words[first + 1].lower) == true
        {
            return true
        }
        // A role of one word is no name either: "Ông Hakim" is the mosque's head (the thirty-third round).
        if first == last, rolesByLast[words[first].lower]?.contains([words[first].lower]) == true { return true }
        return (rolesByFirst[words[first].lower] ?? []).contains { role in
            role.count > last - first + 1 && first + role.count <= words.count
                && (1..<role.count).allSatisfy { k in
                    words[first + k].lower == role[k]
                        && words[first + k].range.location == words[first + k - 1].end + 1
                }
        }
    }
}
