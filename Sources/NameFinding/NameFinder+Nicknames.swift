import Foundation
import PersonShapes
import TextScanning
import TextShapes

/// Nicknames made of a given name and the agency a man works for, and of a birth-order name and a quoted
/// word (the thirty-third round). Villagers call a fixer by his trade or his office as often as by a
/// trait: "Thắng Kiểm Lâm", "chị Dung Bảo Hiểm", "Năm 'CCCD'".
extension NameFinder {
    /// The last word of a nickname of a known given name and an office's two words in title case, before
    /// an act of the person's: "Thắng Kiểm Lâm nhận mỗi xe…", "Chị Dung Bảo Hiểm nhận làm thẻ…". An office
    /// named as an office is written in sentence case ("Kiểm lâm huyện") and goes on with its place; both
    /// capitals and a verb after them make the pair a man's call name. The thirty-fifth round adds the pair at
    /// a sentence's end after a word of contact ("cứ liên hệ Phong Địa Chính.") and the tax office's one word
    /// before an act ("Hòa Thuế thu thêm…"); the thirty-seventh, an office's letters before an act typed with
    /// marks or without ("Minh QLTT doi tien"). Limits: the name stands right before the office; an office in
    /// sentence case or lower case ("Hưng địa chính xã"), and one before a place or any word that is no such
    /// act ("Hải Bảo Hiểm xã hội"), stays.
    func officeNicknameEnd(_ words: Words, after index: Int, scan: TextScan) -> Int? {
        guard index + 2 < words.count, words[index].isCapitalised, words[index + 1].isCapitalised,
            scan.onlySpace(words[index], words[index + 1]), vocabulary.given.contains(words[index].lower)
        else { return nil }
        if words[index + 1].text == "Thuế", scan.onlySpace(words[index + 1], words[index + 2]),
            StandaloneCues.actsAfterNickname.contains(words[index + 2].text)
        {
            return index + 1
        }
        // An office's letters before an act, typed with marks or without (the thirty-seventh round): "ai bi
        // Minh QLTT doi tien", "Hùng CSGT thu 200 nghìn". Not Phong typed without marks, which is as often
        // Phòng, the office itself ("Phong CSGT da xu ly").
        if Self.officeLetters.contains(words[index + 1].text), scan.onlySpace(words[index + 1], words[index + 2]),
            words[index].text != "Phong",
            StandaloneCues.actsAfterNickname.contains(words[index + 2].text)
                || StandaloneCues.personAfterUnmarked.contains(words[index + 2].text)
        {
            return index + 1
        }
        guard words[index + 2].isCapitalised, scan.onlySpace(words[index + 1], words[index + 2]),
            vocabulary.officePairs.contains([words[index + 1].lower, words[index + 2].lower])
        else { return nil }
        if index + 3 < words.count, scan.onlySpace(words[index + 2], words[index + 3]),
            StandaloneCues.actsAfterNickname.contains(words[index + 3].text)
        {
            return index + 2
        }
        guard index > 0, Self.contactWords.contains(words[index - 1].text),
            scan.onlySpace(words[index - 1], words[index])
        else { return nil }
        let rest = scan.foldedAfter(words[index + 2].end, length: 1)
        return rest.isEmpty || [".", "!", "?"].contains(rest) ? index + 2 : nil
    }

    /// The last word of a nickname after "gọi … là" (or kêu, biệt danh, biệt hiệu … là): the given name and up
    /// to two capitalised words after it, office words too, whatever follows: "dân gọi ông ta là Hùng Biên
    /// Phòng, …", "kêu nó là Tâm Hải Quan" (the thirty-sixth round). Limits: gọi or the like stands at most
    /// four words before là; a kept place and a word typed without marks after a marked name end the run; a
    /// listed nickname of two words ("Hùng Thủy điện") is left to the nickname rules.
    func calledNicknameEnd(_ words: Words, after index: Int, scan: TextScan) -> Int? {
        guard index > 1, index + 1 < words.count, words[index - 1].text == "là",
            scan.onlySpace(words[index - 1], words[index]),
            words.list[max(0, index - 6)..<index - 1].contains(where: { Self.callingWords.contains($0.lower) }),
            // A listed nickname of two words after the name is the nickname rules' ("Hùng Thủy điện").
            index + 2 >= words.count
                || !vocabulary.nicknames.contains(words[index + 1].lower + " " + words[index + 2].lower)
        else { return nil }
        var end = index
        while end - index < 2, end + 1 < words.count, scan.onlySpace(words[end], words[end + 1]),
            words[end + 1].isCapitalised, words.placeAt[end + 1] == 0, words.provinceAt[end + 1] == 0,
            !words[end + 1].isASCII || words[index].isASCII, NameShapes.isSyllable(words[end + 1].folded)
        {
            end += 1
        }
        return end > index ? end : nil
    }

    /// Words that call a person by a name before là: "gọi ông ta là", "kêu nó là", "biệt danh là".
    static let callingWords: Set<String> = ["gọi", "kêu", "danh", "hiệu"]

    /// The last word of a nickname of a given name and one capitalised word that is no name, a country or a
    /// device's acronym, set off by a comma before who the person is: "Hùng Korea, the interpreter, told
    /// us…", "đưa qua Minh VMS, người lắp đặt thiết bị" (the thirty-sixth round). Limits: the second word is
    /// no known given name and no office's; a place before the comma ("Hà Nội, …") is a place; in English an
    /// article and a word for a person's trade must follow the comma.
    func apposedNicknameEnd(_ words: Words, after index: Int, scan: TextScan) -> Int? {
        guard index + 3 < words.count, words.placeAt[index] == 0, !isInPlace(words, index) else { return nil }
        let second = words[index + 1]
        guard second.isCapitalised, scan.onlySpace(words[index], second), !vocabulary.given.contains(second.lower),
            !vocabulary.givenFolded.contains(second.folded), !isOffice(words, at: index + 1),
            second.text.count >= 3, second.text.allSatisfy(\.isLetter),
            scan.string(NSRange(location: second.end, length: words[index + 2].range.location - second.end)) == ", "
        else { return nil }
        let after = words[index + 2]
        if namesAPerson(words, at: index + 2) { return index + 1 }
        let english =
            ["the", "a", "an", "our", "my"].contains(after.text)
            && Self.apposedTrades.contains(words[index + 3].lower) && scan.onlySpace(after, words[index + 3])
        return english ? index + 1 : nil
    }

    /// English words for who a nicknamed fixer is, after a comma and an article: "Hùng Korea, the interpreter".
    static let apposedTrades: Set<String> = [
        "interpreter", "translator", "broker", "fixer", "middleman", "driver", "owner", "manager", "director",
        "clerk", "officer", "guard", "agent", "boss", "leader", "supervisor", "foreman", "recruiter", "cadre",
    ]

    /// Offices' letters that call a man after his given name: market control (QLTT), traffic police (CSGT),
    /// land and environment (TNMT), social insurance (BHXH), customs (HQ).
    static let officeLetters: Set<String> = ["QLTT", "CSGT", "TNMT", "BHXH", "HQ"]

    /// Words of contact before a man called by his office at a sentence's end: "liên hệ", "gặp", "nhờ".
    static let contactWords: Set<String> = ["hệ", "gặp", "nhờ", "hỏi", "tìm"]

    /// Whether the capitalised birth-order name at `index` stands inside a sentence, after a lower-case
    /// word, right before a quoted run of one to three words: "Tôi đưa tiền cho Năm 'CCCD'" (the quotes go
    /// with it). Limits: a sentence's first word is as often the number ("Năm 'đại hạn'"), and so is one
    /// after a capitalised word ("Giải Ba “Xanh”").
    func quotedAfterBirthOrder(_ words: Words, at index: Int, scan: TextScan) -> Bool {
        guard scan.hasQuote, index > 0, index + 1 < words.count, WordClasses.birthOrder.contains(words[index].text),
            words[index - 1].text == words[index - 1].lower, scan.onlySpace(words[index - 1], words[index]),
            !startsSentence(scan, index), words.placeAt[index] == 0
        else { return false }
        let gap = scan.string(
            NSRange(location: words[index].end, length: words[index + 1].range.location - words[index].end))
        return [" “", " \"", " «", " '", " ‘"].contains(gap) && nicknameEnd(words, after: index, scan: scan) > index
    }
}
