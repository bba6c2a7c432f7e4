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
        guard scan.hasUppercase else { return [] }
        let words = scan.words
        // A Western given name and an initial ("Maria S.") only in English text.
        let asian = words.list.contains { $0.isASCII && $0.isCapitalised && vocabulary.asianNames.contains($0.lower) }
        guard asian || scan.hasDot && scan.hasAnyWord(WesternNames.englishWords) else { return [] }
        var found: [NSRange] = []
        var i = 0
        while i < words.count {
            let word = words[i]
            guard word.isASCII, words.placeAt[i] == 0, isNameCase(word),
                let end =
                    (vocabulary.asianFamilies.contains(word.lower)
                        ? givenEnd(afterFamily: i, in: scan, vocabulary: vocabulary) : nil)
                    ?? familyEnd(afterGiven: i, in: scan, vocabulary: vocabulary)
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
    /// given name, a hyphenated one of two short parts, or initials.
    static func givenEnd(afterFamily i: Int, in scan: TextScan, vocabulary: Vocabulary) -> Int? {
        let words = scan.words
        let family = words[i]
        if let initials = match(initialsAfter, at: family.end, in: scan) { return NSMaxRange(initials) }
        guard i + 1 < words.count, scan.onlySpace(family, words[i + 1]), words.placeAt[i + 1] == 0 else { return nil }
        let first = words[i + 1]
        let capitals = family.text == family.text.uppercased()
        guard first.isASCII, isNameCase(first), capitals == (first.text == first.text.uppercased()) else { return nil }
        // "Min-jun", "Wei-ling", "MIN-JUN": two parts of two to five letters, the second in the first's case
        // less its capital.
        guard i + 2 < words.count, scan.unit(at: first.end) == 0x2D, words[i + 2].range.location == first.end + 1
        else { return vocabulary.asianGiven.contains(first.lower) ? first.end : nil }
        let second = words[i + 2]
        let secondCase = capitals ? second.text == second.text.uppercased() : second.text == second.lower
        guard second.isASCII, secondCase, (2...5).contains(first.text.count), (2...5).contains(second.text.count),
            !second.text.contains(where: \.isNumber)
        else { return nil }
        return second.end
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
