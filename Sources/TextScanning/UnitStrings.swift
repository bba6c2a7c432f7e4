/// Strings made from a text's UTF-16 units. The standard library's `String(decoding:as: UTF16.self)`
/// takes a generic transcoding path (about a twentieth of the sanitizer's instructions went there, most
/// of it for the folded context around a match, which is ASCII); this writes the UTF-8 directly.
enum UnitStrings {
    /// The string of `units`; an unpaired surrogate becomes U+FFFD, as the standard library makes it.
    static func string(_ units: ArraySlice<UInt16>) -> String {
        if units.isEmpty { return "" }
        // At most three UTF-8 bytes for each unit (a surrogate pair's four bytes come from two units).
        return String(unsafeUninitializedCapacity: units.count * 3) { buffer in
            var n = 0
            var i = units.startIndex
            let end = units.endIndex
            while i < end {
                let unit = units[i]
                i += 1
                if unit < 0x80 {
                    buffer[n] = UInt8(truncatingIfNeeded: unit)
                    n += 1
                } else if unit < 0x800 {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xC0 | unit >> 6)
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | unit & 0x3F)
                    n += 2
                } else if unit & 0xFC00 == 0xD800, i < end, units[i] & 0xFC00 == 0xDC00 {
                    let scalar = 0x10000 + (UInt32(unit & 0x3FF) << 10 | UInt32(units[i] & 0x3FF))
                    i += 1
                    buffer[n] = UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18)
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F)
                    buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
                    buffer[n + 3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
                    n += 4
                } else {
                    // A lone surrogate is U+FFFD (EF BF BD).
                    let value: UInt16 = unit & 0xF800 == 0xD800 ? 0xFFFD : unit
                    buffer[n] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    n += 3
                }
            }
            return n
        }
    }
}
