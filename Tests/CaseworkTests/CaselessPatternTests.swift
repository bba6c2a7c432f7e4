import Foundation
import SanitizerEvaluation
import Testing
import TextScanning

/// A pattern's case-insensitive letters, written as classes of their cases before it is compiled, must
/// match what the pattern matched: the same ranges and the same groups, in any case of the text.
@Suite("CaselessPattern")
struct CaselessPatternTests {
    @Test(arguments: [
        (#"(?i:tổ|khu)\s+\d"#, #"(?:[tT][ổỔ]|[kK][hH][uU])\s+\d"#),
        (#"(?i)số\b"#, #"[sS][ốỐ]\b"#),
        (#"a(?i:b)c"#, #"a(?:[bB])c"#),
        (#"(?i:a(?-i:b)c)"#, #"(?:[aA](?:b)[cC])"#),
        (#"(?<!(?i:đại)\s)(?i:đội)"#, #"(?<!(?:[đĐ][ạẠ][iI])\s)(?:[đĐ][ộỘ][iI])"#),
        (#"(?<name>(?i:x))\k<name>"#, #"(?<name>(?:[xX]))\k<name>"#),
        (#"(?i:[a-z]\d)"#, #"(?:(?i:[a-z])\d)"#),
        (#"(?i:\p{Lu}y)"#, #"(?:(?i:\p{Lu})[yY])"#),
        (#"(?i:[[:alpha:]&&[^q]]z)"#, #"(?:(?i:[[:alpha:]&&[^q]])[zZ])"#),
        (#"(?i:(a)\1)"#, #"(?:([aA])(?i:\1))"#),
        (#"(?i:\Qa.b\Ec)"#, #"(?:(?i:\Qa.b\E)[cC])"#),
        (#"(?i:ß1)"#, #"(?:(?i:ß)1)"#),
        (#"(?i:\x{41}\u0042b)"#, #"(?:(?i:\x{41})(?i:\u0042)[bB])"#),
        (#"(?i:a(?#note)b)"#, #"(?:[aA][bB])"#),
        (#"(?i:a|b)(?i)c"#, #"(?:[aA]|[bB])[cC]"#),
        (#"((?i)a|b)c"#, #"([aA]|[bB])c"#),
    ])
    func caseInsensitiveLettersBecomeClasses(pattern: String, expanded: String) {
        #expect(CaselessPattern.expand(pattern) == expanded)
    }

    @Test(arguments: [
        #"abc\d+"#,  // nothing case-insensitive
        #"(?x)(?i)a b"#,  // another flag
        #"(?i:a"#,  // a group left open
        #"(?i:a))"#,  // a group closed twice
        #"(?i:[]a])"#,  // a set that opens with its closing bracket
        #"(?i:a\"#,  // an escape with nothing after it
    ])
    func whatIsNotReadStaysAsItIs(pattern: String) {
        #expect(CaselessPattern.expand(pattern) == pattern)
    }

    static let patterns = [
        #"(?<![\p{L}\p{M}\p{N}])(?:(?i:tổ dân phố|to dan pho|tổ|to|khối|khu phố|khu|(?:đội|doi)(?<!(?i:đại|trung|dai)\s(?i:đội|doi))|hamlet|residential group)|TDP|KP)\s+(?:(?i:số|so)\s+)?(\d{1,4}[A-Za-z]?|[IVX]+)(?![\p{L}\p{M}\p{N}])"#,
        #"(?i)(?:thửa(?:\s+đất)?|thua(?:\s+dat)?|tờ\s+bản\s+đồ)(?:\s+(?:số|so))?\s+(\d+)"#,
        #"(?i)(?:giấy khai sinh|chứng chỉ[\p{L}\p{M}\s]{0,40}?|thẻ[\p{L}\p{M}\s]{0,30}?)\s+(?:số|so)\s+((?-i:[A-Z]{2,4}-\d{3,6}|\d{2}\.\d{4,6}))"#,
        #"(?<![\p{L}\p{M}])(?i:ngày|ngay|mùng|mung)\s+(\d{1,2})(?:\s*[/-]\s*(\d{1,2}))?(?![\p{N}])"#,
        #"(?i:anh|chị|chi|ông|ong|bà|ba|mr\.?|ms\.?)\s+(\p{Lu}[\p{Ll}\p{M}]+)"#,
        #"(?i:[a-zđ]+)@(?i:gmail|yahoo)\.com"#,
    ]

    @Test func theExpandedPatternsMatchWhatTheOriginalsMatched() throws {
        let texts = try
            (SanitizerEvaluation.shippedSet() + SanitizerEvaluation.shippedHeldOutSets().flatMap(\.sentences))
            .map(\.text)
        let variants = texts + texts.map { $0.uppercased() } + texts.map { $0.lowercased() }
        for pattern in Self.patterns {
            let original = try NSRegularExpression(pattern: pattern)
            let expanded = try NSRegularExpression(pattern: CaselessPattern.expand(pattern))
            #expect(expanded.pattern != original.pattern)
            for text in variants {
                let range = NSRange(location: 0, length: text.utf16.count)
                let before = original.matches(in: text, range: range).map(Self.ranges)
                let after = expanded.matches(in: text, range: range).map(Self.ranges)
                #expect(before == after, "\(pattern) on \(text)")
                if before != after { return }
            }
        }
    }

    static func ranges(_ match: NSTextCheckingResult) -> [NSRange] {
        (0..<match.numberOfRanges).map { match.range(at: $0) }
    }
}

/// A pattern's alternations of plain words, written as a tree of their shared beginnings, must match what
/// they matched, in the same order of preference.
@Suite("FactoredAlternation")
struct FactoredAlternationTests {
    @Test(arguments: [
        ("(?:khu phố|khu|khối)", "(?:kh(?:u(?: phố|)|ối))"),
        ("(?:khu|khu phố)", "(?:khu(?:| phố))"),
        ("(?:ab|a|ac)", "(?:a(?:b||c))"),
        ("tổ|to|thôn", "t(?:ổ|o|hôn)"),
        (#"(?:[tT][oO]|[tT][ổỔ])\s"#, #"(?:[tT](?:[oO]|[ổỔ]))\s"#),
        (#"(?<!(?:đại|đội)\s)x"#, #"(?<!(?:đ(?:ại|ội))\s)x"#),
        (#"(?:ab|a\.c|x)"#, #"(?:a(?:b|\.c)|x)"#),
        (#"(a|ab|\d)"#, #"(a(?:|b)|\d)"#),
        (#"(?:ab|a+|ac)"#, #"(?:ab|a+|ac)"#),
        (#"(?:ab|a[\p{L}]|ac)"#, #"(?:ab|a[\p{L}]|ac)"#),
    ])
    func plainAlternativesShareTheirBeginnings(pattern: String, factored: String) {
        #expect(FactoredAlternation.factor(pattern) == factored)
    }

    @Test(arguments: [
        "abc",  // no alternation
        "(?:abc|a|abd)",  // the empty branch would split the branch of b
        "(?:[ab]c|ad)",  // two branches that overlap without being the same
        "(?i)(?:ab|ac)",  // a flag not read
        "(?:ab|ac",  // a group left open
        "(?:ab|ac))",  // a group closed twice
        "(?i:ab|ac)",  // a case-insensitive group: left to ICU
    ])
    func whatCannotBeFactoredStaysAsItIs(pattern: String) {
        #expect(FactoredAlternation.factor(pattern) == pattern)
    }

    static let patterns =
        CaselessPatternTests.patterns + [
            #"(?:ab|a|ac)d?"#,
            #"(?:abc|a|abd)c?"#,
            #"\b(?:anh|anh trai|ah|ba|bà|bác|bác sĩ)\b\s*(\p{Lu}\p{Ll}+)?"#,
            #"(?<=(?:ở|tại|về|sống|trú) )(?:bản|buôn|làng|xóm|thôn|ấp|sóc) (?:trên|dưới|giữa|ngoài|trong|bên kia)"#,
        ]

    @Test func theFactoredPatternsMatchWhatTheOriginalsMatched() throws {
        let texts = try
            (SanitizerEvaluation.shippedSet() + SanitizerEvaluation.shippedHeldOutSets().flatMap(\.sentences))
            .map(\.text)
        for pattern in Self.patterns {
            let expanded = CaselessPattern.expand(pattern)
            let original = try NSRegularExpression(pattern: pattern)
            let factored = try NSRegularExpression(pattern: FactoredAlternation.factor(expanded))
            for text in texts + texts.map({ $0.uppercased() }) {
                let range = NSRange(location: 0, length: text.utf16.count)
                let before = original.matches(in: text, range: range).map(CaselessPatternTests.ranges)
                let after = factored.matches(in: text, range: range).map(CaselessPatternTests.ranges)
                #expect(before == after, "\(pattern) on \(text)")
                if before != after { return }
            }
        }
    }
}
