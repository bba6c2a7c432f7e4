import Casework
import Foundation
import Sanitization
import TextScanning

/// The sanitizer measured on an annotated set of sentences (`Evaluation/sentences.jsonl`, whose header
/// says the format): recall and keep rate per family, and flags per 200 words of text that carries no
/// personal data. Tests check the targets on it; `candor-bench sanitizer` prints the figures.
public enum SanitizerEvaluation {
    /// One annotated sentence.
    public struct Sentence: Sendable, Decodable {
        public let family: String
        public let text: String
        /// Substrings that must be removed whole.
        public let remove: [String]
        /// Substrings of which nothing may be removed.
        public let keep: [String]
    }

    /// What a family scored.
    public struct Tally: Sendable, Equatable {
        public var sentences = 0
        public var spansToRemove = 0
        public var removed = 0
        /// Spans not removed but flagged: the inspector sees them, yet they count as misses.
        public var flaggedOnly = 0
        public var spansToKeep = 0
        public var kept = 0
        public var flags = 0
        public var words = 0

        /// Removed spans over spans to remove (1 when there are none).
        public var recall: Double { spansToRemove == 0 ? 1 : Double(removed) / Double(spansToRemove) }
        /// Kept spans over spans to keep (1 when there are none).
        public var keepRate: Double { spansToKeep == 0 ? 1 : Double(kept) / Double(spansToKeep) }
        public var flagsPer200Words: Double { words == 0 ? 0 : Double(flags) * 200 / Double(words) }

        static func + (left: Tally, right: Tally) -> Tally {
            Tally(
                sentences: left.sentences + right.sentences, spansToRemove: left.spansToRemove + right.spansToRemove,
                removed: left.removed + right.removed, flaggedOnly: left.flaggedOnly + right.flaggedOnly,
                spansToKeep: left.spansToKeep + right.spansToKeep, kept: left.kept + right.kept,
                flags: left.flags + right.flags, words: left.words + right.words)
        }
    }

    /// The family of sentences that carry no personal data.
    public static let keepOnly = "keepOnly"

    /// A set's scores: per family, over all of them, and the sentences that missed or over-removed.
    public struct Report: Sendable {
        public let families: [String: Tally]
        public var overall: Tally { families.values.reduce(Tally(), +) }
        /// Flags per 200 words on the keep-only sentences.
        public var keepOnlyFlagsPer200Words: Double { families[SanitizerEvaluation.keepOnly]?.flagsPer200Words ?? 0 }
        /// Each failing sentence with what went wrong: "miss: span", "lost: span".
        public let failures: [(text: String, problems: [String])]
    }

    /// The set shipped with the module.
    public static func shippedSet() throws -> [Sentence] {
        guard
            let url = Bundle.module.url(forResource: "Evaluation/sentences", withExtension: "jsonl")
                ?? Bundle.module.url(forResource: "sentences", withExtension: "jsonl", subdirectory: "Evaluation")
        else { throw LexiconError.unreadable("Evaluation/sentences.jsonl") }
        return try sentences(String(decoding: Data(contentsOf: url), as: UTF8.self))
    }

    /// The held-out batches shipped beside the set (Evaluation/heldout-N.jsonl), by name: sentences
    /// written by someone who had not read the rules, scored before the rules were changed for them
    /// and kept afterwards so that a regression on them shows.
    public static func shippedHeldOutSets() throws -> [(name: String, sentences: [Sentence])] {
        guard
            let set = Bundle.module.url(forResource: "Evaluation/sentences", withExtension: "jsonl")
                ?? Bundle.module.url(forResource: "sentences", withExtension: "jsonl", subdirectory: "Evaluation")
        else { throw LexiconError.unreadable("Evaluation") }
        let directory = set.deletingLastPathComponent()
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasPrefix("heldout-") && $0.hasSuffix(".jsonl") }.sorted()
        return try names.map { name in
            let text = String(decoding: try Data(contentsOf: directory.appendingPathComponent(name)), as: UTF8.self)
            return (String(name.dropLast(".jsonl".count)), try sentences(text))
        }
    }

    /// The sentences of a set's text: one JSON object a line, `#` lines and blank lines skipped.
    public static func sentences(_ text: String) throws -> [Sentence] {
        let decoder = JSONDecoder()
        return try text.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("#") && !$0.isEmpty }.map {
            try decoder.decode(Sentence.self, from: Data($0.utf8))
        }
    }

    /// Scores `sanitizer` on `sentences`.
    public static func score(_ sentences: [Sentence], with sanitizer: Sanitizer) -> Report {
        var families: [String: Tally] = [:]
        var failures: [(String, [String])] = []
        for sentence in sentences {
            let result = sanitizer.sanitize(sentence.text)
            let characters = Array(sentence.text)
            var removed = [Bool](repeating: false, count: characters.count)
            for finding in result.findings where finding.kind != .quote {
                for k in finding.start..<min(finding.end, characters.count) { removed[k] = true }
            }
            var flagged = [Bool](repeating: false, count: characters.count)
            for flag in result.flags { for k in flag.start..<min(flag.end, characters.count) { flagged[k] = true } }
            var tally = families[sentence.family] ?? Tally()
            var problems: [String] = []
            tally.sentences += 1
            tally.flags += result.flags.count
            tally.words += sentence.text.split { !($0.isLetter || $0.isNumber) }.count
            for span in sentence.remove {
                tally.spansToRemove += 1
                guard let range = find(span, in: characters) else {
                    problems.append("bad span: \(span)")
                    continue
                }
                if range.allSatisfy({ removed[$0] })
                    || (numberedFamilies.contains(sentence.family)
                        && numbersRemoved(in: range, of: characters, removed: removed))
                {
                    tally.removed += 1
                } else {
                    if range.contains(where: { flagged[$0] }) { tally.flaggedOnly += 1 }
                    problems.append("miss: \(span)")
                }
            }
            for span in sentence.keep {
                tally.spansToKeep += 1
                guard let range = find(span, in: characters) else {
                    problems.append("bad span: \(span)")
                    continue
                }
                // An exact date is shortened, not removed: the month it keeps ("ngày 12 tháng 8" becomes
                // "tháng 8") is kept when the output still holds it.
                let touching = result.findings.filter {
                    $0.kind != .quote && $0.start < range.upperBound && range.lowerBound < $0.end
                }
                let shortened =
                    !touching.isEmpty && touching.allSatisfy { $0.kind == .exactDate }
                    && Sanitizer.foldForEvaluation(result.text).contains(Sanitizer.foldForEvaluation(span))
                if range.contains(where: { removed[$0] }) && !shortened {
                    problems.append("lost: \(span)")
                } else {
                    tally.kept += 1
                }
            }
            families[sentence.family] = tally
            if !problems.isEmpty {
                let found =
                    result.findings.map { "\($0.kind.rawValue)@\($0.start)..<\($0.end)" }
                    + result.flags.map { "flag \($0.reason.rawValue)@\($0.start)..<\($0.end)" }
                failures.append((sentence.text + " → " + result.text, problems + found))
            }
        }
        return Report(families: families, failures: failures)
    }

    /// Families whose spans identify by their numbers: "thửa đất số 215" is removed once "215" is, as
    /// "thửa đất số [đã ẩn]" names no parcel.
    static let numberedFamilies: Set<String> = ["identifier", "residence"]

    /// Whether `range` holds a token with a digit (215, A3, CH01234) and every such token is removed.
    /// Tokens are runs of letters and digits.
    static func numbersRemoved(in range: Range<Int>, of characters: [Character], removed: [Bool]) -> Bool {
        var sawNumber = false
        var start = range.lowerBound
        while start < range.upperBound {
            guard characters[start].isLetter || characters[start].isNumber else {
                start += 1
                continue
            }
            var end = start
            while end < range.upperBound, characters[end].isLetter || characters[end].isNumber { end += 1 }
            if characters[start..<end].contains(where: \.isNumber) {
                sawNumber = true
                if !(start..<end).allSatisfy({ removed[$0] }) { return false }
            }
            start = end
        }
        return sawNumber
    }

    /// The Character offsets of the first occurrence of `span`.
    static func find(_ span: String, in characters: [Character]) -> Range<Int>? {
        let needle = Array(span)
        guard !needle.isEmpty, needle.count <= characters.count else { return nil }
        for start in 0...(characters.count - needle.count)
        where Array(characters[start..<start + needle.count]) == needle {
            return start..<start + needle.count
        }
        return nil
    }
}
