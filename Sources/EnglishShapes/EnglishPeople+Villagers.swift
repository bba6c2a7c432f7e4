import Foundation
import PersonShapes
import TextScanning
import TextShapes

/// People as the English field notes and expatriates' posts of the thirty-eighth round name them: a surname after
/// "surnamed" ("a man surnamed Sầm"), a nickname's English gloss in a bracket that repeats its given name
/// ("'Hùng Sẹo' (Scar Hùng)"), and a lower-case name with the middle name văn or thị ("my student's mum, do thi
/// hong, told me"), a report's party by initials ("Complainant KYK told"), a letter's addressee ("Dear Hạnh,").
extension EnglishPeople {
    /// Every such name, as UTF-16 ranges of the text.
    static func villagerNames(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        var found: [NSRange] = []
        if scan.hasUppercase, scan.hasWord("surnamed") || scan.hasWord("surname") {
            found += scan.matches(afterSurnamed).map { $0.range(at: 1) }
        }
        if scan.hasUppercase, scan.text.utf8.contains(0x28) {
            found += scan.matches(bracketedGloss).compactMap { match in
                let given = match.range(at: 2)
                let name = scan.ns.substring(with: given)
                let before = NSRange(location: max(0, match.range.location - 60), length: min(60, match.range.location))
                guard isGivenName(at: given.location, in: scan, vocabulary: vocabulary),
                    scan.ns.range(of: name, options: [], range: before).location != NSNotFound
                else { return nil }
                return match.range(at: 1)
            }
        }
        if scan.hasUppercase, scan.text.utf8.contains(0x28), scan.hasAnyWord(bracketedRoles) {
            let words = scan.words
            found += scan.matches(givenBeforeRole).compactMap { match in
                let name = match.range(at: 1)
                guard let index = words.list.firstIndex(where: { $0.range.location == name.location }),
                    index == 0 || !words[index - 1].isCapitalised,
                    vocabulary.given.contains(words[index].lower)
                        || vocabulary.westernGiven.contains(words[index].lower),
                    isGivenName(at: name.location, in: scan, vocabulary: vocabulary)
                else { return nil }
                return name
            }
        }
        if scan.hasUppercase, scan.hasDot, hasSpacedInitial(scan.units) {
            found += scan.matches(westernGivenAndInitial).compactMap { match in
                let given = scan.string(match.range(at: 1)).lowercased()
                return vocabulary.westernGiven.contains(given) && !WesternNames.wordsLikeNames.contains(given)
                    ? match.range : nil
            }
        }
        if scan.hasUppercase, scan.hasWord("dear") {
            found += scan.matches(dearName).compactMap { match in
                let name = match.range(at: 1)
                guard let word = scan.words.list.first(where: { $0.range.location == name.location }),
                    !notAddressees.contains(word.lower),
                    vocabulary.given.contains(word.lower) || vocabulary.westernGiven.contains(word.lower)
                        || !word.isASCII && NameShapes.isSyllable(word.folded),
                    isGivenName(at: name.location, in: scan, vocabulary: vocabulary)
                else { return nil }
                return name
            }
        }
        if scan.hasUppercase, scan.hasAnyWord(reportParties) {
            found += scan.matches(partyInitials).compactMap { match in
                let initials = match.range(at: 1)
                return acronyms.contains(scan.string(initials)) ? nil : initials
            }
        }
        if scan.hasWord("van") || scan.hasWord("thi") {
            found += middleMarkedLowerNames(in: scan, vocabulary: vocabulary)
        }
        return found
    }

    /// A surname after "surnamed": "a man surnamed Sầm", "an officer surnamed Lê". Group 1. The forty-first round
    /// reads "surname" and "surname:" too ("the man from the ward, surname Khổng, asked"); over the shipped
    /// batches "surname" before a capital never comes, and "his surname is" puts a verb between.
    static let afterSurnamed = DataShapes.regex(#"\b(?i:surnamed?)(?::)?\s(\p{Lu}[\p{L}\p{M}]*)(?![\p{L}\p{M}])"#)
    /// The trades and ties an English note puts in a bracket after a given name.
    static let bracketedRoles: Keywords = [
        "driver", "cook", "guide", "interpreter", "translator", "nanny", "landlord", "landlady", "broker", "cleaner",
        "maid", "tenant", "owner", "teacher", "nurse", "boss", "manager", "agent", "fixer", "middleman", "helper",
        "neighbour", "neighbor", "colleague", "cousin", "uncle", "aunt", "assistant", "secretary", "accountant",
        "guard", "mechanic", "vendor", "seller", "recruiter",
    ]
    /// A given name alone before its trade or tie in a bracket: "new number for Minh (driver)", "ask Thu
    /// (interpreter)" (the forty-first round). Group 1 must be a given name of the lexicon, Vietnamese or Western,
    /// after no capitalised word (a full name is the older rules'; "Hạ Long (guide)" is a place's). Over the shipped
    /// batches the shape comes four times (Hương, Khải, Páo, Đạt), all names.
    static let givenBeforeRole = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+)\s\((?i:"# + bracketedRoles.sorted().joined(separator: "|") + #")\)"#
    )
    /// A Western given name of the lexicon and the initial of a surname: "forwarded from Maya K. (Volunteers…)",
    /// "Lan N. (CPC culture officer)" (the forty-first round). Group 1 must be a Western given name that is no
    /// English word (``WesternNames/wordsLikeNames``: `Will M.`, `Mark T.` are left). Over the shipped batches a
    /// capitalised word and one initial come thirty-three times; the five kept open with a role or a word
    /// (Passenger K., Student K., Room P., From R., Anh N.Đ.K.), none a Western given name.
    static let westernGivenAndInitial = DataShapes.regex(
        #"(?<![\p{L}\p{M}.])(\p{Lu}[a-z]{2,})\s\p{Lu}\.(?![\p{L}\p{M}])"#
    )
    /// Whether a space, a capital A to Z and a dot stand in a row, which ``westernGivenAndInitial`` needs: most
    /// texts with a dot have none, and a pass over the units costs less than the pattern.
    static func hasSpacedInitial(_ units: [UInt16]) -> Bool {
        (2..<max(2, units.count)).contains { i in
            units[i] == 0x2E && units[i - 2] == 0x20 && (0x41...0x5A).contains(units[i - 1])
        }
    }
    /// A letter's "Dear" and one capitalised word before a comma, opening the text or a sentence: "Dear Hạnh, the
    /// officer…". Group 1 must be a given name of the lexicon (with its marks), a Western one or a syllable with
    /// marks; an office, a title or kin ("Dear Embassy,", "Dear Sir,", "Dear Auntie,") is none.
    static let dearName = DataShapes.regex(#"(?:^|(?<=[.!?\n]\s?))Dear\s(\p{Lu}[\p{Ll}\p{M}]+)(?=,)"#)
    /// Capitalised words after "Dear" that address no one by name.
    static let notAddressees: Set<String> = ["sir", "madam", "son", "all", "team", "friend", "friends", "consul"]
    /// The parties a report names by their initials.
    static let reportParties: Keywords = [
        "complainant", "respondent", "informant", "interviewee", "claimant", "petitioner",
    ]
    /// Two to four capitals right after a report's party, before a lower-case word or a pause: "Complainant KYK
    /// told the hotline", "respondent TTH, 45,". Group 1. Limits: an acronym of ``acronyms`` ("respondent ID") and
    /// capitals before a capitalised word ("Respondent NGO Staff") stay.
    static let partyInitials = DataShapes.regex(
        #"\b(?i:complainant|respondent|informant|interviewee|claimant|petitioner)\s(\p{Lu}{2,4})(?=\s\p{Ll}|[,;:.)]|$)"#
    )
    /// Capitals that are no one's initials after a report's party.
    static let acronyms: Set<String> = [
        "ID", "NGO", "UN", "US", "USA", "UK", "VN", "EU", "SMS", "PDF", "CV", "HCMC", "IT", "OK", "TV",
    ]
    /// A nickname's English gloss in a bracket: a capitalised English word and the given name it glosses, which
    /// stands in the sixty characters before the bracket: "'Bảy Điếc' (Deaf Bảy)", "Thắng Trâu (Buffalo Thắng)".
    /// Group 1 is the gloss, group 2 its given name. Limits: a place's gloss ("Hoàn Kiếm (Sword Lake)") repeats
    /// no given name; a lower-case word in the bracket ("(Thu river)") is not read.
    static let bracketedGloss = DataShapes.regex(
        #"\((\p{Lu}[a-z]{2,}\s(\p{Lu}[\p{Ll}\p{M}]+))\)"#)

    /// A Vietnamese name typed in lower case without marks with the middle name van or thi, before a pause, a dash
    /// or a bracket: "mum, do thi hong, told me", "list: lo van panh - 1.2m". The family may be a word (do, lo,
    /// thach: Đỗ, Lò, Thạch), since no English text writes a family word, van or thi and a given name so; the third
    /// word must be a given name of the lexicon. Limits: two words ("do van,") are no name; "van" after an
    /// English word that is no family ("rented a van hai") is not read.
    static func middleMarkedLowerNames(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        guard words.count >= 3 else { return [] }
        return (1..<words.count - 1).compactMap { i in
            let run = [words[i - 1], words[i], words[i + 1]]
            guard run[1].text == "van" || run[1].text == "thi",
                run.allSatisfy({ $0.text == $0.lower && $0.isASCII }),
                vocabulary.familyFirstWords.contains(run[0].folded), run[0].text.count >= 2,
                vocabulary.givenFolded.contains(run[2].folded),
                scan.onlySpace(run[0], run[1]), scan.onlySpace(run[1], run[2]),
                scan.pauseAfter(run[2]) || scan.unit(at: run[2].end + 1) == 0x28
                    || scan.unit(at: run[2].end + 1) == 0x2D
            else { return nil }
            return NSRange(location: run[0].range.location, length: run[2].end - run[0].range.location)
        }
    }
}
