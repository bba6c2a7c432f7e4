import Foundation
import TextScanning
import TextShapes

/// Nicknames found by their shape: a given name in lower case and an epithet after a word that points at
/// a person ("sợ thằng phong bi", "biết hải bò", "thang hung coi"), a sentence that opens on a capitalised
/// given name and an epithet ("Phong cẩu với…"), and a capitalised syllable before an epithet in lower
/// case in quotes (Pử "lò vôi", Cháng “thầy mo”). Each finder gives UTF-16 ranges of the text.
package enum NicknameSlots {
    /// Whether a nickname's word opens a quote, as in A Páo "lùn": only then need quoted runs be
    /// looked at in a text where no name was found (the twenty-first round).
    package static func hasQuotedNickname(in scan: TextScan, vocabulary: Vocabulary) -> Bool {
        let opening: Set<UInt16> = [0x22, 0x27, 0x201C, 0x2018]
        return scan.hasQuote
            && scan.words.list.contains {
                opening.contains(scan.unit(at: $0.range.location - 1)) && vocabulary.nicknames.contains($0.lower)
            }
    }

    /// Every range the finders below give.
    package static func ranges(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        var found = scan.hasAnyWord(pointingWords) ? afterPointing(in: scan, vocabulary: vocabulary) : []
        found += openingSentences(in: scan, vocabulary: vocabulary)
        if scan.hasQuote { found += beforeQuotedEpithets(in: scan, vocabulary: vocabulary) }
        if scan.hasWord("cu") || scan.hasWord("be") { found += boysPetNames(in: scan, vocabulary: vocabulary) }
        if scan.hasWord("a") { found += hoaPetNames(in: scan, vocabulary: vocabulary) }
        return found + twoNamesAndAnEpithet(in: scan, vocabulary: vocabulary)
    }

    /// A capitalised before one capitalised syllable typed with marks is how the Hoa call a person, one
    /// nickname: "A Phủng bán hủ tiếu", "A Múi, vợ của…", "với A Cẩu" (the twenty-fifth round). Limits: the
    /// A opens a sentence or a clause, or follows với, và, là, của, gặp, hỏi or nhờ, so that a Hmông middle A
    /// ("Giàng A Chu") and a block's letter ("tòa A") are not it; the syllable is typed with marks, is no
    /// place's nor office's, nor Tết or a dish's (``hoaPetNameFoods``), and no capitalised word follows it
    /// ("A Đà Nẵng" is no one): "A Sang" typed without marks and a name of two syllables are not found.
    static func hoaPetNames(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        return (0..<max(0, words.count - 1)).compactMap { i in
            let name = words[i + 1]
            guard words[i].text == "A", name.isCapitalised, !name.isASCII, scan.onlySpace(words[i], name),
                NameShapes.isSyllable(name.folded), !vocabulary.offices.contains(name.text),
                !hoaPetNameFoods.contains(name.text),
                words.placeAt.isEmpty || words.placeAt[i] == 0 && words.placeAt[i + 1] == 0,
                i + 2 >= words.count || !words[i + 2].isCapitalised || !scan.onlySpace(name, words[i + 2]),
                i == 0 || startsSentence(scan, at: i) || scan.pauseAfter(words[i - 1])
                    || hoaPetNameCues.contains(words[i - 1].lower)
            else { return nil }
            return NSRange(location: words[i].range.location, length: name.end - words[i].range.location)
        }
    }

    static let hoaPetNameCues: Set<String> = ["với", "và", "là", "của", "gặp", "hỏi", "nhờ"]
    /// Tết and the dishes and garments English text names in Vietnamese after its article, capitalised at a
    /// sentence's start: "A Tết bonus of one month's salary", "A Phở stall", "A Bún chả lunch" (the
    /// thirty-ninth round). No one is called A Tết or A Phở; a Hoa pet name is a person's syllable. The
    /// forty-first round adds Tổ, an organisation's or a quarter's word ("A Tổ chức (organisation) in Hà Nội",
    /// "A Tổ dân phố meeting"); over the shipped batches "A Tổ" never comes.
    static let hoaPetNameFoods: Set<String> = [
        "Tết", "Phở", "Bún", "Bánh", "Xôi", "Chè", "Cơm", "Gỏi", "Chả", "Nem", "Áo", "Nón", "Cà", "Hủ", "Tổ",
    ]

    /// Cu capitalised before a capitalised syllable is part of a boy's pet name, not an honorific before it:
    /// "Cu Tèo", "con ông Cu Bin" (the twenty-third round). Limits: not after a place's word ("sông Cu Đê"),
    /// not before an office's word. The thirty-sixth round adds a child's Bé ("Bé Tí from the packing line",
    /// "Bé Na bán vé số"), not after a capitalised word ("Mầm non Bé Ngoan" too is left to the place rules).
    static func boysPetNames(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        return (0..<max(0, words.count - 1)).compactMap { i in
            let name = words[i + 1]
            guard words[i].text == "Cu" || words[i].text == "Bé" && (i == 0 || !words[i - 1].isCapitalised),
                name.isCapitalised, scan.onlySpace(words[i], name),
                NameShapes.isSyllable(name.folded), !vocabulary.offices.contains(name.text),
                // A kept place that opens on Cu is none: "Việt Nam – Cu Ba" (Cuba; the thirty-third round).
                words.placeAt.isEmpty || words.placeAt[i] == 0 && words.placeAt[i + 1] == 0,
                i == 0 || !PlaceShapes.isPlaceWord(words[i - 1])
            else { return nil }
            return NSRange(location: words[i].range.location, length: name.end - words[i].range.location)
        }
    }

    /// Two capitalised known given names and a one-word epithet of the lexicon: "Minh Trí Grabcar", "Lan Anh
    /// béo" (the twenty-third round). Limits: not inside a kept place, and the epithet no place's word.
    static func twoNamesAndAnEpithet(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        return (0..<max(0, words.count - 2)).compactMap { i in
            guard words[i].isCapitalised, words[i + 1].isCapitalised else { return nil }
            let epithet = words[i + 2]
            guard vocabulary.nicknames.contains(epithet.lower),
                isKnownGiven(words[i], vocabulary), isKnownGiven(words[i + 1], vocabulary),
                scan.onlySpace(words[i], words[i + 1]), scan.onlySpace(words[i + 1], epithet),
                words.placeAt.isEmpty || words.placeAt[i] == 0 && words.placeAt[i + 1] == 0,
                !PlaceShapes.isPlaceWord(epithet)
            else { return nil }
            return NSRange(location: words[i].range.location, length: epithet.end - words[i].range.location)
        }
    }

    /// Words that point at a person (folded): thằng, thg, biết (bit, bít), sợ.
    static let pointingWords: Keywords = ["thang", "thg", "biet", "bit", "so"]
    static let markedPointing: Set<String> = ["thằng", "thg", "biết", "bít", "sợ"]
    /// Epithets with no mark, which only text typed with marks tells from a word: bi (a marble), not bị.
    static let bareEpithets: Set<String> = ["bi"]
    /// Words after which a capitalised syllable and a quoted epithet name a person: là Pử "lò vôi", biết
    /// Cháng “thầy mo” (an honorific does too); elsewhere a title in quotes is a thing's (phong trào Sống "xanh").
    static let quoteCues: Set<String> = ["là", "biết", "bít", "gặp", "sợ", "nhờ", "thấy", "báo", "kể", "hỏi", "gọi"]
    /// Given names that are flowers, which an epithet after them describes: "Mai đen", "Hoa đen".
    static let flowers: Set<String> = ["hoa", "mai", "lan", "dao", "cuc", "hong", "sen", "hue"]

    /// Whether `word` is a known given name as typed (folded when typed without marks).
    static func isKnownGiven(_ word: Word, _ vocabulary: Vocabulary) -> Bool {
        word.isASCII ? vocabulary.givenFolded.contains(word.folded) : vocabulary.given.contains(word.lower)
    }

    /// After thằng, biết or sợ: a known given name in lower case and a listed epithet, with marks, or
    /// both typed without them ("thang hung coi"; after biet or bit no epithet that is an everyday word). Limits: "bi" counts only in text typed with marks (bị);
    /// "thang" before a month's number is tháng.
    static func afterPointing(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        let marked = words.list.contains { !$0.isASCII }
        for i in 0..<max(0, words.count - 2) {
            let cue = words[i]
            // Without marks "so" is số or sở as often as sợ: only thang, thg, biet and bit point typed so.
            guard
                markedPointing.contains(cue.lower)
                    || cue.isASCII && cue.text != "so" && pointingWords.contains(cue.text)
            else { continue }
            let name = words[i + 1]
            let epithet = words[i + 2]
            guard name.text == name.lower, epithet.text == epithet.lower, isKnownGiven(name, vocabulary),
                scan.onlySpace(cue, name), scan.onlySpace(name, epithet),
                cue.text != "thang" || NumberShapes.monthNumbers[name.folded] == nil,
                !WordClasses.wordsLikeNames.contains([name.folded, epithet.folded])
            else { continue }
            // A bare word in text typed with marks is as typed: "phong bi" (a marble) is no "bị".
            // After biet or bit an everyday word may follow the name ("biet lan co"): thằng points harder.
            let folded =
                ["thang", "thg"].contains(cue.text)
                ? vocabulary.nicknamesFolded : vocabulary.nicknamesAfterUnmarkedNames
            let listed =
                epithet.isASCII && !marked
                ? name.isASCII && folded.contains(epithet.folded)
                : vocabulary.nicknames.contains(epithet.lower) || bareEpithets.contains(epithet.lower)
            if listed {
                found.append(NSRange(location: name.range.location, length: epithet.end - name.range.location))
            }
        }
        return found
    }

    /// A sentence opening on a capitalised known given name, a listed epithet with marks and another word:
    /// "Phong cẩu với đám đàn em…". Limits: a flower's name stays ("Hoa đen nở"), and so does a name
    /// before a word that is no listed epithet.
    static func openingSentences(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        for i in 0..<max(0, words.count - 2) {
            let name = words[i]
            let epithet = words[i + 1]
            guard name.isCapitalised, !epithet.isASCII, epithet.text == epithet.lower,
                vocabulary.nicknames.contains(epithet.lower), vocabulary.given.contains(name.lower),
                !flowers.contains(name.folded), words.placeAt.isEmpty || words.placeAt[i] == 0,
                scan.onlySpace(name, epithet), scan.onlySpace(epithet, words[i + 2]), startsSentence(scan, at: i)
            else { continue }
            found.append(NSRange(location: name.range.location, length: epithet.end - name.range.location))
        }
        return found
    }

    /// A capitalised syllable after là, biết, gặp, sợ, nhờ, thấy, báo, kể, hỏi, gọi or an honorific, then one
    /// to three lower-case words in quotes: là Pử "lò vôi", biết Cháng “thầy mo” (the quotes go with it).
    /// Limits: after another word it is a title's (phong trào Sống "xanh", vụ Lúa "vàng"); an office's or a
    /// place's word keeps it.
    static func beforeQuotedEpithets(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        for i in 1..<max(1, words.count - 1) {
            let name = words[i]
            let before = words[i - 1]
            guard name.isCapitalised, name.text.count >= 2, NameShapes.isSyllable(name.folded),
                quoteCues.contains(before.lower) || vocabulary.honorificSingles.contains(before.lower),
                scan.onlySpace(before, name), scan.opensQuote(between: name, words[i + 1]),
                !vocabulary.offices.contains(name.text), words.placeAt.isEmpty || words.placeAt[i] == 0,
                !PlaceShapes.isPlaceWord(before)
            else { continue }
            var last = i + 1
            while !scan.closingQuote(after: words[last].end), last - i < 3, last + 1 < words.count,
                scan.onlySpace(words[last], words[last + 1])
            {
                last += 1
            }
            guard scan.closingQuote(after: words[last].end),
                (i + 1...last).allSatisfy({
                    words[$0].text == words[$0].lower && !words[$0].text.contains(where: \.isNumber)
                })
            else { continue }
            found.append(NSRange(location: name.range.location, length: words[last].end + 1 - name.range.location))
        }
        return found
    }

    /// Whether word `index` opens a sentence: the text's first, or after . ! ? : or a new line.
    static func startsSentence(_ scan: TextScan, at index: Int) -> Bool {
        guard index > 0 else { return true }
        let end = scan.words[index - 1].end
        return scan.string(NSRange(location: end, length: scan.words[index].range.location - end)).contains {
            ".!?:\n".contains($0)
        }
    }
}
