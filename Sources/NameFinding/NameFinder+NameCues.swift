import Foundation
import PersonShapes
import TextScanning
import TextShapes

/// What stands before a family name and says how sure the sanitizer may be that a lower-case run is a
/// name: an honorific or a role as typed ("anh tô văn lực"), or a weaker cue ("là lý minh nhật", an
/// honorific typed without marks "ten la tran quang vinh", a colon, the next name of a list "…, bui
/// van long va ngo quang huy"). After a weak cue the two given names must both be known ones.
extension NameFinder {
    enum NameCue { case none, weak, strong }

    func nameCue(_ words: Words, before index: Int, scan: TextScan, lastName: Int?) -> NameCue {
        // A sentence's first word typed without marks is as good as introduced: "ngo thanh binh noi…".
        // Only typed without marks: with them, "mã định danh" would read as Mã Định Danh.
        // Not before "la" (là): "ly do chinh la…" is "the main reason is", a subject, not a name.
        if words[index].isASCII, words[index].text == words[index].lower, startsSentence(scan, index) {
            // Not before "la" (là) when the first two make a word: "ly do chinh la…" is "the main reason
            // is"; "pham minh duc la chu thau" names the contractor.
            let word =
                index + 1 < words.count
                && WordClasses.wordsLikeNames.contains([words[index].lower, words[index + 1].lower])
            return word && index + 3 < words.count && words[index + 3].folded == "la" ? .none : .weak
        }
        guard index > 0 else { return .none }
        if honorificEnding(words, at: index - 1) != nil || roleEnding(words, at: index - 1) != nil { return .strong }
        let previous = words[index - 1]
        if previous.isASCII, unmarkedCueEnding(words, at: index - 1) { return .weak }
        if NameShapes.introducesName(words, at: index - 1) { return .weak }
        // A colon introduces what follows: "bên bị tố cáo: trần minh khôi".
        let gapBefore = scan.string(
            NSRange(location: previous.end, length: words[index].range.location - previous.end))
        if gapBefore.trimmingCharacters(in: .whitespaces) == ":" { return .weak }
        guard let lastName else { return .none }
        // The next name of a list, after a comma or a semicolon: "dang thi thu, bui van long; ngo quang huy".
        if lastName == index - 1 {
            let gap = scan.string(NSRange(location: previous.end, length: words[index].range.location - previous.end))
            return [",", ";"].contains(gap.trimmingCharacters(in: .whitespaces)) ? .weak : .none
        }
        if lastName == index - 2, ["và", "va"].contains(previous.lower) { return .weak }
        return .none
    }

    func unmarkedCueEnding(_ words: Words, at index: Int) -> Bool { vocabulary.unmarkedCueEnding(words, at: index) }

    /// Whether, in text typed in lower case without marks, the honorific or role typed so that ends at
    /// `index` is followed by a known given name that is a person: with a cue word after it ("ten hung
    /// da nhan"), or next in a list after a name found so ("anh khoa va chi nguyet").
    func unmarkedGivenNameAfterCue(_ words: Words, at index: Int, scan: TextScan, _ spans: [Span]) -> Bool {
        guard words[index].isASCII, index + 1 < words.count, words[index + 1].isASCII,
            vocabulary.givenFolded.contains(words[index + 1].folded),
            scan.onlySpace(words[index], words[index + 1]),
            unmarkedCueEnding(words, at: index) || NameShapes.endsNameIntroduction(words, at: index)
        else { return false }
        // "ten la hai": what follows "tên là" is the name itself.
        if NameShapes.endsNameIntroduction(words, at: index) { return true }
        // "ong ba" is "ông bà" (grandparents), no man called Ba.
        if WordClasses.honorificPairWords.contains([words[index].lower, words[index + 1].lower]) { return false }
        // A birth-order name before a pause after a kinsman: "gap chu hai, chu ay biet".
        if NameShapes.isUnmarkedBirthOrder(words[index + 1], after: words[index], in: scan) { return true }
        // "o" (ở) after the name places a person too: "thang hung o xom tren".
        // A role typed without marks after the name says who the person is: "co phuong ke toan xa".
        if index + 3 < words.count, scan.onlySpace(words[index + 1], words[index + 2]),
            startsRoleUnmarked(words, at: index + 2)
        {
            return true
        }
        if WordClasses.sureUnmarkedHonorifics.contains(words[index].lower), index + 2 < words.count,
            !(words[index].lower == "thang" && NumberShapes.monthNumbers[words[index + 1].folded] != nil),
            scan.onlySpace(words[index + 1], words[index + 2]),
            StandaloneCues.personAfterUnmarked.contains(words[index + 2].lower)
                || ["o", "voi"].contains(words[index + 2].lower)
        {
            return true
        }
        guard index >= 2, ["va", "voi"].contains(words[index - 1].lower), let last = spans.last,
            last.kind == .personName
        else { return false }
        return last.range.location + last.range.length == words[index - 2].end
    }

    /// Whether a sentence opens at `index` on a known given name and a nickname word, both in lower
    /// case, then another word: "hiếu khùng đe dọa", "kien lac dan dan" (folded when typed without marks).
    func lowercaseNicknameOpensSentence(_ words: Words, at index: Int, scan: TextScan) -> Bool {
        guard index + 2 < words.count, startsSentence(scan, index) else { return false }
        let name = words[index]
        let nickname = words[index + 1]
        guard scan.onlySpace(name, nickname), scan.onlySpace(nickname, words[index + 2]) else {
            return false
        }
        let known = name.isASCII ? vocabulary.givenFolded.contains(name.folded) : vocabulary.given.contains(name.lower)
        let nicknamed =
            nickname.isASCII
            ? name.isASCII && vocabulary.nicknamesFolded.contains(nickname.folded)
            : vocabulary.nicknames.contains(nickname.lower)
        // "hoa đen", "mai vàng": a given name that is a common word in lower case is that word.
        return known && nicknamed && !WordClasses.birthOrder.contains(name.text.capitalized)
            && !WordClasses.commonAfterHonorific.contains(name.folded)
            && !WordClasses.wordsLikeNames.contains([name.folded, nickname.folded])
    }

    func startsRoleUnmarked(_ words: Words, at index: Int) -> Bool { vocabulary.startsRoleUnmarked(words, at: index) }

    /// Whether a family name that is a word without marks (ta, to, la) starts a name right after an
    /// honorific, in text typed with marks: "lời kể của ông ta quang dung" names Tạ Quang Dũng, typed
    /// without marks, where "ông ta" alone would be "he". Two known given names typed so must follow.
    func pronounFamilyStarts(_ words: Words, at index: Int, style: Capitalisation) -> Bool {
        guard style == .lower, index > 0, index + 2 < words.count else { return false }
        // After là or tên ("ck e la ta quang vinh", "mình là mai xuân trường") the family is introduced,
        // and given names with marks count too; after an honorific, "ông ta thành công" is "he succeeded".
        let introduced = WordClasses.introducingWords.contains(words[index - 1].lower)
        guard introduced || honorificEnding(words, at: index - 1) != nil else { return false }
        let first = words[index + 1]
        let second = words[index + 2]
        func known(_ word: Word) -> Bool {
            word.text == word.lower
                && (word.isASCII
                    ? vocabulary.givenFolded.contains(word.folded)
                    : introduced && vocabulary.given.contains(word.lower))
        }
        // "ten la tran thi thu ha": the "la" of "tên là" before a family name is no family name.
        // After là, the last may be any syllable: "là mai xuân trường" (Trường is also a school).
        let last =
            known(second)
            || (introduced && !second.isASCII && second.text == second.lower && NameShapes.isSyllable(second.folded))
        guard known(first), last, !WordClasses.givenPairWords.contains([first.lower, second.lower]),
            !(introduced && words[index].folded == "la")
        else { return false }
        // Typed wholly without marks, "anh ta thanh toan" is as likely a verb: only a mixed text is sure.
        return introduced || words.list.contains { !$0.isASCII }
    }

    /// Whether a name found from `index` to `last` is none after all: after the first person only a name
    /// in lower case set apart is the writer's own ("tôi võ minh tâm, bị…"; "tôi đinh ninh anh ấy" is "I was sure he…",
    /// "tôi hà khắc với" is "I am harsh on"); "Mùa Xuân" is spring, a Hmông family that is the word for a
    /// season before a season's name; "Khổng Tử", "Tôn Tử", a family and Tử alone, name masters of old.
    func isNoPerson(_ words: Words, from index: Int, familyEnd: Int, to last: Int, cue: NameCue, scan: TextScan)
        -> Bool
    {
        if cue == .weak, index > 0, words[index].isLower, WordClasses.firstPerson.contains(words[index - 1].lower),
            !scan.pauseAfter(words[last])
        {
            return true
        }
        // Typed without marks and with no cue, two syllables of the name may make a word: "quy
        // hoach do thi lam…" (đô thị), "vu chi dinh thau" (chỉ định).
        // A list's next name ("pham quoc bao va do thi my linh") is introduced: only a name with no cue or
        // opening the sentence is read so.
        if cue == .none || startsSentence(scan, index), words[index].isASCII, words[index].text == words[index].lower,
            (index..<last).contains(where: {
                WordClasses.wordsInNames.contains([words[$0].lower, words[$0 + 1].lower])
            })
        {
            return true
        }
        if words[index].text == "Mùa", ["Xuân", "Hạ", "Thu", "Đông"].contains(words[index + 1].text) { return true }
        return last == familyEnd + 1 && words[last].text == "Tử"
    }
}
