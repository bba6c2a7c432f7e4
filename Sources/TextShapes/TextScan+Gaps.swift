import Foundation
import TextScanning

/// What stands between and around a text's words: only spaces, an initial's dot, a pause, a closing
/// quote, a token's end. Facts of the text alone, which the sanitizer's rules read.
extension TextScan {
    /// Whether only spaces (no punctuation, no line break) separate two words.
    package func onlySpace(_ left: Word, _ right: Word) -> Bool {
        let gapStart = left.range.location + left.range.length
        guard gapStart < right.range.location else { return false }
        return units[gapStart..<right.range.location].allSatisfy { $0 == 32 || $0 == 9 || $0 == 0xA0 }
    }

    /// Whether only spaces, or an Ê Đê or Hmông H' ("Hạnh Phúc H'Mông"), join two words of a name.
    package func joinsName(_ left: Word, _ right: Word) -> Bool {
        onlySpace(left, right) || left.text == "H" && string(NSRange(location: left.end, length: 1)) == "'"
    }

    /// Whether `left` is a middle initial with its dot before the next given name: "Trần V. Bình".
    package func isInitialBefore(_ left: Word, _ right: Word) -> Bool {
        guard left.text.count == 1, left.text == left.text.uppercased(), right.isCapitalised else { return false }
        return string(NSRange(location: left.end, length: right.range.location - left.end)) == ". "
    }

    /// Whether `left` is an English title abbreviated with its dot before a capitalised name: "Mr. Quang".
    package func isTitleBefore(_ left: Word, _ right: Word) -> Bool {
        ["Mr", "Mrs", "Ms", "Dr"].contains(left.text) && right.isCapitalised
            && string(NSRange(location: left.end, length: right.range.location - left.end)) == ". "
    }

    /// Whether a space and an opening quote stand between two words: gọi là “Bi Ve”.
    package func opensQuote(between left: Word, _ right: Word) -> Bool {
        [" “", " \"", " «", " '", " ‘"].contains(
            string(NSRange(location: left.end, length: right.range.location - left.end)))
    }

    /// Whether a punctuation mark or the text's end follows `word`.
    package func pauseAfter(_ word: Word) -> Bool {
        word.end >= utf16Count || ",.;:!?)".utf16.contains(units[word.end])
    }

    /// Whether `name`, in lower case after the honorific `cue`, stands in quoted speech, where names are
    /// typed as they are said: "ông phong", "thằng khánh bên địa chính", "chị hà ơi". A name that is also a
    /// common word after an honorific (`common`, folded) counts only after thằng or before ơi.
    package func quotesSpeech(around name: Word, after cue: Word, common: Set<String>) -> Bool {
        guard hasQuote else { return false }
        let before = string(NSRange(location: 0, length: name.range.location))
        let straight = before.unicodeScalars.filter { $0 == "\"" }.count
        let curly = before.range(of: "“", options: .backwards)
        guard straight % 2 == 1 || curly.map({ !before[$0.upperBound...].contains("”") }) == true else { return false }
        let after = string(NSRange(location: name.end, length: min(4, utf16Count - name.end)))
        return !common.contains(name.folded) || cue.lower == "thằng" || after.hasPrefix(" ơi")
    }

    /// Whether a closing quote mark stands at `end`: Khánh “đen”.
    package func closingQuote(after end: Int) -> Bool {
        end < utf16Count && "”\"»'’".utf16.contains(units[end])
    }

    /// The run of non-space characters at `location`, less a trailing punctuation mark.
    package func token(at location: Int) -> (text: String, range: NSRange) {
        var end = location
        while end < utf16Count {
            let character = string(NSRange(location: end, length: 1))
            if character == " " || character == "\n" || ",;()[]\"“”".contains(character) { break }
            end += 1
        }
        while end > location, ".:!?".contains(string(NSRange(location: end - 1, length: 1))) { end -= 1 }
        let range = NSRange(location: location, length: end - location)
        return (string(range), range)
    }

    /// Whether a platform's name after "nhóm" or "group" ends in a colon: what follows is a message
    /// forwarded from the group ("fw tu nhom zalo: ai lam bang lai xe…"), not an account's name.
    package func opensGroupMessage(_ cue: NSRange) -> Bool {
        let before = Folding.words(foldedBefore(cue.location, length: 10)).last ?? ""
        return ["nhom", "group"].contains(before) && string(cue).contains(":")
    }

    /// Whether the text has no word in title case: a capital that opens none (a licence's class "hạng C",
    /// "UBND") does not say the writer capitalises names.
    package var writesNamesInLowercase: Bool {
        // A chat line's writer chose how the display name is written; the message says how names are.
        let colon = text.hasPrefix("[") ? ns.range(of: ": ") : NSRange(location: 0, length: 0)
        let start = colon.location == NSNotFound ? 0 : NSMaxRange(colon)
        return !hasUppercase
            || !words.list.contains {
                $0.range.location >= start && $0.isCapitalised && $0.text.dropFirst().contains(where: \.isLowercase)
            }
    }
}
