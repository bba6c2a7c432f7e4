import Sodium

/// The citizen's case code: 100 random bits in Crockford base32 plus a check symbol, shown as
/// `7K2Q-MX9D-A1B2-C3D4-E5F66`.
///
/// The token is the only secret a citizen keeps, and a bearer secret: whoever has it can read the
/// case's timeline and add to it. So the server never stores it. It derives a ``CaseTag`` from it
/// with a server-side key to find the case's records, and the citizen's reply key pair
/// (``replyKey()``) to open what was sealed to the citizen. Tokens.md specifies the format, the check
/// symbol and both derivations.
///
/// The token is kept in `SecureBytes`, compared in constant time, and never printed: its
/// `description` is redacted. Show it to the citizen with ``grouped``.
public struct CaseToken: Sendable, Hashable, CustomStringConvertible {
    /// Random symbols, 5 bits each: 20 × 5 = 100 random bits.
    public static let dataSymbolCount = 20
    /// All symbols, the check symbol last.
    public static let symbolCount = dataSymbolCount + 1
    /// Symbols per group in ``grouped``; the last group has one more, the check symbol.
    static let groupSize = 4
    /// Longer input is refused before any work is done on it.
    static let maximumInputLength = 200

    /// The 21 canonical symbols as uppercase ASCII.
    let symbols: SecureBytes

    /// Mints a fresh token from `random` (libsodium's CSPRNG in production).
    ///
    /// Each of the 20 data symbols is one random byte masked to 5 bits; 256 is a multiple of 32, so
    /// every symbol is uniform and the token carries exactly 100 random bits.
    public init(random: some RandomSource = SystemRandom()) {
        var values = random.bytes(count: Self.dataSymbolCount).map { $0 & 0x1F }
        values.append(CrockfordBase32.checkValue(for: values))
        var ascii = values.map { CrockfordBase32.alphabet[Int($0)] }
        symbols = SecureBytes(ascii)
        wipe(&ascii)
        wipe(&values)
    }

    /// Parses what a citizen typed.
    ///
    /// Case does not matter; spaces, tabs and dashes (ASCII or typographic) are ignored; O reads as 0,
    /// I and L as 1. Throws ``CaseworkError/malformedToken`` for a wrong length or a character outside
    /// the alphabet, and ``CaseworkError/badCheckCharacter`` when the shape is right but the check
    /// symbol does not match, which is almost surely a typo: the two deserve different messages.
    public init(parsing text: String) throws(CaseworkError) {
        guard text.utf8.count <= Self.maximumInputLength else { throw .malformedToken }
        var values: [UInt8] = []
        values.reserveCapacity(Self.symbolCount)
        defer { wipe(&values) }
        for scalar in text.unicodeScalars {
            if Self.isSeparator(scalar) { continue }
            guard scalar.isASCII else { throw .malformedToken }
            let value = CrockfordBase32.values[Int(scalar.value)]
            guard value != 0xFF else { throw .malformedToken }
            values.append(value)
        }
        guard values.count == Self.symbolCount else { throw .malformedToken }
        guard CrockfordBase32.evaluate(values) == 0 else { throw .badCheckCharacter }
        var ascii = values.map { CrockfordBase32.alphabet[Int($0)] }
        symbols = SecureBytes(ascii)
        wipe(&ascii)
    }

    /// The token for display: uppercase, in groups of four joined by dashes, the last group of five
    /// ending with the check symbol (`7K2Q-MX9D-A1B2-C3D4-E5F66`). Show it once, on the receipt page.
    public var grouped: String {
        symbols.withUnsafeBytes { bytes in
            var text = ""
            for (index, byte) in bytes.enumerated() {
                if index > 0 && index % Self.groupSize == 0 && index < Self.dataSymbolCount { text += "-" }
                text.unicodeScalars.append(Unicode.Scalar(byte))
            }
            return text
        }
    }

    /// The 21 symbols without dashes, uppercase: the form both derivations hash.
    public var canonical: String { symbols.withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }

    /// Redacted, so that a stray `print` or log line never shows a token.
    public var description: String { "CaseToken(redacted)" }

    public static func == (lhs: CaseToken, rhs: CaseToken) -> Bool { lhs.symbols == rhs.symbols }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(symbols.count)
        symbols.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2D: true  // space, tab, newlines, no-break space, hyphen-minus
        case 0x2010...0x2015, 0x2212, 0x202F, 0x2009: true  // typographic hyphens and dashes, minus, thin spaces
        default: false
        }
    }
}
