import Foundation
import TextScanning

/// A span a shape found in a scanned text, with the kind of the sanitizer's finding it makes or cancels.
package struct LooseFinding {
    /// The raw value of the sanitizer's finding kind ("phone", "identifier", "address", "exactDate", …).
    package let kind: String
    package let range: NSRange
    /// What the span becomes; nil for the marker. A date keeps its month ("tháng 6").
    package let replacement: String?

    package init(kind: String, range: NSRange, replacement: String?) {
        self.kind = kind
        self.range = range
        self.replacement = replacement
    }
}

extension TextScan {
    /// A finding of `kind` for each match of `regex` whose `group` took part.
    package func findings(
        _ kind: String, _ regex: NSRegularExpression, group: Int, replacement: String? = nil
    ) -> [LooseFinding] {
        matches(regex).compactMap { match in
            let range = match.range(at: group)
            return range.location == NSNotFound ? nil : LooseFinding(kind: kind, range: range, replacement: replacement)
        }
    }
}
