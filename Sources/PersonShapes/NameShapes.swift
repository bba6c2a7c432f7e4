import Foundation
import TextScanning
import TextShapes

/// The shapes of a name's words, as patterns and tests on words: a Vietnamese syllable and a foreign
/// one, middle names and the words they make, an Ê Đê or Jarai name, a quoted nickname and its cue, an
/// alias after a name. They read the text alone; the name rules decide what a match means.
package enum NameShapes {
    /// One Vietnamese syllable, folded: an optional onset, one to three vowels, an optional final. Every
    /// given name is one ("Nguyet", "Huynh", "Khuyen"); "Street", "Monde" and "Police" are not.
    package static let syllablePattern = DataShapes.regex(
        #"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$"#)

    /// Whether `folded` is one Vietnamese syllable (``syllablePattern``).
    package static func isSyllable(_ folded: String) -> Bool {
        syllablePattern.firstMatch(in: folded, range: NSRange(location: 0, length: (folded as NSString).length)) != nil
    }

    /// Whether `folded` is of three letters or more and no Vietnamese syllable (DataShapes' foreignShape).
    package static func isForeignShaped(_ folded: String) -> Bool {
        folded.count >= 3 && DataShapes.foreignShape.matches(folded)
    }

    /// Whether two quoted words are an English first name and a listed given name, as a nickname is
    /// given: “Tony Hùng”, ‘Kenny Tú’. The first must be capitalised, unmarked and no Vietnamese syllable.
    package static func isForeignFirstName(_ quoted: [String], given: Set<String>) -> Bool {
        guard quoted.count == 2, let first = quoted.first, first.first?.isUppercase == true,
            first.allSatisfy(\.isASCII), quoted[1].first?.isUppercase == true
        else { return false }
        return first.count >= 3 && !isSyllable(first.lowercased()) && given.contains(quoted[1].lowercased())
    }

    /// Kinsmen typed without marks before whom a birth-order name is said ("chi" is also chỉ, "co" có).
    static let unmarkedKinBeforeBirthOrder: Set<String> = ["chu", "bac", "di", "cau", "ong", "thim", "anh"]
    static let unmarkedBirthOrder: Set<String> = ["hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi", "ut"]

    /// Whether `word`, typed without marks after a kinsman typed so and before a pause, is a birth-order
    /// name: "gap chu hai, chu ay biet", "nha bac tu." ("hai" alone is a number).
    package static func isUnmarkedBirthOrder(_ word: Word, after kin: Word, in scan: TextScan) -> Bool {
        unmarkedKinBeforeBirthOrder.contains(kin.text) && unmarkedBirthOrder.contains(word.text)
            && scan.pauseAfter(word)
    }

    /// Whether `word` is a birth-order name in lower case and `next` a listed given name in lower case, one
    /// name: "chú tư hùng", "bà năm hoa".
    package static func isLowercaseBirthOrder(_ word: Word, before next: Word, given: Set<String>) -> Bool {
        word.text == word.lower && next.text == next.lower && WordClasses.birthOrder.contains(word.text.capitalized)
            && given.contains(next.lower)
    }

    /// Whether `word` is a middle name that no common word shares (văn, thị; van, thi typed without marks).
    package static func isMiddle(_ word: Word) -> Bool {
        word.isASCII
            ? WordClasses.lowercaseMiddles.contains(word.folded) : WordClasses.markedMiddles.contains(word.lower)
    }

    /// Whether the lower-case word at `index` introduces a name as là does: là, tên, the first person, or của
    /// after a word of a statement or a case (the twenty-third round: "lời khai của đinh văn tài", "vụ của
    /// phan thanh tùng"). A weak cue: the given names after the family must be known.
    package static func introducesName(_ words: Words, at index: Int) -> Bool {
        let word = words[index]
        guard word.text == word.lower else { return false }
        return WordClasses.introducingWords.contains(word.lower) || WordClasses.firstPerson.contains(word.lower)
            || word.lower == "của" && index > 0 && ownersOfACase.contains(words[index - 1].lower)
    }
    /// Words of a statement or a case whose owner của names: "đơn của", "vụ của", "hồ sơ của".
    static let ownersOfACase: Set<String> = StandaloneCues.authoredWords.union(["vụ", "sơ"])

    /// Whether a lower-case middle name and the word after it make a common word that ends a name's run
    /// ("văn minh", "liên hệ"). After a cue (an honorific, a role, là) a true middle (văn, thị) starts a name
    /// whatever follows: "bac dang van minh chay xe om" (the twenty-third round); "thư ký đoàn liên hệ" stays.
    package static func makesWord(_ middle: Word, _ word: Word, cued: Bool) -> Bool {
        (!cued || !isMiddle(middle)) && isMiddleCompound(middle, word)
    }

    /// Whether ở typed without marks follows the word at `last`: a family and one given name typed so after an
    /// honorific end there ("anh hoang nam o cam ranh"); "o" is no given name in such a run.
    package static func endsBeforeUnmarkedO(_ words: Words, at last: Int, scan: TextScan) -> Bool {
        last + 1 < words.count && words[last].isASCII && words[last + 1].text == "o"
            && scan.onlySpace(words[last], words[last + 1])
    }

    /// Whether a middle name and the word after it make a common word: "văn bản", "thị trường".
    package static func isMiddleCompound(_ middle: Word, _ word: Word) -> Bool {
        WordClasses.compoundsWithAnyMiddle.contains(word.lower)
            || WordClasses.middleCompounds[middle.folded]?.contains(word.lower) == true
    }

    /// ``isMiddleCompound(_:_:)`` for a word typed without marks: "van ban" is văn bản.
    package static func isUnmarkedMiddleCompound(_ middle: Word, _ word: Word) -> Bool {
        guard word.isASCII else { return false }
        return compoundsWithAnyMiddleFolded.contains(word.folded)
            || middleCompoundsFolded[middle.folded]?.contains(word.folded) == true
    }

    /// WordClasses' middle-name compounds folded once, for the comparison above.
    static let compoundsWithAnyMiddleFolded = Set(WordClasses.compoundsWithAnyMiddle.map(Folding.fold))
    static let middleCompoundsFolded = WordClasses.middleCompounds.mapValues { Set($0.map(Folding.fold)) }

    /// Whether "ten la" (tên là) typed without marks ends at `index`.
    package static func endsNameIntroduction(_ words: Words, at index: Int) -> Bool {
        index > 0 && words[index].text == "la" && words[index - 1].text == "ten"
    }

    /// Ê Đê and Jarai personal names: Y (men) or H' (women) before the name, the clan name last; an English
    /// place noun after it is a street's or a school's ("Y Bih Aleo Street").
    package static let highlandNamePattern = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}])(?:(?:Ama|Amí|Ami|Mí)\s)?(?:Y|H['’]|K['’])\s?\p{Lu}[\p{L}\p{M}'’]*(?:\s(?!(?:Street|Road|Avenue|School|High|Hospital|Market|Commune|District|Province)\b)\p{Lu}[\p{L}\p{M}'’]*){0,3}"#
    )

    /// Whether a match of the pattern above that opens on Y reads as medicine ("Sở Y Tế", "Đại học Y Khoa"):
    /// a medical word second, unless a listed highland clan ends it ("Y Khoa Byă" is a man; the
    /// twenty-second round).
    package static func readsAsMedicine(_ match: String, highland: Set<String>) -> Bool {
        let words = Folding.words(match)
        guard words.count > 1, WordClasses.medicalWords.contains(Folding.fold(words[1])) else { return false }
        return words.count < 3 || !highland.contains(words[words.count - 1])
    }

    /// Double quotes, or single ones standing apart from letters ('Lan Cave'; not the apostrophe of H'Hen).
    package static let quotedPattern = DataShapes.regex(
        #"[“"«]([^“”"«»\n]{1,40})[”"»]|(?<![\p{L}\p{M}\p{N}])['‘]([^'‘’“”"\n]{1,40})['’](?![\p{L}\p{M}\p{N}])"#)

    /// Words that introduce a nickname or a handle in quotes: biệt danh "Tùng xoăn" (folded).
    package static let nicknameCues = [
        "biet danh", "biet hieu", "ten goi", "goi la", "nick", "nickname", "ten", "hien thi",
    ]

    /// Whether quoted words after a naming cue name a thing, not a person (the twenty-fourth round): in
    /// lower case, opening on a fee or money ("gọi là “phí đi lại”", "gọi là “tiền bảo kê”").
    package static func namesAThing(_ quoted: [String]) -> Bool {
        guard let first = quoted.first, quoted.allSatisfy({ $0 == $0.lowercased() }) else { return false }
        return ["phí", "tiền", "tien", "lộc", "quà", "lệ", "cước", "hụi", "hui"].contains(first)
    }

    /// "tức", "tức là", "còn gọi là" after a name: the capitalised run after it is the same person's
    /// other name, a place's name in it too ("Nguyễn Đức Hoàng, tức Hoàng Hải Phòng").
    package static let aliasPattern = DataShapes.regex(
        #"^,?\s+(?:tức là|tức|còn gọi là|hay gọi là)\s+(\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,3})"#)
}
