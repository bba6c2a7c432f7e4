import Foundation
import TextScanning
import TextShapes

/// The names of the Asian foreigners who live and work in Vietnam (the twenty-fourth round), as their
/// reports and official translations write them: a family of the lexicon's family-names-asian before a
/// given name of given-names-asian ("Tanaka Hiroshi", "Sato Yuki"), a hyphenated given name ("Kim Min-jun",
/// "Chen Wei-ling", "KIM MIN-JUN") or initials ("Chen W.L.", "Tanaka H.", "KIM M.J."); a given name of
/// given-names-asian or given-names-western before such a family ("Priya Sharma", "Ana REYES", "Rajesh
/// Kumar") or an initial ("Maria S."). The Chinese characters of the name in brackets right after it go too
/// ("Chen Wei-ling (陳薇伶)"). Limits: one listed word alone is no name ("Kim", "Park", "Lotte Mart"); a
/// given name spelt as two spaced words ("Min Jun") and a family that is a Vietnamese word without marks
/// (Ly, Ha, Tan, Hong) are left to the Vietnamese rules.
package enum AsianNames {
    /// Every name the rule gives, as UTF-16 ranges of the text. Text without a capital, or without a listed
    /// word and an English word (Vietnamese text, mostly), pays a set test for each capitalised word typed
    /// without marks.
    package static func ranges(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let lower = lowerCaseNames(in: scan, vocabulary: vocabulary)
        guard scan.hasUppercase else { return lower }
        let words = scan.words
        // A Western given name and an initial ("Maria S.") only in English text.
        let asian = words.list.contains { $0.isASCII && $0.isCapitalised && vocabulary.asianNames.contains($0.lower) }
        guard asian || scan.hasDot && scan.hasAnyWord(WesternNames.englishWords) else { return lower }
        var found: [NSRange] = lower
        var i = 0
        while i < words.count {
            let word = words[i]
            // A family that reads as a place with a hyphenated given name after it is a person's ("Kim
            // Dong-hyun" is no Kim Động; the fortieth round).
            let place = words.placeAt[i] != 0
            guard word.isASCII, isNameCase(word),
                let end =
                    (vocabulary.asianFamilies.contains(word.lower)
                        ? givenEnd(afterFamily: i, in: scan, vocabulary: vocabulary, hyphenatedOnly: place) : nil)
                    ?? (place ? nil : familyEnd(afterGiven: i, in: scan, vocabulary: vocabulary))
            else {
                i += 1
                continue
            }
            found.append(NSRange(location: word.range.location, length: end - word.range.location))
            if let han = hanAfter(end, in: scan) { found.append(han) }
            i = words.list.firstIndex { $0.range.location >= end } ?? words.count
        }
        return found
    }

    /// Capitalised ("Tanaka") or in capitals ("KIM"), two letters or more.
    static func isNameCase(_ word: Word) -> Bool {
        word.text.utf16.count >= 2 && word.text.first?.isUppercase == true
            && (word.text.dropFirst().allSatisfy(\.isLowercase) || word.text == word.text.uppercased())
    }

    /// Where the given name after the family at `i` ends (UTF-16), if one follows a space apart: a listed
    /// given name, a hyphenated one of two short parts, or initials; only the hyphenated one if
    /// `hyphenatedOnly` (the family reads as a place too).
    static func givenEnd(
        afterFamily i: Int, in scan: TextScan, vocabulary: Vocabulary, hyphenatedOnly: Bool = false
    ) -> Int? {
        let words = scan.words
        let family = words[i]
        if !hyphenatedOnly, let initials = match(initialsAfter, at: family.end, in: scan) {
            return NSMaxRange(initials)
        }
        guard i + 1 < words.count, scan.onlySpace(family, words[i + 1]), hyphenatedOnly || words.placeAt[i + 1] == 0
        else { return nil }
        let first = words[i + 1]
        let capitals = family.text == family.text.uppercased()
        guard first.isASCII, isNameCase(first), capitals == (first.text == first.text.uppercased()) else { return nil }
        // "Min-jun", "Wei-ling", "MIN-JUN": two parts of two to five letters, the second in the first's case
        // less its capital.
        guard i + 2 < words.count, scan.unit(at: first.end) == 0x2D, words[i + 2].range.location == first.end + 1
        else { return !hyphenatedOnly && vocabulary.asianGiven.contains(first.lower) ? first.end : nil }
        let second = words[i + 2]
        let secondCase = capitals ? second.text == second.text.uppercased() : second.text == second.lower
        guard second.isASCII, secondCase, (2...5).contains(first.text.count), (2...5).contains(second.text.count),
            !second.text.contains(where: \.isNumber), !hyphenatedOnly || !placeSuffixes.contains(second.lower)
        else { return nil }
        return second.end
    }

    /// English words a hyphen joins to a place ("Hai Phong-based"): no given name's second part.
    static let placeSuffixes: Set<String> = [
        "based", "born", "bound", "style", "made", "owned", "run", "wide", "area", "like", "side", "level", "era",
    ]

    /// The names typed all in lower case (the fortieth round): a listed family before a hyphenated given
    /// name of two parts of two to five letters (six for the second, Wade-Giles "hsiung"), "husband: lee sang-woo", "her husband chen wen-hsiung",
    /// "'lin zhi-hao'". Over the shipped batches the shape comes once ("lee seung-woo"), a name. A word of
    /// three hyphenated parts ("park-and-ride") or a capital in it is not read; a Vietnamese family typed
    /// without marks (ly, ha) is in no Asian list. Only the words before a hyphen pay a test.
    static func lowerCaseNames(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        for j in words.list.indices.dropFirst().dropLast() where scan.unit(at: words[j].end) == 0x2D {
            let family = words[j - 1]
            let first = words[j]
            let second = words[j + 1]
            guard second.range.location == first.end + 1, family.isASCII, family.text == family.lower,
                vocabulary.asianFamilies.contains(family.text), scan.onlySpace(family, first),
                scan.unit(at: family.range.location - 1) != 0x2D, scan.unit(at: second.end) != 0x2D,
                first.isASCII, second.isASCII, first.text == first.lower, second.text == second.lower,
                (2...5).contains(first.text.count), (2...6).contains(second.text.count),
                !first.text.contains(where: \.isNumber), !second.text.contains(where: \.isNumber)
            else { continue }
            found.append(NSRange(location: family.range.location, length: second.end - family.range.location))
        }
        return found
    }

    /// Where the family after the given name at `i` ends (UTF-16): a listed family, capitalised or in
    /// capitals ("Priya SHARMA"), or one initial ("Maria S.").
    static func familyEnd(afterGiven i: Int, in scan: TextScan, vocabulary: Vocabulary) -> Int? {
        let words = scan.words
        let given = words[i]
        guard given.text.dropFirst().allSatisfy(\.isLowercase),
            vocabulary.asianGiven.contains(given.lower) || vocabulary.westernGiven.contains(given.lower)
        else { return nil }
        if i + 1 < words.count, scan.onlySpace(given, words[i + 1]), words.placeAt[i + 1] == 0,
            isNameCase(words[i + 1]), vocabulary.asianFamilies.contains(words[i + 1].lower)
        {
            return words[i + 1].end
        }
        return match(initialAfter, at: given.end, in: scan).map(NSMaxRange)
    }

    /// The match of `regex` anchored at `location`, if any.
    static func match(_ regex: NSRegularExpression, at location: Int, in scan: TextScan) -> NSRange? {
        guard location < scan.utf16Count else { return nil }
        return regex.firstMatch(
            in: scan.ns as String, options: .anchored,
            range: NSRange(location: location, length: scan.utf16Count - location)
        )?.range
    }

    /// Initials after a family: " W.L.", " H.", " M.J.", " W.-L.", before no letter.
    static let initialsAfter = DataShapes.regex(#"\s\p{Lu}\.(?:-?\p{Lu}\.){0,2}(?![\p{L}\p{M}])"#)
    /// One initial after a given name: " S.", before no letter and no second initial.
    static let initialAfter = DataShapes.regex(#"\s\p{Lu}\.(?![\p{L}\p{M}]|\p{Lu}\.)"#)
    /// The name in Chinese characters in brackets: " (陳薇伶)".
    static let hanInBrackets = DataShapes.regex(#"\s?[(（](\p{Han}{2,4})[)）]"#)

    /// The Chinese characters in brackets right after a name ending at `end`, if any.
    static func hanAfter(_ end: Int, in scan: TextScan) -> NSRange? {
        guard
            scan.unit(at: end) == 0x28 || scan.unit(at: end + 1) == 0x28 || scan.unit(at: end) == 0xFF08
                || scan.unit(at: end + 1) == 0xFF08,
            let match = hanInBrackets.firstMatch(
                in: scan.ns as String, options: .anchored,
                range: NSRange(location: end, length: scan.utf16Count - end))
        else { return nil }
        return match.range(at: 1)
    }
}
