import Foundation
import PersonShapes
import TextScanning
import TextShapes

/// Names as Vietnamese people write them in English (the twenty-sixth round): a full name in capitals as a
/// passport or a bank prints it, and a nickname given with its literal translation in brackets.
extension EnglishPeople {
    /// A Vietnamese full name in capitals with no honorific: a family's first word of the lexicons, a middle
    /// name (VAN, THI, HOANG…) and one or two more syllables, each a space apart, typed without marks, the
    /// run ending before no word in capitals ("GIAP VAN HUNG / passport holder", "THE SCAMMER IS DANG VAN
    /// LOC, DO NOT…", "NGUYEN THI HONG NHUNG or"). Limits: a catalogued place stays and a city or a street in
    /// capitals goes on with a word that is no syllable ("HO CHI MINH CITY", "LE VAN SY STREET"); a name
    /// without its middle name ("LE NAM") is left to the other rules.
    static func fullNamesInCapitals(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        guard words.count >= 3 else { return [] }
        var found: [NSRange] = []
        var i = 0
        while i < words.count - 2 {
            defer { i += 1 }
            let family = words[i]
            guard family.text.count >= 2, family.isASCII, isCapitals(family), words.placeAt[i] == 0,
                vocabulary.familyFirstWords.contains(family.folded), isCapitals(words[i + 1]),
                scan.onlySpace(family, words[i + 1]), vocabulary.middlesFolded.contains(words[i + 1].folded),
                i == 0 || !scan.onlySpace(words[i - 1], family) || !isCapitalSyllable(words[i - 1])
            else { continue }
            var last = i + 1
            while last + 1 < words.count, last - i < 3, words.placeAt[last + 1] == 0,
                scan.onlySpace(words[last], words[last + 1]), isCapitals(words[last + 1]),
                words[last + 1].text.count >= 2, NameShapes.isSyllable(words[last + 1].folded)
            {
                last += 1
            }
            guard last >= i + 2,
                last + 1 >= words.count || !isCapitals(words[last + 1])
                    || !scan.onlySpace(words[last], words[last + 1])
            else { continue }
            found.append(NSRange(location: family.range.location, length: words[last].end - family.range.location))
            i = last
        }
        return found
    }

    /// A nickname told with its literal translation in brackets: a given name and one English word, or a
    /// given name, "the" and a word, right before a bracket of two or three words that holds the same given
    /// name and one other word, or a given name and two capitalised words ("Nam Bald (Nam troc)", "Mai Ca Phe (Coffee Mai)", "Tuan Ga (Chicken Tuan)", "Toan the Korean (Toan
    /// Han)", "Black Thanh (Thanh den)"): both go. Limits: the two sides must share exactly that one word, so
    /// a place and its Vietnamese name ("Vinh Long Province (Tinh Vinh Long)", "Ben Thanh Market (Cho Ben
    /// Thanh)") stay, as does a catalogued place; a nickname with no bracket ("Tien Lottery") is not found.
    static func translatedNicknames(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        guard words.count >= 4 else { return [] }
        var found: [NSRange] = []
        for k in 1..<words.count - 2
        where scan.unit(at: words[k].end) == 0x20 && scan.unit(at: words[k].end + 1) == 0x28 {
            // The bracket: two or three words, closed right after the last.
            let open = k + 1
            guard words[open].range.location == words[k].end + 2 else { continue }
            var close = open
            while close + 1 < words.count, close - open < 2, scan.onlySpace(words[close], words[close + 1]) {
                close += 1
            }
            guard close > open, scan.unit(at: words[close].end) == 0x29,
                close + 1 >= words.count || words[close + 1].range.location > words[close].end
            else { continue }
            let inside = Set(words.list[open...close].map(\.folded))
            // Before it: the given name, then one word or "the" and a word; or a word, then the given name.
            let start = max(0, k - 2)
            let before = Array(start...k)
            let shared = before.filter { inside.contains(words[$0].folded) }
            guard shared.count == 1, let g = shared.first, words[g].isCapitalised, words[g].isASCII,
                vocabulary.givenFolded.contains(words[g].folded),
                words.list[open...close].filter({ $0.folded == words[g].folded }).count == 1,
                before.allSatisfy({ words.placeAt[$0] == 0 }),
                words.placeAt[open...close].allSatisfy({ $0 == 0 })
            else { continue }
            let first: Int
            if g == k {
                first = k - 1
            } else if g == k - 1 {
                first = g
            } else if words[k - 1].text == "the" || words[k - 1].isCapitalised {
                first = g
            } else {
                continue
            }
            guard first >= 0, words[first].isCapitalised,
                (first..<k).allSatisfy({ scan.onlySpace(words[$0], words[$0 + 1]) }),
                first == 0 || !words[first - 1].isCapitalised || !scan.onlySpace(words[first - 1], words[first])
            else { continue }
            found.append(
                NSRange(location: words[first].range.location, length: words[k].end - words[first].range.location))
            found.append(
                NSRange(location: words[open].range.location, length: words[close].end - words[open].range.location))
        }
        return found
    }

    /// Words without marks that are no Vietnamese syllable but open a school's or an office's name ("truong
    /// thcs dang thai mai" stays).
    static let unmarkedInstitutions: Set<String> = ["thcs", "thpt", "th", "mn", "ubnd", "bv", "tp", "tx", "tt"]

    /// A Vietnamese full name in lower case without marks in English text, with no cue before it: a family of
    /// the lexicons typed without marks (not one that is an English word: "do", "ha"), a middle name and one
    /// or two given names, between words that are no Vietnamese syllable ("my ex-boss doan quoc khanh still
    /// owes", "his assistant vu thi hoa will book"). Limits: unmarked Vietnamese on either side is a
    /// Vietnamese phrase, not a name ("truong thcs dang thai mai" stays); a name without its middle name
    /// ("nhung nguyen") is not found.
    static func lowerCaseFullNames(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        guard words.count >= 4 else { return [] }
        func isLowerAscii(_ k: Int) -> Bool { words[k].isASCII && words[k].text == words[k].lower }
        func isOther(_ k: Int) -> Bool {
            !isLowerAscii(k)
                || words[k].text.count >= 2 && !NameShapes.isSyllable(words[k].folded)
                    && !unmarkedInstitutions.contains(words[k].folded)
        }
        var found: [NSRange] = []
        for i in 1..<words.count - 2
        where isLowerAscii(i) && vocabulary.asciiFamilies.contains(words[i].folded)
            && !unmarkedFamilies.contains(words[i].folded) && isLowerAscii(i + 1)
            && vocabulary.middlesFolded.contains(words[i + 1].folded) && scan.onlySpace(words[i], words[i + 1])
        {
            var last = i + 1
            while last + 1 < words.count, last - i < 3, isLowerAscii(last + 1),
                vocabulary.givenFolded.contains(words[last + 1].folded), scan.onlySpace(words[last], words[last + 1])
            {
                last += 1
            }
            guard last >= i + 2, isOther(i - 1), last + 1 >= words.count || isOther(last + 1) else { continue }
            found.append(NSRange(location: words[i].range.location, length: words[last].end - words[i].range.location))
        }
        return found
    }
}
