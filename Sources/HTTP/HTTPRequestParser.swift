/// Parses HTTP/1.1 request heads from bytes, strictly (RFC 9112 §2–3, RFC 9110 §5).
///
/// The parser does no I/O: the server feeds it what a socket delivered, tests and fuzzers feed it
/// anything. Whatever RFC 9112 lets a server either reject or repair, it rejects: a repaired request is
/// one that a proxy in front may have read differently, which is how requests get smuggled.
public struct HTTPRequestParser: Sendable {
    /// What a head may hold; the server takes them from its configuration (the same names, the same
    /// defaults).
    public struct Limits: Sendable, Equatable {
        /// The largest header section, request line excluded (431 beyond).
        public var maxHeaderBytes = 16 * 1024
        /// The most header fields (431 beyond).
        public var maxHeaderCount = 64
        /// The longest request target (414 beyond).
        public var maxURILength = 2048
        /// Whether an absolute-form target (`GET http://host/path`) is accepted, as behind a proxy.
        public var allowsAbsoluteForm = false

        public init() {}
    }

    public var limits: Limits

    public init(limits: Limits = .init()) {
        self.limits = limits
    }

    /// Parses the head at the start of `bytes`, or returns nil when it is not complete yet.
    ///
    /// - Returns: the head, and how many bytes it took (empty lines before the request line included).
    /// - Throws: `HTTPError` with the status to answer: 400 for malformed input, 414, 431, 417, 501, 505.
    public func parseHead(_ bytes: some Collection<UInt8>) throws(HTTPError) -> (head: HTTPRequestHead, length: Int)? {
        var scanner = HeadScanner(limits: limits)
        let array = Array(bytes)
        return try array.withUnsafeBufferPointer { buffer throws(HTTPError) in try scanner.scan(buffer) }
    }
}

/// The incremental state of one head being parsed: `scan` is called again each time more bytes arrive,
/// and looks only at the new ones, so a head trickling in byte by byte costs linear time.
package struct HeadScanner {
    private let maxHeaderBytes: Int
    private let maxHeaderCount: Int
    private let maxURILength: Int
    private let allowsAbsoluteForm: Bool

    private var scanned = 0
    private var lineStart = 0
    private var headStart = 0
    private var emptyLinesBeforeHead = 0
    private var requestLine: (method: HTTPMethod, target: String, version: HTTPVersion)?
    private var headers = HTTPHeaders()

    /// RFC 9112 §2.2: a server SHOULD ignore at least one empty line before the request line (some clients
    /// send one after a POST body). A handful is plenty; more is noise.
    private static let maxEmptyLinesBeforeHead = 4

    package init(limits: HTTPRequestParser.Limits) {
        maxHeaderBytes = limits.maxHeaderBytes
        maxHeaderCount = limits.maxHeaderCount
        maxURILength = limits.maxURILength
        allowsAbsoluteForm = limits.allowsAbsoluteForm
    }

    /// Looks at the bytes not scanned yet; `bytes` starts where the head starts and only ever grows.
    package mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) throws(HTTPError) -> (
        head: HTTPRequestHead, length: Int
    )? {
        var index = scanned
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Syntax.lf {
                guard index > lineStart, bytes[index - 1] == Syntax.cr else { throw .badRequest("bare LF in head") }
                // The request line is bounded by maxURILength; the header section by maxHeaderBytes.
                if requestLine != nil, index + 1 - headStart > maxHeaderBytes {
                    throw .headerFieldsTooLarge("more than \(maxHeaderBytes) bytes")
                }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<(index - 1)])
                lineStart = index + 1
                if let head = try takeLine(line, next: index + 1) {
                    scanned = index + 1
                    return (head, index + 1)
                }
            } else if index > lineStart, bytes[index - 1] == Syntax.cr {
                throw .badRequest("bare CR in head")
            }
            index += 1
        }
        scanned = index
        try checkIncompleteLine(UnsafeBufferPointer(rebasing: bytes[lineStart..<bytes.count]))
        if requestLine != nil, bytes.count - headStart > maxHeaderBytes {
            throw .headerFieldsTooLarge("more than \(maxHeaderBytes) bytes")
        }
        return nil
    }

    /// Refuses early what can only end badly, so garbage gets its 400 or 414 now and not at the timeout.
    private func checkIncompleteLine(_ whole: UnsafeBufferPointer<UInt8>) throws(HTTPError) {
        guard requestLine == nil else { return }
        // A CR at the very end is the first half of a CRLF still on its way.
        let line = whole.last == Syntax.cr ? UnsafeBufferPointer(rebasing: whole.dropLast()) : whole
        guard let space = line.firstIndex(of: Syntax.space) else {
            if line.count > HTTPMethod.maxLength || !line.allSatisfy(Syntax.isTokenByte) {
                throw .badRequest("invalid method")
            }
            return
        }
        // What follows the method is the target, a space and "HTTP/1.1" (and the CR): 10 bytes of slack.
        if line.count - space - 1 > maxURILength + 10 { throw .uriTooLong(limit: maxURILength) }
    }

    private mutating func takeLine(_ line: UnsafeBufferPointer<UInt8>, next: Int) throws(HTTPError) -> HTTPRequestHead?
    {
        guard let requestLine else {
            if line.isEmpty {
                emptyLinesBeforeHead += 1
                guard emptyLinesBeforeHead <= Self.maxEmptyLinesBeforeHead else {
                    throw .badRequest("empty lines instead of a request line")
                }
                headStart = next
                return nil
            }
            self.requestLine = try parseRequestLine(line)
            return nil
        }
        if line.isEmpty {
            return try RequestSemantics.check(
                method: requestLine.method, target: requestLine.target, version: requestLine.version,
                headers: headers)
        }
        // RFC 9112 §5.2: obs-fold is obsolete; a server MUST reject it (or unfold, which we will not).
        if Syntax.isWhitespace(line[0]) { throw .badRequest("folded or indented header line") }
        guard headers.count < maxHeaderCount else { throw .headerFieldsTooLarge("more than \(maxHeaderCount) fields") }
        let field = try Self.parseField(line)
        headers.add(field.name, field.value)
        return nil
    }

    private func parseRequestLine(_ line: UnsafeBufferPointer<UInt8>) throws(HTTPError) -> (
        HTTPMethod, String, HTTPVersion
    ) {
        guard let first = line.firstIndex(of: Syntax.space), let last = line.lastIndex(of: Syntax.space),
            first < last
        else { throw .badRequest("malformed request line") }
        let methodBytes = line[0..<first]
        guard methodBytes.count <= HTTPMethod.maxLength, !methodBytes.isEmpty,
            methodBytes.allSatisfy(Syntax.isTokenByte),
            let method = HTTPMethod(String(decoding: methodBytes, as: UTF8.self))
        else { throw .badRequest("invalid method") }
        let targetBytes = line[(first + 1)..<last]
        guard !targetBytes.isEmpty else { throw .badRequest("malformed request line") }
        guard targetBytes.count <= maxURILength else { throw .uriTooLong(limit: maxURILength) }
        // Visible ASCII only: no spaces (one space too many is a malformed line), no controls, no NUL,
        // no raw UTF-8, and no fragment, which a client never sends.
        guard targetBytes.allSatisfy({ (0x21...0x7E).contains($0) && $0 != UInt8(ascii: "#") }) else {
            throw targetBytes.contains(Syntax.space)
                ? .badRequest("malformed request line") : .badRequest("invalid byte in request target")
        }
        let target = String(decoding: targetBytes, as: UTF8.self)
        let version = try Self.parseVersion(line[(last + 1)...])
        try checkTargetForm(target, method: method)
        return (method, target, version)
    }

    /// RFC 9112 §3.2: origin-form for every method, asterisk-form for OPTIONS only, absolute-form only when
    /// configured (a server behind a proxy that forwards it), and never authority-form (we are no proxy).
    private func checkTargetForm(_ target: String, method: HTTPMethod) throws(HTTPError) {
        if target.utf8.first == UInt8(ascii: "/") { return }
        if target == "*" {
            guard method == .options else { throw .badRequest("asterisk-form is for OPTIONS only") }
            return
        }
        if allowsAbsoluteForm, RequestTarget.isAbsoluteForm(target) { return }
        throw .badRequest("the request target must be a path")
    }

    private static func parseVersion(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) throws(HTTPError) -> HTTPVersion {
        let bytes = Array(bytes)
        guard bytes.count == 8, bytes[0..<5].elementsEqual("HTTP/".utf8), bytes[6] == UInt8(ascii: "."),
            let major = Syntax.decimalDigit(bytes[5]), let minor = Syntax.decimalDigit(bytes[7])
        else { throw .badRequest("malformed HTTP version") }
        guard major == 1, minor <= 1 else { throw .versionNotSupported }
        return minor == 0 ? .http1_0 : .http1_1
    }

    /// field-line = field-name ":" OWS field-value OWS (RFC 9112 §5).
    static func parseField(_ line: UnsafeBufferPointer<UInt8>) throws(HTTPError) -> (name: String, value: String) {
        guard let colon = line.firstIndex(of: Syntax.colon) else { throw .badRequest("header line without a colon") }
        let name = line[0..<colon]
        guard !name.isEmpty else { throw .badRequest("empty header name") }
        // RFC 9112 §5.1: no whitespace is allowed between the field name and the colon; a server MUST reject it.
        if let last = name.last, Syntax.isWhitespace(last) { throw .badRequest("whitespace before a colon") }
        guard name.allSatisfy(Syntax.isTokenByte) else { throw .badRequest("invalid header name") }
        var value = line[(colon + 1)...]
        while let first = value.first, Syntax.isWhitespace(first) { value.removeFirst() }
        while let last = value.last, Syntax.isWhitespace(last) { value.removeLast() }
        guard value.allSatisfy(Syntax.isFieldValueByte) else { throw .badRequest("invalid byte in a header value") }
        guard let text = Syntax.utf8String(value) else { throw .badRequest("a header value is not UTF-8") }
        return (String(decoding: name, as: UTF8.self), text)
    }
}
