import Foundation
import TextScanning
import TextShapes

/// Small tests on words and their neighbours that say where a name ends or that none begins: a word in
/// lower case, o typed without marks, a sentence opening on a family and a kept place, a place before an
/// English place noun, and a role before a department's name.
extension Word {
    /// Whether the word is typed all in lower case.
    package var isLower: Bool { text == lower }
    /// Whether the word is o typed without marks, ở far more often than ô (ASCII first: it is cheaper).
    package var isUnmarkedO: Bool { isASCII && text == "o" }
}

extension TextScan {
    /// Whether a sentence opens at `family` on a family and a kept place of two words or more, then a
    /// pause: "Đậu Xuân Thủy, trú xóm 3…" names a person whose given names make a street's name.
    package func opensOnPlacedName(_ family: Int) -> Bool {
        let place = family + 1 < words.count ? words.placeAt[family + 1] : 0
        return place >= 2 && family + place < words.count && NicknameSlots.startsSentence(self, at: family)
            && pauseAfter(words[family + place])
    }
}

extension Words {
    /// Whether the capitalised run of one or two words from `index` stands before an English place noun:
    /// "Hai Chau ward", "Ba Dinh district" are places, not birth-order nicknames.
    package func endsBeforePlaceSuffix(_ index: Int) -> Bool {
        (index + 1..<Swift.min(index + 3, count)).contains { k in
            WordClasses.placeSuffixes.contains(self[k].folded) && (k == index + 1 || self[k - 1].isCapitalised)
        }
    }
}

extension Vocabulary {
    /// Whether a given name and the next word make an office's name ("Thanh tra") or, in lower case, an
    /// everyday word that says what a person is like or does ("thái độ", "an toàn"): the name ends before.
    package func endsNameRun(_ word: Word, _ next: Word) -> Bool {
        officePairs.contains([word.lower, next.lower])
            || word.isLower && next.isLower && PersonSlots.wordsAfterNames.contains([word.folded, next.folded])
    }

    /// Whether the word at `index` and the next make an office's or a department's name ("khoa Nhi", "khoa
    /// Sản"), which ends a role's look for a name: "Trưởng khoa Nhi" heads a department, names no Nhi.
    package func opensOffice(_ words: Words, at index: Int) -> Bool {
        index + 1 < words.count && words[index + 1].isCapitalised
            && officePairs.contains([words[index].lower, words[index + 1].lower])
    }

    /// Whether the capitalised word at `index` after an honorific names no one: a people's name after tên
    /// (below), or the start of an office's name ("anh em Hội Cựu chiến binh", "chị em Hội Phụ nữ"; the
    /// twenty-second round).
    package func namesNoOne(_ words: Words, at index: Int) -> Bool {
        namesAPeople(words, at: index) || opensOffice(words, at: index) || opensBirthField(words, at: index)
    }

    /// Whether the word at `index` opens a form's field of birth (the twenty-fourth round): "Họ tên⇥Năm
    /// sinh" heads a table's columns; Năm (the fifth-born) there is the year. One space or tab between:
    /// "ông Năm, sinh năm 1950" names Năm.
    package func opensBirthField(_ words: Words, at index: Int) -> Bool {
        index + 1 < words.count && words[index + 1].folded == "sinh"
            && words[index + 1].range.location == words[index].end + 1
            && ["nam", "ngay", "noi", "thang"].contains(words[index].folded)
    }

    /// Where a role ending at `index` starts; none before a department's name ("Trưởng khoa Nhi" is no Nhi), and
    /// none whose last word alone is capitalised after a lower-case first: "xã Viên An" is a commune, no xã viên
    /// (the forty-second round).
    package func roleEnding(_ words: Words, at index: Int) -> Int? {
        guard let start = Vocabulary.phraseEnding(rolesByLast, words, at: index) else { return nil }
        if start < index, words[start].text == words[start].lower, words[index].isCapitalised { return nil }
        return opensOffice(words, at: index) ? nil : start
    }
}
