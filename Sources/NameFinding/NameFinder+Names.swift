import EnglishShapes
import Foundation
import PersonShapes
import TextScanning
import TextShapes

/// Personal names: a Vietnamese family name followed by one to three capitalised given names.
extension NameFinder {
    package func names(in scan: TextScan) -> [Span] {
        let words = scan.words
        var spans: [Span] = []
        var i = 0
        var lastNameEnd: Int? = nil
        var placeListEnd: Int? = nil
        while i < words.count {
            defer { i += 1 }
            guard let found = familyStart(words, at: i) else {
                // A kept place that starts with another word holds no name: "phường Buôn Ma Thuột"; but
                // an honorific's place with a further given name is a person (bà Triệu Thị Lựu).
                if words.placeAt[i] > 1, !honorsAPerson(words, at: i, scan: scan) { i += words.placeAt[i] - 1 }
                continue
            }
            let listed = PlaceShapes.continuesPlaceList(words, at: i, after: placeListEnd, scan: scan)
            if listed || isPlaceContext(words, at: i, scan: scan),
                !isUnmarkedNameAfterMarkedPlaceWord(words, at: i, style: found.style)
            {
                let opens = listed || PlaceShapes.opensPlaceList(words, at: i)
                // The whole capitalised run after a place word is the place: "phường Lý Thái Tổ".
                while i + 1 < words.count, words[i + 1].isCapitalised, scan.onlySpace(words[i], words[i + 1]) {
                    i += 1
                }
                placeListEnd = opens ? i : nil
                continue
            }
            // "TRUONG THON": a role typed without marks begins like a family name.
            // So does a family before one: "em ho chu tich xa" is the chairman's cousin (em họ), no Hồ.
            if startsRoleUnmarked(words, at: i) || i + 2 < words.count && startsRoleUnmarked(words, at: i + 1) {
                continue
            }
            let cue = nameCue(words, before: i, scan: scan, lastName: lastNameEnd)
            var start = found
            // After là or tên typed with marks, a known given name then any syllable typed so is a name:
            // "là mai xuân trường" (Trường is also a school, so on no list).
            if cue == .weak, i > 0, ["là", "tên"].contains(words[i - 1].text), i + 2 < words.count,
                !words[i + 1].isASCII, !words[i + 2].isASCII
            {
                start.checked = true
            }
            // "o" typed without marks is ở far more often than ô: "o Tra Vinh" is where, not who.
            let afterHonorific = cue == .strong && !(i > 0 && words[i - 1].isASCII && words[i - 1].text == "o")
            if let place = placeLength(words, at: i), !afterHonorific || provinceLength(words, at: i) != nil {
                i += place - 1
                continue
            }
            // "la phan anh dung su that", "ban quản lý thu phí": a family and a given name that make a word.
            if start.style == .lower, i + 1 < words.count,
                WordClasses.wordsLikeNames.contains([words[i].lower, words[i + 1].lower])
            {
                continue
            }
            let familyEnd = i + start.length - 1
            // "Ông Nguyễn Văn A": an honorific that is also a family name is an honorific before a family.
            if start.length == 1, familyEnd + 1 < words.count, familyStart(words, at: familyEnd + 1) != nil,
                vocabulary.honorificSingles.contains(words[i].lower)
            {
                continue
            }
            var last = familyEnd
            while last - familyEnd < FamilyCues.givenNameLimit(words, family: i, end: familyEnd),
                last + 1 < words.count,
                scan.onlySpace(words[last], words[last + 1])
                    || (last > familyEnd && scan.isInitialBefore(words[last], words[last + 1])),
                isGivenName(
                    words[last + 1], after: start, position: last - familyEnd, previous: words[last], cue: cue),
                last + 2 >= words.count || !vocabulary.endsNameRun(words[last + 1], words[last + 2]),
                last > familyEnd || (placeLength(words, at: last + 1) ?? 0) < 2 || scan.opensOnPlacedName(i)
            {
                last += 1
            }
            if start.style == .lower, last == familyEnd + 2, khmerGivenNameGoesOn(words, after: last, scan: scan) {
                last += 1
            }
            guard last > familyEnd,
                start.style != .lower || last > familyEnd + 1
                    || cue == .strong && NameShapes.endsBeforeUnmarkedO(words, at: last, scan: scan)
            else { continue }
            // Shouted without marks and with no cue, a name is three words among words not shouted: "LE HOI"
            // is a festival, "VI PHAM HANH CHINH" an offence.
            if start.style == .upper, cue == .none, words[familyEnd + 1].isASCII,
                !vocabulary.given.contains(words[familyEnd + 1].lower),
                last == familyEnd + 1 || isShouted(words, at: i - 1) || isShouted(words, at: last + 1)
            {
                continue
            }
            if isNoPerson(words, from: i, familyEnd: familyEnd, to: last, cue: cue, scan: scan) { continue }
            if last + 1 < words.count, WordClasses.placeSuffixes.contains(words[last + 1].folded),
                scan.onlySpace(words[last], words[last + 1])
            {
                i = last
                continue
            }
            last = nicknameEnd(words, after: last, scan: scan)
            let from = words[i].range.location
            var end = words[last].range.location + words[last].range.length
            if scan.initialTakesDot(words[last]) { end += 1 }
            spans.append(Span(kind: .personName, range: NSRange(location: from, length: end - from), priority: 6))
            lastNameEnd = last
            i = last
        }
        return spans
            + (PersonSlots.ranges(in: scan, vocabulary: vocabulary)
            + EnglishNames.ranges(in: scan, vocabulary: vocabulary)).map {
                Span(kind: .personName, range: $0, priority: 6)
            }
    }

    /// Whether the word at `index` is the name of a place or an institution because of the words before
    /// it: "đường Lê Lợi", "phường Hoàng Văn Thụ", "Trường THPT chuyên Lê Quý Đôn".
    package func isPlaceContext(_ words: Words, at index: Int, scan: TextScan) -> Bool {
        if PlaceShapes.followsLetteredHouseNumber(words, at: index, scan: scan) { return true }
        var j = index - 1
        var skipped = 0
        while j >= 0, skipped <= 4, scan.onlySpace(words[j], words[j + 1]) {
            // "TRUONG THON" is a role typed without marks, not a school ("trường").
            if PlaceShapes.isPlaceWord(words[j]),
                j == 0 || !WordClasses.wordsEndingInPlaceWord.contains([words[j - 1].lower, words[j].lower])
            {
                return !startsRoleUnmarked(words, at: j)
                    && !(skipped == 0 && followsRolesLevel(words, at: index, scan: scan))
            }
            // "công viên" (a park) is one of two words: "viên" alone is a member ("thành viên Kim Ngân").
            if j > 0, WordClasses.headsPlace(words[j - 1].folded, words[j].folded, skipped: skipped) {
                return true
            }
            // One capitalised word of the place's own name may come first: "đường Nơ Trang Long", "xã Si
            // Ma Cai". Only one, and not a family's: "xã Tân Lập Nguyễn Văn A" names a person after the place.
            if skipped == 0, j > 0, PlaceShapes.isPlaceWord(words[j - 1]), words[j].isCapitalised,
                scan.onlySpace(words[j - 1], words[j]), familyStart(words, at: j) == nil
            {
                return !startsRoleUnmarked(words, at: j - 1)
            }
            // A word in capitals that is a syllable is text in capitals, not an abbreviation (THPT, UBND).
            let isAbbreviation =
                words[j].text.count >= 2 && words[j].text == words[j].text.uppercased()
                && !NameShapes.isSyllable(words[j].folded)
            let isFiller =
                words[j].isASCII
                ? WordClasses.institutionFillers.contains(words[j].folded)
                : WordClasses.markedInstitutionFillers.contains(words[j].lower)
            guard isAbbreviation || isFiller else { return false }
            j -= 1
            skipped += 1
        }
        return false
    }

    /// Whether a family, van or thi and a given name, all in lower case without marks, follow a place word
    /// typed with marks (the thirty-fourth round): "tổ trưởng tổ dân phố vo van tam nói" names the head of
    /// the ward's group, since a writer who marks the place word marks or capitalises the place's own name.
    func isUnmarkedNameAfterMarkedPlaceWord(_ words: Words, at index: Int, style: Capitalisation) -> Bool {
        guard style == .lower, index > 0, index + 2 < words.count, !words[index - 1].isASCII,
            PlaceShapes.isPlaceWord(words[index - 1]), ["van", "thi"].contains(words[index + 1].text)
        else { return false }
        return (index...index + 2).allSatisfy { words[$0].isASCII && words[$0].text == words[$0].lower }
    }

    /// Whether the word at `index` is one in capitals (and not a lone letter).
    func isShouted(_ words: Words, at index: Int) -> Bool {
        index >= 0 && index < words.count && words[index].text.count > 1
            && words[index].text == words[index].text.uppercased() && words[index].isCapitalised
    }

    /// Whether the capitalised run at `index` is a full name after a role and its level, not the level's
    /// commune (the thirty-third round): "Kế toán xã Khổng Minh Nghĩa" is the commune's accountant. A family,
    /// then a middle or a known given name and one more capitalised word; "Chủ tịch xã Tân Lập" stays a place,
    /// and so does a full name the address goes on after ("Cán bộ phường Hoàng Văn Thụ, tỉnh Lạng Sơn").
    /// The levels of local government a role names its office by: "trường" is left out, since "Học sinh
    /// trường Lê Quý Đôn" names the school.
    static let administrativeLevels: Set<String> = ["xã", "phường", "huyện", "tỉnh", "quận"]

    func followsRolesLevel(_ words: Words, at index: Int, scan: TextScan) -> Bool {
        guard index >= 2, index + 2 < words.count, Self.administrativeLevels.contains(words[index - 1].lower),
            words.placeAt.isEmpty || words.placeAt[index] == 0, roleEnding(words, at: index - 2) != nil,
            vocabulary.families.contains(words[index].text)
        else { return false }
        let middle = words[index + 1]
        let given = words[index + 2]
        // An address goes on after the place with a comma and a higher level: "Cán bộ phường Hoàng Văn Thụ,
        // tỉnh Lạng Sơn" names the ward.
        if index + 3 < words.count, scan.string(NSRange(location: given.end, length: 2)) == ", ",
            PlaceShapes.isPlaceWord(words[index + 3])
        {
            return false
        }
        return middle.isCapitalised && given.isCapitalised
            && (NameShapes.isMiddle(middle) || vocabulary.given.contains(middle.lower))
            && middle.range.location == words[index].end + 1 && given.range.location == middle.end + 1
    }

    /// Whether, after a Khmer family, its middle name and a given name in lower case, one more syllable
    /// belongs to the name: before a pause or a word that ends a name ("thach thi sa rinh o Tra Vinh").
    func khmerGivenNameGoesOn(_ words: Words, after last: Int, scan: TextScan) -> Bool {
        guard last + 1 < words.count, WordClasses.khmerFamilies.contains(words[last - 2].folded),
            NameShapes.isMiddle(words[last - 1]), scan.onlySpace(words[last], words[last + 1])
        else { return false }
        let next = words[last + 1]
        guard next.text == next.lower, NameShapes.isSyllable(next.folded), !vocabulary.offices.contains(next.text)
        else {
            return false
        }
        if last + 2 >= words.count { return true }
        let gap = scan.string(NSRange(location: next.end, length: words[last + 2].range.location - next.end))
        return gap.trimmingCharacters(in: .whitespaces).first.map { ",;.:)".contains($0) } ?? false
            || WordClasses.wordsAfterName.contains(words[last + 2].folded)
    }

    /// How many words a place name starting at `index` takes, if one does.
    func placeLength(_ words: Words, at index: Int) -> Int? {
        words.placeAt[index] > 0 ? words.placeAt[index] : nil
    }

    /// How many words a province of the catalogue starting at `index` takes, if one does.
    package func provinceLength(_ words: Words, at index: Int) -> Int? {
        words.provinceAt[index] > 0 ? words.provinceAt[index] : nil
    }

    enum Capitalisation { case title, upper, lower }

    /// How a name starts at a word: the family name's length in words, how it is written, and whether
    /// it is a Central Highlands family (whose given names are not Vietnamese syllables).
    package struct NameStart {
        let length: Int
        let style: Capitalisation
        let highland: Bool
        /// A Hmông name in lower case, whose middle name is A, Mí or Seo: "thao a tong".
        var hmong = false
        /// A family that is a word, introduced (là, tên) or after an honorific, whose given names were
        /// checked when it was found: "là mai xuân trường".
        var checked = false
        /// A family that is no word without marks, then two known given names typed so: a name with no
        /// cue ("hom qua pham minh duc den nha").
        var givenPair = false
    }

    /// Whether `word` is a given name written like the family name before it: Văn, A, Thị; VĂN, THỊ; or,
    /// in lower case, a middle name first ("nguyễn văn an") and then known given names.
    func isGivenName(_ word: Word, after start: NameStart, position: Int, previous: Word, cue: NameCue = .none)
        -> Bool
    {
        let text = word.text
        guard let first = text.first, first.isLetter else { return false }
        if start.style == .lower {
            guard text == text.lowercased(), NameShapes.isSyllable(word.folded), position == 0 || text != "o" else {
                return false
            }
            // After an honorific a lower-case run is a name from its first given name ("anh hoàng minh
            // đức"); elsewhere only a middle name that is no common word starts one.
            let known =
                word.isASCII ? vocabulary.givenFolded.contains(word.folded) : vocabulary.given.contains(word.lower)
            if position == 0 && cue != .none && known
                && !WordClasses.compoundsWithMiddles.contains(word.lower)
            {
                return true
            }
            // After a weak cue ("là", "ten", a list) both given names must be known: "la do anh ta" is no name.
            if position == 1 && start.checked && !NameShapes.isMiddleCompound(previous, word) { return true }
            if position == 1 && cue == .weak && !known && !NameShapes.isMiddle(previous) && !start.hmong {
                return false
            }
            if position == 0 && start.hmong { return FamilyCues.hmongMiddles.contains(word.folded) }
            if position == 0 && start.givenPair { return true }
            // Thi or van without marks after a family typed with them is a word: "ôn thi khổng lồ" (an exam).
            if position == 0 {
                return word.isASCII
                    ? WordClasses.lowercaseMiddles.contains(word.folded) && (previous.isASCII || word.text.count > 3)
                    : WordClasses.markedMiddles.contains(word.lower)
            }
            // A family that is seldom a word, then van or thi, reads as cued: "con cua dang van minh" is no văn minh.
            if position == 1 && NameShapes.makesWord(previous, word, cued: cue != .none || start.givenPair) {
                return false
            }
            // Folded only without marks: "bảo phòng" is no Bảo Phong; in "ten duong van chua…", chưa is none.
            return position == 1 && !PersonSlots.isFunctionWord(word) || vocabulary.given.contains(word.lower)
                || word.isASCII && vocabulary.givenFolded.contains(word.folded)
        }
        guard first.isUppercase, !WordClasses.notGivenNames.contains(word.lower),
            !WordClasses.placeSuffixes.contains(word.folded)
        else { return false }
        let rest = text.dropFirst()
        if rest.contains(where: \.isNumber) { return false }
        switch start.style {
        case .title where start.highland:
            return !vocabulary.offices.contains(text)
        case .title:
            guard rest.allSatisfy({ $0.isLowercase || !$0.isLetter }) else { return false }
            // Khmer and Chăm given names after the first are often not Vietnamese syllables (Sà Phol).
            if position >= 1 && text.allSatisfy(\.isLetter) && !vocabulary.offices.contains(text) { return true }
        case .upper, .lower:
            guard rest.allSatisfy({ $0.isUppercase || !$0.isLetter }) else { return false }
            // Shouted text with no cue: a family's first given name must be known ("MÙA MƯA", "VI PHẠM" stay).
            // Typed without marks, it may be known folded ("NGUYEN DUC THANG"); names() then wants a third word.
            if position == 0 && cue == .none && !vocabulary.given.contains(word.lower)
                && !(word.isASCII && previous.isASCII && vocabulary.givenFolded.contains(word.folded))
            {
                return false
            }
        }
        // A Khmer family's first given name need be no Vietnamese syllable either: "Danh Vươl".
        let khmer = position == 0 && FamilyCues.khmerFamilies.contains(previous.text) && text.allSatisfy(\.isLetter)
        return text.count == 1 || NameShapes.isSyllable(word.folded) || khmer && !vocabulary.offices.contains(text)
    }
}
