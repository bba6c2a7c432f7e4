import Foundation
import Sanitization
import SanitizerEvaluation
import Testing

@testable import TextScanning

@Suite("TextScan: patterns run on ICU directly, as NSRegularExpression runs them")
struct TextScanPatternMatchTests {
    struct Row: Sendable {
        let pattern: String
        let options: NSRegularExpression.Options
        let text: String
    }

    static let rows: [Row] = [
        Row(pattern: #"(\d+)-(x)?"#, options: [], text: "ab 12- 34-x 5-"),
        Row(pattern: #"(a)|(b)"#, options: [], text: "xbxa"),
        Row(pattern: #"^$"#, options: [], text: ""),
        Row(pattern: #"\b"#, options: [], text: "ông Lò"),
        Row(pattern: #"x*"#, options: [], text: "axxb"),
        Row(pattern: #"(?<![\p{L}\p{N}])[\p{Lu}]\p{Ll}+"#, options: [], text: "Ông Lò Văn Pọm ở bản Hua Ta"),
        Row(pattern: #"số\s+(\d{1,4})"#, options: [.caseInsensitive], text: "SỐ 12 đường, Số 7"),
        Row(pattern: #"^\w+$"#, options: [.anchorsMatchLines], text: "một\nhai ba\nbốn"),
        Row(pattern: #"a.b"#, options: [.dotMatchesLineSeparators], text: "a\nb a-b"),
        Row(pattern: #"😀(\p{L}+)"#, options: [], text: "x😀ab 😀"),
        Row(pattern: #"(?<y>\d{4})/(?<m>\d\d)"#, options: [], text: "1/2025/05 và 2024/12"),
    ]

    static func ranges(_ match: NSTextCheckingResult) -> [NSRange] {
        (0..<match.numberOfRanges).map { match.range(at: $0) }
    }

    static func ranges(_ match: PatternMatch) -> [NSRange] {
        (0..<match.numberOfRanges).map { match.range(at: $0) }
    }

    @Test(arguments: rows) func everyMatchIsFoundationsMatch(_ row: Row) throws {
        let regex = try NSRegularExpression(pattern: row.pattern, options: row.options)
        let expected = regex.matches(in: row.text, range: NSRange(location: 0, length: row.text.utf16.count))
        let units = Array(row.text.utf16)
        let found = units.withUnsafeBufferPointer { regex.patternMatches(in: $0) }
        #expect(found.map(Self.ranges) == expected.map(Self.ranges))
        #expect(regex.hasPatternMatch(in: row.text) == !expected.isEmpty)
    }

    /// A range is the whole text the pattern sees, as in `firstMatch(in:range:)`: no look-behind, anchor or
    /// word boundary reads past it.
    @Test(arguments: rows) func theFirstMatchInARangeIsFoundations(_ row: Row) throws {
        let regex = try NSRegularExpression(pattern: row.pattern, options: row.options)
        let count = row.text.utf16.count
        for location in 0...count {
            for length in [0, 1, 3, count - location] where length >= 0 && location + length <= count {
                let range = NSRange(location: location, length: length)
                let expected = regex.firstMatch(in: row.text, range: range).map(Self.ranges)
                #expect(regex.firstPatternMatch(in: row.text, range: range).map(Self.ranges) == expected)
            }
        }
        #expect(regex.firstPatternMatch(in: row.text, range: NSRange(location: count, length: 1)) == nil)
    }

    @Test func aScanMatchesAsFoundation() throws {
        let regex = try NSRegularExpression(pattern: #"(\d{2,4})[/.](\d{1,2})?"#)
        let scan = TextScan("Ngày 15/5 năm 2024, tờ 12. và O98 . 765")
        let expected = regex.matches(in: scan.ns as String, range: NSRange(location: 0, length: scan.utf16Count))
        #expect(scan.matches(regex).map(Self.ranges) == expected.map(Self.ranges))
    }

    /// ICU matchers hold their text: each thread uses its own. Sanitizing from several tasks and threads
    /// at once gives what one thread gives.
    @Test func sanitizingConcurrentlyGivesTheSerialResults() async throws {
        let texts = try SanitizerEvaluation.shippedSet().enumerated().filter { $0.offset % 4 == 0 }.map(\.element.text)
        let sanitizer = Sanitizer()
        let serial = texts.map { sanitizer.sanitize($0) }
        let concurrent = await withTaskGroup(of: [Sanitizer.SanitizedText].self) { group in
            for shift in 0..<4 {
                group.addTask {
                    let order = texts.indices.map { ($0 + shift * 7) % texts.count }
                    var results = [Sanitizer.SanitizedText?](repeating: nil, count: texts.count)
                    for k in order { results[k] = sanitizer.sanitize(texts[k]) }
                    return results.compactMap { $0 }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(concurrent.count == 4)
        for results in concurrent { #expect(results == serial) }
        // Threads that end release their matchers (the thread-specific key's destructor).
        let lock = NSLock()
        nonisolated(unsafe) var fromThreads: [[Sanitizer.SanitizedText]] = []
        let threads = (0..<3).map { _ in
            Thread {
                let results = texts.map { sanitizer.sanitize($0) }
                lock.withLock { fromThreads.append(results) }
            }
        }
        for thread in threads { thread.start() }
        while lock.withLock({ fromThreads.count }) < threads.count { try await Task.sleep(for: .milliseconds(20)) }
        for results in fromThreads { #expect(results == serial) }
    }
}
