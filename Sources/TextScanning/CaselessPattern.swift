/// A pattern's case-insensitive letters written as classes of their cases, before it is compiled.
///
/// ICU matches a case-insensitive group (`(?i:tổ|khu)`) by folding case at every letter of every
/// alternative it tries, at every place it tries them: the sanitizer's gates of words cost more than
/// their matches. `[tT][ổỔ]|[kK][hH][uU]` is the same language, read without folding. What a class of two
/// letters cannot say exactly stays case-insensitive, one atom at a time: a set (`[a-z]`, `\p{Lu}`), a
/// back-reference, a quoted or numbered character, a letter whose other case is not one character (ß).
///
/// Limits: a letter's cases are its lower and upper case; the rarer equivalences of full case folding
/// (the Kelvin sign for k, the long s for s) are not matched. A pattern with any flag but `i` (`(?x)`,
/// `(?s)`, `(?m)`), or one the reading does not follow, is returned as it is.
package enum CaselessPattern {
    /// `pattern` with its case-insensitive letters as classes, or `pattern` itself when it has none or
    /// cannot be read.
    package static func expand(_ pattern: String) -> String {
        guard pattern.contains("(?i") else { return pattern }
        var reader = Reader(scalars: Array(pattern.unicodeScalars))
        guard let expanded = reader.expand() else { return pattern }
        return expanded
    }

    /// The end of the escape whose backslash is at `index` in `scalars`, and whether case may change
    /// what it matches: not for \d, \s, \w, \b or an escaped mark; yes for \p{…}, \N{…}, \x{…}, \k<…>,
    /// \u, \Q…\E and back-references. Nil for a backslash that ends the pattern.
    static func escape(in scalars: [Unicode.Scalar], at index: Int) -> (end: Int, cased: Bool)? {
        guard index + 1 < scalars.count else { return nil }
        let kind = scalars[index + 1]
        var end = index + 2
        switch kind {
        case "p", "P", "N", "x", "k":
            // \p{…}, \N{…}, \x{…}, \k<…>, or the one-letter forms \pL and \xhh.
            if end < scalars.count, scalars[end] == "{" || scalars[end] == "<" {
                let close: Unicode.Scalar = scalars[end] == "{" ? "}" : ">"
                guard let closing = scalars[end...].firstIndex(of: close) else { return nil }
                end = closing + 1
            } else {
                end += kind == "x" ? 2 : 1
            }
        case "u": end += 4
        case "U": end += 8
        case "c": end += 1
        case "Q":
            // To the \E that ends the quote, or the end of the pattern.
            while end < scalars.count, !(scalars[end] == "\\" && end + 1 < scalars.count && scalars[end + 1] == "E") {
                end += 1
            }
            end += 2
        case "0"..."9":
            while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
        default: return (end, false)
        }
        return (min(end, scalars.count), true)
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0
        var output = String.UnicodeScalarView()
        /// Whether each open group (the whole pattern first) reads case-insensitively.
        var caseless = [false]

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        mutating func expand() -> String? {
            while index < scalars.count {
                let scalar = scalars[index]
                switch scalar {
                case "\\":
                    guard let atom = escape() else { return nil }
                    emit(atom.text, wrapped: atom.cased && caseless.last!)
                case "[":
                    guard let set = set() else { return nil }
                    emit(set, wrapped: caseless.last!)
                case "(": guard openGroup() else { return nil }
                case ")":
                    guard caseless.count > 1 else { return nil }
                    caseless.removeLast()
                    output.append(scalar)
                    index += 1
                default:
                    letter(scalar)
                    index += 1
                }
            }
            return caseless.count == 1 ? String(output) : nil
        }

        /// A literal: a cased letter in a case-insensitive group becomes the class of its two cases.
        mutating func letter(_ scalar: Unicode.Scalar) {
            guard caseless.last!, scalar.properties.changesWhenCaseMapped else {
                output.append(scalar)
                return
            }
            let lower = String(scalar).lowercased().unicodeScalars
            let upper = String(scalar).uppercased().unicodeScalars
            guard lower.count == 1, upper.count == 1 else {
                emit(String(scalar), wrapped: true)
                return
            }
            var cases: [Unicode.Scalar] = [scalar]
            for other in [lower.first!, upper.first!] where !cases.contains(other) { cases.append(other) }
            guard cases.count > 1 else {
                output.append(scalar)
                return
            }
            output.append("[")
            output.append(contentsOf: cases)
            output.append("]")
        }

        mutating func emit(_ text: String, wrapped: Bool) {
            if wrapped { output.append(contentsOf: "(?i:".unicodeScalars) }
            output.append(contentsOf: text.unicodeScalars)
            if wrapped { output.append(")") }
        }

        /// An escape from its backslash: its text and whether case may change what it matches.
        mutating func escape() -> (text: String, cased: Bool)? {
            let start = index
            guard let (end, cased) = CaselessPattern.escape(in: scalars, at: index) else { return nil }
            index = end
            return (text(from: start), cased)
        }

        func text(from start: Int) -> String {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<index])
            return String(text)
        }

        /// A set from its opening bracket to its closing one, sets inside it and escapes included; nil for
        /// a set that opens with its closing bracket (`[]…]`), which is not read here.
        mutating func set() -> String? {
            let start = index
            var depth = 0
            while index < scalars.count {
                switch scalars[index] {
                case "\\": index += 1
                case "[":
                    depth += 1
                    var next = index + 1
                    if next < scalars.count, scalars[next] == "^" { next += 1 }
                    if next < scalars.count, scalars[next] == "]" { return nil }
                case "]":
                    depth -= 1
                    if depth == 0 {
                        index += 1
                        return text(from: start)
                    }
                default: break
                }
                index += 1
            }
            return nil
        }

        /// A group's opening: its flags taken in (`(?i:` opens a case-insensitive group, `(?i)` makes the
        /// rest of the group so), any other kind copied as it is.
        mutating func openGroup() -> Bool {
            let inherited = caseless.last!
            guard index + 1 < scalars.count, scalars[index + 1] == "?" else {
                output.append("(")
                caseless.append(inherited)
                index += 1
                return true
            }
            var position = index + 2
            guard position < scalars.count else { return false }
            switch scalars[position] {
            case ":", "=", "!", ">":
                output.append(contentsOf: scalars[index...position])
                caseless.append(inherited)
                index = position + 1
                return true
            case "<":
                // (?<= and (?<! look behind; (?<name> captures.
                var end = position + 1
                if end < scalars.count, scalars[end] != "=", scalars[end] != "!" {
                    guard let close = scalars[end...].firstIndex(of: ">") else { return false }
                    end = close
                }
                guard end < scalars.count else { return false }
                output.append(contentsOf: scalars[index...end])
                caseless.append(inherited)
                index = end + 1
                return true
            case "#":
                guard let end = scalars[position...].firstIndex(of: ")") else { return false }
                index = end + 1
                return true
            default:
                var on = true
                var value = inherited
                while position < scalars.count {
                    switch scalars[position] {
                    case "i": value = on
                    case "-": on = false
                    case ":":
                        output.append(contentsOf: "(?:".unicodeScalars)
                        caseless.append(value)
                        index = position + 1
                        return true
                    case ")":
                        caseless[caseless.count - 1] = value
                        index = position + 1
                        return true
                    default: return false
                    }
                    position += 1
                }
                return false
            }
        }
    }
}
