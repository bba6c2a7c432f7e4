extension Array where Element == UInt8 {
    /// Bytes from hex. Whitespace is ignored so long vectors can be split across lines; anything else
    /// that is not hex is a typo in a test, so it traps.
    public init(hex: String) {
        let digits = hex.filter { !$0.isWhitespace }.map { character -> UInt8 in
            guard let value = character.hexDigitValue else { preconditionFailure("not hex: \(character)") }
            return UInt8(value)
        }
        precondition(digits.count % 2 == 0, "odd number of hex digits")
        self = stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }

    /// Lowercase hex, two digits a byte.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]] }, as: UTF8.self)
    }

    /// A copy with one bit flipped, for tamper tests.
    public func flippingBit(_ bit: Int, ofByte index: Int) -> [UInt8] {
        var copy = self
        copy[index] ^= 1 << UInt8(bit % 8)
        return copy
    }

    /// Whether `needle` occurs anywhere in these bytes (an empty needle does).
    public func contains(bytes needle: [UInt8]) -> Bool {
        needle.isEmpty || firstRange(of: needle) != nil
    }
}
