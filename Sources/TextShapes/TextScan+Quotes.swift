import Foundation
import TextScanning

extension TextScan {
    /// Every maximal run of `length` or more consecutive words of the text that also appears, word for
    /// word, in one of `citizenText`, as `Character` offsets. Words are compared folded (no case, no
    /// diacritics, đ as d) and punctuation between them is ignored, so a quote survives retyping without
    /// marks.
    package func quotedRuns(of citizenText: [String], length n: Int) -> [Range<Int>] {
        var known = Set<ArraySlice<String>>()
        for citizen in citizenText {
            let words = Folding.words(Folding.fold(citizen.precomposedStringWithCanonicalMapping))
            guard words.count >= n else { continue }
            for start in 0...(words.count - n) { known.insert(words[start..<(start + n)]) }
        }
        guard !known.isEmpty else { return [] }

        let words = self.words.list.map { (folded: $0.folded, range: $0.range) }
        guard words.count >= n else { return [] }
        let foldedWords = words.map(\.folded)
        var runs: [Range<Int>] = []
        var runStart: Int?
        var runEnd = 0
        func flush() {
            guard let first = runStart else { return }
            let start = characterOffset(utf16: words[first].range.location)
            let last = words[runEnd - 1].range
            runs.append(start..<characterOffset(utf16: last.location + last.length, roundingUp: true))
            runStart = nil
        }
        for start in 0...(words.count - n) where known.contains(foldedWords[start..<(start + n)]) {
            // Windows that overlap or touch make one quote.
            if runStart != nil && start > runEnd { flush() }
            if runStart == nil { runStart = start }
            runEnd = start + n
        }
        flush()
        return runs
    }
}
