import Foundation
import TextScanning
import TextShapes

/// A Vietnamese name in lower case after "as", where the words before say it is the name written or signed so
/// (the forty-second round): "wrote her name as trinh my linh on the slip", "signs every message as lý minh".
extension EnglishPeople {
    /// Words up to four before "as" that say a name is written, signed or listed (folded).
    static let writtenAsCues: Keywords = [
        "name", "names", "signs", "signed", "sign", "wrote", "written", "typed", "spelled", "spelt", "lists",
        "listed",
    ]

    /// A family of the lexicon in lower case, with or without marks, and one to three given or middle names
    /// after "as", spaces only between: the name ends at the first other word, a pause or a bracket. Two
    /// words suffice here ("as lý minh"), since the cue says a name follows; without a cue ("pledged their red
    /// books as cam co": cầm cố, a pawn) nothing is read.
    static func namesWrittenAs(in scan: TextScan, vocabulary: Vocabulary) -> [NSRange] {
        let words = scan.words
        guard words.count >= 4, scan.hasWord("as"), scan.hasAnyWord(writtenAsCues) else { return [] }
        return (1..<words.count - 2).compactMap { i in
            guard words[i].lower == "as",
                (max(0, i - 4)..<i).contains(where: { writtenAsCues.contains(words[$0].folded) }),
                scan.onlySpace(words[i], words[i + 1]), isLowerCaseFamily(words[i + 1], vocabulary)
            else { return nil }
            var last = i + 1
            while last + 1 < words.count, last - i < 4, scan.onlySpace(words[last], words[last + 1]),
                isLowerCaseGiven(words[last + 1], vocabulary)
            {
                last += 1
            }
            guard last > i + 1 else { return nil }
            return NSRange(location: words[i + 1].range.location, length: words[last].end - words[i + 1].range.location)
        }
    }

    /// Whether `word` is a family name typed in lower case: "trinh", "lý", "vo".
    static func isLowerCaseFamily(_ word: Word, _ vocabulary: Vocabulary) -> Bool {
        guard word.text == word.lower else { return false }
        if word.isASCII {
            return vocabulary.asciiFamilies.contains(word.folded) || unmarkedFamilies.contains(word.folded)
        }
        return vocabulary.families.contains(word.text.prefix(1).uppercased() + word.text.dropFirst())
    }

    /// Whether `word` is a given or a middle name typed in lower case: "minh", "thị", "my".
    static func isLowerCaseGiven(_ word: Word, _ vocabulary: Vocabulary) -> Bool {
        guard word.text == word.lower else { return false }
        return word.isASCII ? vocabulary.givenFolded.contains(word.folded) : vocabulary.given.contains(word.lower)
    }
}
