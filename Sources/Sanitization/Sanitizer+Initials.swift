import Foundation
import TextScanning

/// Initials: N.T.M., N.T. Mai, and after an honorific "chị h.t.m" in lower case or "a T.H" with no
/// last dot.
extension Sanitizer {
    func initials(in scan: TextScan) -> [Span] {
        let words = scan.words
        var spans: [Span] = []
        for match in scan.hasDot ? scan.matches(InitialShapes.initialsPattern) : [] {
            let letters = scan.string(match.range).filter(\.isLetter)
            if !InitialShapes.notInitials.contains(letters) {
                spans.append(Span(kind: .personName, range: match.range, priority: 6))
            }
        }
        // A family cut short is a capital or two right before a dot: most sentences have none.
        let mayCutFamily = words.list.contains {
            $0.text.utf16.count <= 2 && $0.end < scan.ns.length && scan.ns.character(at: $0.end) == 0x2E
                && $0.text.first?.isUppercase == true
        }
        for match in mayCutFamily ? scan.matches(InitialShapes.shortFamilyPattern) : []
        where match.range(at: 1).length > 0
            ? vocabulary.highland.contains(scan.string(match.range(at: 2)))
            : vocabulary.middles.contains(scan.string(match.range(at: 3)).lowercased())
        {
            spans.append(Span(kind: .personName, range: match.range, priority: 6))
        }
        for match in scan.hasDot ? scan.matches(InitialShapes.openInitialsPattern) : [] {
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
        let mayCutHonorific = words.list.contains {
            $0.text.utf16.count == 1 && $0.end < scan.ns.length && scan.ns.character(at: $0.end) == 0x2E
                && InitialShapes.cutHonorifics.contains($0.text)
        }
        for match in mayCutHonorific ? scan.matches(InitialShapes.cutHonorificPattern) : [] {
            let name = match.range(at: 1)
            guard let index = words.list.firstIndex(where: { $0.range.location == name.location }) else { continue }
            // "điểm b. Thanh tra tỉnh": a letter after a point's word is the point's. A list's letter opens
            // a line or follows a colon or a semicolon ("Khoản 2: a. Thu hồi…"): a, b, c and e are
            // honorifics only after a word of the clause ("Hôm qua b. Ng.", "Ô. Tr. và b. Ng.").
            if index >= 2, Self.lettersAfter.contains(words[index - 2].folded) { continue }
            let letter = scan.string(NSRange(location: match.range.location, length: 1))
            if !["ô", "Ô"].contains(letter),
                index < 2 || words[index - 1].range.location != match.range.location
                    || words[index - 2].end + 1 != match.range.location
            {
                continue
            }
            let cut = scan.string(name).hasSuffix(".")
            let known =
                cut
                || (vocabulary.families.contains(words[index].text) || vocabulary.given.contains(words[index].lower))
                    && !isOffice(words, at: index) && words.placeAt[index] == 0
            guard known else { continue }
            let last = cut ? index : capitalisedRun(words, from: index, scan: scan, honorific: true) ?? index
            let end = cut ? NSMaxRange(name) : words[last].end
            spans.append(
                Span(
                    kind: .personName, range: NSRange(location: name.location, length: end - name.location), priority: 6
                ))
        }
        for match in scan.hasQuote ? scan.matches(InitialShapes.signedInitialsPattern) : []
        where scan.string(match.range) != "OK" {
            spans.append(Span(kind: .personName, range: match.range, priority: 6))
        }
        // Most sentences end with a dot: only a one-letter lower-case word makes lower-case initials possible.
        let mayHaveLowercaseInitials = scan.hasDot && words.list.contains { $0.text.count == 1 && $0.text == $0.lower }
        for match in mayHaveLowercaseInitials ? scan.matches(InitialShapes.lowercaseInitialsPattern) : [] {
            guard let index = words.list.lastIndex(where: { $0.end <= match.range.location }),
                words[index].end + 1 == match.range.location, honorificEnding(words, at: index) != nil
            else { continue }
            spans.append(Span(kind: .personName, range: match.range, priority: 6))
        }
        return spans
    }
}
