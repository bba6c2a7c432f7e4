import Foundation
import PersonShapes
import TextScanning
import TextShapes

/// Given names with no honorific before them ("Khoa đã nộp đơn", "theo lời Hạnh", "Tùng xoăn"): a
/// capitalised word of the given-name lexicon standing alone, with a word beside it that makes it a
/// person (a verb of speech or action after it, a word of company or hearsay before it), or a nickname
/// word after it. Vietnamese capitalises no common noun, so a lone capitalised given name between such
/// words is a person far more often than anything else; offices, places and provinces are excluded.
extension NameFinder {
    package func standaloneNames(in scan: TextScan) -> [Span] {
        let words = scan.words
        var spans: [Span] = []
        for i in 0..<words.count {
            let word = words[i]
            let isGiven =
                word.isASCII ? vocabulary.givenFolded.contains(word.folded) : vocabulary.given.contains(word.lower)
            // Út (the youngest) is a birth-order name that is no number: capitalised, it is a person's all 248 times
            // it comes in the shipped batches, so it stands alone as a given name does (the forty-first round).
            guard word.isCapitalised, word.text.count > 1, isGiven,
                !WordClasses.birthOrder.contains(word.text) || word.text == "Út", words.placeAt[i] == 0,
                !isOffice(words, at: i),
                !WordClasses.notNamesAfterHonorific.contains(word.lower)
            else { continue }
            let previous = i > 0 ? words[i - 1] : nil
            let next = i + 1 < words.count ? words[i + 1] : nil
            // A capitalised neighbour makes a longer name or a place, which other rules read.
            // The first word of a sentence is capitalised by position: "Nhóm Thanh sẹo" has one name.
            if let previous, previous.isCapitalised, scan.onlySpace(previous, word),
                !(startsSentence(scan, i - 1) && !vocabulary.given.contains(previous.lower)
                    && familyStart(words, at: i - 1) == nil && !isOffice(words, at: i - 1))
            {
                continue
            }
            if let previous, previous.range.location < word.range.location, isInPlace(words, i) { continue }
            // "khoa Nhi", "đường Hòa": a name after a place word is the place's.
            if isPlaceContext(words, at: i, scan: scan) { continue }
            // "Minh Cò Đất là…", "Long Đất Nền cùng…": a given name, one or two capitalised words that are
            // no name, no office and no place, then a word that makes it a person.
            if let end = capitalisedNicknameEnd(words, after: i, scan: scan)
                ?? calledNicknameEnd(words, after: i, scan: scan) ?? apposedNicknameEnd(words, after: i, scan: scan)
            {
                spans.append(Span(kind: .personName, range: span(words, i, end), priority: 6))
                continue
            }
            if let next, next.isCapitalised, scan.onlySpace(word, next),
                !isNicknameWord(next, after: word),
                !(i + 2 < words.count && vocabulary.nicknames.contains(next.lower + " " + words[i + 2].lower)),
                officeNicknameEnd(words, after: i, scan: scan) == nil
            {
                continue
            }
            // A nickname word after the name: "Tùng xoăn", "Hải “đen”", "Long 'Bin'".
            let end = nicknameEnd(words, after: i, scan: scan)
            if end > i {
                var range = span(words, i, end)
                if scan.closingQuote(after: words[end].end) { range.length += 1 }
                spans.append(Span(kind: .personName, range: range, priority: 6))
                continue
            }
            let gapAfter = next.map { scan.string(NSRange(location: word.end, length: $0.range.location - word.end)) }
            // A sentence's first word before an adverb is as often a verb: "Sơn lại trụ sở", "Đào lại mương".
            let adverbs = startsSentence(scan, i) ? StandaloneCues.adverbsAfterVerbs : []
            let cuedAfter =
                (next.map {
                    scan.onlySpace(word, $0)
                        && (StandaloneCues.personAfter.contains($0.lower)
                            || (word.isASCII && $0.isASCII && StandaloneCues.personAfterUnmarked.contains($0.lower)))
                        && !adverbs.contains($0.lower)
                        && !StandaloneCues.compoundsWithCues.contains([word.lower, $0.lower])
                } ?? false)
                || saysAfter(words, i, scan: scan)
                || (gapAfter == " ("
                    && [i + 1, i + 2].contains { $0 < words.count && roleEnding(words, at: $0) == i + 1 })
                // "Toàn, bảo vệ cơ quan, có mặt": a word for a person after a comma says who the name is.
                || (gapAfter == ", " && namesAPerson(words, at: i + 1))
                // "Người nhận: Thu, ĐT 0935…": a phone's label and its number after a comma give the name's number.
                || (gapAfter == ", " && phoneLabelFollows(words, at: i + 1, scan: scan))
            let compound = next.map { StandaloneCues.compoundsWithCues.contains([word.lower, $0.lower]) } ?? false
            // "lời kể của Khải", "đơn của Lành": của after a word of speech or writing names its author.
            let authored =
                i >= 2 && previous?.lower == "của" && StandaloneCues.authoredWords.contains(words[i - 2].lower)
            let cuedBefore =
                !compound
                && previous.map {
                    scan.onlySpace($0, word) && $0.text == $0.lower
                        && (StandaloneCues.personBefore.contains($0.lower) || authored
                            || (word.isASCII && $0.isASCII && StandaloneCues.personBeforeUnmarked.contains($0.lower)))
                } ?? false
            if cuedAfter || cuedBefore {
                spans.append(Span(kind: .personName, range: word.range, priority: 6))
            }
        }
        return spans
    }

    /// Whether the word at `index` is a word for a person: one of ``StandaloneCues/personNouns``, an honorific or a role.
    func namesAPerson(_ words: Words, at index: Int) -> Bool {
        StandaloneCues.personNouns.contains(words[index].lower) || honorificEnding(words, at: index) == index
            || [index, index + 1].contains { $0 < words.count && roleEnding(words, at: $0) == index }
    }

    /// Whether ĐT or SĐT (a phone's label, any case) and then, past a colon, a dot or spaces, a number's first digit
    /// or its plus are at `index` (the thirty-ninth round). Over the shipped batches every given name alone before
    /// ", ĐT 09…" is a contact's ("Bà Hòa, SĐT", "anh Đạt, đt"); the places before it ("xã Tủa Chùa, SĐT") are
    /// ones the standalone names skip.
    func phoneLabelFollows(_ words: Words, at index: Int, scan: TextScan) -> Bool {
        guard scan.hasDigit, index < words.count, StandaloneCues.phoneLabels.contains(words[index].folded) else {
            return false
        }
        var k = words[index].end
        while k < scan.ns.length, k - words[index].end < 3 {
            let unit = scan.ns.character(at: k)
            if (0x30...0x39).contains(unit) || unit == 0x2B { return true }
            guard unit == 0x20 || unit == 0x3A || unit == 0x2E else { return false }
            k += 1
        }
        return false
    }

    /// Whether "cho biết", "cho rằng" or "cho hay" follows the word at `index`: "Hằng cho biết". "cho"
    /// alone is no cue ("Phát cho mỗi hộ" is a verb).
    func saysAfter(_ words: Words, _ index: Int, scan: TextScan) -> Bool {
        guard index + 2 < words.count, words[index + 1].lower == "cho",
            scan.onlySpace(words[index], words[index + 1]),
            scan.onlySpace(words[index + 1], words[index + 2])
        else { return false }
        return ["biết", "rằng", "hay"].contains(words[index + 2].lower)
    }

    /// Whether the word at `index` begins the text or follows a sentence's end.
    func startsSentence(_ scan: TextScan, _ index: Int) -> Bool {
        guard index > 0 else { return true }
        let end = scan.words[index - 1].end
        let gap = scan.string(NSRange(location: end, length: scan.words[index].range.location - end))
        return gap.contains { ".!?:\n".contains($0) }
    }

    /// Whether the word at `index` lies inside a kept place that starts before it.
    func isInPlace(_ words: Words, _ index: Int) -> Bool {
        (max(0, index - 4)..<index).contains { words.placeAt[$0] > index - $0 }
    }

    /// The other mentions of a given name found alone once: "Gặp lại Thuận tại UBND xã, Thuận thừa nhận…"
    /// names one man twice, and the first mention has no cue beside it. Only a capitalised word of the
    /// given-name lexicon, outside a kept place and beginning no office, is repeated.
    package func repeatedNames(in scan: TextScan, found spans: [Span]) -> [Span] {
        let words = scan.words
        // Most texts have no name found alone: a word's span is the only kind that can be one.
        let starts = Set(spans.lazy.filter { $0.kind == .personName }.map(\.range.location))
        guard !starts.isEmpty else { return [] }
        var names = Set<String>()
        for word in words.list where starts.contains(word.range.location) {
            if spans.contains(where: { $0.kind == .personName && $0.range == word.range }),
                vocabulary.given.contains(word.lower)
            {
                names.insert(word.text)
            }
        }
        guard !names.isEmpty else { return [] }
        var repeated: [Span] = []
        for i in 0..<words.count where names.contains(words[i].text) {
            guard words.placeAt[i] == 0, !isInPlace(words, i), !isOffice(words, at: i),
                !isPlaceContext(words, at: i, scan: scan),
                i + 1 >= words.count || !words[i + 1].isCapitalised || !scan.onlySpace(words[i], words[i + 1]),
                i == 0 || !words[i - 1].isCapitalised || !scan.onlySpace(words[i - 1], words[i]),
                i + 1 >= words.count
                    || !StandaloneCues.compoundsWithCues.contains([words[i].lower, words[i + 1].lower])
            else { continue }
            repeated.append(Span(kind: .personName, range: words[i].range, priority: 7))
        }
        return repeated
    }

    /// The last word of a nickname made of a given name and capitalised words that begin no family name,
    /// office or place, the last of them no given name: "Long Đất Nền cùng…", "Hải Bốn Ngón là…" (not
    /// "Thành Đạt đã", a company's). A cue must follow it (là, cùng, or a word of ``StandaloneCues/personAfter``),
    /// or stand before it (``StandaloneCues/nicknameCuesBefore``: "gặp Hùng Ghe để…").
    func capitalisedNicknameEnd(_ words: Words, after index: Int, scan: TextScan) -> Int? {
        var end = index
        while end - index < 2, end + 1 < words.count, scan.onlySpace(words[end], words[end + 1]) {
            let next = words[end + 1]
            // A family name starts a name only with a capitalised word after it: "Long Đầu Bạc cầm đầu".
            let startsName =
                familyStart(words, at: end + 1) != nil && end + 2 < words.count && words[end + 2].isCapitalised
                && scan.onlySpace(next, words[end + 2])
            guard next.isCapitalised, !startsName,
                !isOffice(words, at: end + 1), words.placeAt[end + 1] == 0, words.provinceAt[end + 1] == 0,
                NameShapes.isSyllable(next.folded)
            else { break }
            end += 1
        }
        // Only the last word must be no given name: "Hải Bốn Ngón", "Minh Cò Đất" (not "Thành Đạt đã").
        // Three words may stand before a comma too, as one names a person before saying who, when a word
        // for a person follows it: "Huyền Mắt Xanh, chủ tiệm cầm đồ" (not "Ngân Hàng Nhà Nước, cơ quan…").
        let apposed =
            end - index == 2 && end + 1 < words.count
            && scan.string(NSRange(location: words[end].end, length: words[end + 1].range.location - words[end].end))
                == ", "
            && namesAPerson(words, at: end + 1)
        let after = end + 1 < words.count ? words[end + 1] : nil
        let cuedAfter =
            after.map {
                (scan.onlySpace(words[end], $0) || apposed) && $0.text == $0.lower
                    // Three capitalised words need no cue: "Quân Xăm Trổ đến nhà", "Long Đầu Bạc cầm đầu".
                    && (end - index == 2 || StandaloneCues.personAfter.contains($0.lower)
                        || ["là", "cùng"].contains($0.lower))
            } ?? false
        // After gặp, nhờ, hỏi, tìm, kêu or gọi the run is someone met or asked: any word or a pause may
        // follow it ("gặp Hùng Ghe để làm giấy", "gặp Hòa Két, “bồi dưỡng”"; the thirty-third round).
        let cuedBefore =
            index > 0 && StandaloneCues.nicknameCuesBefore.contains(words[index - 1].text)
            && scan.onlySpace(words[index - 1], words[index])
            && (after.map { !scan.onlySpace(words[end], $0) || $0.text == $0.lower } ?? true)
        guard end > index, !vocabulary.given.contains(words[end].lower),
            cuedAfter || cuedBefore || bareNicknameEnds(words, index, end, scan: scan),
            !isPlaceContext(words, at: index, scan: scan), (index..<end + 1).allSatisfy({ !isInPlace(words, $0) })
        else { return nil }
        return end
    }

    /// Whether a given name and one capitalised word, after a word of hearsay or of whose doing and before
    /// a lower-case word or a pause, are a nickname (the thirty-eighth round): "bà con kháo nhau Thành Hoãn
    /// chỉ cần…", "ai cũng biết Hùng Tày, chuyên thu…", "tiền nước do Bay Nuoc thu". Over the shipped batches
    /// the pair after any lower-case word broke 77 sentences' keeps for 8 made whole: an unlisted place or
    /// site ("đi Văn Miếu", "ở Sa Pa", "bãi Phú Lãm thu tiền"), so only these words before it (Sanitizer.md).
    func bareNicknameEnds(_ words: Words, _ index: Int, _ end: Int, scan: TextScan) -> Bool {
        guard end == index + 1, index > 0, Self.hearsayBeforeNickname.contains(words[index - 1].text),
            scan.onlySpace(words[index - 1], words[index])
        else { return false }
        guard end + 1 < words.count else { return true }
        let gap = scan.string(NSRange(location: words[end].end, length: words[end + 1].range.location - words[end].end))
        // A listed nickname of two words after the name is the nickname rules' ("biết Thanh Xe ôm là…").
        return gap == " "
            ? words[end + 1].text == words[end + 1].lower
                && !vocabulary.nicknames.contains(words[end].lower + " " + words[end + 1].lower) : true
    }

    /// Words of hearsay or of whose doing before a bare nickname: "kháo nhau", "ai cũng biết", "đồn", "do".
    static let hearsayBeforeNickname: Set<String> = ["nhau", "biết", "đồn", "do"]
}
