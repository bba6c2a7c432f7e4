/// The one hex codec of the package: lowercase digits out; digits of either case in, unless the
/// format asks for lowercase only (the JSON API's hashes, whose one spelling is lowercase).
extension Array where Element == UInt8 {
    /// Bytes from an even number of hex digits, nothing else; nil otherwise.
    public init?(hexString: String, lowercaseOnly: Bool = false) {
        self.init(hexDigits: Array(hexString.utf8), lowercaseOnly: lowercaseOnly)
    }

    /// Bytes from ASCII hex digits, without passing through a `String` (for secrets read from files).
    public init?(hexDigits digits: [UInt8], lowercaseOnly: Bool = false) {
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = Self.hexValue(digits[index], lowercaseOnly),
                let low = Self.hexValue(digits[index + 1], lowercaseOnly)
            else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        self = bytes
    }

    private static func hexValue(_ digit: UInt8, _ lowercaseOnly: Bool) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F") where !lowercaseOnly: digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Lowercase hex.
    public var hexString: String { String(decoding: hexDigits, as: UTF8.self) }

    /// Lowercase ASCII hex digits of the bytes, without passing through a `String`.
    public var hexDigits: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(count * 2)
        for byte in self { Self.appendHex(byte, to: &out) }
        return out
    }

    /// The two lowercase hex digits of `byte`, appended to `out` (a JSON writer's `\u00XX`).
    public static func appendHex(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(lowercaseHexDigits[Int(byte >> 4)])
        out.append(lowercaseHexDigits[Int(byte & 0x0F)])
    }
}

private let lowercaseHexDigits: [UInt8] = Array("0123456789abcdef".utf8)
