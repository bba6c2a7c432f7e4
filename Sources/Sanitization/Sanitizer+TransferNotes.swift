import Foundation
import NameFinding
import PersonShapes
import TextScanning
import TextShapes

/// A bank transfer's note, quoted after its cue, names the payer or the payee in the bank's way,
/// without marks: nội dung chuyển khoản "chuyen tien cho Hung", nội dung ghi "Loc 0978123456 hs so do",
/// "chuyen tien cho hung lam so".
extension Sanitizer {
    /// Capitalised known given names inside a quoted transfer note: the note is the payer's own words.
    func transferNoteNames(in scan: TextScan) -> [Span] {
        let words = scan.words
        var spans: [Span] = []
        for match in scan.matches(NameShapes.quotedPattern)
        where NoteShapes.transferNoteEnd.matches(scan.foldedBefore(match.range.location, length: 40)) {
            let inner = match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range(at: 2)
            for index in words.list.indices
            where words[index].range.location >= inner.location && words[index].end <= NSMaxRange(inner) {
                let word = words[index]
                let known =
                    word.isASCII ? vocabulary.givenFolded.contains(word.folded) : vocabulary.given.contains(word.lower)
                if word.isCapitalised, word.text.count > 1, known, !nameFinder.isOffice(words, at: index) {
                    spans.append(Span(kind: .personName, range: word.range, priority: 6))
                }
                // In lower case, a known given name right after the word that names the payee or the
                // payer, or an honorific: "chuyen tien cho hung lam so", "tien coc cua a tuan".
                if word.text == word.lower, known, index > 0, words[index - 1].range.location >= inner.location,
                    WordClasses.transferPartyWords.contains(words[index - 1].folded),
                    !WordClasses.notPartyWords.contains(word.folded)
                {
                    spans.append(Span(kind: .personName, range: word.range, priority: 6))
                }
            }
        }
        return spans
    }
}
