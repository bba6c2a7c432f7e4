import Foundation

/// Shape tests over a text's words that need only the word lists: cues typed without marks, roles that
/// open a run, phrases that end at a word, nickname words.
extension Vocabulary {
    /// Whether an honorific or a role, typed without marks, ends at `index` ("ten", "ong", "can bo").
    /// A capitalised one right after a capitalised family is a name's middle: "Trường Phan Chu Trinh" (chú).
    package func unmarkedCueEnding(_ words: Words, at index: Int) -> Bool {
        if index > 0, words[index].isCapitalised, words[index - 1].isCapitalised,
            families.contains(words[index - 1].text) || asciiFamilies.contains(words[index - 1].folded)
        {
            return false
        }
        for phrase in unmarkedCuesByLast[words[index].folded] ?? [] where index + 1 >= phrase.count {
            let run = words.list[(index + 1 - phrase.count)...index]
            if run.allSatisfy(\.isASCII), zip(phrase, run).allSatisfy({ $0 == $1.folded }) { return true }
        }
        return false
    }

    /// Whether a role of two or more words typed without marks starts at `index`: "TRUONG THON LA ONG HA
    /// VAN PHUC" begins with a role, not with the family name Trương.
    package func startsRoleUnmarked(_ words: Words, at index: Int) -> Bool {
        guard words[index].isASCII, index + 1 < words.count, words[index + 1].isASCII else { return false }
        return (unmarkedRolesByFirst[words[index].folded] ?? []).contains { role in
            index + role.count <= words.count && zip(role, words.list[index...]).allSatisfy { $0 == $1.folded }
        }
    }

    /// Where a phrase of `phrases` (by its last word, lower-cased) that ends at `index` starts, if one does.
    package static func phraseEnding(_ phrases: [String: [[String]]], _ words: Words, at index: Int) -> Int? {
        for phrase in phrases[words[index].lower] ?? [] where index + 1 >= phrase.count {
            let start = index + 1 - phrase.count
            if zip(phrase, words.list[start...index]).allSatisfy({ $0 == $1.lower }) { return start }
        }
        return nil
    }

    /// Whether `word` is a nickname word after the name `name`; folded when both are typed without marks
    /// ("Hieu seo", "Tam Beo"), less the folded words that are everyday words ("Lan co", "Minh hoi") and the
    /// pairs of ``WordClasses/wordsLikeNames`` as typed ("Thạch rau câu", the thirty-sixth round).
    package func isNicknameWord(_ word: Word, after name: Word) -> Bool {
        nicknames.contains(word.lower) && !WordClasses.wordsLikeNames.contains([name.lower, word.lower])
            || name.isASCII && word.isASCII && nicknamesAfterUnmarkedNames.contains(word.folded)
    }

    /// Whether the capitalised word at `index` after tên is a people's name, the kind of name meant: "tên
    /// Chăm", "tên Ê Đê". Limits: a people's name that is also a given or a family name ("tên Thái") is the
    /// honorific's person, as before.
    package func namesAPeople(_ words: Words, at index: Int) -> Bool {
        guard index > 0, words[index - 1].lower == "tên", !given.contains(words[index].lower),
            !families.contains(words[index].text)
        else { return false }
        return ethnicGroups.contains([words[index].folded])
            || index + 1 < words.count && ethnicGroups.contains([words[index].folded, words[index + 1].folded])
    }
}
