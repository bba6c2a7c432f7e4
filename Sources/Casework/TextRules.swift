import Foundation

/// The checks every free-text field shares: present if required, bounded, no invisible tricks.
enum TextRules {
    /// Normalises a field as it will be sealed: Unicode NFC (some keyboards send decomposed
    /// Vietnamese) and no surrounding white space.
    static func normalized(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Normalises an optional field; an empty one becomes nil.
    static func normalized(_ text: String?) -> String? {
        guard let text else { return nil }
        let result = normalized(text)
        return result.isEmpty ? nil : result
    }

    /// The errors of one text field.
    ///
    /// Length counts characters as a reader sees them (grapheme clusters), and also bounds the UTF-8
    /// bytes at 8 per character so that stacks of combining marks cannot make a "short" text huge.
    static func check(
        _ text: String?, _ field: FieldError.Field, required: Bool, limit: Int, multiline: Bool = false
    ) -> [FieldError] {
        guard let text, !normalized(text).isEmpty else { return required ? [FieldError(field, .missing)] : [] }
        var errors: [FieldError] = []
        if text.utf8.count > limit * 8 || text.count > limit {
            errors.append(FieldError(field, .tooLong, limit: limit))
        }
        if text.unicodeScalars.contains(where: { isForbidden($0, multiline: multiline) }) {
            errors.append(FieldError(field, .invalidCharacters))
        }
        return errors
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
