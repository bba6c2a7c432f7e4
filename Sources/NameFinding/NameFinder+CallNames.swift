import Foundation
import PersonShapes
import TextScanning
import TextShapes

/// How people are called in chat and in the street rather than on paper: an honorific shortened to a
/// letter ("e Hạnh", "ô Thoa"), a name called out in lower case ("a quang ơi"), a name someone is habitually called by ("hay gọi là Bờm Xồm"), "Bé"
/// before a birth-order name ("Bé Tư"), and a quoted nickname after a name found by another rule
/// (Y Blô "Thợ Săn"), which goes with it, quotes and all.
extension NameFinder {

    package func callNames(in scan: TextScan) -> [Span] {
        let words = scan.words
        var spans: [Span] = []
        for i in 0..<max(words.count - 1, 0) where scan.onlySpace(words[i], words[i + 1]) {
            let next = words[i + 1]
            // A name called out after an honorific, in lower case: "a quang ơi giúp e".
            if i + 2 < words.count, ["ơi", "oi"].contains(words[i + 2].lower), next.text == next.lower,
                scan.onlySpace(next, words[i + 2]),
                CallCues.chatHonorifics.contains(words[i].text) || honorificEnding(words, at: i) != nil
                    || (words[i].isASCII && unmarkedCueEnding(words, at: i)),
                next.isASCII ? vocabulary.givenFolded.contains(next.folded) : vocabulary.given.contains(next.lower),
                !WordClasses.commonAfterHonorific.contains(next.folded)
                    || CallCues.chatHonorifics.contains(words[i].text)
            {
                spans.append(Span(kind: .personName, range: next.range, priority: 6))
            }
            // In text that writes names in lower case, a one-letter honorific and a known given name with
            // its marks: "ai biết a tuấn làm ở sở". Without marks "a" and "c" start too many words.
            if words[i].text.utf8.count <= 2, ["a", "e", "ô"].contains(words[i].text), !next.isASCII,
                next.text == next.lower,
                vocabulary.given.contains(next.lower), i == 0 || !CallCues.lettersAfter.contains(words[i - 1].folded),
                scan.writesNamesInLowercase
            {
                spans.append(Span(kind: .personName, range: next.range, priority: 6))
            }
            // "em là tuấn anh, lớp 11": a writer who gives two given names of his own, set apart; without
            // marks after a "là" typed with them ("e là mai anh,"), since names often have none.
            if ["là", "la"].contains(words[i].lower), i > 0, CallCues.selfIntroducing.contains(words[i - 1].lower),
                i + 2 < words.count, !next.isASCII || !words[i + 2].isASCII || words[i].text == "là",
                honorificEnding(words, at: i + 1) == nil,
                [next, words[i + 2]].allSatisfy({
                    $0.text == $0.lower
                        && (next.isASCII && words[i + 2].isASCII
                            ? vocabulary.givenFolded.contains($0.folded) : vocabulary.given.contains($0.lower))
                }),
                !WordClasses.wordsLikeNames.contains([next.folded, words[i + 2].folded]),
                scan.onlySpace(next, words[i + 2]), scan.pauseAfter(words[i + 2])
            {
                spans.append(Span(kind: .personName, range: span(words, i + 1, i + 2), priority: 6))
            }
            guard next.isCapitalised, words.placeAt[i + 1] == 0, !isOffice(words, at: i + 1) else { continue }
            // "ô Tô" is a car typed with a capital. chị typed "chi" before a known name typed with its marks is
            // hers as before one without (the forty-first round): "a Long noi chi Mơ ben phuong"; a capitalised
            // word after chi is a person's 28 of the 30 times in the shipped batches, the others a place (kim chi
            // Hàn Quốc) and an acronym, which are no known names.
            if CallCues.chatHonorifics.contains(words[i].text) || words[i].text == "chi",
                !(words[i].text == "ô" && next.folded == "to"),
                isKnownName(words, at: i + 1)
                    || (CallCues.sureChatHonorifics.contains(words[i].text) && NameShapes.isSyllable(next.folded)),
                !isPlaceContext(words, at: i + 1, scan: scan),
                let last = capitalisedRun(words, from: i + 1, scan: scan, honorific: false)
            {
                spans.append(Span(kind: .personName, range: span(words, i + 1, last), priority: 6))
            }
            if CallCues.endsHabitualCall(words, at: i),
                !PlaceShapes.isPlaceWord(next), !vocabulary.nicknames.contains(next.lower),
                !(i + 2 < words.count && vocabulary.nicknames.contains(next.lower + " " + words[i + 2].lower)),
                let last = capitalisedRun(words, from: i + 1, scan: scan, honorific: false),
                // A name, or a nickname's word in it: "Đực Râu"; "Sổ Hồng", "Ngã Ba Chú Ý" are things.
                isKnownName(words, at: i + 1) || WordClasses.birthOrder.contains(next.text)
                    || words.list[(i + 1)...last].dropFirst().contains(where: {
                        vocabulary.nicknames.contains($0.lower)
                    })
            {
                spans.append(Span(kind: .personName, range: span(words, i + 1, last), priority: 6))
            }
            // "Cu Tí", "cu Bin": a small boy's call word before his given name is part of his name; a kept
            // place that opens so is none ("Việt Nam – Cu Ba", Cuba: the thirty-third round).
            if words[i].folded == "cu", words[i].isASCII, isKnownName(words, at: i + 1),
                words.placeAt.isEmpty || words.placeAt[i] == 0
            {
                spans.append(Span(kind: .personName, range: span(words, i, i + 1), priority: 6))
            }
            // "Bé Tư bán nước mía": Bé before a birth-order name is part of the nickname, not an honorific.
            if words[i].text == "Bé", WordClasses.birthOrder.contains(next.text),
                i + 2 >= words.count || !words[i + 2].isCapitalised || !scan.onlySpace(next, words[i + 2])
            {
                spans.append(Span(kind: .personName, range: span(words, i, i + 1), priority: 6))
            }
        }
        return spans
    }

    /// Whether the capitalised word at `index` is a known given name or starts a family name.
    func isKnownName(_ words: Words, at index: Int) -> Bool {
        let word = words[index]
        let given = word.isASCII ? vocabulary.givenFolded.contains(word.folded) : vocabulary.given.contains(word.lower)
        return given || familyStart(words, at: index) != nil
    }

    /// A quoted run that is a name, right after a name or opened inside one, joins it with its quotes:
    /// `Y Blô "Thợ Săn"`, `Long "Cò Đất"` (a nickname word found inside the quotes ends short of them).
    package func quotedNicknamesJoined(_ spans: [Span], in scan: TextScan) -> [Span] {
        // A name after "biệt danh" is read as an account's: its quoted nickname joins it all the same.
        let names = spans.filter { $0.kind == .personName || $0.kind == .onlineIdentity }
        guard !names.isEmpty || NicknameSlots.hasQuotedNickname(in: scan, vocabulary: vocabulary) else { return [] }
        func covered(_ location: Int) -> Bool {
            names.contains { $0.range.location <= location && location < $0.range.location + $0.range.length }
        }
        var joined: [Span] = []
        for match in scan.matches(NameShapes.quotedPattern) {
            let inner = match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range(at: 2)
            // Or a nickname's word alone in them, lower-case too: A Páo "lùn" (the twenty-first round).
            guard inner.length > 0,
                (inner.location..<inner.location + inner.length).allSatisfy(covered)
                    || vocabulary.nicknames.contains(scan.string(inner).lowercased())
            else { continue }
            let open = match.range.location
            // The name before the quotes: touching the opening mark, or one space before it.
            let before = open > 0 && scan.string(NSRange(location: open - 1, length: 1)) == " " ? open - 2 : open - 1
            let end = match.range.location + match.range.length
            if before >= 0, covered(before),
                let name = names.first(where: {
                    $0.range.location <= before && before < $0.range.location + $0.range.length
                })
            {
                joined.append(
                    Span(
                        kind: name.kind,
                        range: NSRange(location: name.range.location, length: end - name.range.location),
                        priority: name.priority))
            } else if let first = givenNamesEnding(at: before, in: scan) {
                // Given names no rule found alone, right before a quoted nickname: A Páo "Cao".
                let start = scan.words[first].range.location
                joined.append(
                    Span(kind: .personName, range: NSRange(location: start, length: end - start), priority: 6))
            }
        }
        return joined
    }

    /// The first of one to three capitalised given names (a Hmông "A" among them) whose last ends at
    /// `location`, the last a known given name.
    func givenNamesEnding(at location: Int, in scan: TextScan) -> Int? {
        let words = scan.words
        guard location >= 0, let last = words.list.lastIndex(where: { $0.range.location <= location }),
            words[last].end == location + 1, words[last].isCapitalised, vocabulary.given.contains(words[last].lower)
        else { return nil }
        var first = last
        while last - first < 2, first > 0, words[first - 1].isCapitalised,
            scan.onlySpace(words[first - 1], words[first]),
            vocabulary.given.contains(words[first - 1].lower)
                || FamilyCues.hmongMiddles.contains(words[first - 1].folded)
        {
            first -= 1
        }
        return first
    }

    /// Flags a lone known given name after a role and its office ending on a place word, before a verb:
    /// "Phó Chủ tịch UBND xã Tiến đã ký", "Kế toán trường Hồng thu thêm". The name is the official's as
    /// often as the commune's or the school's, so it is flagged, not removed.
    package func flagNamesAfterRoleAtPlace(in scan: TextScan, flagging flags: inout [FlagSpan]) {
        let words = scan.words
        for i in 0..<words.count where roleEnding(words, at: i) != nil {
            var k = i + 1
            var atPlace = false
            while k < words.count, k - i <= 4, scan.onlySpace(words[k - 1], words[k]) {
                let word = words[k]
                if word.isCapitalised, word.text != word.text.uppercased() || NameShapes.isSyllable(word.folded) {
                    break
                }
                atPlace = atPlace || CallCues.officePlaces.contains(word.lower)
                k += 1
            }
            guard atPlace, k + 1 < words.count, words[k].isCapitalised, vocabulary.given.contains(words[k].lower),
                words.placeAt[k] == 0, scan.onlySpace(words[k], words[k + 1]),
                words[k + 1].text == words[k + 1].lower,
                StandaloneCues.personAfter.contains(words[k + 1].lower)
                    || CallCues.actsAfterRole.contains(words[k + 1].lower)
            else { continue }
            flags.append(FlagSpan(reason: .possibleName, range: words[k].range))
        }
    }

    /// Whether the honorific at `index` follows a word of naming oneself ("xưng là anh tuấn", "tự giới
    /// thiệu là chị hạnh"): the lower-case given name after it is a name even in text with capitals.
    func namesOneself(_ words: Words, before index: Int) -> Bool {
        let before = words.list[max(0, index - 2)..<index].map(\.folded)
        return before.contains("xung") || before == ["thieu", "la"]
    }

    package func aliasesAfterNames(_ spans: [Span], in scan: TextScan) -> [Span] {
        spans.filter { $0.kind == .personName }.compactMap { name in
            let end = name.range.location + name.range.length
            let rest = NSRange(location: end, length: min(80, scan.utf16Count - end))
            guard let match = NameShapes.aliasPattern.firstMatch(in: scan.text, range: rest) else { return nil }
            return Span(kind: .personName, range: match.range(at: 1), priority: 6)
        }
    }
}
