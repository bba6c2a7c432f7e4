import Foundation
import PersonShapes
import TextScanning
import TextShapes

/// People as English text about Vietnam names them (the twenty-third round): a Vietnamese given name after
/// an English rank or kinship ("Sergeant Dũng", "Uncle Tam"; the rule is in ``WesternNames``), a single
/// initial after an honorific or a role ("Ms. H. (34)", "officer S."), a nickname of a descriptor and a
/// given name ("Big Mike", "Fat Hùng"), a name after "aka" ("aka Lucky Lee") and a given name with its
/// epithet ("Bill the Builder", "(Thanh the moustache)").
package enum EnglishPeople {
    /// Ranks, kinships and trades before a given name (folded). Capitalised, or after "the".
    static let ranks: Set<String> = [
        "sergeant", "captain", "lieutenant", "major", "colonel", "teacher", "uncle", "auntie", "aunt", "officer",
        "driver", "nurse", "inspector", "doctor", "neighbour", "neighbor", "cousin", "coach", "granny", "grandpa",
        "comrade", "grandma", "grandmother", "grandfather", "sister", "brother", "cadre", "agent", "clerk",
        "interpreter", "translator", "guide", "receptionist", "traveller", "traveler", "caseworker", "worker",
        // The thirty-fourth round: a test centre's examiners and instructors, a fixer's trade.
        "examiner", "instructor", "broker",
        // The thirty-sixth round: a factory's foremen and team leaders ("Team leader Tuấn", "Supervisor Quang").
        "supervisor", "leader", "foreman",
        // The fortieth round: an agency's director and an employer abroad ("Director Wang", "Madam Lin").
        "director", "madam",
    ]
    /// Determiners that make a role someone's own (the thirtieth round).
    static let owners: Set<String> = ["the", "my", "our", "his", "her", "their", "your"]

    /// Whether a role in lower case before `i` is someone's: a determiner right before it or with one lower-case
    /// word between ("my driver Hiếu", "Our guide Lan", "the old guide Bình", "Our fellow traveller Minh"; the
    /// thirtieth round). Limit: a role with no determiner ("guide Phong" in mid-sentence) is not read.
    static func isOwnedRole(before i: Int, in scan: TextScan) -> Bool {
        let words = scan.words
        guard i > 1 else { return false }
        if owners.contains(words[i - 2].lower) { return true }
        return i > 2 && owners.contains(words[i - 3].lower) && words[i - 2].text == words[i - 2].lower
            && scan.onlySpace(words[i - 3], words[i - 2]) && scan.onlySpace(words[i - 2], words[i - 1])
    }
    /// Kinships of them before a name in lower case too: "uncle Bay at the parking lot" (the twenty-fourth round).
    /// The twenty-sixth round adds the kinships and roles that Vietnamese writers translate word for word
    /// ("sister Lan", "grandma Sau", "cadre Dung", "teacher Minh"); the twenty-seventh, a project's clerks
    /// and interpreters ("CPC clerk Huong", "with interpreter Nhung").
    static let kinships: Set<String> = [
        "uncle", "auntie", "aunt", "cousin", "granny", "grandpa", "grandma", "grandmother", "grandfather",
        "sister", "brother", "cadre", "teacher", "clerk", "interpreter", "translator",
        // The thirty-sixth round: a factory's ranks, in lower case before a name ("worker Nhung refused").
        "supervisor", "leader", "foreman", "worker",
    ]

    /// Every name the rules below give, as UTF-16 ranges of the text.
    static func ranges(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        var found: [NSRange] = []
        if scan.hasAnyWord(honorificsAndRoles) {
            found += scan.matches(singleInitial).map(\.range)
        }
        if scan.hasAnyWord(descriptors) {
            found += scan.matches(describedName).compactMap { match in
                isGivenName(at: match.range(at: 1).location, in: scan, vocabulary: vocabulary) ? match.range : nil
            }
        }
        if scan.hasWord("aka") || scan.hasWord("k") && scan.ns.range(of: "a.k.a").location != NSNotFound {
            found += scan.matches(afterAka).map { $0.range(at: 1) }
        }
        if scan.hasAnyWord(lowerNameCues) {
            found += lowerCaseNames(in: scan, vocabulary: vocabulary)
            found += lowerCasePairsAfterName(in: scan, vocabulary: vocabulary)
        } else if scan.hasQuote {
            // The thirty-seventh round: a lower-case name that opens a quote ("wrote 'dinh cong thang at the…").
            found += lowerCaseNames(in: scan, vocabulary: vocabulary)
        }
        found += lowerCaseFullNames(in: scan, vocabulary: vocabulary)
        found += namesWrittenAs(in: scan, vocabulary: vocabulary)
        if scan.hasUppercase, scan.hasAnyWord(honorificsAndRoles) || scan.hasWord("comrade") {
            found += namesInCapitals(in: scan, vocabulary: vocabulary)
        }
        if scan.hasQuote { found += quotedNicknames(in: scan, vocabulary: vocabulary) }
        if scan.hasDot { found += initialNames(in: scan, vocabulary: vocabulary) }
        found += reportNames(in: scan, vocabulary: vocabulary)
        found += returneeNames(in: scan, vocabulary: vocabulary)
        found += villagerNames(in: scan, vocabulary: vocabulary)
        if scan.hasQuote { found += visitorNames(in: scan, vocabulary: vocabulary) }
        if scan.hasUppercase {
            found += unmarkedFullNames(in: scan, vocabulary: vocabulary)
            found += fullNamesInCapitals(in: scan, vocabulary: vocabulary)
        }
        if scan.hasUppercase, scan.text.utf8.contains(0x28) {
            found += translatedNicknames(in: scan, vocabulary: vocabulary)
        }
        // "the" as typed: folded, thế and thể are "the" too, in most Vietnamese text.
        if scan.hasWord("the"), scan.words.list.contains(where: { $0.text == "the" }) {
            found += scan.matches(epithet).compactMap { match in
                isGivenName(at: match.range.location, in: scan, vocabulary: vocabulary) ? match.range : nil
            }
        }
        return found
    }

    /// Whether the word at `location` is a given name: a Western or Vietnamese one of the lexicons, a
    /// nickname, a Vietnamese syllable with marks, or a given name typed without them ("Big Tuan").
    static func isGivenName(at location: Int, in scan: TextScan, vocabulary: Vocabulary) -> Bool {
        guard let index = scan.words.list.firstIndex(where: { $0.range.location == location }),
            scan.words.placeAt[index] == 0
        else { return false }
        let word = scan.words[index]
        guard word.text.utf16.count >= 2 else { return false }
        return vocabulary.westernGiven.contains(word.lower) || vocabulary.given.contains(word.lower)
            || vocabulary.nicknames.contains(word.lower) || !word.isASCII && NameShapes.isSyllable(word.folded)
            || word.isASCII && vocabulary.givenFolded.contains(word.folded)
    }

    /// Families typed without marks that are Vietnamese words too (left out of the lexicon's unmarked
    /// families), but no English words: in English text they open a name.
    static let unmarkedFamilies: Set<String> = ["vo", "le", "do", "ha", "ho", "ngo", "ly", "lam", "mai"]

    /// A Vietnamese name typed in lower case without marks in English text, as forum posts write them: a
    /// family and two given or middle names, before a pause ("anyone know vo thanh long?", "was dinh thu
    /// huong, the young one"), right after an English word that introduces it (know, was, is, by, met, ask…;
    /// unmarked Vietnamese passes for English too: "truong thcs dang thai mai" stays), or before an English verb
    /// (``isVerbAfterName(_:)``). Limits: two words
    /// ("ha long,") are no name; a name with marks is NameShapes'.
    static func lowerCaseNames(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        guard words.count >= 3 else { return [] }
        return (0..<words.count - 2).compactMap { i in
            let run = [words[i], words[i + 1], words[i + 2]]
            guard run.allSatisfy({ $0.text == $0.lower && $0.isASCII }),
                vocabulary.asciiFamilies.contains(run[0].folded) || unmarkedFamilies.contains(run[0].folded),
                case let quoted = opensQuote(run[0], in: scan),
                quoted || i > 0 && (lowerNameCues.contains(words[i - 1].lower) || isThanksTo(before: i, in: scan)),
                run.dropFirst().allSatisfy({
                    vocabulary.givenFolded.contains($0.folded) || vocabulary.middlesFolded.contains($0.folded)
                }),
                scan.onlySpace(run[0], run[1]), scan.onlySpace(run[1], run[2]),
                scan.pauseAfter(run[2]) || scan.unit(at: run[2].end + 1) == 0x28
                    || i + 3 < words.count && scan.onlySpace(run[2], words[i + 3])
                        && (isVerbAfterName(words[i + 3].lower) || pronounsAfterName.contains(words[i + 3].lower)
                            || quoted && prepositionsAfterQuotedName.contains(words[i + 3].lower))
            else { return nil }
            return NSRange(location: run[0].range.location, length: run[2].end - run[0].range.location)
        }
    }

    static let lowerNameCues: Keywords = [
        "know", "knows", "knew", "was", "is", "by", "named", "called", "met", "meet", "ask", "contact", "about",
        "guy", "lady", "officer", "clerk", "agent", "avoid", "employee", "admin",
        "with", "pupil", "student",
        // The thirty-seventh round: "something like do quang vinh,", "Thanks to lam quoc bao we…".
        "like", "thanks",
    ]
    /// A pronoun right after a lower-case name ends it as a verb does (the thirty-seventh round: "Thanks to lam
    /// quoc bao we got our passports back").
    static let pronounsAfterName: Set<String> = ["we", "i", "they", "he", "she", "you"]
    /// A preposition ends a lower-case name that opens a quote ("'dinh cong thang at the land office wants…'").
    static let prepositionsAfterQuotedName: Set<String> = ["at", "from", "in", "of", "on"]

    /// Whether "thanks to" stands right before word `i`.
    static func isThanksTo(before i: Int, in scan: TextScan) -> Bool {
        i > 1 && scan.words[i - 1].lower == "to" && scan.words[i - 2].lower == "thanks"
    }
    /// Whether `word` opens a quote: a quote mark right before it, after a space, a colon or the text's start.
    static func opensQuote(_ word: Word, in scan: TextScan) -> Bool {
        let at = word.range.location
        guard at > 0, [0x27, 0x22, 0x2018, 0x201C].contains(scan.unit(at: at - 1)) else { return false }
        return at == 1 || [0x20, 0x3A, 0x28].contains(scan.unit(at: at - 2))
    }

    /// An English verb right after a lower-case name ends it as a pause does (the thirty-first round: "admin do
    /// thanh huyen sent me", "a msg from trinh xuan bach saying"): a past or an -ing form, or a verb of
    /// saying, sending or wanting; "has", "had" and "about" (the thirty-third round: "pupil mai anh tuan has
    /// no ID", "a call with ngo thanh tam about the lot").
    static func isVerbAfterName(_ word: String) -> Bool {
        word.count >= 4 && (word.hasSuffix("ed") || word.hasSuffix("ing")) || verbsAfterName.contains(word)
    }
    static let verbsAfterName: Set<String> = [
        "sent", "says", "said", "told", "wants", "took", "gave", "asks", "has", "had", "about",
    ]

    static let honorificsAndRoles: Keywords = [
        "mr", "mrs", "ms", "miss", "officer", "member", "staff", "clerk", "guard", "driver", "nurse", "inspector",
    ]
    /// One capital and its dot after an honorific or a role, in quotes or not, before a pause or a bracket:
    /// "Ms. H. (34)", "officer S. kept", "staff member 'D.'". Not "U.S." (a second letter follows).
    static let singleInitial = DataShapes.regex(
        #"(?<=(?:\b(?:Mr|Mrs|Ms|Miss|Dr)\.?|\b(?:[Oo]fficer|member|staff|clerk|guard|driver|nurse|inspector)),?\s['‘]?)\p{Lu}\.(?=['’]?(?:\s|[,;:)]|$))"#
    )

    static let descriptors: Keywords = [
        "big", "little", "crazy", "mad", "fat", "old", "lucky", "aussie", "kiwi", "skinny", "tall", "bald", "curly",
        "slim", "honest", "dirty", "short",
    ]
    /// A descriptor and a given name: "Big Mike", "Aussie Dave", "Kiwi Jo", "Fat Hùng", "(curly Tùng)". Group 1
    /// is the name, which must be a given name ("Big C", "Old Quarter" stay).
    static let describedName = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(?:Big|Little|Crazy|Mad|Fat|Old|Lucky|Aussie|Kiwi|Skinny|Tall|Bald|Curly|Slim|Honest|Dirty|Short|big|little|crazy|fat|curly|skinny|bald)\s(\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}])"#
    )
    /// Up to three capitalised words after "aka" or "a.k.a.": "aka Lucky Lee". Group 1.
    static let afterAka = DataShapes.regex(
        #"(?<![\p{L}])(?i:aka|a\.k\.a\.?)\s+['"‘“]?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s\p{Lu}[\p{L}\p{M}'’-]*){0,2})"#
    )
    /// A given name, "the" and its epithet of one word, at a sentence's or a bracket's start or after a comma,
    /// before a bracket, a comma or the end: "Bill the Builder (…", ", Long the short-sighted,", "(Thanh the
    /// moustache)". "told Minh the news." has no pause before.
    static let epithet = DataShapes.regex(
        #"(?:^|(?<=[(,;]\s)|(?<=\())\p{Lu}[\p{L}\p{M}]+ the [\p{L}\p{M}-]+(?=\s*[),(;]|\s*$)"#
    )
}
