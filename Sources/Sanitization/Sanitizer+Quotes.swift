import Foundation
import TextScanning
import TextShapes

/// Quotes of the citizen's own words, which can identify them as surely as a name.
extension Sanitizer {
    /// The shortest run of words that counts as a quote.
    public static let quoteLength = 8

    /// Every maximal run of ``quoteLength`` or more consecutive words of the text that also appears,
    /// word for word, in one of `citizenText`. Words are compared folded (no case, no diacritics, đ as d)
    /// and punctuation between them is ignored, so a quote survives retyping without marks.
    func quotes(in scan: TextScan, citizenText: [String]) -> [Finding] {
        let n = Self.quoteLength
        var known = Set<ArraySlice<String>>()
        for citizen in citizenText {
            let words = Self.words(Self.fold(citizen.precomposedStringWithCanonicalMapping))
            guard words.count >= n else { continue }
            for start in 0...(words.count - n) { known.insert(words[start..<(start + n)]) }
        }
        guard !known.isEmpty else { return [] }

        let words = scan.words.list.map { (folded: $0.folded, range: $0.range) }
        guard words.count >= n else { return [] }
        let foldedWords = words.map(\.folded)
        var findings: [Finding] = []
        var runStart: Int?
        var runEnd = 0
        func flush() {
            guard let first = runStart else { return }
            let start = scan.characterOffset(utf16: words[first].range.location)
            let last = words[runEnd - 1].range
            let end = scan.characterOffset(utf16: last.location + last.length, roundingUp: true)
            findings.append(Finding(kind: .quote, start: start, end: end))
            runStart = nil
        }
        for start in 0...(words.count - n) where known.contains(foldedWords[start..<(start + n)]) {
            // Windows that overlap or touch make one quote.
            if runStart != nil && start > runEnd { flush() }
            if runStart == nil { runStart = start }
            runEnd = start + n
        }
        flush()
        return findings
    }
}
