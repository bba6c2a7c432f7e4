/// Splits a request target into its decoded path and raw query, refusing paths that could escape a prefix.
///
/// The decoded path is what routes match and what a handler may map to a resource, so it is refused
/// (400) rather than normalised when it holds a `.` or `..` segment, an encoded NUL or slash, a control
/// byte, a backslash or invalid UTF-8. Normalising would let `/static/%2e%2e/x` mean something else
/// to us than to the proxy in front.
package enum RequestTarget {
    package static func isAbsoluteForm(_ target: String) -> Bool {
        authorityStart(target) != nil
    }

    /// Where the authority begins after `http://` or `https://` (case-insensitive), if the target is absolute.
    private static func authorityStart(_ target: String) -> String.Index? {
        for scheme in ["http://", "https://"] where target.utf8.count > scheme.utf8.count {
            let prefix = target.prefix(scheme.count)
            if Syntax.equalsIgnoringCase(prefix, scheme) { return prefix.endIndex }
        }
        return nil
    }

    /// The decoded path and the raw query (without its `?`; nil when there is no `?`).
    package static func split(_ target: String) throws(HTTPError) -> (path: String, query: String?) {
        if target == "*" { return ("*", nil) }
        var rest = target[...]
        if let start = authorityStart(target) {
            let authorityEnd = target[start...].firstIndex { $0 == "/" || $0 == "?" } ?? target.endIndex
            let authority = target[start..<authorityEnd]
            guard !authority.isEmpty, RequestSemantics.isValidHost(String(authority)) else {
                throw .badRequest("invalid authority in the request target")
            }
            rest = target[authorityEnd...]
            if rest.first != "/" { rest = "/" + rest }
        }
        guard rest.first == "/" else { throw .badRequest("the request target must be a path") }
        let rawPath: Substring
        let query: String?
        if let mark = rest.firstIndex(of: "?") {
            rawPath = rest[..<mark]
            query = String(rest[rest.index(after: mark)...])
        } else {
            rawPath = rest
            query = nil
        }
        return (try decodePath(rawPath), query)
    }

    package static func decodePath(_ raw: Substring) throws(HTTPError) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(raw.utf8.count)
        var bytes = raw.utf8.makeIterator()
        while let byte = bytes.next() {
            guard (0x21...0x7E).contains(byte) else { throw .badRequest("invalid byte in the path") }
            guard byte == Syntax.percent else {
                decoded.append(byte)
                continue
            }
            guard let high = bytes.next().flatMap(Syntax.hexValue), let low = bytes.next().flatMap(Syntax.hexValue)
            else { throw .badRequest("invalid percent-escape in the path") }
            let value = high << 4 | low
            if value == 0 { throw .badRequest("encoded NUL in the path") }
            // An encoded slash would make one segment look like two to a file system and one to us.
            if value == UInt8(ascii: "/") { throw .badRequest("encoded slash in the path") }
            decoded.append(value)
        }
        guard !decoded.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") }) else {
            throw .badRequest("control byte or backslash in the path")
        }
        guard let path = Syntax.utf8String(decoded) else { throw .badRequest("the path is not UTF-8") }
        for segment in path.split(separator: "/", omittingEmptySubsequences: false)
        where segment == "." || segment == ".." {
            throw .badRequest("dot segment in the path")
        }
        return path
    }
}
