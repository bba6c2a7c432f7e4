import Foundation

/// The checks every free-text field shares: present if required, bounded, no invisible tricks.
package enum TextRules {
    /// Built once: `CharacterSet.whitespacesAndNewlines` makes a new set on every access on Linux, and
    /// every text field of every report asks for it.
    static let whiteSpace = CharacterSet.whitespacesAndNewlines

    /// Normalises a field as it will be sealed: Unicode NFC (some keyboards send decomposed
    /// Vietnamese) and no surrounding white space.
    ///
    /// Text that is already NFC (the usual case: precomposed Vietnamese) skips Foundation's normaliser,
    /// and trimming looks only at the ends: on Linux both Foundation calls go through NSString and
    /// cost about 70 µs each for 1 KiB of Vietnamese, several times per report.
    package static func normalized(_ text: String) -> String {
        trimmed(isKnownNFC(text) ? text : text.precomposedStringWithCanonicalMapping)
    }

    /// True when the standard library's NFC quick check says `text` is in NFC already; false when it is
    /// not, or may not be (then the caller normalises it).
    static func isKnownNFC(_ text: String) -> Bool {
        var span = text.utf8Span
        return span.checkForNFC(quickCheck: true)
    }

    /// `text` without leading and trailing white space and newlines, like
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` (the set has no character outside the BMP, so
    /// scalars and UTF-16 units agree), and without a copy when there is nothing to trim.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let space = Self.whiteSpace
        guard let first = scalars.firstIndex(where: { !space.contains($0) }),
            let last = scalars.lastIndex(where: { !space.contains($0) })
        else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// True when `text` is empty once normalised: white space and newlines only. (NFC maps white space
    /// to white space only, so the normaliser need not run to know.)
    static func isBlank(_ text: String) -> Bool {
        let space = Self.whiteSpace
        return text.unicodeScalars.allSatisfy { space.contains($0) }
    }

    /// Normalises an optional field; an empty one becomes nil.
    package static func normalized(_ text: String?) -> String? {
        guard let text else { return nil }
        let result = normalized(text)
        return result.isEmpty ? nil : result
    }

    /// The errors of one text field.
    ///
    /// Length counts characters as a reader sees them (grapheme clusters), and also bounds the UTF-8
    /// bytes at 8 per character so that stacks of combining marks cannot make a "short" text huge.
    package static func check(
        _ text: String?, _ field: FieldError.Field, required: Bool, limit: Int, multiline: Bool = false
    ) -> [FieldError] {
        guard let text, !isBlank(text) else { return required ? [FieldError(field, .missing)] : [] }
        var errors: [FieldError] = []
        // A grapheme cluster is at least one byte, so a text of at most `limit` bytes needs no count:
        // counting clusters walks the whole text (a 1 KiB report is far below the 20,000 limit).
        let bytes = text.utf8.count
        if bytes > limit * 8 || (bytes > limit && text.count > limit) {
            errors.append(FieldError(field, .tooLong, limit: limit))
        }
        if containsForbidden(text, multiline: multiline) {
            errors.append(FieldError(field, .invalidCharacters))
        }
        return errors
    }

    /// Whether any scalar of `text` is forbidden, decided on the UTF-8 bytes: every forbidden scalar
    /// starts with a byte below 0x20, 0x7F, 0xC2 (C1 controls) or 0xE2 (the bidirectional controls), so
    /// only those bytes send the text to the scalar check (decoding 1 KiB of Vietnamese into scalars for
    /// nothing was a percent of the server's CPU per report).
    static func containsForbidden(_ text: String, multiline: Bool) -> Bool {
        let suspicious = text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
        return suspicious && text.unicodeScalars.contains { isForbidden($0, multiline: multiline) }
    }

    private static func isForbidden(_ scalar: Unicode.Scalar, multiline: Bool) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x09: !multiline
        case 0x00...0x1F, 0x7F...0x9F: true  // C0 and C1 controls
        case 0x202A...0x202E, 0x2066...0x2069: true  // bidirectional embeddings, overrides and isolates
        default: false
        }
    }
}
