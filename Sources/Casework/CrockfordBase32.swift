/// Crockford's base32 alphabet and Candor's check symbol for case codes.
///
/// The alphabet (https://www.crockford.com/base32.html) leaves out I, L, O and U, so a code read
/// aloud or copied by hand has no look-alike letters; on input I and L are read as 1 and O as 0.
///
/// The check symbol is not Crockford's mod-37 one: that one needs five extra symbols (`*~$=U`) that
/// are awkward to type on a phone and to put in a URL. Candor's stays in the 32-symbol alphabet. The
/// symbols, most significant first, are the coefficients of a polynomial over GF(32) = GF(2)[x]/(x⁵ + x² + 1),
/// and the check symbol is chosen so that the polynomial vanishes at α = x (the element 0b00010).
/// That detects every single wrong symbol (the difference is e·αᵏ with e ≠ 0) and every transposition
/// of two different symbols up to 31 positions apart (the difference is (a ⊕ b)(αᵖ ⊕ α^q) with
/// α of order 31), adjacent ones included. Tokens.md specifies it with a reference implementation.
package enum CrockfordBase32 {
    /// The 32 symbols, by value.
    static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".utf8)

    /// ASCII byte → symbol value, after Crockford's folding of case and look-alikes; 0xFF for anything else.
    static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, symbol) in alphabet.enumerated() {
            table[Int(symbol)] = UInt8(value)
            table[Int(Character(Unicode.Scalar(symbol)).lowercased().utf8.first!)] = UInt8(value)
        }
        for (lookalike, value) in [("O", 0), ("o", 0), ("I", 1), ("i", 1), ("L", 1), ("l", 1)] {
            table[Int(lookalike.utf8.first!)] = UInt8(value)
        }
        return table
    }()

    /// Multiplies by α = x in GF(2)[x]/(x⁵ + x² + 1).
    @inline(__always)
    static func timesAlpha(_ value: UInt8) -> UInt8 {
        let shifted = value << 1
        return shifted & 0x20 != 0 ? shifted ^ 0x25 : shifted
    }

    /// The polynomial with these coefficients (values 0…31, most significant first), evaluated at α by Horner's rule.
    static func evaluate(_ symbols: some Sequence<UInt8>) -> UInt8 {
        symbols.reduce(0) { timesAlpha($0) ^ $1 }
    }

    /// The check symbol's value for `data`: appended to `data`, it makes the whole polynomial vanish at α.
    static func checkValue(for data: some Sequence<UInt8>) -> UInt8 {
        timesAlpha(evaluate(data))
    }
}
