import Foundation
import TextScanning

/// Initials: N.T.M., N.T. Mai, and after an honorific "chị h.t.m" in lower case or "a T.H" with no
/// last dot.
extension Sanitizer {
    static let initialsPattern = regex(
        #"(?<![\p{L}\p{M}\p{N}.])(?:(?:\p{Lu}|Ng|Nh|Tr|Th|Ch|Kh|Ph|Gi|Qu)\.\s?){2,}(?:\p{Lu}[\p{Ll}\p{M}]*)?(?![\p{L}\p{M}\p{N}])"#
    )
    /// Initials with no dot after the last ("a T.H ơi"): a name only right after an honorific.
    static let openInitialsPattern = regex(#"(?<![\p{L}\p{M}\p{N}.])\p{Lu}(?:\.\p{Lu}){1,3}(?![\p{L}\p{M}\p{N}]|\.\S)"#)
    /// Initials typed in lower case ("chị h.t.m"): a name only right after an honorific.
    static let lowercaseInitialsPattern = regex(
        #"(?<![\p{L}\p{M}\p{N}.])(?:\p{Ll}\.){2,}\p{Ll}?\.?(?![\p{L}\p{M}\p{N}])"#)
    /// Initials without dots signed in quotes: ký 'NTTH', chữ ký "PVD".
    static let signedInitialsPattern = regex(#"(?<=(?:ký|kí|ky) ["'“‘])\p{Lu}{2,5}(?=["'”’])"#)
    /// A family cut short, a middle name and an initial: "Ng. Văn H.", "Tr. Thị L." (the middle is checked);
    /// or H' or K' and an initial before a highland family: "H'N. Byă".
    static let shortFamilyPattern = regex(
        #"(?<![\p{L}\p{M}\p{N}.])(?:([HK]['’]\p{Lu})\.\s?(\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}])|(?:\p{Lu}|Ng|Nh|Tr|Th|Ch|Kh|Ph|Gi|Qu)\.\s(\p{Lu}[\p{Ll}\p{M}]+)\s\p{Lu}\.(?![\p{L}\p{M}\p{N}]))"#
    )
    /// Abbreviations written like initials: T.P. (thành phố), T.Ư. (trung ương), U.S.
    static let notInitials: Set<String> = ["TP", "TƯ", "US", "UK", "PS", "TT", "SĐ", "PO"]

    func initials(in scan: TextScan) -> [Span] {
        let words = scan.words
        var spans: [Span] = []
        for match in scan.hasDot ? scan.matches(Self.initialsPattern) : [] {
            let letters = scan.string(match.range).filter(\.isLetter)
            if !Self.notInitials.contains(letters) {
                spans.append(Span(kind: .personName, range: match.range, priority: 6))
            }
        }
        // A family cut short is a capital or two right before a dot: most sentences have none.
        let mayCutFamily = words.list.contains {
            $0.text.utf16.count <= 2 && $0.end < scan.ns.length && scan.ns.character(at: $0.end) == 0x2E
                && $0.text.first?.isUppercase == true
        }
        for match in mayCutFamily ? scan.matches(Self.shortFamilyPattern) : []
        where match.range(at: 1).length > 0
            ? vocabulary.highland.contains(scan.string(match.range(at: 2)))
            : vocabulary.middles.contains(scan.string(match.range(at: 3)).lowercased())
        {
            spans.append(Span(kind: .personName, range: match.range, priority: 6))
        }
        for match in scan.hasDot ? scan.matches(Self.openInitialsPattern) : [] {
            guard var index = words.list.lastIndex(where: { $0.end <= match.range.location }),
                words[index].end + 1 == match.range.location
            else { continue }
            // The Ê Đê Y or H before initials is the name's: "Đ/c Y K.N".
            var start = match.range.location
            if ["Y", "H"].contains(words[index].text), index > 0, honorificEnding(words, at: index - 1) != nil {
                start = words[index].range.location
                index -= 1
            }
            guard honorificEnding(words, at: index) != nil || Self.chatHonorifics.contains(words[index].text) else {
                continue
            }
            spans.append(
                Span(
                    kind: .personName, range: NSRange(location: start, length: NSMaxRange(match.range) - start),
                    priority: 6))
        }
        for match in scan.hasQuote ? scan.matches(Self.signedInitialsPattern) : []
        where scan.string(match.range) != "OK" {
            spans.append(Span(kind: .personName, range: match.range, priority: 6))
        }
        // Most sentences end with a dot: only a one-letter lower-case word makes lower-case initials possible.
        let mayHaveLowercaseInitials = scan.hasDot && words.list.contains { $0.text.count == 1 && $0.text == $0.lower }
        for match in mayHaveLowercaseInitials ? scan.matches(Self.lowercaseInitialsPattern) : [] {
            guard let index = words.list.lastIndex(where: { $0.end <= match.range.location }),
                words[index].end + 1 == match.range.location, honorificEnding(words, at: index) != nil
            else { continue }
            spans.append(Span(kind: .personName, range: match.range, priority: 6))
        }
        return spans
    }
}
