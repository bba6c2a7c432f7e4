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
            guard index + 1 < scalars.count else { return nil }
            let kind = scalars[index + 1]
            index += 2
            switch kind {
            case "p", "P", "N", "x", "k":
                // \p{…}, \N{…}, \x{…}, \k<…>, or the one-letter forms \pL and \xhh.
                if index < scalars.count, scalars[index] == "{" || scalars[index] == "<" {
                    let close: Unicode.Scalar = scalars[index] == "{" ? "}" : ">"
                    guard let end = scalars[index...].firstIndex(of: close) else { return nil }
                    index = end + 1
                } else {
                    index = min(scalars.count, index + (kind == "x" ? 2 : 1))
                }
                return (text(from: start), true)
            case "u": index = min(scalars.count, index + 4)
            case "U": index = min(scalars.count, index + 8)
            case "c": index = min(scalars.count, index + 1)
            case "Q":
                guard let end = quoteEnd() else { return nil }
                index = end
            case "0"..."9":
                while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
            default:
                // \d \s \w \b \. \( …: the same in either case.
                return (text(from: start), false)
            }
            return (text(from: start), true)
        }

        func text(from start: Int) -> String {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<index])
            return String(text)
        }

        /// The index after the `\E` that ends a quote, or the end of the pattern.
        func quoteEnd() -> Int? {
            var position = index
            while position + 1 < scalars.count {
                if scalars[position] == "\\", scalars[position + 1] == "E" { return position + 2 }
                position += 1
            }
            return scalars.count
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
