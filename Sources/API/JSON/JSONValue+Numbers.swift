/// Numbers where a body wants an integer: any notation whose value is whole (`63`, `63.0`, `6.3e1`),
/// read exactly, as JSON Schema's `integer` (and so the OpenAPI document) counts it.
extension JSONValue {
    /// An integer within `Int`; nil for a fraction, anything out of range, or another type.
    public var int: Int? {
        guard case .number(let text) = self else { return nil }
        if let value = Int(text) { return value }
        guard let (negative, digits) = wholeNumber else { return nil }
        return Int((negative ? "-" : "") + (digits.isEmpty ? "0" : digits))
    }

    /// A non-negative integer up to 2⁶⁴−1 (`-0` is 0).
    public var uint64: UInt64? {
        guard case .number(let text) = self else { return nil }
        if let value = UInt64(text) { return value }
        guard let (negative, digits) = wholeNumber else { return nil }
        if digits.isEmpty { return 0 }
        return negative ? nil : UInt64(digits)
    }

    /// The exact value of a whole number as its sign and decimal digits (no leading zero; "" for zero);
    /// nil for a fraction, or more than 20 digits (past any 64-bit integer). The text is already checked
    /// against JSON's grammar: `-`? digits (`.` digits)? ([eE] [+-]? digits)?.
    private var wholeNumber: (negative: Bool, digits: String)? {
        guard case .number(let text) = self else { return nil }
        let bytes = Array(text.utf8)
        func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index += 1 }
        var digits: [UInt8] = []
        var exponent = 0
        while index < bytes.count, isDigit(bytes[index]) {
            if !digits.isEmpty || bytes[index] != 0x30 { digits.append(bytes[index]) }
            index += 1
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, isDigit(bytes[index]) {
                if !digits.isEmpty || bytes[index] != 0x30 { digits.append(bytes[index]) }
                exponent -= 1
                index += 1
            }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            // Any exponent past a million leaves a nonzero value far out of range, or a fraction.
            var written = 0
            while index < bytes.count, isDigit(bytes[index]) {
                written = min(written * 10 + Int(bytes[index] - 0x30), 1_000_000)
                index += 1
            }
            exponent += sign * written
        }
        if digits.isEmpty { return (negative, "") }
        while exponent < 0, digits.last == 0x30 {
            digits.removeLast()
            exponent += 1
        }
        guard exponent >= 0, digits.count + exponent <= 20 else { return nil }
        return (negative, String(decoding: digits, as: UTF8.self) + String(repeating: "0", count: exponent))
    }
}
