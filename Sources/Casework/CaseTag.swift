/// The pseudonym a case is stored under: a keyed BLAKE2b-256 of its token (see ``CaseTagKey``).
///
/// Every record of a case carries its tag in clear, and the intake log indexes records by it, so the
/// status page finds a case in O(1) without the server ever storing the token. The tag is public
/// data: without the server's tag key, no one can tell which token it belongs to.
public struct CaseTag: Sendable, Hashable, CustomStringConvertible {
    public static let byteCount = 32

    /// The 32 bytes.
    public let rawRepresentation: [UInt8]

    /// A tag from its 32 bytes, as read from an envelope. Throws for any other length.
    public init(rawRepresentation: [UInt8]) throws(CaseworkError) {
        guard rawRepresentation.count == Self.byteCount else {
            throw .malformedEnvelope("a case tag is \(Self.byteCount) bytes, not \(rawRepresentation.count)")
        }
        self.rawRepresentation = rawRepresentation
    }

    package init(unchecked raw: [UInt8]) { rawRepresentation = raw }

    /// Lowercase hex, e.g. for a URL of the API or a log line.
    public var hex: String { rawRepresentation.hexString }

    /// Parses 64 hex digits (either case).
    public init(hex: String) throws(CaseworkError) {
        guard let bytes = [UInt8](hexString: hex), bytes.count == Self.byteCount else {
            throw .malformedEnvelope("a case tag is written as 64 hex digits")
        }
        rawRepresentation = bytes
    }

    public var description: String { "CaseTag(\(hex))" }
}

extension String {
    package func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}

extension Array where Element == UInt8 {
    /// Bytes from an even number of hex digits, nothing else; nil otherwise.
    package init?(hexString: String) { self.init(hexDigits: Array(hexString.utf8)) }

    /// Bytes from ASCII hex digits, without passing through a `String` (for secrets read from files).
    package init?(hexDigits digits: [UInt8]) {
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = 0
        while index < digits.count {
            guard let high = Self.hexValue(digits[index]), let low = Self.hexValue(digits[index + 1]) else {
                return nil
            }
            bytes.append(high << 4 | low)
            index += 2
        }
        self = bytes
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    package var hexString: String { String(decoding: hexDigits, as: UTF8.self) }

    /// Lowercase ASCII hex digits of the bytes, without passing through a `String`.
    package var hexDigits: [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(count * 2)
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return out
    }
}
