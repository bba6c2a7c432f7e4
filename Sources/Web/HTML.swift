/// Escapes text for HTML element content and quoted attribute values.
///
/// Every string that did not come from our own string tables (everything a citizen or the catalogue
/// typed) goes through this before it reaches a page.
package func escape(_ text: String) -> String {
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
package struct HTML: ExpressibleByStringLiteral, ExpressibleByStringInterpolation, CustomStringConvertible {
    package var rendered: String

    package init(stringLiteral value: String) { rendered = value }
    package init(trusted: String) { rendered = trusted }

    package init(stringInterpolation: Interpolation) { rendered = stringInterpolation.output }

    package var description: String { rendered }

    package struct Interpolation: StringInterpolationProtocol {
        var output = ""
        package init(literalCapacity: Int, interpolationCount: Int) { output.reserveCapacity(literalCapacity * 2) }
        package mutating func appendLiteral(_ literal: String) { output += literal }
        /// Untrusted text: escaped.
        package mutating func appendInterpolation(_ text: String) { output += escape(text) }
        package mutating func appendInterpolation(_ number: Int) { output += String(number) }
        /// Already-built HTML: inserted as is.
        package mutating func appendInterpolation(_ html: HTML) { output += html.rendered }
        package mutating func appendInterpolation(_ parts: [HTML]) { for part in parts { output += part.rendered } }
    }
}
