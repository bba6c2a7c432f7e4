import Foundation
import Initials
import PersonShapes
import TextScanning
import TextShapes

/// People named without the common "family name + given names" shape: a given name after an honorific
/// or a role ("anh Khoa", "trưởng thôn Pọm"), birth-order and quoted nicknames ("Ba Khánh", "Tùng
/// xoăn"), initials (N.T.M.), and Ê Đê and Jarai names that start with Y or H' (Y Bhin Niê, H'Hen).
extension NameFinder {

    /// Whether `range` is a people's name after "người", "dân tộc", "đồng bào", "bà con" or "tiếng".
    /// The name may start a word before the span, one that looks like an honorific: "người Co Ho".
    package func namesAPeople(_ range: NSRange, in scan: TextScan) -> Bool {
        guard scan.hasAnyWord(WordClasses.peopleCues) else { return false }
        let before = Array(Folding.words(scan.foldedBefore(range.location, length: 16)).suffix(3))
        let name = Folding.words(Folding.fold(scan.string(range)))
        return [0, 1].contains { early in
            let cues = before.dropLast(early).suffix(2)
            return before.count > early && cues.last.map(WordClasses.peopleCues.contains) == true
                && (cues.last == "nguoi" || cues.last == "tieng" || ["dan", "dong", "ba"].contains(cues.first))
                && vocabulary.ethnicGroups.contains(before.suffix(early) + name)
        } || endsListOfPeoples(range, in: scan)
    }

    /// Whether `range` ends a list of peoples after one of those cues, set off by commas or và, every item a
    /// people (the forty-first round): "dân tộc Mông, Dao, Ê Đê", "đồng bào Thái và Ê Đê". A list of given names
    /// after the cue ("người Hùng, Lan") has an item that is no people and is left to the other rules.
    func endsListOfPeoples(_ range: NSRange, in scan: TextScan) -> Bool {
        // Most spans follow neither a comma nor và: the cheap look first.
        let start = range.location
        guard start >= 3, scan.unit(at: start - 1) == 0x20,
            scan.unit(at: start - 2) == 0x2C || scan.foldedBefore(start, length: 4) == " va "
        else { return false }
        var items = scan.foldedBefore(range.location, length: 64).split(
            separator: ",", omittingEmptySubsequences: false
        ).flatMap { chunk in
            Folding.words(String(chunk)).split(separator: "va", omittingEmptySubsequences: false).map(Array.init)
        }
        // The name itself comes right after the last comma or và.
        guard items.count >= 3, items.removeLast().isEmpty else { return false }
        while let item = items.popLast(), !item.isEmpty {
            if vocabulary.ethnicGroups.contains(item) { continue }
            return [1, 2].contains { size in
                guard item.count > size, vocabulary.ethnicGroups.contains(Array(item.suffix(size))) else {
                    return false
                }
                let cues = item.dropLast(size).suffix(2)
                return cues.last == "nguoi" || cues.last == "tieng"
                    || cues.count == 2 && [["dan", "toc"], ["dong", "bao"], ["ba", "con"]].contains(Array(cues))
            }
        }
        return false
    }

    /// Whether a birth-order name in lower case after an honorific is joined to the next person by với or
    /// và, or set off by a comma: "bà chín với ông…" ("ông năm nay", "bà tư vấn" go on as words).
    func birthOrderJoined(_ words: Words, at index: Int, scan: TextScan) -> Bool {
        guard WordClasses.birthOrder.contains(words[index].text.capitalized), index + 1 < words.count else {
            return false
        }
        let gap = scan.string(
            NSRange(location: words[index].end, length: words[index + 1].range.location - words[index].end))
        return gap.hasPrefix(",") || (gap == " " && ["với", "và"].contains(words[index + 1].lower))
    }

    /// Whether a birth-order name in lower case after an honorific takes a listed given name typed so, in a text
    /// that writes other names capitalised (the thirty-ninth round): "Ghi chép: ông tám lưu cập bến, bà hai hồng ra
    /// nhận tiền". Ba hoa (to boast) is a word.
    func birthOrderAndName(_ words: Words, at index: Int, scan: TextScan) -> Bool {
        index + 1 < words.count && scan.onlySpace(words[index], words[index + 1])
            && NameShapes.isLowercaseBirthOrder(words[index], before: words[index + 1], given: vocabulary.given)
            && !(words[index].text == "ba" && words[index + 1].text == "hoa")
    }

    package func people(in scan: TextScan, flagging flags: inout [FlagSpan]) -> [Span] {
        let words = scan.words
        var spans: [Span] = []
        // Words inside a place's name ("Hai Bà Trưng") start no honorific.
        var inPlace = [Bool](repeating: false, count: words.count)
        for i in 0..<words.count where words.placeAt[i] > 0 {
            for k in i..<min(i + words.placeAt[i], words.count) { inPlace[k] = true }
        }
        func remove(_ from: Int, _ to: Int) {
            let end = nicknameEnd(words, after: to, scan: scan)
            var length = words[end].end - words[from].range.location
            // An initial takes its dot: "anh H." goes whole.
            if InitialShapes.isInitial(words[end].text), scan.unit(at: words[end].end) == 0x2E { length += 1 }
            if end > to, scan.closingQuote(after: words[end].end),
                scan.string(NSRange(location: words[end].range.location - 1, length: 1)) != " "
            {
                length += 1
            }
            let range = NSRange(location: words[from].range.location, length: length)
            spans.append(Span(kind: .personName, range: range, priority: 6))
        }
        // Read on the first lower-case given name after a cue, which most texts never reach.
        lazy var allLowercase = scan.writesNamesInLowercase
        for i in 0..<words.count {
            // "o" typed without marks before a kept place, a lower-case word or abroad is ở: "o Tra Vinh", "o Duc".
            let beforePlace = words[i].isUnmarkedO && i + 1 < words.count && (inPlace[i + 1] || words.namesWhere(i + 1))
            let honorific = beforePlace ? nil : honorificEnding(words, at: i)
            let role = honorific == nil && !beforePlace ? roleEnding(words, at: i) : nil
            // After an honorific a kept place's name is a person's ("tên Hòa Bình"), not after a role.
            if let start = honorific ?? role, i + 1 < words.count, !inPlace[start], honorific != nil || !inPlace[i + 1],
                scan.onlySpace(words[i], words[i + 1])
                    || honorific != nil && scan.isTitleBefore(words[i], words[i + 1])
                        && (vocabulary.givenFolded.contains(words[i + 1].folded)
                            || vocabulary.families.contains(words[i + 1].text)),
                placeLength(words, at: start) == nil,
                // No place is named "tên": "xã tên hiếu" is a commune's man called Hiếu.
                words[start].text == "tên" || !isPlaceContext(words, at: start, scan: scan)
            {
                let next = words[i + 1]
                if next.isCapitalised, !InitialShapes.isPlaceholder(next, in: scan),
                    !vocabulary.namesNoOne(words, at: i + 1)
                {
                    if let last = capitalisedRun(words, from: i + 1, scan: scan, honorific: honorific != nil) {
                        let known =
                            honorific != nil || familyStart(words, at: i + 1) != nil
                            || vocabulary.given.contains(next.lower) || InitialShapes.isInitial(next.text)
                        if known {
                            remove(i + 1, last)
                        } else {
                            flags.append(FlagSpan(reason: .possibleName, range: span(words, i + 1, last)))
                        }
                    }
                } else if honorific != nil, vocabulary.given.contains(next.lower), next.text == next.lower,
                    !WordClasses.honorificPairWords.contains([words[i].folded, next.folded]),
                    // chi in lower case is chỉ or chi (to spend) after an honorific: "em chi nop le phi" (the
                    // forty-second round); a lone lower-case chi is no removal in the shipped batches.
                    next.text != "chi",
                    i + 2 >= words.count || !WordClasses.tradeWords.contains([next.folded, words[i + 2].folded])
                {
                    if allLowercase || namesOneself(words, before: start)
                        || birthOrderJoined(words, at: i + 1, scan: scan)
                        || birthOrderAndName(words, at: i + 1, scan: scan)
                        || scan.quotesSpeech(around: next, after: words[i], common: WordClasses.commonAfterHonorific)
                    {
                        remove(i + 1, i + 1)
                    } else if !WordClasses.commonAfterHonorific.contains(next.folded) {
                        flags.append(FlagSpan(reason: .possibleLowercaseName, range: next.range))
                    }
                }
            }
            // An honorific or a role typed without marks ("can bo Tuan", "chi Nguyet"), then a capitalised
            // known name typed so: removed, no flag, since the bare cue may be another word ("co Hoa").
            if honorific == nil, role == nil, words[i].isASCII, i + 1 < words.count, words[i + 1].isASCII,
                words[i + 1].isCapitalised, !inPlace[i + 1], scan.onlySpace(words[i], words[i + 1]),
                vocabulary.givenFolded.contains(words[i + 1].folded) || familyStart(words, at: i + 1) != nil,
                !isOffice(words, at: i + 1),
                placeLength(words, at: i + 1) == nil, !isPlaceContext(words, at: i + 1, scan: scan),
                unmarkedCueEnding(words, at: i),
                let last = capitalisedRun(words, from: i + 1, scan: scan, honorific: false)
            {
                remove(i + 1, last)
            }
            if allLowercase, honorific == nil, role == nil, unmarkedGivenNameAfterCue(words, at: i, scan: scan, spans) {
                remove(i + 1, i + 1)
            }
            // A sentence that opens on a known given name and a nickname word in lower case: "hiếu khùng
            // đe dọa", "kien lac dan dan em". The first word of a sentence is its subject more than any.
            if allLowercase, honorific == nil, role == nil, lowercaseNicknameOpensSentence(words, at: i, scan: scan) {
                remove(i, i + 1)
            }
            // A role, a department in lower case, then a known given name: "cán bộ địa chính Tuấn".
            if role != nil, honorific == nil, let name = knownNameAfterDepartment(words, after: i, scan: scan) {
                remove(name, name)
            }
            // "Em trai tôi là Toàn": a known given name, capitalised, right after "là" is a name.
            if words[i].lower == "là", i + 1 < words.count, scan.onlySpace(words[i], words[i + 1]),
                words[i + 1].isCapitalised, vocabulary.given.contains(words[i + 1].lower), !inPlace[i + 1],
                !isOffice(words, at: i + 1), provinceLength(words, at: i + 1) == nil,
                i + 2 >= words.count
                    || !StandaloneCues.compoundsWithCues.contains([words[i + 1].lower, words[i + 2].lower])
            {
                remove(i + 1, capitalisedRun(words, from: i + 1, scan: scan, honorific: true) ?? i + 1)
            }
            // Birth-order nicknames: "Ba Khánh", "Sáu Tèo"; a broker's, Cò, before a known given name: "Cò Lộc".
            if WordClasses.birthOrder.contains(words[i].text) || words[i].lower == "cò", i + 1 < words.count,
                words[i].lower != "cò" || vocabulary.given.contains(words[i + 1].lower),
                scan.onlySpace(words[i], words[i + 1]), words[i + 1].isCapitalised,
                // Út is no number: any name may follow it, a Khmer one too ("Út Phol là…").
                NameShapes.isSyllable(words[i + 1].folded)
                    || words[i].text == "Út" && words[i + 1].text.allSatisfy(\.isLetter),
                placeLength(words, at: i) == nil, !inPlace[i],
                !isOffice(words, at: i + 1) || titledNicknamePair(words, at: i + 1, scan: scan),
                !words.endsBeforePlaceSuffix(i + 1),
                !isPlaceContext(words, at: i, scan: scan)
            {
                // The trade or the trait after it is part of the nickname: "Tư Bún Bò", "Năm Cà Phê".
                var last = i + 1
                while last - i < 3, last + 1 < words.count, scan.onlySpace(words[last], words[last + 1]),
                    words[last + 1].isCapitalised, !isOffice(words, at: last + 1),
                    placeLength(words, at: last + 1) == nil
                {
                    last += 1
                }
                remove(i, last)
            }
            if quotedAfterBirthOrder(words, at: i, scan: scan) { remove(i, i) }
        }
        spans += initials(in: scan)
        for match in scan.hasApostropheOrY ? scan.matches(NameShapes.highlandNamePattern) : [] {
            let text = scan.string(match.range)
            let before = Folding.words(scan.foldedBefore(match.range.location, length: 12)).last ?? ""
            if text.hasPrefix("Y"),
                NameShapes.readsAsMedicine(text, highland: vocabulary.highland)
                    || ["so", "bo", "nganh", "tram"].contains(before)
            {
                continue
            }
            // A street named after a hero keeps its name: "đường Y Jút, Y Ngông", "phố Y Wang".
            if let index = words.list.firstIndex(where: { $0.range.location == match.range.location }),
                words.placeAt[index] > 0 || isPlaceContext(words, at: index, scan: scan),
                index == 0 || (honorificEnding(words, at: index - 1) == nil && roleEnding(words, at: index - 1) == nil)
            {
                continue
            }
            spans.append(Span(kind: .personName, range: match.range, priority: 6))
        }
        for match in scan.hasQuote ? scan.matches(NameShapes.quotedPattern) : [] {
            let inner = match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range(at: 2)
            let quoted = Folding.words(scan.string(inner))
            guard let first = quoted.first, quoted.count <= 4 else { continue }
            let cue = Folding.words(scan.foldedBefore(match.range.location, length: 14)).suffix(2).joined(
                separator: " ")
            let cued = NameShapes.nicknameCues.contains { cue.hasSuffix($0) } && !NameShapes.namesAThing(quoted)
            let nameLike =
                first.first?.isUppercase == true
                && (vocabulary.given.contains(first.lowercased()) || vocabulary.families.contains(first)
                    || NameShapes.isForeignFirstName(quoted, given: vocabulary.given))
                && quoted.dropFirst().allSatisfy {
                    $0.first?.isUppercase == true || vocabulary.nicknames.contains($0.lowercased())
                }
            // After a verb of telling or meeting, là or an honorific, a quoted given name and one or two
            // lower-case words is a nickname: báo "Hùng lò vôi" đổ trộm, gặp "Lan bún riêu", làm chứng là
            // "Mai tóc đỏ", chị "Hoa tạp hóa".
            let lastCue = Folding.words(cue).last ?? ""
            let introduced =
                WordClasses.tellingVerbs.contains(lastCue) || lastCue == "la"
                || (words.list.lastIndex(where: { $0.end < match.range.location }).map {
                    words[$0].end + 1 == match.range.location && honorificEnding(words, at: $0) != nil
                } ?? false)
            let told =
                introduced && (2...3).contains(quoted.count)
                && first.first?.isUppercase == true && vocabulary.given.contains(first.lowercased())
                && quoted.dropFirst().allSatisfy { $0 == $0.lowercased() }
                && !StandaloneCues.compoundsWithCues.contains([first.lowercased(), quoted[1]])
            if cued || nameLike || told { spans.append(Span(kind: .personName, range: inner, priority: 6)) }
        }
        return spans
    }

    /// The index of a known given name one or two lower-case words after a role, when those words are
    /// no place word: "cán bộ địa chính Tuấn", "công chức tư pháp Hòa".
    func knownNameAfterDepartment(_ words: Words, after role: Int, scan: TextScan) -> Int? {
        var k = role + 1
        while k < words.count, k - role <= 3, scan.onlySpace(words[k - 1], words[k]) {
            let word = words[k]
            if word.isCapitalised {
                guard k > role + 1, vocabulary.given.contains(word.lower), !isOffice(words, at: k),
                    placeLength(words, at: k) == nil
                else { return nil }
                return k
            }
            // "giáo viên tiếng Anh": after tiếng comes a language.
            if PlaceShapes.isPlaceWord(word) || word.text != word.lower || word.lower == "tiếng" { return nil }
            k += 1
        }
        return nil
    }

    /// The run of capitalised words from `index` that can be a name: up to four, none an office word.
    package func capitalisedRun(_ words: Words, from index: Int, scan: TextScan, honorific: Bool) -> Int? {
        guard !isOffice(words, at: index), provinceLength(words, at: index) == nil,
            !WordClasses.notNamesAfterHonorific.contains(words[index].lower),
            !WordClasses.notGivenNames.contains(words[index].lower),
            !words[index].text.contains(where: \.isNumber)
        else { return nil }
        if !honorific, placeLength(words, at: index) != nil { return nil }
        var last = index
        // An initial with its dot goes on to the next name: "Bà N. Thị Lụa".
        while last - index < 3, last + 1 < words.count,
            scan.onlySpace(words[last], words[last + 1])
                || scan.isInitialBefore(words[last], words[last + 1]),
            words[last + 1].isCapitalised, !isOffice(words, at: last + 1), provinceLength(words, at: last + 1) == nil,
            !words[last + 1].text.contains(where: \.isNumber)
        {
            last += 1
        }
        return last
    }

    /// Whether the word at `index` starts an office's or a document's name: "UBND", "Sở", "Thanh tra".
    /// Words typed without marks are compared folded: "Quyet dinh" is Quyết định.
    package func isOffice(_ words: Words, at index: Int) -> Bool {
        if vocabulary.offices.contains(words[index].text) { return true }
        let unmarked = words[index].isASCII && (index + 1 >= words.count || words[index + 1].isASCII)
        if unmarked, words[index].text == words[index].text.uppercased(),
            vocabulary.officesFolded.contains(words[index].folded)
        {
            return true
        }
        guard index + 1 < words.count else { return false }
        // An office's word typed without marks before an office's two words: "So Xay dung", "Phong Tai chinh".
        if unmarked, vocabulary.officesFolded.contains(words[index].folded), index + 2 < words.count,
            vocabulary.officePairsFolded.contains([words[index + 1].folded, words[index + 2].folded])
        {
            return true
        }
        if unmarked { return vocabulary.officePairsFolded.contains([words[index].folded, words[index + 1].folded]) }
        return vocabulary.officePairs.contains([words[index].lower, words[index + 1].lower])
    }

    /// The index where an honorific ending at `index` starts, if one does ("đối tượng" is two words).
    func honorificEnding(_ words: Words, at index: Int) -> Int? {
        guard let start = phraseEnding(vocabulary.honorificsByLast, words, at: index) else { return nil }
        // "mang tên", "gắn với tên", "đặt tên": tên is a name given, not "that guy": "mang tên Ngô Quyền".
        if start == index, words[index].lower == "tên", index > 0,
            WordClasses.namingVerbs.contains(words[index - 1].lower)
                || (index > 1 && words[index - 1].lower == "với" && words[index - 2].lower == "gắn")
        {
            return nil
        }
        // "phan anh dung" is "phản ánh đúng", "Ghi chú" a note, "CƯỠNG CHẾ" no chế: the honorific ends a word.
        if start == index, index > 0,
            WordClasses.wordsEndingInHonorific.contains([words[index - 1].lower, words[index].lower])
        {
            return nil
        }
        return start
    }

    func roleEnding(_ words: Words, at index: Int) -> Int? { vocabulary.roleEnding(words, at: index) }

    func phraseEnding(_ phrases: [String: [[String]]], _ words: Words, at index: Int) -> Int? {
        Vocabulary.phraseEnding(phrases, words, at: index)
    }

    /// The last word of a name once a nickname word after it is taken in: "Tùng xoăn", Khánh “đen”.
    func nicknameEnd(_ words: Words, after index: Int, scan: TextScan) -> Int {
        guard index + 1 < words.count else { return index }
        // An office's two words in title case before an act: "Thắng Kiểm Lâm nhận".
        if let end = officeNicknameEnd(words, after: index, scan: scan) { return end }
        let gapStart = words[index].end
        let gap = scan.string(NSRange(location: gapStart, length: words[index + 1].range.location - gapStart))
        // A nickname word, bare or quoted; or any one word in quotes right after the name (Tâm “Sẹo”).
        // A nickname of two words is taken whole: "Nam cá sấu", "Dũng Sổ Đỏ", "Hoa bánh mì".
        if gap == " ", index + 2 < words.count, scan.onlySpace(words[index + 1], words[index + 2]),
            vocabulary.nicknames.contains(words[index + 1].lower + " " + words[index + 2].lower)
        {
            return index + 2
        }
        let opensQuote = [" “", " \"", " «", " '", " ‘"].contains(gap)
        // A birth-order name in lower case takes the given name after it: "chú tư hùng".
        if gap == " ", NameShapes.isLowercaseBirthOrder(words[index], before: words[index + 1], given: vocabulary.given)
        {
            return index + 1
        }
        // Up to three words inside the quotes, the first a nickname word or not: Cường “tóc bạc”, Tuấn “Cò mồi”.
        var last = index + 1
        while opensQuote, !scan.closingQuote(after: words[last].end), last - index < 3, last + 1 < words.count,
            scan.onlySpace(words[last], words[last + 1])
        {
            last += 1
        }
        if opensQuote, scan.closingQuote(after: words[last].end) { return last }
        return (gap == " " || opensQuote) && isNicknameWord(words[index + 1], after: words[index]) ? index + 1 : index
    }

    func isNicknameWord(_ word: Word, after name: Word) -> Bool { vocabulary.isNicknameWord(word, after: name) }

    /// Whether the words at `index` and after are a listed nickname of two words in title case, which an office's
    /// first word may open (the thirty-ninth round): "Tư Phòng Cháy", "Tư Ngân Hàng" nickname a fire inspector
    /// and a bank's fixer; "Hai Ngân hàng thương mại" (two banks) is in sentence case.
    func titledNicknamePair(_ words: Words, at index: Int, scan: TextScan) -> Bool {
        index + 1 < words.count && words[index + 1].isCapitalised && scan.onlySpace(words[index], words[index + 1])
            && vocabulary.nicknames.contains(words[index].lower + " " + words[index + 1].lower)
    }

    package func span(_ words: Words, _ from: Int, _ to: Int) -> NSRange {
        NSRange(location: words[from].range.location, length: words[to].end - words[from].range.location)
    }
}
