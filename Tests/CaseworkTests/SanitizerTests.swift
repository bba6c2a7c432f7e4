import Casework
import Sanitization
import Testing

/// One row of the sanitizer table: the input, the expected output, and the kinds found (in order).
struct SanitizerCase: CustomTestStringConvertible, Sendable {
    let input: String
    let expected: String
    let kinds: [Sanitizer.Finding.Kind]
    let language: Sanitizer.Language

    init(
        _ input: String, _ expected: String, _ kinds: [Sanitizer.Finding.Kind] = [],
        _ language: Sanitizer.Language = .vi
    ) {
        self.input = input
        self.expected = expected
        self.kinds = kinds
        self.language = language
    }

    /// A near miss: the text must come out unchanged, with no findings.
    static func keep(_ input: String, _ language: Sanitizer.Language = .vi) -> SanitizerCase {
        SanitizerCase(input, input, [], language)
    }

    var testDescription: String { input }
}

let sanitizer = Sanitizer()

@Suite("Sanitizer: the table")
struct SanitizerTests {
    @Test("true positives", arguments: SanitizerTable.positives)
    func positive(_ row: SanitizerCase) {
        let result = sanitizer.sanitize(row.input, language: row.language)
        #expect(result.text == row.expected)
        #expect(result.findings.map(\.kind) == row.kinds)
    }

    @Test("near misses that must be kept", arguments: SanitizerTable.nearMisses)
    func nearMiss(_ row: SanitizerCase) {
        let result = sanitizer.sanitize(row.input, language: row.language)
        #expect(result.text == row.expected)
        #expect(result.findings.isEmpty, "\(result.findings)")
    }

    /// A text of one or two words that is only a cue (a lineage's, a monastic's, a highland family's, a
    /// parent's, a gate's dot) is read to its end without going past it, and stays as it is.
    @Test(
        "a text that is only a cue stays",
        arguments: ["ton", "Tôn", "ton nu", "thich", "pháp", "y", "ksor", "cha", "mẹ", "a.", ".", "A", "ông"])
    func cueAlone(_ text: String) {
        let result = sanitizer.sanitize(text, language: .vi)
        #expect(result.text == text)
        #expect(result.findings.isEmpty, "\(result.findings)")
    }

    @Test func tableIsLargeEnough() {
        #expect(SanitizerTable.positives.count + SanitizerTable.nearMisses.count >= 150)
        // Every kind but quote has at least one true positive.
        let covered = Set(SanitizerTable.positives.flatMap(\.kinds))
        #expect(covered == Set(Sanitizer.Finding.Kind.allCases).subtracting([.quote]))
    }
}
