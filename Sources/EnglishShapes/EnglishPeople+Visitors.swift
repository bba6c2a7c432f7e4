import Foundation
import PersonShapes
import TextScanning
import TextShapes

/// People as the English reviews, forum posts and e-mails of the thirty-seventh round name them: a display name
/// in quotes after a chat's sender, a site's user or a group's member ("sender 'Kieu Oanh 1982'"), and a given
/// name with its nickname in quotes ("met Long 'Việt Kiều'").
extension EnglishPeople {
    /// Every such name, as UTF-16 ranges of the text. The text has a quote.
    static func visitorNames(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        var found: [NSRange] = []
        if scan.hasAnyWord(["sender", "user", "member", "contact", "profile", "username"]) {
            found += scan.matches(quotedDisplayName).compactMap { match in
                let name = match.range(at: 1)
                return scan.words.list.contains { word in
                    NSLocationInRange(word.range.location, name) && word.isCapitalised
                        && isGivenName(at: word.range.location, in: scan, vocabulary: vocabulary)
                } ? name : nil
            }
        }
        if scan.hasUppercase {
            let words = scan.words
            found += scan.matches(nameAndQuotedNickname).compactMap { match in
                let name = match.range(at: 1)
                guard let index = words.list.firstIndex(where: { $0.range.location == name.location }), index > 0,
                    words[index - 1].text == words[index - 1].lower, words[index - 1].text.first?.isLetter == true,
                    vocabulary.given.contains(words[index].lower) || vocabulary.nicknames.contains(words[index].lower),
                    isGivenName(at: name.location, in: scan, vocabulary: vocabulary)
                else { return nil }
                return match.range
            }
        }
        return found
    }

    /// A display name in quotes after a chat's sender, a site's user, a group's member, a contact or a profile:
    /// "sender 'Kieu Oanh 1982'", "member \"Chú Ba Xe Ôm\"". Group 1 must hold a capitalised given name (`user
    /// 'admin'` and `profile 'Hội Phụ nữ'` stay). Limit: up to forty characters.
    static let quotedDisplayName = DataShapes.regex(
        #"(?<=\b(?i:sender|user|member|contact|profile|username)\s)['"‘“]([^'"‘’“”\n]{3,40})['’"”]"#)
    /// A given name and its nickname of one to three capitalised words in quotes: "met Long 'Việt Kiều' (he…",
    /// "asked Hoa 'Sài Gòn' for". Group 1 is the given name, a Vietnamese one of the lexicon after a lower-case
    /// word (a place's second word, "Bến Thành 'Market'", follows a capital). Limit: a quote in lower case
    /// (`Minh 'the boss'`) is not read.
    static let nameAndQuotedNickname = DataShapes.regex(
        #"(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+)\s['‘"“]\p{Lu}[\p{L}\p{M}]*(?:\s\p{Lu}[\p{L}\p{M}]*){0,2}['’"”]"#)
}
