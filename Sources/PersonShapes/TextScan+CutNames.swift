import Foundation
import Initials
import TextScanning
import TextShapes

/// A name cut to an initial or to its first consonant, and the dot that belongs to it.
extension TextScan {
    /// Whether a name's last word is an initial whose dot ends an abbreviation inside the sentence, not
    /// the sentence: "Lò Thị P. bị…", "Trần V., người…"; a name cut to its first consonant, one letter or
    /// two, is so too: "Lê Văn Ph. và", "bà Ng. ở", "Nguyễn Thị M. (mẹ)", and so is a syllable cut to its
    /// first and last consonants, as a note shortens Hằng or Hương: "B.T.Hg." (the thirty-third round).
    /// A dash after the dot goes on with the sentence too, as a note's column does: "B.T.Hg. – đã chết".
    package func initialTakesDot(_ word: Word) -> Bool {
        guard InitialShapes.isInitial(word.text) || InitialShapes.isCutSyllable(word.text), word.isCapitalised,
            word.end + 1 < utf16Count, string(NSRange(location: word.end, length: 1)) == "."
        else { return false }
        let next = string(NSRange(location: word.end + 1, length: min(2, utf16Count - word.end - 1)))
        return ",;)".contains(next.prefix(1)) || [" (", " –", " -", " —"].contains(next)
            || (next.hasPrefix(" ") && next.dropFirst().first?.isLowercase == true)
    }

    /// Whether the name that ends at `end` ends on an initial or a cut name whose dot is the name's
    /// (``initialTakesDot(_:)``), whichever rule found the name.
    package func takesCutNameDot(at end: Int) -> Bool {
        guard unit(at: end) == 0x2E, let last = words.list.last(where: { $0.end == end }) else { return false }
        return initialTakesDot(last)
    }
}
