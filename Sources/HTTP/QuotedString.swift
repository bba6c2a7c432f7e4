/// quoted-string = DQUOTE *( qdtext / quoted-pair ) DQUOTE (RFC 9110 §5.6.4).
enum QuotedString {
    /// The index just past the closing quote of the quoted-string at the start of `bytes`, or nil when
    /// there is none or it holds a byte qdtext does not allow (controls, NUL).
    static func end(of bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") else { return nil }
        index += 1
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                return index + 1
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.endIndex, Syntax.isFieldValueByte(bytes[index + 1]) else { return nil }
                index += 2
            default:
                guard Syntax.isFieldValueByte(byte) else { return nil }
                index += 1
            }
        }
        return nil
    }

    /// The content of the quoted-string at the start of `bytes`, unescaped, and the index past it.
    static func parse(_ bytes: ArraySlice<UInt8>) -> (value: [UInt8], end: Int)? {
        guard let end = end(of: bytes) else { return nil }
        var value: [UInt8] = []
        var index = bytes.startIndex + 1
        while index < end - 1 {
            if bytes[index] == UInt8(ascii: "\\") { index += 1 }
            value.append(bytes[index])
            index += 1
        }
        return (value, end)
    }
}
