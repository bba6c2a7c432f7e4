import Foundation
import Initials
import PersonShapes
import TextScanning
import TextShapes

/// Initials: N.T.M., N.T. Mai, and after an honorific or a role "chị h.t.m", "cô chủ nhiệm n.t.l" in
/// lower case, or after an honorific "a T.H" with no last dot.
extension NameFinder {
    func initials(in scan: TextScan) -> [Span] {
        let words = scan.words
        var spans: [Span] = []
        for match in scan.mayHoldInitials ? scan.matches(InitialShapes.initialsPattern) : [] {
            let letters = scan.string(match.range).filter(\.isLetter)
            // A last syllable cut to two consonants takes its dot: "B.T.Hg. – đã chết".
            var range = match.range
            if scan.takesCutNameDot(at: NSMaxRange(range)) { range.length += 1 }
            if !InitialShapes.notInitials.contains(letters) {
                spans.append(Span(kind: .personName, range: range, priority: 6))
            }
        }
        // A family cut short is a capital or two right before a dot: most sentences have none.
        let mayCutFamily = words.list.contains {
            $0.text.utf16.count <= 2 && $0.end < scan.ns.length && scan.ns.character(at: $0.end) == 0x2E
                && $0.text.first?.isUppercase == true
        }
        for match in mayCutFamily ? scan.matches(InitialShapes.givenToInitialPattern) : [] {
            spans.append(Span(kind: .personName, range: match.range, priority: 6))
        }
        for match in mayCutFamily ? scan.matches(InitialShapes.shortFamilyPattern) : []
        where match.range(at: 1).length > 0
            ? vocabulary.highland.contains(scan.string(match.range(at: 2)))
            : vocabulary.middles.contains(scan.string(match.range(at: 3)).lowercased())
        {
            spans.append(Span(kind: .personName, range: match.range, priority: 6))
        }
        for match in scan.mayHoldInitials ? scan.matches(InitialShapes.openInitialsPattern) : [] {
            guard var index = words.list.lastIndex(where: { $0.end <= match.range.location }),
                words[index].end + 1 == match.range.location
            else { continue }
            // The Ê Đê Y or H before initials is the name's: "Đ/c Y K.N".
            var start = match.range.location
            if ["Y", "H"].contains(words[index].text), index > 0, honorificEnding(words, at: index - 1) != nil {
                start = words[index].range.location
                index -= 1
            }
            guard honorificEnding(words, at: index) != nil || CallCues.chatHonorifics.contains(words[index].text) else {
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
            if index >= 2, CallCues.lettersAfter.contains(words[index - 2].folded) { continue }
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
                words[index].end + 1 == match.range.location,
                (honorificEnding(words, at: index) ?? roleEnding(words, at: index)) != nil
                    || InitialShapes.unmarkedHonorifics.contains(words[index].text)
                    || InitialShapes.careAbbreviations.contains(words[index].text)
            else { continue }
            spans.append(Span(kind: .personName, range: match.range, priority: 6))
        }
        spans += careAbbreviationNames(in: scan)
        spans += bareInitials(in: scan)
        spans += tradedInitials(in: scan)
        spans += InitialShapes.shapedInitials(in: scan).map { Span(kind: .personName, range: $0, priority: 6) }
        return spans
    }

    /// A name typed without marks after a care worker's title cut short in lower case (the thirty-second
    /// round): "bs Hung", "dd Thuy", "bs Khuat Duy Tien". Its first word must be a given name or a family
    /// typed without marks, or it is one capital and its dot ("bs H."); the name runs over capitalised words with no marks, up to four, and stops at an
    /// office ("bs Hung Khoa Noi" keeps Khoa Noi). "BS" in capitals and a name with marks are the role rules'.
    func careAbbreviationNames(in scan: TextScan) -> [Span] {
        let words = scan.words
        var spans: [Span] = []
        // Two letters first: most words are longer, and a count costs no hash.
        for index in 0..<max(words.count - 1, 0)
        where words[index].text.utf16.count == 2 && InitialShapes.careAbbreviations.contains(words[index].text) {
            let first = index + 1
            guard scan.onlySpace(words[index], words[first]), words[first].isCapitalised, words[first].isASCII
            else { continue }
            // One capital and its dot: "bs H. khoa noi".
            let initialEnd = words[first].end
            if words[first].text.count == 1, initialEnd < scan.utf16Count, scan.units[initialEnd] == 0x2E {
                let start = words[first].range.location
                spans.append(Span(kind: .personName, range: NSRange(location: start, length: 2), priority: 6))
                continue
            }
            guard
                vocabulary.givenFolded.contains(words[first].folded)
                    || vocabulary.familyFirstWords.contains(words[first].folded),
                let last = capitalisedRun(words, from: first, scan: scan, honorific: true)
            else { continue }
            var end = first
            while end < last, words[end + 1].isASCII { end += 1 }
            let start = words[first].range.location
            spans.append(
                Span(kind: .personName, range: NSRange(location: start, length: words[end].end - start), priority: 6))
        }
        return spans
    }

    /// One capital and its dot after a trade, a witness's word or a citizen's, as before initials with no dot
    /// (``InitialShapes/cuesInitials(_:before:)``): "Công nhân H. và công nhân T. của đội", "ngư dân K. bị
    /// giữ" (the thirty-third round). The dot goes with the letter, as after an honorific. Limits: the
    /// letter right after the cue's words; after any other word it is a list's or a point's ("mục B.").
    func tradedInitials(in scan: TextScan) -> [Span] {
        let words = scan.words
        guard scan.hasDot else { return [] }
        var spans: [Span] = []
        for i in 1..<max(words.count, 1)
        where words[i].text.utf16.count == 1 && words[i].isCapitalised && scan.unit(at: words[i].end) == 0x2E {
            guard scan.onlySpace(words[i - 1], words[i]), InitialShapes.cuesInitials(words, before: i) else { continue }
            spans.append(
                Span(kind: .personName, range: NSRange(location: words[i].range.location, length: 2), priority: 6))
            // A second letter joined by và is the cue's too: "Nhân chứng T. và K. xác nhận" (the thirty-fifth
            // round).
            let next = i + 2
            if next < words.count, words[i + 1].lower == "và", words[i + 1].range.location == words[i].end + 2,
                words[next].text.utf16.count == 1, words[next].isCapitalised, scan.onlySpace(words[i + 1], words[next]),
                scan.unit(at: words[next].end) == 0x2E
            {
                spans.append(
                    Span(
                        kind: .personName, range: NSRange(location: words[next].range.location, length: 2), priority: 6)
                )
            }
        }
        return spans
    }

    /// The last of two or more sets of three capitals listed with commas from `first`, when a colon follows
    /// the list, as a note heads the cases it lists ("NTT, NVM, LTH: ba trường hợp…"; the thirty-third
    /// round). Limits: each set passes `isBare` (no listed acronym, no office), none is a bank's short name
    /// (VCB, ACB) and none holds F, J, W or Z, which Vietnamese names have not; a list after a colon
    /// ("Các kênh đưa tin: VTV, VOV, VTC") or with none stays, and so would broadcasters' before one.
    func initialsListed(_ words: Words, from first: Int, scan: TextScan, isBare: (Int) -> Bool) -> Int? {
        func gap(_ k: Int) -> String {
            let end = words[k].end
            let next = k + 1 < words.count ? words[k + 1].range.location : scan.utf16Count
            return scan.string(NSRange(location: end, length: next - end))
        }
        func isSet(_ k: Int) -> Bool {
            words[k].text.count == 3 && !words[k].text.contains(where: { "FJWZ".contains($0) })
                && !IdentifierShapes.publicPrefixes.contains(words[k].text)
        }
        guard isSet(first), first == 0 || !(isBare(first - 1) && gap(first - 1) == ", ") else { return nil }
        var last = first
        while last + 1 < words.count, gap(last) == ", ", isBare(last + 1), isSet(last + 1) { last += 1 }
        guard last > first, gap(last).hasPrefix(":") else { return nil }
        return last
    }

    /// Whether a chat's one-letter honorific (a, c, e, ô) opens the sentence right before `index` (the forty-first
    /// round): "a DQH bao la chieu nay…", "c PTL noi phai nop". Elsewhere "a" and "c" are as often letters or
    /// English ("a GPS"), and no sentence of English opens on "a" in lower case.
    func chatHonorificOpens(_ words: Words, before index: Int, scan: TextScan) -> Bool {
        CallCues.chatHonorifics.contains(words[index - 1].text) && startsSentence(scan, index - 1)
    }

    /// Initials with no dot (three or four capitals: "NVA", "NTTH") after a witness's word, a trade or an
    /// honorific, before a relation in brackets ("NVA (hàng xóm)"), or two of them joined by và before
    /// "là … người". Acronyms of three or four capitals are as common, so the word must be no office and
    /// none of ``InitialShapes/bareAcronyms``, and a cue must say it is a person.
    func bareInitials(in scan: TextScan) -> [Span] {
        let words = scan.words
        func isBare(_ index: Int) -> Bool {
            let text = words[index].text
            // Most words are in lower case or longer: the cheap tests first.
            return (3...8).contains(text.utf16.count) && text.unicodeScalars.allSatisfy(\.properties.isUppercase)
                && (3...4).contains(text.count)
                && !InitialShapes.bareAcronyms.contains(text) && !KeptAcronyms.words.contains(text)
                && !vocabulary.offices.contains(text) && !isOffice(words, at: index)
        }
        var spans: [Span] = []
        for i in 0..<words.count
        where isBare(i) || InitialShapes.isLowercaseInitials(words[i])
            || scan.unit(at: words[i].range.location - 1) == 0x28 && InitialShapes.isBracketedInitials(words[i].text)
        {
            let cuedBefore =
                i > 0 && scan.onlySpace(words[i - 1], words[i])
                && (honorificEnding(words, at: i - 1) != nil || InitialShapes.cuesInitials(words, before: i)
                    || chatHonorificOpens(words, before: i, scan: scan))
            let gap =
                i + 1 < words.count
                ? scan.string(NSRange(location: words[i].end, length: words[i + 1].range.location - words[i].end)) : ""
            let relationAfter =
                gap == " (" && InitialShapes.bracketsPerson(words, at: i + 1)
                || gap == ", " && scan.unit(at: words[i].range.location - 1) == 0x28
                    && InitialShapes.saysPerson(words, at: i + 1)
                || InitialShapes.relationAfterDash(words, at: i, in: scan)
            // In lower case without vowels, only as such a pair, also typed without marks: "nvh voi ltk la hai nguoi".
            let lower = !isBare(i) && InitialShapes.isLowercaseInitials(words[i])
            let joined =
                i + 2 < words.count
                && (lower
                    ? ["voi", "va"].contains(words[i + 1].folded) && InitialShapes.isLowercaseInitials(words[i + 2])
                    : words[i + 1].lower == "và" && isBare(i + 2))
            // Two of three capitals each need no more ("Đơn của NVH và LTT"); others need "là … người".
            let pair =
                joined
                && (!lower && words[i].text.count == 3 && words[i + 2].text.count == 3
                    || i + 3 < words.count && words[i + 3].folded == "la"
                        && scan.foldedAfter(words[i + 3].end, length: 16).contains("nguoi"))
            // Lower-case initials right after an honorific are a name too: "chị ntm ở chung cư".
            // The thirty-fifth round's cues, and the initials listed after any so taken: "ký tên NVT, TTH, PVĐ".
            // Initials with a middle name's letter (NVT, TTH) need no cue (``BareInitialCues/namesMiddle(_:)``).
            let taken =
                !lower
                && (cuedBefore || relationAfter || cuedBareInitials(words, at: i, in: scan)
                    || isBare(i) && BareInitialCues.namesMiddle(words[i].text) && !inCode(words[i], scan))
            if taken {
                let listed =
                    initialsFollowing(i, words, in: scan, isBare: isBare)
                    + initialsBefore(i, words, in: scan, isBare: isBare)
                spans += listed.map { Span(kind: .personName, range: words[$0].range, priority: 6) }
            }
            if taken
                || lower && cuedBefore && honorificEnding(words, at: i - 1) != nil
                    && !InitialShapes.bareAcronyms.contains(words[i].text.uppercased())
                    && !InitialShapes.chatAbbreviations.contains(words[i].text)
            {
                spans.append(Span(kind: .personName, range: words[i].range, priority: 6))
            }
            if isBare(i), let last = initialsListed(words, from: i, scan: scan, isBare: isBare) {
                spans += (i...last).map { Span(kind: .personName, range: words[$0].range, priority: 6) }
            }
            if pair {
                spans.append(Span(kind: .personName, range: words[i].range, priority: 6))
                spans.append(Span(kind: .personName, range: words[i + 2].range, priority: 6))
                // The pair may end a list with commas: "NVA, TTB và LVC là ba người".
                var k = i
                while k >= 1, lower ? InitialShapes.isLowercaseInitials(words[k - 1]) : isBare(k - 1),
                    scan.string(NSRange(location: words[k - 1].end, length: words[k].range.location - words[k - 1].end))
                        == ", "
                {
                    k -= 1
                    spans.append(Span(kind: .personName, range: words[k].range, priority: 6))
                }
            }
        }
        return spans
    }

    /// Whether a word is part of a code: a slash or a dash touches it ("412/STC-QLG", "TT-BTC").
    func inCode(_ word: Word, _ scan: TextScan) -> Bool {
        let joiners: Set<UInt16> = [0x2F, 0x2D]
        return word.range.location > 0 && joiners.contains(scan.unit(at: word.range.location - 1))
            || word.end < scan.utf16Count && joiners.contains(scan.unit(at: word.end))
    }
}
