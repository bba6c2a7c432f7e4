/// Escapes text for HTML element content and quoted attribute values.
///
/// Every string that did not come from our own string tables (everything a citizen or the catalogue
/// typed) goes through this before it reaches a page.
func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        case "\0": out += "\u{FFFD}"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// A piece of trusted HTML: built only from our templates and escaped values.
struct HTML: ExpressibleByStringLiteral, ExpressibleByStringInterpolation, CustomStringConvertible {
    var rendered: String

    init(stringLiteral value: String) { rendered = value }
    init(trusted: String) { rendered = trusted }

    init(stringInterpolation: Interpolation) { rendered = stringInterpolation.output }

    var description: String { rendered }

    struct Interpolation: StringInterpolationProtocol {
        var output = ""
        init(literalCapacity: Int, interpolationCount: Int) { output.reserveCapacity(literalCapacity * 2) }
        mutating func appendLiteral(_ literal: String) { output += literal }
        /// Untrusted text: escaped.
        mutating func appendInterpolation(_ text: String) { output += escape(text) }
        mutating func appendInterpolation(_ number: Int) { output += String(number) }
        /// Already-built HTML: inserted as is.
        mutating func appendInterpolation(_ html: HTML) { output += html.rendered }
        mutating func appendInterpolation(_ parts: [HTML]) { for part in parts { output += part.rendered } }
    }
}
