/// A header value of the form `value *( OWS ";" OWS name=value )`: Content-Type (RFC 9110 §8.3.1) and
/// Content-Disposition (RFC 6266 §4.1) share it.
struct MediaType {
    /// `type/subtype` for a media type, the disposition type for a disposition; lowercased.
    let type: String
    /// Parameters in order; names lowercased, values unquoted.
    let parameters: [(name: String, value: String)]

    func parameter(_ name: String) -> String? { parameters.first { $0.name == name }?.value }

    /// Parses a media type: `type "/" subtype` then parameters.
    static func parse(_ text: String) throws(HTTPError) -> MediaType {
        try parse(text, isMediaType: true)
    }

    /// Parses a Content-Disposition: a token then parameters.
    static func parseDisposition(_ text: String) throws(HTTPError) -> MediaType {
        try parse(text, isMediaType: false)
    }

    private static func parse(_ text: String, isMediaType: Bool) throws(HTTPError) -> MediaType {
        let what = isMediaType ? "Content-Type" : "Content-Disposition"
        var rest = Array(text.utf8)[...]
        func skipWhitespace() { while let first = rest.first, Syntax.isWhitespace(first) { rest.removeFirst() } }
        func token() -> String? {
            let count = rest.prefix(while: Syntax.isTokenByte).count
            guard count > 0 else { return nil }
            defer { rest.removeFirst(count) }
            return String(decoding: rest.prefix(count).map(Syntax.lowercased), as: UTF8.self)
        }
        skipWhitespace()
        guard var type = token() else { throw .badRequest("malformed \(what)") }
        if isMediaType {
            guard rest.first == UInt8(ascii: "/") else { throw .badRequest("malformed \(what)") }
            rest.removeFirst()
            guard let subtype = token() else { throw .badRequest("malformed \(what)") }
            type += "/" + subtype
        }
        var parameters: [(name: String, value: String)] = []
        while true {
            skipWhitespace()
            guard let first = rest.first else { break }
            guard first == UInt8(ascii: ";") else { throw .badRequest("malformed \(what)") }
            rest.removeFirst()
            skipWhitespace()
            guard let name = token(), rest.first == UInt8(ascii: "=") else { throw .badRequest("malformed \(what)") }
            rest.removeFirst()
            let value: String
            if rest.first == UInt8(ascii: "\"") {
                guard let (bytes, end) = QuotedString.parse(rest), let text = Syntax.utf8String(bytes) else {
                    throw .badRequest("malformed \(what)")
                }
                value = text
                rest = rest[end...]
            } else {
                let count = rest.prefix(while: Syntax.isTokenByte).count
                guard count > 0 else { throw .badRequest("malformed \(what)") }
                value = String(decoding: rest.prefix(count), as: UTF8.self)
                rest.removeFirst(count)
            }
            guard !parameters.contains(where: { $0.name == name }) else {
                throw .badRequest("repeated parameter in \(what)")
            }
            parameters.append((name, value))
        }
        return MediaType(type: type, parameters: parameters)
    }
}
