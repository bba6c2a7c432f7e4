import Foundation
import TextScanning
import TextShapes

/// Slots that only a person fills, found by their shape rather than by a listed name: a middle name
/// Thị between two capitalised words ("Ứng Thị Loan"), a capitalised run before a people in brackets
/// ("A Hyêm (Xơ Đăng)"), the runs after "tự xưng là" or "gọi … là", an alias before "tức" and a full
/// name, a lower-case given name after a kinsman and là, Thị opening a Khmer name after an honorific, an
/// Ê Đê name in lower case ending on its clan, and a birth-order name after an English kinship word.
/// Each finder gives UTF-16 ranges of the text; the sanitizer removes them as names.
package enum PersonSlots {
    /// Every range the finders below give.
    package static func ranges(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        guard scan.words.count > 1 else { return [] }
        var found = scan.hasAnyWord(middleWords) ? middleNames(in: scan, vocabulary: vocabulary) : []
        if scan.units.contains(0x28) {
            found += runsBeforePeople(in: scan, vocabulary: vocabulary) + scan.familiesInBrackets(vocabulary.families)
        }
        if scan.hasAnyWord(namingWords) { found += runsAfterNaming(in: scan, vocabulary: vocabulary) }
        if scan.hasAnyWord(lowercaseCues) { found += lowercaseSlots(in: scan, vocabulary: vocabulary) }
        if scan.hasAnyWord(englishKin) { found += birthOrderAfterKin(in: scan) }
        if scan.words.placeAt.contains(2) { found += runsAfterHonorificPlaces(in: scan, vocabulary: vocabulary) }
        if scan.hasWord("h") { found += unmarkedHighlandNames(in: scan, vocabulary: vocabulary) }
        if scan.hasAnyWord(reviewWords) { found += reviewers(in: scan, vocabulary: vocabulary) }
        if scan.hasAnyWord(englishTitles) { found += englishSurnames(in: scan) }
        if scan.hasAnyWord(displayNameWords) { found += englishDisplayNames(in: scan) }
        if scan.hasAnyWord(khmerOpeners) { found += unmarkedKhmerNames(in: scan) }
        if scan.hasAnyWord(parentsFolded) { found += childNamesAfterParents(in: scan, vocabulary: vocabulary) }
        if scan.hasAnyWord(vocabulary.saintWords) { found += scan.saintsNames(vocabulary.saints) }
        if scan.hasAnyWord(MonasticNames.cues) { found += MonasticNames.ranges(in: scan, vocabulary: vocabulary) }
        if scan.hasUppercase, scan.hasWord("su") {
            found += MonasticNames.namesAfterSu(in: scan, vocabulary: vocabulary)
        }
        if scan.hasAnyWord(LineageNames.cues) { found += LineageNames.ranges(in: scan, vocabulary: vocabulary) }
        if scan.hasAnyWord(SpelledNames.cues) { found += SpelledNames.ranges(in: scan) }
        // No gate: la, a, y or a family's word stand in most texts, and a word-set test costs as much.
        found += introducedNames(in: scan, vocabulary: vocabulary)
        return found + NicknameSlots.ranges(in: scan, vocabulary: vocabulary)
    }

    static let middleWords: Keywords = ["thi", "van"]
    static let namingWords: Keywords = ["la", "tuc"]
    static let lowercaseCues: Keywords = ["thi", "y", "la", "ten"]
    static let parentsFolded: Keywords = ["bo", "me", "ba", "ma"]

    // MARK: Thị between capitals

    /// Capitalised words that stand before Thị in no name: honorifics, and a place's or a body's word. Not Văn,
    /// a family too (the forty-first round): "Văn Thị" opens a removal all 31 times in the shipped batches.
    static let notBeforeThi: Set<String> = ["bà", "cô", "chị", "em", "mẹ", "thị", "phòng", "ban", "sở"]

    /// "Ứng Thị Loan", "Đồng Thị Xuân", "Ng. Thị Hạnh": Thị between a capitalised syllable (or a family cut
    /// to a letter or two and a dot) and one or two capitalised syllables is a middle name, whatever the
    /// family; "Nguyen van Toan": a listed family, văn or thị in lower case and a capitalised given name;
    /// "Sung Thi Dua": a listed family, Thi capitalised, all three typed without marks.
    /// Limits: a kept place or a place's word before it stays ("cầu Thị Nghè", "chợ Thị Nghè").
    static func middleNames(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        for m in 1..<(words.count - 1) {
            let middle = words[m]
            // Most words are neither: the folded form is checked first.
            guard middle.folded == "thi" || middle.folded == "van" else { continue }
            let mixed = middle.text == middle.lower
            let family = words[m - 1]
            // Typed without marks and capitalised, "Sung Thi Dua": a listed family before it, as for "thi".
            let bare = middle.text == "Thi" && family.isASCII && words[m + 1].isASCII
            guard middle.text == "Thị" || mixed || bare else { continue }
            guard family.isCapitalised, words.placeAt[m - 1] == 0, words.placeAt[m] == 0,
                !notBeforeThi.contains(family.lower), m + 1 < words.count, words[m + 1].isCapitalised,
                scan.onlySpace(middle, words[m + 1]), NameShapes.isSyllable(words[m + 1].folded)
            else { continue }
            let cut =
                family.text.count <= 2 && family.text.first?.isUppercase == true
                && scan.string(NSRange(location: family.end, length: 2)) == ". "
            if mixed || bare {
                // Capitalised before Thi, a family that is also a word is a family's ("Sung", "Vang").
                guard scan.onlySpace(family, middle),
                    vocabulary.families.contains(family.text) || vocabulary.asciiFamilies.contains(family.folded)
                        || bare && vocabulary.familyFirstWords.contains(family.folded)
                else { continue }
            } else {
                guard cut || scan.onlySpace(family, middle) && NameShapes.isSyllable(family.folded) else { continue }
            }
            if afterPlaceWord(m - 1, in: scan) { continue }
            if vocabulary.offices.contains(family.text) { continue }
            var last = m + 1
            if last + 1 < words.count, words[last + 1].isCapitalised, scan.onlySpace(words[last], words[last + 1]),
                NameShapes.isSyllable(words[last + 1].folded), !vocabulary.offices.contains(words[last + 1].text),
                words.placeAt[last + 1] == 0
            {
                last += 1
            }
            found.append(NSRange(location: family.range.location, length: words[last].end - family.range.location))
        }
        return found
    }

    /// Whether the word at `index` is a place's word, or one stands up to four words before it with only
    /// abbreviations and fillers between: "Cầu Thị Nghè", "Trường THCS Võ Thị Sáu", "Công viên Lê Thị Riêng".
    static func afterPlaceWord(_ index: Int, in scan: TextScan) -> Bool {
        let words = scan.words
        if PlaceShapes.isPlaceWord(words[index]) { return true }
        var j = index - 1
        while j >= 0, index - j <= 4, scan.onlySpace(words[j], words[j + 1]) {
            if PlaceShapes.isPlaceWord(words[j])
                || j > 0 && WordClasses.placeWordPairs.contains([words[j - 1].folded, words[j].folded])
            {
                return true
            }
            // Only an abbreviation or an institution's filler may come between: "Trường THCS", "Tiểu học".
            let filler =
                words[j].text.count >= 2 && words[j].text == words[j].text.uppercased()
                || (words[j].isASCII
                    ? WordClasses.institutionFillers.contains(words[j].folded)
                    : WordClasses.markedInstitutionFillers.contains(words[j].lower))
            guard filler else { return false }
            j -= 1
        }
        return false
    }

    // MARK: Runs a cue says are a person's

    /// A capitalised run of one to four words right before a people in brackets is a person: "A Hyêm (Xơ
    /// Đăng)", "Ông Đinh Văn Blong (Bahnar)", "A Vâu (Ba Na, 45 tuổi)". Limits: the people must close the
    /// brackets or come before a comma in them ("núi Bà Đen (Tây Ninh)"); a run after a place's word, or one that is a kept place or an office, stays ("huyện Krông Pa
    /// (Jarai)").
    static func runsBeforePeople(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        for i in 0..<max(0, words.count - 1) {
            guard scan.string(NSRange(location: words[i].end, length: min(2, scan.utf16Count - words[i].end))) == " ("
            else { continue }
            // The people alone in the brackets or first before a comma ("(Ba Na, 45 tuổi)"; the twenty-first
            // round): "(Tây Ninh)" is a province's, though Tây is a people.
            let closes = (1...2).first { k in
                i + k < words.count && [0x29, 0x2C].contains(scan.unit(at: words[i + k].end))
                    && vocabulary.ethnicGroups.contains(words.list[(i + 1)...(i + k)].map(\.folded))
            }
            guard closes != nil else { continue }
            if let run = capitalisedRun(endingAt: i, in: scan, vocabulary: vocabulary) { found.append(run) }
        }
        return found
    }

    /// The capitalised run that ends at `end`, of at most four words, less an honorific that opens it.
    static func capitalisedRun(endingAt end: Int, in scan: TextScan, vocabulary: Vocabulary) -> NSRange? {
        let words = scan.words
        var start = end
        while start > 0, end - start < 3, words[start - 1].isCapitalised, scan.onlySpace(words[start - 1], words[start])
        {
            start -= 1
        }
        let first = start
        while start < end, vocabulary.honorificSingles.contains(words[start].lower) { start += 1 }
        guard words[end].isCapitalised, first == 0 || !PlaceShapes.isPlaceWord(words[first - 1]),
            (start...end).allSatisfy({ words.placeAt[$0] == 0 }),
            !(start...end).contains(where: { vocabulary.offices.contains(words[$0].text) }),
            start == 0 || !PlaceShapes.isPlaceWord(words[start - 1])
        else { return nil }
        return NSRange(location: words[start].range.location, length: words[end].end - words[start].range.location)
    }

    /// Words that say the capitalised runs after là are what a person is called (folded, up to là).
    static let namingCues: [[String]] = [
        ["tu", "xung", "la"], ["xung", "la"], ["biet", "danh", "la"], ["ten", "goi", "la"],
    ]
    /// Who may stand between gọi and là: "gọi anh ta là …" names a person, "hay gọi là Sổ Đỏ" a thing (folded).
    static let personWords: Set<String> = ["anh", "chi", "ong", "ba", "han", "no", "co", "chu", "em", "thang", "y"]
    /// Kinsmen and pronouns after which "là" and a capitalised run name a person (folded).
    static let kinBeforeLa: Set<[String]> = [
        ["em", "trai"], ["em", "gai"], ["anh", "trai"], ["chi", "gai"], ["con", "trai"], ["con", "gai"],
        ["anh", "ta"], ["chi", "ta"], ["anh", "re"], ["chi", "dau"], ["em", "re"], ["em", "dau"],
    ]

    /// "tự xưng là Tuấn Cà Khịa và Linh Hột Vịt Lộn", "gọi anh ta là Sử Lùn, còn em trai là Sử Con": after
    /// a naming cue, "gọi", a person's word and up to two more before là ("hay gọi là Sổ Đỏ" stays), or a kinsman and là, the capitalised runs (joined
    /// by và or commas) are names; "Cò Lợi, tức Nguyễn Văn Lợi": a run before ", tức" and a listed family is
    /// the same person's other name. Limits: a run that is a kept place or an office stays ("anh ta là
    /// Trưởng phòng", "quê em trai là Hà Tĩnh").
    static func runsAfterNaming(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        for i in 1..<(words.count - 1) where words[i].folded == "la" || words[i].folded == "tuc" {
            if words[i].folded == "tuc" {
                guard scan.string(NSRange(location: words[i - 1].end, length: 2)) == ", ",
                    vocabulary.families.contains(words[i + 1].text), words[i + 1].isCapitalised,
                    let run = capitalisedRun(endingAt: i - 1, in: scan, vocabulary: vocabulary),
                    run.location < 2
                        || scan.string(NSRange(location: run.location - 2, length: 2)).contains(where: {
                            ".:;".contains($0)
                        })
                else { continue }
                found.append(run)
                continue
            }
            let named =
                namingCues.contains { cue in
                    i + 1 >= cue.count && cue.indices.allSatisfy { words[i + 1 - cue.count + $0].folded == cue[$0] }
                }
                || i >= 2 && kinBeforeLa.contains([words[i - 2].folded, words[i - 1].folded])
                || (max(0, i - 4)..<(i - 1)).contains { g in
                    words[g].folded == "goi"
                        && ((g + 1)..<i).contains {
                            personWords.contains(words[$0].folded)
                                || words[$0].folded == "tuong" && words[$0 - 1].folded == "doi"
                        }
                }
            guard named else { continue }
            var k = i + 1
            // The first run may stand in quotes: gọi đối tượng là “Bi Ve”.
            while k < words.count, words[k].isCapitalised,
                scan.onlySpace(words[k - 1], words[k]) || k == i + 1 && scan.opensQuote(between: words[i], words[k])
            {
                var end = k
                while end + 1 < words.count, end - k < 3, words[end + 1].isCapitalised,
                    scan.onlySpace(words[end], words[end + 1])
                {
                    end += 1
                }
                guard (k...end).allSatisfy({ words.placeAt[$0] == 0 && NameShapes.isSyllable(words[$0].folded) }),
                    !(k...end).contains(where: { vocabulary.offices.contains(words[$0].text) })
                else { break }
                found.append(
                    NSRange(location: words[k].range.location, length: words[end].end - words[k].range.location))
                // One more run after "và": "Tuấn Cà Khịa và Linh Hột Vịt Lộn".
                guard end + 2 < words.count, ["và", "va"].contains(words[end + 1].lower) else { break }
                k = end + 2
            }
        }
        return found
    }

    // MARK: Lower case

    /// Words that make a compound with thị, never a Khmer name's start ("thị xã", "thị trường"), folded.
    static let thiCompounds: Set<String> = [
        "xa", "tran", "truong", "sat", "thuc", "uy", "giac", "phan", "hieu", "chinh", "luc", "dan", "toc", "thanh",
        "ve", "chung", "thi", "phi", "truc", "la",
    ]

    /// Ê Đê and Jarai clans typed without marks that are no common word so typed (the thirtieth round: "thay y
    /// sa nie"); nay, mau, buon, dieu, siu and ama are left out (này, màu, buồn, điều, siêu, a father's word).
    static let unmarkedClans: Set<String> = [
        "nie", "ksor", "ayun", "mlo", "bya", "rmah", "rcom", "eban", "eung", "kpa", "hdok", "adrong", "bkrong", "knul",
        "mdrang", "puih", "rahlan", "alang", "kbuor", "hmok", "ktla", "bhnong",
    ]

    /// "chồng là duy,": a known given name in lower case after a spouse's or a child's word and là, before a
    /// pause; "bà thị sa phia": thị and one or two syllables after an honorific, before a pause or a word
    /// that ends a name (là, và, ở…: a Khmer
    /// woman's name); "'y sơn niê'": y, one or two syllables and an Ê Đê clan, all in lower case, the clan with or
    /// without its marks ("y sa nie").
    static func lowercaseSlots(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        // From the first word: y opening a message may open a name ("y bun êban còn nợ…": the thirty-third round).
        for i in 0..<words.count {
            let word = words[i]
            // The cheap tests first: most words follow no là and are neither thị nor y.
            guard
                word.folded == "y"
                    || i >= 1
                        && (words[i - 1].folded == "la" || words[i - 1].folded == "ten" || word.folded == "thi"),
                word.text == word.lower
            else { continue }
            if i >= 2, namingSlot(before: i, in: words),
                vocabulary.given.contains(word.lower) || word.isASCII && vocabulary.givenFolded.contains(word.folded),
                scan.pauseAfter(word)
                    || i + 1 < words.count && WordClasses.wordsAfterName.contains(words[i + 1].folded),
                scan.onlySpace(words[i - 1], word)
            {
                found.append(word.range)
            }
            if word.folded == "thi", ["bà", "ba", "cô", "chị", "chi"].contains(words[i - 1].lower),
                scan.onlySpace(words[i - 1], word), i + 1 < words.count, !thiCompounds.contains(words[i + 1].folded)
            {
                var last = i
                while last + 1 < words.count, last - i < 2, scan.onlySpace(words[last], words[last + 1]),
                    words[last + 1].text == words[last + 1].lower, NameShapes.isSyllable(words[last + 1].folded)
                {
                    last += 1
                }
                if last > i,
                    scan.pauseAfter(words[last])
                        || last + 1 < words.count && WordClasses.wordsAfterName.contains(words[last + 1].folded)
                {
                    found.append(NSRange(location: word.range.location, length: words[last].end - word.range.location))
                }
            }
            if word.text == "y", i + 2 < words.count {
                for last in (i + 2)...min(i + 3, words.count - 1) {
                    let clan = words[last]
                    guard clan.text == clan.lower, scan.onlySpace(words[last - 1], clan) else { break }
                    let capitalised = clan.text.prefix(1).uppercased() + clan.text.dropFirst()
                    if vocabulary.highland.contains(capitalised) || unmarkedClans.contains(clan.text),
                        scan.onlySpace(word, words[i + 1])
                    {
                        found.append(NSRange(location: word.range.location, length: clan.end - word.range.location))
                        break
                    }
                }
            }
        }
        return found
    }

    /// Kinsmen whose word, a pronoun and là name them: "bạn em là vy", "chị em là nga" (folded).
    static let kinBeforePronoun: Set<String> = [
        "vo", "chong", "ban", "con", "chau", "me", "bo", "cha", "dau", "re", "em", "anh", "chi", "trai", "gai",
    ]
    static let pronounsAfterKin: Set<String> = ["toi", "em", "minh", "tui", "anh", "chi", "ay"]

    /// Whether the word at `index` stands where only a name does: after tên (not after a naming verb: "đặt
    /// tên"), after tên là, vợ là or chồng là, or after a kinsman, a pronoun and là ("bạn em là", "con gái tôi là").
    static func namingSlot(before index: Int, in words: Words) -> Bool {
        let cue = words[index - 1]
        if cue.folded == "ten" {
            return (cue.lower == "tên" || cue.isASCII && words[index].isASCII)
                && !WordClasses.namingVerbs.contains(words[index - 2].lower)
        }
        guard cue.folded == "la" else { return false }
        if ["vợ", "chồng", "vo", "chong", "tên"].contains(words[index - 2].lower) { return true }
        return index >= 3 && pronounsAfterKin.contains(words[index - 2].folded)
            && kinBeforePronoun.contains(words[index - 3].folded)
    }

    // MARK: A person named like a place

    /// "Bà Triệu Tòn Mẩy": a kept place of two words that opens on an honorific (Bà Triệu, Ông Lãnh), then
    /// one or two capitalised syllables that are no place or office, is the honorific's person: a Dao name
    /// shares its family with the heroine. Limits: a place's word before it ("phố Bà Triệu", "Trường THCS
    /// Bà Triệu") or a place after it ("Bà Triệu Hà Nội") keeps the place.
    static func runsAfterHonorificPlaces(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        for i in 0..<words.count where words.placeAt[i] == 2 && vocabulary.honorificSingles.contains(words[i].lower) {
            guard i + 2 < words.count, i == 0 || !afterPlaceWord(i - 1, in: scan) else { continue }
            var last = i + 1
            while last + 1 < words.count, last - i < 3, words[last + 1].isCapitalised,
                scan.onlySpace(words[last], words[last + 1]), words.placeAt[last + 1] == 0,
                NameShapes.isSyllable(words[last + 1].folded), !vocabulary.offices.contains(words[last + 1].text)
            {
                last += 1
            }
            if last > i + 1 {
                found.append(
                    NSRange(
                        location: words[i + 1].range.location, length: words[last].end - words[i + 1].range.location))
            }
        }
        return found
    }

    // MARK: English

    /// English kinship words before a Vietnamese birth-order name (folded).
    static let englishKin: Keywords = ["auntie", "aunty", "aunt", "uncle", "grandma", "grandpa", "granny"]

    /// "auntie Ba", "Uncle Tư": a birth-order name after an English kinship word is a person's; "Uncle Ho"
    /// stays (Ho is no birth-order name).
    static func birthOrderAfterKin(in scan: TextScan) -> [NSRange] {
        let words = scan.words
        return (1..<words.count).compactMap { i in
            englishKin.contains(words[i - 1].folded) && WordClasses.birthOrder.contains(words[i].text)
                && scan.onlySpace(words[i - 1], words[i]) ? words[i].range : nil
        }
    }
}
