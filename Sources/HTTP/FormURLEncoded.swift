/// The `application/x-www-form-urlencoded` format (WHATWG URL §5), parsed strictly.
///
/// Where the WHATWG parser repairs, this one refuses with 400: a `%` not followed by two hex digits, a
/// raw byte outside printable ASCII (browsers percent-encode everything else), a decoded NUL, names or
/// values that are not UTF-8, more fields than allowed. `+` is a space; empty `&&` pieces are skipped,
/// and a piece without `=` is a name with an empty value, as browsers do.
public enum FormURLEncoded {
    /// Enough for any form of ours; a request with more fields is not one of them.
    public static let defaultMaxFields = 256

    /// The fields of a form, in order.
    public static func parse(_ bytes: some Collection<UInt8>, maxFields: Int = defaultMaxFields) throws(HTTPError)
        -> [(String, String)]
    {
        var fields: [(String, String)] = []
        for piece in Array(bytes).split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            guard fields.count < maxFields else { throw .badRequest("more than \(maxFields) form fields") }
            let equals = piece.firstIndex(of: UInt8(ascii: "=")) ?? piece.endIndex
            let name = try decode(piece[piece.startIndex..<equals])
            let value = equals == piece.endIndex ? "" : try decode(piece[(equals + 1)...])
            fields.append((name, value))
        }
        return fields
    }

    /// The fields of a form given as text, such as a query string.
    public static func parse(_ text: String, maxFields: Int = defaultMaxFields) throws(HTTPError) -> [(String, String)]
    {
        try parse(Array(text.utf8), maxFields: maxFields)
    }

    /// Encodes fields as a browser would: parsing the result gives them back.
    public static func serialize(_ fields: [(String, String)]) -> String {
        fields.map { encode($0.0) + "=" + encode($0.1) }.joined(separator: "&")
    }

    /// Percent-encodes everything but `*-._`, ASCII letters and digits; a space becomes `+`.
    public static func encode(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"):
                bytes.append(byte)
            case Syntax.space:
                bytes.append(UInt8(ascii: "+"))
            default:
                bytes += [Syntax.percent, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) throws(HTTPError) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "+"):
                decoded.append(Syntax.space)
                index += 1
            case Syntax.percent:
                guard index + 3 <= bytes.endIndex,
                    let high = Syntax.hexValue(bytes[index + 1]), let low = Syntax.hexValue(bytes[index + 2])
                else { throw .badRequest("invalid percent-escape in form data") }
                let value = high << 4 | low
                guard value != 0 else { throw .badRequest("NUL in form data") }
                decoded.append(value)
                index += 3
            case 0x21...0x7E:
                decoded.append(byte)
                index += 1
            default:
                throw .badRequest("raw byte outside printable ASCII in form data")
            }
        }
        guard let text = Syntax.utf8String(decoded) else { throw .badRequest("form data is not UTF-8") }
        return text
    }
}
