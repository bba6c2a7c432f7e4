import Foundation
import PersonShapes
import TextScanning
import TextShapes

/// Where a family name starts: the lexicons' families in any case, a Hmông family before its middle name,
/// a family that is a word without marks before a middle name and a known given name, and a rare family
/// that is a word with marks (Văn) before a middle name.
extension NameFinder {

    package func familyStart(_ words: Words, at index: Int) -> NameStart? {
        let word = words[index]
        if rareFamilyBeforeMiddle(words, at: index) { return NameStart(length: 1, style: .title, highland: false) }
        if unlistedFamilyBeforeMiddle(words, at: index) {
            return NameStart(length: 1, style: .lower, highland: false, checked: true)
        }
        guard vocabulary.familyFirstWords.contains(word.folded), !FamilyCues.countsUnit(words, at: index) else {
            return nil
        }
        if index + 1 < words.count {
            let pair = [word.text, words[index + 1].text]
            if vocabulary.highlandPairs.contains(pair) { return NameStart(length: 2, style: .title, highland: true) }
            if vocabulary.familyPairs.contains(pair) { return NameStart(length: 2, style: .title, highland: false) }
        }
        let text = word.text
        let title = text.prefix(1).uppercased() + text.dropFirst().lowercased()
        let style: Capitalisation
        if text == title {
            style = .title
        } else if text == text.uppercased() && text.count > 1 {
            style = .upper
        } else if text == text.lowercased() {
            style = .lower
        } else {
            return nil
        }
        if style == .lower, FamilyCues.hmongFamilies.contains(word.folded), index + 2 < words.count,
            FamilyCues.hmongMiddles.contains(words[index + 1].folded), words[index + 1].text == words[index + 1].lower
        {
            return NameStart(length: 1, style: .lower, highland: false, hmong: true)
        }
        // Capitalised without marks, single spaces and a capitalised given name after: "Vang A Chu".
        if style == .title, word.isASCII, FamilyCues.hmongFamilies.contains(word.folded), index + 2 < words.count,
            FamilyCues.hmongMiddles.contains(words[index + 1].folded), words[index + 1].isCapitalised,
            words[index + 2].isCapitalised, words[index + 2].range.location == words[index + 1].end + 1,
            words[index + 1].range.location == word.end + 1
        {
            return NameStart(length: 1, style: .title, highland: false)
        }
        // A family name with no marks to lose (Vi, Kim, Ksor) is itself; other ASCII words are read as
        // family names typed without marks, less those that are common words without them.
        if vocabulary.families.contains(title) && (!word.isASCII || style != .lower) {
            return NameStart(
                length: 1, style: style, highland: false,
                givenPair: style == .lower && vocabulary.middleAndGivenFollow(words, at: index))
        }
        if word.isASCII, !vocabulary.highland.contains(title) {
            if index > 0, words[index - 1].isASCII,
                WordClasses.wordsEndingInFamily.contains([words[index - 1].folded, word.folded])
            {
                return nil
            }
            if vocabulary.asciiFamilies.contains(word.folded) {
                return NameStart(
                    length: 1, style: style, highland: false,
                    givenPair: style == .lower
                        && (unmarkedGivenPairFollows(words, at: index)
                            || vocabulary.middleAndGivenFollow(words, at: index))
                )
            }
            // A family name that is also a word without marks (lo, vi) is one before a middle name and a
            // known given name: "lo thi xuan", "vi thị lan".
            guard index + 2 < words.count else { return nil }
            let middle = words[index + 1]
            let given = words[index + 2]
            let isMiddle =
                WordClasses.lowercaseMiddles.contains(middle.folded)
                && (middle.isASCII || WordClasses.markedMiddles.contains(middle.lower))
            let isGiven =
                given.isASCII ? vocabulary.givenFolded.contains(given.folded) : vocabulary.given.contains(given.lower)
            if isMiddle && isGiven { return NameStart(length: 1, style: style, highland: false) }
            // After a sure honorific, a middle name and any syllable: "ong lo van pun" (Lò Văn Pún).
            if isMiddle, style == .lower, index > 0, WordClasses.sureUnmarkedHonorifics.contains(words[index - 1].text),
                given.text == given.lower, NameShapes.isSyllable(given.folded),
                !NameShapes.isUnmarkedMiddleCompound(middle, given)
            {
                return NameStart(length: 1, style: style, highland: false, checked: true)
            }
            return pronounFamilyStarts(words, at: index, style: style)
                ? NameStart(length: 1, style: style, highland: false, checked: true) : nil
        }
        if style == .title, vocabulary.highland.contains(title) {
            return NameStart(length: 1, style: style, highland: true)
        }
        return nil
    }

    func rareFamilyBeforeMiddle(_ words: Words, at index: Int) -> Bool {
        guard FamilyCues.familiesBeforeMiddle.contains(words[index].text), index + 2 < words.count else { return false }
        let middle = words[index + 1]
        let given = words[index + 2]
        return WordClasses.markedMiddles.contains(middle.lower) && middle.isCapitalised && given.isCapitalised
            && vocabulary.given.contains(given.lower)
    }

    /// A family on no list, in lower case after an honorific, then văn or thị and a known given name:
    /// "ông thuận văn hòa". The middle name and the given name must make no word ("ông chánh văn phòng").
    func unlistedFamilyBeforeMiddle(_ words: Words, at index: Int) -> Bool {
        // The middle name first: most words are followed by no văn or thị, and this runs on every word.
        guard index > 0, index + 2 < words.count, words[index + 1].folded == "van" || words[index + 1].folded == "thi"
        else { return false }
        let family = words[index]
        let middle = words[index + 1]
        let given = words[index + 2]
        guard family.text == family.lower, middle.text == middle.lower, given.text == given.lower,
            NameShapes.isMiddle(middle), NameShapes.isSyllable(family.folded),
            !NameShapes.isMiddle(family), !PlaceShapes.isPlaceWord(family),
            !vocabulary.honorificSingles.contains(family.lower),
            given.isASCII ? vocabulary.givenFolded.contains(given.folded) : vocabulary.given.contains(given.lower),
            !NameShapes.isMiddleCompound(middle, given), !NameShapes.isUnmarkedMiddleCompound(middle, given),
            honorificEnding(words, at: index - 1) != nil
        else { return false }
        return true
    }

    /// Whether the kept place at `index` starts with an honorific and a further capitalised given name
    /// follows it: "bà Triệu Thị Lựu" is a person, "phố Bà Triệu" and "đền thờ bà Triệu" stay.
    func honorsAPerson(_ words: Words, at index: Int, scan: TextScan) -> Bool {
        let after = index + words.placeAt[index]
        guard vocabulary.honorificSingles.contains(words[index].lower), after < words.count,
            words[after].isCapitalised, scan.onlySpace(words[after - 1], words[after]),
            vocabulary.given.contains(words[after].lower) || NameShapes.isMiddle(words[after])
        else { return false }
        return index == 0 || !PlaceShapes.isPlaceWord(words[index - 1])
    }

    /// A Jarai or Ê Đê name typed in lower case after là, tên or an honorific: a highland family, y or h
    /// and the given name ("tên là nay h blim", "bà ksor h'nhi"). Without the cue "siu" or "nay" is a word.
    package func lowercaseHighlandNames(in scan: TextScan) -> [Span] {
        let words = scan.words
        guard words.count > 3 else { return [] }
        var spans: [Span] = []
        func title(_ word: Word) -> String { word.text.prefix(1).uppercased() + word.text.dropFirst() }
        for i in 0..<max(0, words.count - 1) {
            guard words[i].text == words[i].lower, vocabulary.highlandStarts.contains(words[i].folded) else { continue }
            // Cued by an honorific or an introducing word; or opening the text with a family that is no
            // Vietnamese syllable ("ksor y nhi nói…").
            let cued =
                i > 0
                && (WordClasses.introducingWords.contains(words[i - 1].lower)
                    || honorificEnding(words, at: i - 1) != nil)
            // A family of two words in lower case: "chị rơ châm h'yơn".
            let pair =
                i + 3 < words.count && words[i + 1].text == words[i + 1].lower
                && vocabulary.highlandPairs.contains([title(words[i]), title(words[i + 1])])
                && scan.onlySpace(words[i], words[i + 1])
            let family = words[i]
            let marker = words[pair ? i + 2 : i + 1]
            // Or a family and a given name that is no Vietnamese syllable: "ông nay blin"; a family of two
            // words and any given name but y or h: "ông rơ mah dút".
            if cued, marker.text == marker.lower, scan.onlySpace(words[pair ? i + 1 : i], marker),
                pair
                    ? !["y", "h"].contains(marker.text)
                    : vocabulary.highland.contains(title(family)) && NameShapes.isForeignShaped(marker.folded)
            {
                spans.append(Span(kind: .personName, range: span(words, i, pair ? i + 2 : i + 1), priority: 6))
                continue
            }
            guard i + 2 < words.count else { continue }
            let given = words[pair ? i + 3 : i + 2]
            // Or h' or y and the given name first, the family last: "chị h'ni niê", "ông y sơn êban".
            let markerGap = scan.string(NSRange(location: family.end, length: marker.range.location - family.end))
            if !pair, family.isASCII,
                family.text == "h" && ["'", "’"].contains(markerGap)
                    || family.text == "y"
                        && markerGap == " " && given.text.count >= 3,
                given.text == given.lower, marker.text == marker.lower, marker.text.count >= 2,
                vocabulary.highland.contains(title(given))
                    || given.isASCII && given.text.count >= 3 && vocabulary.highlandStarts.contains(given.folded),
                scan.onlySpace(marker, given), cued
            {
                spans.append(Span(kind: .personName, range: span(words, i, i + 2), priority: 6))
                continue
            }
            guard family.text == family.lower, pair || vocabulary.highland.contains(title(family)),
                ["y", "h"].contains(marker.text), given.text == given.lower, given.text.count >= 2,
                ["", " ", "'", "’"].contains(
                    scan.string(NSRange(location: marker.end, length: given.range.location - marker.end))),
                cued || (i == 0 && NameShapes.isForeignShaped(family.folded))
            else { continue }
            spans.append(Span(kind: .personName, range: span(words, i, pair ? i + 3 : i + 2), priority: 6))
        }
        return spans
    }

    /// Whether two known given names typed without marks follow such a family at `index`, that make no
    /// word together ("pham minh duc"; not "tran thanh toan").
    func unmarkedGivenPairFollows(_ words: Words, at index: Int) -> Bool {
        guard FamilyCues.unmistakableUnmarkedFamilies.contains(words[index].text), index + 2 < words.count else {
            return false
        }
        let first = words[index + 1]
        let second = words[index + 2]
        return [first, second].allSatisfy {
            $0.isASCII && $0.text == $0.lower && vocabulary.givenFolded.contains($0.folded)
        }
            && !WordClasses.givenPairWords.contains([first.text, second.text])
            && !WordClasses.wordsInNames.contains([first.text, second.text])
            && !WordClasses.wordsLikeNames.contains([words[index].text, first.text])
    }
}
