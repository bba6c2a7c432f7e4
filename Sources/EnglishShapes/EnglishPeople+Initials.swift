import Foundation
import PersonShapes
import TextScanning
import TextShapes

/// Names of one initial as English field notes write them (the twenty-seventh round): a Vietnamese given
/// name typed without marks and its family's initial ("Lan N. (CPC culture officer)"), and a given name's
/// initial before a family typed without marks ("K. Thach, a Khmer farmer").
extension EnglishPeople {
    /// Every such name, as UTF-16 ranges of the text; the caller runs it only on English text with a dot.
    static func initialNames(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        guard scan.hasUppercase else { return [] }
        var found: [NSRange] = []
        for match in scan.matches(givenAndInitial) {
            let given = scan.string(match.range(at: 1))
            let words = scan.words
            guard vocabulary.givenFolded.contains(given.lowercased()),
                !vocabulary.westernGiven.contains(given.lowercased()),
                let index = words.list.firstIndex(where: { $0.range.location == match.range.location }),
                words.placeAt[index] == 0
            else { continue }
            found.append(match.range)
        }
        for match in scan.matches(initialAndFamily) {
            let family = scan.string(match.range(at: 1)).lowercased()
            guard vocabulary.familyFirstWords.contains(family) else { continue }
            found.append(match.range)
        }
        for match in scan.hasAnyWord(initialCues) ? scan.matches(cuedInitialAndSurname) : [] {
            let surname = scan.string(match.range(at: 2))
            guard !sentenceOpeners.contains(surname.lowercased()),
                !WesternNames.notSurnames.contains(surname.lowercased()), !vocabulary.offices.contains(surname)
            else { continue }
            found.append(match.range(at: 1))
        }
        return found
    }

    /// A capitalised word typed without marks and one capital with its dot, before a bracket, a comma or a
    /// lower-case word: "Lan N. (CPC…)", "Minh T. says". Group 1 is the given name. A sentence's end before a
    /// capital ("plan B. Ha Tinh") or a second initial ("Lan N.T.", a family's rule) is none.
    static let givenAndInitial = DataShapes.regex(
        #"(?<![\p{L}\p{M}.'-])(\p{Lu}[a-z]{1,5}) \p{Lu}\.(?=\s*[(,;:]|\s+\p{Ll})"#
    )
    /// One capital with its dot and a family typed without marks, before a comma or a bracket, not after a
    /// word's letter or a dot: "K. Thach, a Khmer farmer", "T. Nguyen (HH head)". Group 1 is the family. A
    /// place after a sentence's one-letter end ("plan B. Ha Tinh province") or a word before a lower-case one
    /// ("form B. Do not sign") has no pause after it. Limit: "K. Thach says" is not read.
    static let initialAndFamily = DataShapes.regex(
        #"(?<![\p{L}\p{M}\p{N}.'-])\p{Lu}\. (\p{Lu}[a-z]{1,6})(?=\s*[(,])"#
    )
    /// People's words and the prepositions that name a person before one initial and a surname (folded): the
    /// gate of ``cuedInitialAndSurname``.
    static let initialCues: Keywords = [
        "passenger", "passengers", "guide", "driver", "renter", "tenant", "owner", "tourist", "officer", "inspector",
        "witness", "customer", "guest", "client", "colleague", "neighbour", "neighbor", "victim", "respondent",
        "complainant", "applicant", "doctor", "resident", "landlord", "landlady", "manager", "by", "from", "with",
    ]
    /// A person's word or by, from or with, then one capital with its dot and a capitalised surname of three
    /// letters or more (the thirty-ninth round): "Passenger K. Lindqvist and guide…", "Notes by D. Miller",
    /// "a call from R. Kumar". Group 1 is the name, group 2 the surname. Counted over the shipped batches: of the
    /// thirty "X. Surname" pairs, twenty-eight are names to remove; the two others are a ward's P. ("P. Thanh
    /// Khe", so P. and Q., a ward's and a district's, are left) and a gate's letter before "Don't" (an
    /// apostrophe after the word is none). A sentence's opener after a label's letter ("by gate B. Then we…")
    /// is in ``sentenceOpeners``.
    static let cuedInitialAndSurname = DataShapes.regex(
        #"(?<![\p{L}])(?i:passengers?|guides?|drivers?|renters?|tenants?|owners?|tourists?|officers?|inspectors?|witness|customers?|guests?|clients?|colleagues?|neighbou?rs?|victims?|respondents?|complainants?|applicants?|doctors?|residents?|landlord|landlady|managers?|by|from|with)\s+([A-OR-Z]\.\s?(\p{Lu}[a-z]{2,}(?:-\p{Lu}[a-z]+)?))(?![\p{L}\p{M}'’.-])"#
    )
    /// Capitalised words that open a sentence after a label's letter and its dot (lower case).
    static let sentenceOpeners: Set<String> = [
        "then", "there", "this", "that", "these", "those", "they", "them", "their", "when", "after", "before",
        "later", "next", "also", "however", "meanwhile", "here", "today", "yesterday", "both", "some", "most", "our",
        "his", "her", "its", "what", "why", "how", "who", "where", "each", "every", "nobody", "none", "please",
        "note", "see", "she", "you", "your", "all", "one", "two", "not", "now", "yes", "but", "for", "with",
    ]
}
