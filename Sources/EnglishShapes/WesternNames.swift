import Foundation
import PersonShapes
import TextScanning
import TextShapes

/// Names in English text (the twenty-second round): a Western given name (the lexicon's
/// given-names-western) before a capitalised surname ("Peter Lindqvist", "Bram de Vries", "Michael
/// O'Brien", "Kevin Nguyễn") or alone ("John", "Olivia"); in lower case after an introduction ("my name is
/// jason reed,"); a name after an English cue (a friend or an in-law, "called", "nickname is": "my friend
/// Quân", "a lady called Mai"), lower case after an honorific typed without marks ("mother in law ba nam");
/// the names of a signature ("Signed: do thi lan (vợ), kevin walsh (chồng)", "Thanks, Linh Pham").
package enum WesternNames {
    /// Words of English text (folded): without one, the text is Vietnamese and the finders do not run.
    /// Not "the", "my", "am", "me", "he", "that": they are Vietnamese words typed without marks too.
    package static let englishWords: Keywords = [
        "is", "and", "of", "was", "were", "are", "name", "called", "named", "signed", "thanks", "regards",
        "cheers", "dear", "hi", "hello", "who", "her", "his", "she", "our", "we", "with", "from", "this", "you",
        "for", "by", "nickname", "mr", "mrs", "ms",
        "told", "said", "asked", "went", "came", "come", "they", "them", "their", "would", "could", "not", "does",
        "did", "had", "been", "because", "about", "ward", "office", "when", "what", "which", "will", "there", "then",
        "have", "has", "your", "please", "help", "into", "him", "as",
        // The thirty-eighth round: a nickname or a surname in a field note with no other word of the list.
        "nicknamed", "surnamed", "surname",
        // The fortieth round: a caseworker's or a hotline's note on a client or a caller.
        "client", "clients", "caller",
    ]

    /// Every name the finders below give, as UTF-16 ranges of the text.
    package static func ranges(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        var found: [NSRange] = []
        for i in words.list.indices where words.placeAt[i] == 0 {
            if let range = westernName(at: i, in: scan, vocabulary: vocabulary).map({ withQuotedNickname($0, in: scan) }
            )
                ?? cuedName(at: i, in: scan, vocabulary: vocabulary)
            {
                found.append(range)
            }
        }
        found += EnglishPeople.ranges(in: scan, vocabulary: vocabulary)
        if scan.hasWord("signed") {
            found += scan.matches(signedNames).flatMap { match in
                (1..<match.numberOfRanges).map { match.range(at: $0) }.filter { $0.location != NSNotFound }
            }
        }
        if scan.hasAnyWord(signOffWords) {
            found += scan.matches(signOff).map { $0.range(at: 1) }.filter {
                !vocabulary.offices.contains(scan.string(NSRange(location: $0.location, length: 1)))
                    && !vocabulary.offices.contains(String(scan.string($0).prefix { $0 != " " }))
            }
        }
        return found
    }

    /// A name with the nickname in quotes right after it, one to three words: `John "the Kiwi"`.
    static func withQuotedNickname(_ name: NSRange, in scan: TextScan) -> NSRange {
        guard scan.hasQuote,
            let match = quotedNickname.firstMatch(
                in: scan.ns as String, options: .anchored,
                range: NSRange(location: NSMaxRange(name), length: scan.ns.length - NSMaxRange(name)))
        else { return name }
        return NSRange(location: name.location, length: NSMaxRange(match.range) - name.location)
    }
    static let quotedNickname = DataShapes.regex(#"\s["“‘]([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2})["”’]"#)

    /// In Vietnamese text, a Western given name after "tên … là": "tên ba nó là Mark".
    package static func namedAfterLa(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        return (1..<max(words.count, 1)).compactMap { i in
            words[i - 1].lower == "là" && words[i].isCapitalised && saysName(before: i - 1, in: scan)
                && vocabulary.westernGiven.contains(words[i].lower) ? words[i].range : nil
        }
    }

    /// Given names that are English words too: a name only after a cue or before a surname with one.
    static let wordsLikeNames: Set<String> = [
        "will", "may", "mark", "grant", "rose", "hope", "bill", "frank", "jack", "jean", "dean", "max", "christian",
        "jordan", "victoria", "charlotte", "lily", "rob", "robin", "kay", "joyce", "rick", "sally", "bob", "ruth",
    ]

    /// Capitalised words that continue no name: sentence words, and what a place or a body named after a
    /// person ends on ("Marie Curie School", "St Peter Street").
    static let notSurnames: Set<String> = [
        "the", "and", "or", "but", "in", "on", "at", "to", "of", "from", "i", "a", "an", "is", "was", "my", "we",
        "street", "road", "avenue", "school", "hospital", "university", "college", "church", "bridge", "hotel",
        "centre", "center", "institute", "foundation", "park", "day", "award", "prize", "cup", "lake", "bay",
        "island", "river", "hall", "house", "building", "tower", "plaza", "mall", "square", "clinic", "academy",
        "company", "ltd", "co", "group", "fund", "project", "program", "programme", "campus", "station", "mart",
        "market", "supermarket", "bank", "store", "shop",
    ]

    /// Words before a given name that make it a place's or a saint's: "St Peter", "King Charles".
    static let notNameBefore: Set<String> = [
        "st", "saint", "san", "santa", "king", "queen", "prince", "princess", "lake", "mount", "fort", "port",
        "cape", "pope", "duong", "pho", "truong", "vien", "san", "cau", "cho",
    ]

    /// Particles inside a surname: "Bram de Vries", "Ludwig van Beethoven", "Maria de la Cruz".
    static let particles: Set<String> = [
        "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "ter", "dos", "del",
    ]

    /// Words right before a name that introduce it (folded): "I am Peter", "name is Olivia", "called Mai",
    /// "Mr. Kevin Nguyễn", "as Dave Brennan".
    static let introductions: Set<String> = [
        "is", "am", "im", "called", "named", "calls", "as", "mr", "mrs", "ms", "dr", "signed", "la",
    ]

    /// A given name of the lexicon and the surname after it: a capitalised name from the list, or in lower
    /// case right after an introduction with one lower-case surname before a pause ("jason reed,").
    static func westernName(at i: Int, in scan: TextScan, vocabulary: Vocabulary) -> NSRange? {
        let words = scan.words
        let word = words[i]
        guard word.text.utf16.count >= 3, vocabulary.westernGiven.contains(word.lower) else { return nil }
        let previous = i > 0 ? words[i - 1].folded : ""
        if i > 0, notNameBefore.contains(previous) { return nil }
        let introduced = introductions.contains(previous) && (previous != "la" || saysName(before: i, in: scan))
        if word.text == word.lower {
            guard introduced, word.isASCII, !wordsLikeNames.contains(word.lower) else { return nil }
            if i + 1 < words.count, words[i + 1].text == words[i + 1].lower, words[i + 1].isASCII,
                scan.onlySpace(word, words[i + 1]), !notSurnames.contains(words[i + 1].lower),
                scan.pauseAfter(words[i + 1]) || scan.unit(at: words[i + 1].end + 1) == 0x28
            {
                return NSRange(location: word.range.location, length: words[i + 1].end - word.range.location)
            }
            return scan.pauseAfter(word) ? word.range : nil
        }
        guard word.isCapitalised, word.text.dropFirst().allSatisfy({ !$0.isUppercase }) else { return nil }
        let last = surnameEnd(after: i, in: scan, vocabulary: vocabulary)
        if let last, notSurnames.contains(words[last].lower) { return nil }
        if let last, i + 1 <= last, last + 1 < words.count, notSurnames.contains(words[last + 1].lower),
            words[last + 1].isCapitalised
        {
            return nil
        }
        if wordsLikeNames.contains(word.lower), !introduced { return nil }
        if last == nil, i + 1 < words.count, words[i + 1].isCapitalised, notSurnames.contains(words[i + 1].lower) {
            return nil
        }
        // A name alone between Vietnamese words is a Vietnamese word's: "khoa Tim mạch".
        if last == nil, !introduced, i > 0 && !words[i - 1].isASCII || i + 1 < words.count && !words[i + 1].isASCII {
            return nil
        }
        return NSRange(location: word.range.location, length: words[last ?? i].end - word.range.location)
    }

    /// The last word of the surname after the given name at `i`: up to two capitalised words joined by
    /// spaces (or by O' and a particle), no place's, office's or sentence's word; nil for none.
    static func surnameEnd(after i: Int, in scan: TextScan, vocabulary: Vocabulary) -> Int? {
        let words = scan.words
        var last: Int? = nil
        var j = i + 1
        var taken = 0
        while j < words.count, taken < 2 {
            let gap = scan.string(
                NSRange(location: words[j - 1].end, length: words[j].range.location - words[j - 1].end))
            let apostrophe = (gap == "'" || gap == "’") && words[j - 1].text == "O"
            guard gap == " " || apostrophe else { break }
            if words[j].text == words[j].lower, particles.contains(words[j].text), j + 1 < words.count,
                words[j + 1].isCapitalised, scan.onlySpace(words[j], words[j + 1])
            {
                j += 1
                continue
            }
            guard words[j].isCapitalised, words.placeAt[j] == 0, !vocabulary.offices.contains(words[j].text),
                words[j].text.count == 1 ? words[j].text == "O" && j + 1 < words.count : true,
                words[j].text.count < 2 || words[j].text != words[j].text.uppercased(),
                !notSurnames.contains(words[j].lower)
                    || taken == 0
            else { break }
            if notSurnames.contains(words[j].lower) { return j }
            last = j
            if words[j].text != "O" { taken += 1 }
            j += 1
        }
        return last
    }

    /// The last of up to two capitalised Vietnamese words typed with marks after the name at `i` in English
    /// text, which go with it as its family name or its nickname: "the HR clerk Hải Bảo Hiểm because…"
    /// (insurance, the thirty-sixth round). Limits: a word typed without marks ("Supervisor Quang Signed") or
    /// a kept place's ("Officer Hùng Hà Nội") ends the run.
    static func markedRunEnd(after i: Int, in scan: TextScan) -> Int {
        let words = scan.words
        var last = i
        while last + 1 < words.count, last < i + 2, words[last + 1].isCapitalised, !words[last + 1].isASCII,
            words.placeAt[last + 1] == 0, scan.onlySpace(words[last], words[last + 1]),
            NameShapes.isSyllable(words[last + 1].folded)
        {
            last += 1
        }
        return last
    }

    /// Whether "tên" stands in the five words before `i`: "tên ba nó là Mark".
    static func saysName(before i: Int, in scan: TextScan) -> Bool {
        scan.words.list[max(0, i - 6)..<i].contains { $0.folded == "ten" }
    }

    /// English cues after which a Vietnamese given name or nickname is a person's (folded).
    static let englishCues: Set<String> = [
        "friend", "law", "colleague", "classmate", "landlord", "landlady", "called", "named", "calls", "boss",
        // The fortieth round: "her partner Hùng Tàu".
        "partner",
    ]
    /// Honorifics typed without marks between such a cue and a lower-case name: "sister in law chi thuy".
    static let unmarkedHonorifics: Set<String> = ["ba", "chi", "anh", "co", "chu", "bac", "di", "em", "ong", "cau"]

    /// A Vietnamese name after an English cue: "my friend Quân", "my sister-in-law Hạnh", "a lady called
    /// Mai", "everyone calls him Kevin Tàu", "nickname is Bống", "nickname at school was Minh Tây"; in lower
    /// case after an honorific typed without marks: "mother in law ba nam", "ask for chi hoa" (the name
    /// alone goes); a given name typed without marks after a cue too ("My colleague Thao Vu", the twenty-third
    /// round). Limits: a cue must stand right before (or a pronoun between, for "calls him").
    static func cuedName(at i: Int, in scan: TextScan, vocabulary: Vocabulary) -> NSRange? {
        let words = scan.words
        guard i > 0 else { return nil }
        let word = words[i]
        var cue = words[i - 1].folded
        if ["him", "her", "me", "them"].contains(cue), i > 1 { cue = words[i - 2].folded }
        // "his name was Hiếu", "her name is Ngọc": a person's own name after "name is" or "name was" with a
        // possessive before it (the thirty-fourth round); a street's or a firm's name has no such owner.
        let ownName =
            ["is", "was"].contains(cue) && i > 2 && words[i - 2].folded == "name"
            && ["his", "her", "my", "their", "your"].contains(words[i - 3].folded)
        let nicknamed =
            (["is", "was"].contains(cue) || cue == "nickname")
            && words.list[max(0, i - 5)..<i].contains { $0.folded == "nickname" } || ownName
        // "present were mr hoang, mrs …": mr, mrs or ms typed in lower case before a Vietnamese given or family
        // name typed so (the thirty-ninth round); the syllables of the name after it go with it ("mr vu van thanh").
        if ["mr", "mrs", "ms"].contains(words[i - 1].text), word.text == word.lower, word.isASCII,
            vocabulary.givenFolded.contains(word.folded) || vocabulary.familyFirstWords.contains(word.folded)
        {
            var last = i
            while last + 1 < words.count, last < i + 3, case let next = words[last + 1], next.text == next.lower,
                next.isASCII, scan.onlySpace(words[last], next),
                vocabulary.givenFolded.contains(next.folded) || ["thi", "van"].contains(next.text)
            {
                last += 1
            }
            return NSRange(location: word.range.location, length: words[last].end - word.range.location)
        }
        if word.text == word.lower, word.isASCII, i + 1 < words.count, unmarkedHonorifics.contains(word.folded),
            englishCues.contains(cue) || cue == "for",
            vocabulary.givenFolded.contains(words[i + 1].folded), words[i + 1].text == words[i + 1].lower,
            scan.onlySpace(word, words[i + 1])
        {
            return words[i + 1].range
        }
        // After a rank or a kinship in English, a Vietnamese given name (typed without marks too) is a
        // person's; a Western one stays a brand's or a character's ("Captain Morgan"), and Uncle Ho is Hồ Chí Minh.
        if EnglishPeople.ranks.contains(cue), word.isCapitalised, scan.onlySpace(words[i - 1], word),
            words[i - 1].isCapitalised || i > 1 && words[i - 2].folded == "the" || EnglishPeople.kinships.contains(cue)
                || EnglishPeople.isOwnedRole(before: i, in: scan),
            !vocabulary.westernGiven.contains(word.lower), words.placeAt[i] == 0, cue != "uncle" || word.folded != "ho",
            vocabulary.given.contains(word.lower) || vocabulary.givenFolded.contains(word.folded)
                || !word.isASCII && NameShapes.isSyllable(word.folded)
                || words[i - 1].isCapitalised && vocabulary.asianFamilies.contains(word.lower)
        {
            let last = markedRunEnd(after: i, in: scan)
            return NSRange(location: word.range.location, length: words[last].end - word.range.location)
        }
        guard englishCues.contains(cue) || nicknamed, word.isCapitalised,
            scan.onlySpace(words[i - 1], word)
                || cue != words[i - 1].folded,
            vocabulary.given.contains(word.lower) || vocabulary.nicknames.contains(word.lower)
                || vocabulary.westernGiven.contains(word.lower) || !word.isASCII && NameShapes.isSyllable(word.folded)
                || vocabulary.givenFolded.contains(word.folded)
        else { return nil }
        var last = i
        while last + 1 < words.count, last < i + 2, words[last + 1].isCapitalised, words.placeAt[last + 1] == 0,
            scan.onlySpace(words[last], words[last + 1]), !notSurnames.contains(words[last + 1].lower),
            !vocabulary.offices.contains(words[last + 1].text)
        {
            last += 1
        }
        return NSRange(location: word.range.location, length: words[last].end - word.range.location)
    }

    /// The names of a signature, up to three set apart by commas, each of two to four words before a
    /// bracket, a comma or the end: "Signed: do thi lan (vợ), kevin walsh (chồng) – phường…".
    static let signedNames: NSRegularExpression = {
        let name = #"([\p{L}\p{M}'’]+(?:\s[\p{L}\p{M}'’]+){1,3})(?=\s*(?:\(|,|$|\n|\s[–—-]))(?:\s*\([^)\n]{0,20}\))?"#
        return DataShapes.regex(
            #"(?i:signed)\s*:\s*"# + name + #"(?:\s*,\s*(?i:and\s+)?"# + name + ")?"
                + #"(?:\s*,\s*(?i:and\s+)?"# + name + ")?")
    }()

    static let signOffWords: Keywords = ["thanks", "regards", "cheers", "sincerely", "wishes"]
    /// A name after a sign-off and its comma, capitalised words up to the line's end: "Thanks, Linh Pham".
    static let signOff = DataShapes.regex(
        #"(?:Thanks|Thank you|[Rr]egards|Cheers|Sincerely|[Bb]est wishes)\s*,\s*(\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,3})(?=\s*(?:$|\n|[.(|–—]))"#
    )
}
