/// Digits that paper scanned or typed by hand writes as letters: O and o for 0, l and I for 1
/// ("O98 . 765 . 4321", "09l2 888 456", "3O.456/TQGC"), read back as digits where a run of digits is
/// otherwise evident, one UTF-16 unit for one so that every position carries over.
package enum DigitReading {
    /// The digit a confusable letter stands for (O, o: 0; l, I: 1), by UTF-16 unit; nil for any other.
    static func digit(for unit: UInt16) -> UInt16? {
        switch unit {
        case 0x4F, 0x6F: 0x30
        case 0x6C, 0x49: 0x31
        default: nil
        }
    }

    /// Reads each confusable letter of `units` as its digit, in place; whether any was read. A letter is
    /// read only inside a token (a run of letters and digits) made of nothing but digits and these letters,
    /// with at least as many digits as letters, and with two digits or a neighbour of digits across a dot,
    /// slash, dash or space (`O5/8/1931`, `3O.456`); a letter ending a token must have such a neighbour after
    /// it. So `lO`, `Ol`, `lo`, `XII`, `O2` (oxygen), `20l` (litres) and `iPhone 11` stay as written.
    package static func read(_ units: inout [UInt16]) -> Bool {
        var read = false
        var start = 0
        while start < units.count {
            guard isWordUnit(units[start]) else {
                start += 1
                continue
            }
            var end = start
            var digits = 0
            var letters = 0
            var other = false
            while end < units.count, isWordUnit(units[end]) {
                let unit = units[end]
                if isDigit(unit) {
                    digits += 1
                } else if digit(for: unit) != nil {
                    letters += 1
                } else {
                    other = true
                }
                end += 1
            }
            if !other, letters > 0, digits > 0, digits >= letters {
                let digitBefore = start >= 2 && isJoiner(units[start - 1]) && isDigit(units[start - 2])
                let digitAfter = end + 1 < units.count && isJoiner(units[end]) && isDigit(units[end + 1])
                if digits >= 2 || digitBefore || digitAfter {
                    for index in start..<end {
                        guard let digit = digit(for: units[index]) else { continue }
                        if index == end - 1, !digitAfter { continue }
                        units[index] = digit
                        read = true
                    }
                }
            }
            start = end
        }
        return read
    }

    static func isDigit(_ unit: UInt16) -> Bool { (0x30...0x39).contains(unit) }

    /// A dot, slash, dash or space between two groups of one number.
    static func isJoiner(_ unit: UInt16) -> Bool { unit == 0x2E || unit == 0x2F || unit == 0x2D || unit == 0x20 }

    /// A letter or a digit: ASCII ones by value, and any unit past ASCII but the spaces and punctuation
    /// Vietnamese text holds (so a token with a marked letter is a word, never a number).
    static func isWordUnit(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0..<0x80: false
        case 0xA0, 0x2000...0x206F, 0x3000: false
        default: true
        }
    }
}
