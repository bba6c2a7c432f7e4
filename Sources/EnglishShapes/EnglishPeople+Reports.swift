import Foundation
import TextScanning
import TextShapes

/// Names as English research reports write them beside respondents' codes (the twenty-ninth round): a
/// relative's or a neighbour's given name set off by commas ("R14's daughter-in-law, Mai, was …") and one
/// initial before a respondent's code in brackets ("told H. (R43) that …"). The codes themselves stay.
extension EnglishPeople {
    /// Every such name, as UTF-16 ranges of the text; the caller runs it only on English text.
    static func reportNames(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        guard scan.hasUppercase else { return [] }
        var found: [NSRange] = []
        if scan.hasAnyWord(appositiveRelations) {
            found += scan.matches(relativeInCommas).compactMap { match in
                let name = match.range(at: 1)
                return isGivenName(at: name.location, in: scan, vocabulary: vocabulary) ? name : nil
            }
        }
        if scan.hasDot, scan.hasDigit, scan.text.utf8.contains(0x28) {
            found += scan.matches(initialBeforeCode).map(\.range)
        }
        return found
    }

    /// Relatives, neighbours and go-betweens whom a report names in an apposition (folded).
    static let appositiveRelations: Keywords = [
        "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "cousin", "nephew", "niece",
        "law", "neighbour", "neighbor", "friend", "landlord", "landlady", "broker", "boss", "colleague",
    ]
    /// A relative or a neighbour, a comma, one to three capitalised words and a comma or a bracket: "R14's
    /// daughter-in-law, Mai, was the one", "her neighbour, Thu Hà, paid". Group 1; its first word must be a
    /// given name (checked by the caller), so a place ("his son, Hanoi-based, …") or an office stays.
    static let relativeInCommas = DataShapes.regex(
        #"(?<![\p{L}])(?:wife|husband|son|daughter|mother|father|brother|sister|cousin|nephew|niece|(?:son|daughter|mother|father|brother|sister)-in-law|neighbour|neighbor|friend|landlord|landlady|broker|boss|colleague),\s+(\p{Lu}[\p{L}\p{M}]+(?:\s\p{Lu}[\p{L}\p{M}]+){0,2})(?=\s*[,(])"#
    )
    /// One capital and its dot after a lower-case word, before a respondent's code or an age in brackets:
    /// "the examiner told H. (R43) that", "interviewed T. (FGD-2, 41)". A list's letter ("option B. (see
    /// annex)") has no code after it; the code stays.
    static let initialBeforeCode = DataShapes.regex(
        #"(?<=\p{Ll}\s)\p{Lu}\.(?=\s\((?:R|P|FGD|KII|IDI|FG)-?\d{1,3}(?![\p{L}\p{N}])|\s\(\d{2}(?![\p{N}]))"#
    )
}
