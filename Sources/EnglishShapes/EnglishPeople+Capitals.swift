import Foundation
import PersonShapes
import TextScanning
import TextShapes

/// Names that official English translations write in capitals, and nicknames in quotes (the twenty-fourth
/// round).
extension EnglishPeople {
    /// English honorifics before a name in capitals (folded).
    static let capitalsCues: Set<String> = ["mr", "mrs", "ms", "miss", "dr", "comrade"]

    /// A Vietnamese name in capitals after an English honorific: "Mr. VANG SEO LU", "and Mr. TA QUANG VINH",
    /// "Ms. KSOR H'BLONG": two to four words in capitals, the first a family's first word of the lexicons, the
    /// others a space apart and each a Vietnamese syllable or one letter, or any word after an apostrophe
    /// after one letter (H'BLONG). Limits: an
    /// agency's acronym is no syllable (UBND, CSGT, PC03) and an English word in capitals mostly is none
    /// (DISTRICT, COMMITTEE); a name in capitals with no honorific before it is left to the family rules.
    static func namesInCapitals(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        guard words.count > 2 else { return [] }
        var found: [NSRange] = []
        for i in 1..<words.count - 1
        where words[i].isCapitalised && capitalsCues.contains(words[i - 1].folded) && isCapitals(words[i])
            && words[i].text.count > 1
            && vocabulary.familyFirstWords.contains(words[i].folded)
        {
            var last = i
            while last + 1 < words.count, last - i < 3, isCapitals(words[last + 1]) {
                let next = words[last + 1]
                let afterLetter =
                    words[last].text.count == 1 && next.range.location == words[last].end + 1
                    && [0x27, 0x2019].contains(scan.unit(at: words[last].end))
                guard afterLetter || scan.onlySpace(words[last], next) && isCapitalSyllable(next) else { break }
                last += 1
            }
            if last > i {
                found.append(
                    NSRange(location: words[i].range.location, length: words[last].end - words[i].range.location))
            }
        }
        return found
    }

    /// A word in capitals, without digits.
    static func isCapitals(_ word: Word) -> Bool {
        word.text != word.lower && word.text == word.text.uppercased() && !word.text.contains(where: \.isNumber)
    }

    /// A word in capitals that is a Vietnamese syllable ("VANG", "QUANG") or one capital ("H" of H'NHI).
    static func isCapitalSyllable(_ word: Word) -> Bool {
        isCapitals(word) && (word.text.count == 1 || NameShapes.isSyllable(word.folded))
    }

    static let nicknameCues: Keywords = ["as", "called", "calls", "call", "nicknamed"]

    /// A nickname in quotes after "as", "call(s)" or "called", up to four words between: "known as 'Bay Cho
    /// Lon'", "known to the workers as 'Sep Kim'", "calls the landlord's nephew 'Cuong Coi'". One to three
    /// capitalised words, one of them a given name or a nickname of the lexicons. Limits: "such as 'Green
    /// Card'" stays (no given name); a nickname in lower case is not read.
    static let quotedAfterCue = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?i:as|called|calls|call|nicknamed)(?:\s+[\p{L}\p{M}'’]+){0,4}?\s+['‘"“](\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,2})['’"”]"#
    )

    /// A given name and a one-word nickname in quotes right after it: "Hai 'Lua'", "is hung 'cop'". The
    /// name is capitalised, or in lower case after "is", "was" or "officer"; an English word ("is the
    /// 'agent'") is none.
    static let givenAndQuoted = DataShapes.regex(
        #"(?<![\p{L}\p{M}'’])([\p{L}\p{M}]{2,})\s['‘"“][\p{L}\p{M}]+['’"”](?![\p{L}\p{M}])"#)

    /// The nicknames of both shapes above, as UTF-16 ranges.
    static func quotedNicknames(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        // An opening quote after a space, before a letter: most quotes in English text are apostrophes.
        let units = scan.units
        guard
            units.indices.dropFirst().dropLast().contains(where: { k in
                let unit = units[k]
                return (unit == 0x27 || unit == 0x2018 || unit == 0x22 || unit == 0x201C) && units[k - 1] == 0x20
                    && units[k + 1] > 0x40
            })
        else { return [] }
        var found: [NSRange] = []
        if scan.hasAnyWord(nicknameCues) {
            found += scan.matches(quotedAfterCue).compactMap { match in
                let quoted = match.range(at: 1)
                let named = scan.string(quoted).split(separator: " ").contains { part in
                    let lower = part.lowercased()
                    return vocabulary.given.contains(lower) || vocabulary.nicknames.contains(lower)
                        || vocabulary.givenFolded.contains(Folding.fold(lower))
                }
                return named ? quoted : nil
            }
        }
        guard scan.hasQuote else { return found }
        return found
            + scan.matches(givenAndQuoted).compactMap { match in
                let name = match.range(at: 1)
                guard let index = scan.words.list.firstIndex(where: { $0.range.location == name.location }) else {
                    return nil
                }
                let word = scan.words[index]
                // "is the 'agent'": thế is a given name, "the" is an English word.
                guard !WesternNames.notSurnames.contains(word.lower),
                    vocabulary.given.contains(word.lower) || vocabulary.givenFolded.contains(word.folded)
                else { return nil }
                let cued = index > 0 && ["is", "was", "officer"].contains(scan.words[index - 1].lower)
                return word.isCapitalised || cued ? match.range : nil
            }
    }

    /// A family and a given name in lower case after "name is" or "name was", before a pause or a bracket:
    /// "her name is ha my (ha thi my)". Limits: two words only right after the cue; three are
    /// ``lowerCaseNames``'.
    static func lowerCasePairsAfterName(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        guard words.count >= 4, scan.hasWord("name") else { return [] }
        return (2..<words.count - 1).compactMap { i in
            let (family, given) = (words[i], words[i + 1])
            guard words[i - 2].folded == "name", ["is", "was"].contains(words[i - 1].lower),
                family.text == family.lower, given.text == given.lower, family.isASCII, given.isASCII,
                vocabulary.asciiFamilies.contains(family.folded) || unmarkedFamilies.contains(family.folded),
                vocabulary.givenFolded.contains(given.folded), scan.onlySpace(family, given),
                scan.pauseAfter(given) || scan.unit(at: given.end + 1) == 0x28
            else { return nil }
            return NSRange(location: family.range.location, length: given.end - family.range.location)
        }
    }

    /// A Vietnamese full name typed without marks in English text whose family is a word without them
    /// (Không, Tòng, Cù): a listed family's first word, a middle name and a given name, each capitalised,
    /// before no capitalised word: "our driver Khong Minh Tri was", "Cam Ba Xom and Tong Thi La". Limits:
    /// a street, a ward or a school named after a person goes on with a capitalised word ("Le Van Sy
    /// Street") and stays; a catalogued place stays.
    static func unmarkedFullNames(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        guard words.count >= 3 else { return [] }
        func isTitle(_ k: Int) -> Bool {
            let word = words[k]
            return word.isASCII && word.isCapitalised && words.placeAt[k] == 0
                && word.text.dropFirst().allSatisfy(\.isLowercase)
        }
        return (0..<words.count - 2).compactMap { i in
            guard words[i].isCapitalised, words[i + 1].isCapitalised, words[i + 2].isCapitalised,
                isTitle(i), isTitle(i + 1), isTitle(i + 2), words[i].text.count >= 2,
                i == 0 || !words[i - 1].isCapitalised || !scan.onlySpace(words[i - 1], words[i]),
                i + 3 >= words.count || !words[i + 3].isCapitalised || !scan.onlySpace(words[i + 2], words[i + 3]),
                scan.onlySpace(words[i], words[i + 1]), scan.onlySpace(words[i + 1], words[i + 2]),
                vocabulary.familyFirstWords.contains(words[i].folded),
                vocabulary.middlesFolded.contains(words[i + 1].folded),
                vocabulary.givenFolded.contains(words[i + 2].folded)
            else { return nil }
            return NSRange(location: words[i].range.location, length: words[i + 2].end - words[i].range.location)
        }
    }
}
