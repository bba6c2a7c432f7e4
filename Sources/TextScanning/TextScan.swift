import Foundation

/// The original text seen three ways: as `NSString` for the patterns, as `Character`s for positions,
/// and the map between them.
package struct TextScan {
    /// The original text, which the output is cut from.
    package let text: String
    /// The text in NFC, which the patterns read: a letter typed as NFD is the same letter. It has the same
    /// `Character`s as the original, so positions carry over.
    package let ns: NSString
    /// The same NFC text's UTF-16 units, read without going through `NSString` (whose `character(at:)`
    /// and `substring(with:)` walk a Swift string each time): the gaps between words are read from them.
    package let units: [UInt16]
    /// `units` folded one for one (``Folding/foldedUnits(_:)``), which `foldedBefore` and `foldedAfter`
    /// slice instead of folding the same text again and again; nil when a unit does not fold to one.
    private let foldedUnits: [UInt16]?
    private let characterIndices: [String.Index]
    /// For each UTF-16 offset of `ns` (and its end), the `Character` that contains it.
    private let characterAt: [Int]
    /// Whether a UTF-16 offset of `ns` starts a `Character`.
    private let isBoundary: [Bool]
    /// The words of the text, each as typed, lower-cased and folded.
    package var words: Words
    /// What the text holds, to skip the patterns that cannot match: a digit, an @, a slash, quotes, dots.
    package let hasDigit: Bool
    package let hasAt: Bool
    package let hasSlash: Bool
    package let hasQuote: Bool
    package let hasDot: Bool
    package let hasApostropheOrY: Bool
    package let hasUppercase: Bool
    /// The longest run of digits (scalars with a numeric value, a superset of `\d`): a pattern that needs
    /// `\d{4}` finds nothing in a text whose longest run is shorter.
    package let longestDigitRun: Int
    /// Every word of the text, folded, for the checks that skip a pattern when its keywords are absent.
    package let foldedWords: Set<String>
    /// Which ASCII characters the text holds, one bit each (0–63, 64–127): ``hasASCII(_:)``.
    private let asciiPresent: (UInt64, UInt64)
    /// A 128-bit summary of `foldedWords` (one bit a word, by ``keywordBit(_:)``): a keyword whose bit is
    /// not set is not a word of the text, which most checks learn without hashing.
    let foldedSummary: (UInt64, UInt64)

    package init(_ text: String) {
        self.text = text
        // Only a combining mark can make NFC differ: most text skips Foundation's normalisation.
        let hasMark = text.unicodeScalars.contains { (0x300...0x36F).contains($0.value) }
        let composed = hasMark ? text.precomposedStringWithCanonicalMapping : text
        let same = !hasMark || composed.utf8.elementsEqual(text.utf8)
        let plain = same || composed.count == text.count ? composed : text
        // Digits written as letters ("O98 . 765 . 4321", "09l2") are read as digits, one unit for one.
        var scannedUnits = Array(plain.utf16)
        let scanned = DigitReading.read(&scannedUnits) ? String(decoding: scannedUnits, as: UTF16.self) : plain
        ns = scanned as NSString
        units = scannedUnits
        foldedUnits = Folding.foldedUnits(units)
        // One pass over the scalars says what the text holds, and whether each UTF-16 unit is a Character
        // of its own (no combining mark, joiner, surrogate or CR LF), which is what NFC Vietnamese is.
        var digit = false
        var at = false
        var slash = false
        var quote = false
        var dot = false
        var apostrophe = false
        var upper = false
        var run = 0
        var longestRun = 0
        var simple = same
        var previous: Unicode.Scalar = " "
        var ascii: (UInt64, UInt64) = (0, 0)
        for scalar in scanned.unicodeScalars {
            let value = scalar.value
            if value < 64 { ascii.0 |= 1 << UInt64(value) } else if value < 128 { ascii.1 |= 1 << UInt64(value - 64) }
            let isDigit =
                value < 0x80
                ? (48...57).contains(value) : !Self.isLatinLetter(value) && scalar.properties.numericType != nil
            run = isDigit ? run + 1 : 0
            longestRun = max(longestRun, run)
            if value < 0x80 {
                switch scalar {
                case "0"..."9": digit = true
                case "@": at = true
                case "/": slash = true
                case "\"", "'": quote = true
                case ".": dot = true
                case "A"..."Z": upper = true
                default: break
                }
                if scalar == "'" || scalar == "Y" { apostrophe = true }
                if scalar == "\n" && previous == "\r" { simple = false }
            } else if Self.isLatinLetter(value) {
                // A Latin letter with marks (most of Vietnamese): no quote, digit or mark, one lookup.
                if scalar.properties.isUppercase { upper = true }
            } else {
                if "“”«»‘’".unicodeScalars.contains(scalar) { quote = true }
                if scalar == "’" { apostrophe = true }
                if scalar.properties.isUppercase { upper = true }
                if scalar.properties.numericType != nil { digit = true }
                if value > 0xFFFF || value == 0x200D || (0xFE00...0xFE0F).contains(value)
                    || scalar.properties.generalCategory == .nonspacingMark
                    || scalar.properties.generalCategory == .spacingMark
                    || scalar.properties.generalCategory == .enclosingMark
                {
                    simple = false
                }
            }
            previous = scalar
        }
        asciiPresent = ascii
        hasDigit = digit
        hasAt = at
        hasSlash = slash
        hasQuote = quote
        hasDot = dot
        hasApostropheOrY = apostrophe
        hasUppercase = upper
        longestDigitRun = longestRun
        if simple {
            // Each UTF-16 unit is a Character: the maps are the identity.
            let count = ns.length
            characterAt = Array(0...count)
            isBoundary = [Bool](repeating: true, count: count + 1)
            var indices = Array(text.utf16.indices)
            indices.append(text.endIndex)
            characterIndices = indices
        } else {
            var at: [Int] = []
            var boundary: [Bool] = []
            for (n, character) in scanned.enumerated() {
                let width = character.utf16.count
                for k in 0..<width {
                    at.append(n)
                    boundary.append(k == 0)
                }
            }
            characterIndices = Array(text.indices) + [text.endIndex]
            at.append(characterIndices.count - 1)
            boundary.append(true)
            characterAt = at
            isBoundary = boundary
        }
        words = Words(list: Self.words(of: scanned, foldedUnits: foldedUnits))
        foldedWords = Set(words.list.map(\.folded))
        foldedSummary = words.list.reduce((0, 0)) { summary, word in
            let bit = Self.keywordBit(word.folded)
            return (summary.0 | bit.0, summary.1 | bit.1)
        }
    }

    /// The runs of letters, marks and digits of `text` with their UTF-16 ranges: what
    /// `[\p{L}\p{M}\p{N}]+` matches, found without a regular expression because every text is split so.
    /// With `foldedUnits` (``Folding/foldedUnits(_:)`` of the text's units), each word's folded form is sliced
    /// from them instead of folded again.
    package static func words(of text: String, foldedUnits: [UInt16]? = nil) -> [Word] {
        var list: [Word] = []
        var current = String.UnicodeScalarView()
        var start = 0
        var offset = 0
        func close() {
            guard !current.isEmpty else { return }
            let folded = foldedUnits.map { UnitStrings.string($0[start..<offset]) }
            list.append(Word(String(current), range: NSRange(location: start, length: offset - start), folded: folded))
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            let isWordScalar =
                scalar.value < 0x80
                ? (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar))
                : isLatinLetter(scalar.value) || (0x300...0x36F).contains(scalar.value) || properties.isAlphabetic
                    || properties.numericType != nil
                    || [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory)
            if isWordScalar {
                if current.isEmpty { start = offset }
                current.append(scalar)
            } else {
                close()
            }
            offset += scalar.utf16.count
        }
        close()
        return list
    }

    /// Whether a scalar is a letter of Latin-1, Latin Extended-A and -B or Latin Extended Additional (where
    /// Vietnamese's letters with marks are), told by its value instead of a Unicode property lookup.
    static func isLatinLetter(_ value: UInt32) -> Bool {
        (0xC0...0x24F).contains(value) && value != 0xD7 && value != 0xF7 || (0x1E00...0x1EFF).contains(value)
    }

    package var characterCount: Int { characterIndices.count - 1 }
    package var utf16Count: Int { ns.length }

    package func characterOffset(utf16 offset: Int, roundingUp: Bool = false) -> Int {
        let offset = min(max(offset, 0), characterAt.count - 1)
        return characterAt[offset] + (roundingUp && !isBoundary[offset] ? 1 : 0)
    }

    package func characters(_ range: Range<Int>) -> Substring {
        text[characterIndices[range.lowerBound]..<characterIndices[range.upperBound]]
    }

    package func string(_ range: NSRange) -> String {
        UnitStrings.string(units[range.location..<range.location + range.length])
    }

    /// Whether the text holds the ASCII character `byte` (punctuation and symbols: "_", "(", "|", "]"), told
    /// by a bit worked out in the scan's one pass instead of a search of the text. Digits read from letters
    /// ("O98") are digits here.
    package func hasASCII(_ byte: UInt8) -> Bool {
        byte < 64
            ? asciiPresent.0 & (1 << UInt64(byte)) != 0 : byte < 128 && asciiPresent.1 & (1 << UInt64(byte - 64)) != 0
    }

    /// ``hasASCII(_:)-(UInt8)`` of a character written as a literal: `hasASCII("|")`.
    package func hasASCII(_ character: Unicode.Scalar) -> Bool {
        character.isASCII && hasASCII(UInt8(character.value))
    }

    /// The UTF-16 unit at `offset`, or 0 past the text's end.
    package func unit(at offset: Int) -> UInt16 { offset >= 0 && offset < units.count ? units[offset] : 0 }

    /// Every match of `regex` in the NFC text, run on `units` (``PatternMatch``).
    package func matches(_ regex: NSRegularExpression) -> [PatternMatch] {
        units.withUnsafeBufferPointer { regex.patternMatches(in: $0) }
    }

    /// ``matches(_:)`` when the text has a run of `digits` digits or more, which the pattern needs; else none.
    package func matches(_ regex: NSRegularExpression, ifDigits digits: Int) -> [PatternMatch] {
        longestDigitRun >= digits ? matches(regex) : []
    }

    /// ``matches(_:)`` when one of `keywords` is a word of the text, which the pattern needs; else none.
    package func matches(_ regex: NSRegularExpression, ifAnyWord keywords: Keywords) -> [PatternMatch] {
        hasAnyWord(keywords) ? matches(regex) : []
    }

    /// Whether any of `keywords` (folded words) is a word of the text.
    /// A small set is read keyword by keyword against the summary first (a cheap hash, no `Hasher`);
    /// most texts hold none of a check's keywords.
    package func hasAnyWord(_ keywords: Set<String>) -> Bool {
        keywords.count <= 32 ? hasAny(of: keywords) : !foldedWords.isDisjoint(with: keywords)
    }

    /// The same for keywords whose bits were worked out once, where they are declared: the check reads
    /// each keyword's bit against the summary, with no hash on the way.
    package func hasAnyWord(_ keywords: Keywords) -> Bool {
        keywords.entries.contains { entry in
            (entry.bit.0 & foldedSummary.0) | (entry.bit.1 & foldedSummary.1) != 0 && foldedWords.contains(entry.word)
        }
    }

    /// Whether the folded text holds one of `needles` (folded UTF-16) anywhere, in a word or across
    /// words; true when the text does not fold unit for unit. A gate on it never skips a match.
    package func foldedTextMayHold(_ needles: [[UInt16]]) -> Bool {
        guard let foldedUnits else { return true }
        return foldedUnits.withUnsafeBufferPointer { text in
            needles.contains { needle in
                guard let first = needle.first, text.count >= needle.count else { return false }
                for start in 0...(text.count - needle.count) where text[start] == first {
                    var k = 1
                    while k < needle.count && text[start + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
                return false
            }
        }
    }

    /// The same for a list written at the call (`hasAnyWord(["thon", "xom"])`), which builds no set.
    package func hasAnyWord(_ keywords: [String]) -> Bool { hasAny(of: keywords) }

    /// Whether `keyword` (folded) is a word of the text.
    package func hasWord(_ keyword: String) -> Bool { hasAny(of: CollectionOfOne(keyword)) }

    private func hasAny(of keywords: some Sequence<String>) -> Bool {
        keywords.contains { keyword in
            let bit = Self.keywordBit(keyword)
            return (bit.0 & foldedSummary.0) | (bit.1 & foldedSummary.1) != 0 && foldedWords.contains(keyword)
        }
    }

    /// The bit of a word in ``foldedSummary``: FNV-1a over its UTF-8, one of 128.
    static func keywordBit(_ word: String) -> (UInt64, UInt64) {
        var word = word  // withUTF8 reads a small string's bytes in place; its UTF8View walks them one by one
        let hash = word.withUTF8 { bytes in
            bytes.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        }
        let bit = UInt64(1) << (hash & 63)
        return hash & 64 == 0 ? (bit, 0) : (0, bit)
    }

    /// Up to `length` UTF-16 units before `location`, folded.
    package func foldedBefore(_ location: Int, length: Int) -> String {
        let start = max(0, location - length)
        if let foldedUnits { return UnitStrings.string(foldedUnits[start..<location]) }
        return Folding.fold(string(NSRange(location: start, length: location - start)))
    }

    /// Up to `length` UTF-16 units after `end`, folded.
    package func foldedAfter(_ end: Int, length: Int) -> String {
        let stop = min(ns.length, end + length)
        if let foldedUnits { return UnitStrings.string(foldedUnits[end..<stop]) }
        return Folding.fold(string(NSRange(location: end, length: stop - end)))
    }
}

/// A word with its place in the original, in UTF-16 units.
package final class Word {
    package let text: String
    package let lower: String
    package let folded: String
    package let range: NSRange
    package let isASCII: Bool

    package init(_ text: String, range: NSRange, folded: String? = nil) {
        self.text = text
        // The lexicons' tone placement: "Thuỳ" is looked up as thùy.
        lower = Folding.lexiconTone(text.lowercased())
        self.folded = folded ?? Folding.fold(text)
        self.range = range
        isASCII = text.unicodeScalars.allSatisfy(\.isASCII)
    }

    package var end: Int { range.location + range.length }
    /// Whether the first letter is a capital: an ASCII letter by its value, any other by its scalar's
    /// property (words are cut from NFC text, where a letter is one scalar).
    package var isCapitalised: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.value < 0x80 ? (65...90).contains(first.value) : first.properties.isUppercase
    }
}

/// The words of a text, in order.
package struct Words {
    package let list: [Word]
    /// For each word, the length in words of the kept place that starts there (0 for none), and of the
    /// province; filled by the sanitizer, which knows the places.
    package var placeAt: [Int] = []
    package var provinceAt: [Int] = []
    package var count: Int { list.count }
    package subscript(index: Int) -> Word { list[index] }
}

/// Folded words a check looks for (``TextScan/hasAnyWord(_:)-Keywords``), each with its bit in the text's
/// summary worked out once, where the list is declared.
package struct Keywords: ExpressibleByArrayLiteral, Sequence, Sendable {
    package let words: Set<String>
    let entries: [(word: String, bit: (UInt64, UInt64))]

    package init(_ words: some Sequence<String>) {
        self.words = Set(words)
        entries = self.words.map { ($0, TextScan.keywordBit($0)) }
    }

    package init(arrayLiteral words: String...) { self.init(words) }

    package func contains(_ word: String) -> Bool { words.contains(word) }
    package func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
}
