/// A pattern's alternations of plain words written as a tree of their shared beginnings, before it is
/// compiled.
///
/// ICU tries the alternatives of a group one after another, saving its state before each: a gate of forty
/// words (`tổ dân phố|tổ|khu phố|khu|…`) costs forty tries at every place the scan stops. Written as a tree
/// (`t(?:ổ(?: dân phố|)|…)|kh(?:u(?: phố|)|…)`), it costs one try for each letter that can still match.
///
/// What is factored: a run of consecutive alternatives made of single characters only (a letter, an escaped
/// mark, or a class of plain characters such as `[tT]`, as ``CaselessPattern`` writes them), with no
/// quantifier. The pattern matches what it matched, in the same order of preference:
/// - two branches of a tree begin with characters no text has in common, so at most one of them can match;
/// - where an alternative ends at a branching (`tổ` beside `tổ dân phố`), the empty branch keeps its place
///   among the others, and a run where it would have to split a branch is left as it is;
/// - no group is added that captures, so the groups keep their numbers.
///
/// Left as they are: alternatives with a quantifier, a set of ranges or properties, a group or an
/// escape such as `\s`; groups with a flag (`(?i:…)`); a pattern the reading does not follow.
package enum FactoredAlternation {
    /// `pattern` with its runs of plain alternatives factored, or `pattern` itself when it cannot be read.
    package static func factor(_ pattern: String) -> String {
        guard pattern.contains("|") else { return pattern }
        var reader = Reader(scalars: Array(pattern.unicodeScalars))
        guard let alternatives = reader.alternatives(), reader.index == reader.scalars.count else { return pattern }
        return emit(alternatives, factoring: true)
    }

    /// One plain character of an alternative: as written, and the characters it matches.
    typealias Plain = (text: String, matches: Set<Unicode.Scalar>)

    /// A piece of a pattern: one character (with the characters it matches), any other atom, a quantifier,
    /// or a group with its alternatives.
    indirect enum Piece {
        case character(String, matches: Set<Unicode.Scalar>)
        case other(String)
        case group(opener: String, alternatives: [[Piece]])

        var text: String {
            switch self {
            case .character(let text, _), .other(let text): text
            case .group(let opener, let alternatives):
                opener + alternatives.map { $0.map(\.text).joined() }.joined(separator: "|") + ")"
            }
        }

        var character: Plain? {
            if case .character(let text, let matches) = self { (text, matches) } else { nil }
        }
    }

    static func emit(_ alternatives: [[Piece]], factoring: Bool) -> String {
        guard factoring else { return alternatives.map { $0.map(\.text).joined() }.joined(separator: "|") }
        var parts: [String] = []
        var run: [[Plain]] = []
        func flush() {
            if run.count > 1, let tree = Tree(run) {
                parts.append(tree.pattern(grouped: false))
            } else {
                parts += run.map { $0.map(\.text).joined() }
            }
            run = []
        }
        for alternative in alternatives {
            let characters = alternative.compactMap(\.character)
            if characters.count == alternative.count {
                run.append(characters)
            } else {
                flush()
                parts.append(alternative.map { emit($0) }.joined())
            }
        }
        flush()
        return parts.joined(separator: "|")
    }

    static func emit(_ piece: Piece) -> String {
        guard case .group(let opener, let alternatives) = piece else { return piece.text }
        return opener + emit(alternatives, factoring: !opener.hasPrefix("(?i") && !opener.hasPrefix("(?-")) + ")"
    }

    /// The alternatives of a run by their shared beginnings, written in the order of the first alternative
    /// that took each branch, the empty one (an alternative ending here) among them.
    struct Tree {
        var branches: [(key: String, tree: Tree?)] = []

        /// The tree of `alternatives`, or nil when two branches' characters overlap without being the same,
        /// or when an alternative ending at a branching comes between two alternatives of one branch.
        init?(_ alternatives: [[Plain]]) {
            var order: [String] = []
            var groups: [String: (matches: Set<Unicode.Scalar>, rests: [[Plain]])] = [:]
            let end = "\u{0}end"
            for alternative in alternatives {
                guard let first = alternative.first else {
                    if !order.contains(end) { order.append(end) }
                    continue
                }
                if let group = groups[first.text] {
                    // A branch taken again after the empty one began would move that alternative before it.
                    if let endIndex = order.firstIndex(of: end), let own = order.firstIndex(of: first.text),
                        own < endIndex
                    {
                        return nil
                    }
                    groups[first.text] = (group.matches, group.rests + [Array(alternative.dropFirst())])
                } else {
                    if groups.values.contains(where: { !$0.matches.isDisjoint(with: first.matches) }) { return nil }
                    groups[first.text] = (first.matches, [Array(alternative.dropFirst())])
                    order.append(first.text)
                }
            }
            for key in order {
                guard key != end else {
                    branches.append((key: "", tree: nil))
                    continue
                }
                let group = groups[key]!
                guard let tree = Tree(group.rests) else { return nil }
                branches.append((key: key, tree: tree))
            }
        }

        /// The tree as a pattern; `grouped` puts a choice of more than one branch in a group of its own.
        func pattern(grouped: Bool) -> String {
            let written = branches.map { branch in
                branch.key + (branch.tree.map { $0.pattern(grouped: true) } ?? "")
            }
            if written.count == 1 { return written[0] }
            let choice = written.joined(separator: "|")
            return grouped ? "(?:" + choice + ")" : choice
        }
    }

    struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        /// Alternatives up to a closing parenthesis or the end, which is not taken.
        mutating func alternatives() -> [[Piece]]? {
            var alternatives: [[Piece]] = [[]]
            while index < scalars.count {
                let scalar = scalars[index]
                switch scalar {
                case ")": return alternatives
                case "|":
                    alternatives.append([])
                    index += 1
                case "(":
                    guard let opener = opener() else { return nil }
                    guard let inner = self.alternatives(), index < scalars.count else { return nil }
                    index += 1
                    alternatives[alternatives.count - 1].append(.group(opener: opener, alternatives: inner))
                case "\\":
                    guard let (end, _) = CaselessPattern.escape(in: scalars, at: index) else { return nil }
                    let next = scalars[index + 1]
                    let plain = end == index + 2 && !next.properties.isAlphabetic && next.properties.numericType == nil
                    let escape = text(from: index, to: end)
                    alternatives[alternatives.count - 1].append(
                        plain ? .character(escape, matches: [next]) : .other(escape))
                    index = end
                case "[":
                    guard let set = set() else { return nil }
                    alternatives[alternatives.count - 1].append(set)
                case "?", "*", "+", "{", ".", "^", "$":
                    alternatives[alternatives.count - 1].append(.other(quantifier()))
                default:
                    alternatives[alternatives.count - 1].append(.character(String(scalar), matches: [scalar]))
                    index += 1
                }
            }
            return alternatives
        }

        /// A quantifier with its bounds and its lazy or possessive mark, or one of `.`, `^`, `$`.
        mutating func quantifier() -> String {
            let start = index
            if scalars[index] == "{" {
                while index < scalars.count, scalars[index] != "}" { index += 1 }
            }
            index = min(scalars.count, index + 1)
            if scalars[start] != ".", scalars[start] != "^", scalars[start] != "$", index < scalars.count,
                scalars[index] == "?" || scalars[index] == "+"
            {
                index += 1
            }
            return text(from: start)
        }

        /// A group's opening, or nil for a kind not read here (an inline flag, a comment).
        mutating func opener() -> String? {
            let start = index
            guard index + 1 < scalars.count, scalars[index + 1] == "?" else {
                index += 1
                return "("
            }
            let known = ["(?:", "(?=", "(?!", "(?>", "(?<=", "(?<!", "(?i:", "(?-i:"]
            for opener in known where scalars[index...].starts(with: opener.unicodeScalars) {
                index += opener.unicodeScalars.count
                return opener
            }
            // A named group.
            guard scalars[index...].starts(with: "(?<".unicodeScalars),
                let close = scalars[index...].firstIndex(of: ">")
            else { return nil }
            index = close + 1
            return text(from: start)
        }

        /// A set: one character of those it lists when it lists plain characters only, otherwise an atom.
        mutating func set() -> Piece? {
            let start = index
            var depth = 0
            var plain = true
            while index < scalars.count {
                switch scalars[index] {
                case "\\":
                    plain = false
                    index += 1
                case "[":
                    depth += 1
                    if depth > 1 { plain = false }
                    var next = index + 1
                    if next < scalars.count, scalars[next] == "^" {
                        plain = false
                        next += 1
                    }
                    if next < scalars.count, scalars[next] == "]" { return nil }
                case "]":
                    depth -= 1
                    if depth == 0 {
                        index += 1
                        let text = text(from: start)
                        let members = Set(scalars[(start + 1)..<(index - 1)])
                        let special: Set<Unicode.Scalar> = ["-", "&", ":", "$", "{", "}"]
                        guard plain, members.isDisjoint(with: special) else { return .other(text) }
                        return .character(text, matches: members)
                    }
                default: break
                }
                index += 1
            }
            return nil
        }

        func text(from start: Int, to end: Int? = nil) -> String {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<(end ?? index)])
            return String(text)
        }
    }
}
