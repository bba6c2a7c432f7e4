#if canImport(Glibc)
    import Glibc
#endif

/// Reads a `multipart/form-data` body (RFC 7578, on RFC 2046 §5.1.1) part by part, streaming each part's
/// content: a 5 MB attachment passes through a window of a few KiB and is never held whole.
///
/// ```swift
/// let reader = try request.multipart()
/// while let part = try reader.nextPart() {
///     if part.filename != nil {
///         while let chunk = try part.read(upTo: 64 * 1024) { try sink.write(chunk) }
///     } else {
///         fields.append((part.name, try part.text(limit: 4096)))
///     }
/// }
/// ```
///
/// Errors are `HTTPError`s a handler can rethrow: 400 for a body without its final boundary, a malformed
/// boundary line, a part header section too large, a missing or bad Content-Disposition, too many parts;
/// 413 once the body passes the route's limit.
public final class MultipartReader {
    /// Bounds on what a client can make the reader hold or do.
    public struct Limits: Sendable {
        /// The most parts a body may have.
        public var maxParts = 64
        /// The most bytes of one part's header section.
        public var maxHeaderBytes = 8 * 1024
        /// The most bytes before the first boundary (browsers send none).
        public var maxPreambleBytes = 1024

        public init() {}
    }

    private enum State {
        case preamble
        case afterDelimiter
        case headers
        case content
        case finished
    }

    public let boundary: String
    public let limits: Limits
    private let body: HTTPRequestBody
    /// CRLF "--" boundary: a part's content ends where this begins.
    private let delimiter: [UInt8]
    private var buffer: [UInt8]
    private var start = 0
    private var bodyEnded = false
    private var state = State.preamble
    private var preambleBytes = 0
    private(set) var partCount = 0
    /// The most bytes the reader ever held at once (its window), for tests of the memory bound.
    private(set) var highWaterMark = 0

    /// How much is asked of the body at a time.
    static let readSize = 16 * 1024

    /// A reader of `body`, whose parts are separated by `boundary` (1 to 70 characters of RFC 2046 bchars).
    public init(body: HTTPRequestBody, boundary: String, limits: Limits = .init()) throws(HTTPError) {
        try Self.validate(boundary: boundary)
        self.body = body
        self.boundary = boundary
        self.limits = limits
        delimiter = [Syntax.cr, Syntax.lf, UInt8(ascii: "-"), UInt8(ascii: "-")] + Array(boundary.utf8)
        // The first boundary may open the body without a CRLF before it; this one stands in for it.
        buffer = [Syntax.cr, Syntax.lf]
    }

    /// The boundary of a `multipart/form-data` Content-Type; 415 for another type, 400 when it is missing
    /// or malformed. Quoted (`boundary="a b"`) and bare (`boundary=ab`) forms are both read.
    public static func boundary(fromContentType value: String) throws(HTTPError) -> String {
        let mediaType = try MediaType.parse(value)
        guard mediaType.type == "multipart/form-data" else {
            throw .unsupportedMediaType(expected: "multipart/form-data")
        }
        guard let boundary = mediaType.parameter("boundary") else { throw .badRequest("multipart without a boundary") }
        try validate(boundary: boundary)
        return boundary
    }

    /// RFC 2046 §5.1.1: boundary := 0*69<bchars> bcharsnospace, bchars := DIGIT / ALPHA / "'()+_,-./:=?" / " ".
    static func validate(boundary: String) throws(HTTPError) {
        let bytes = Array(boundary.utf8)
        guard (1...70).contains(bytes.count), bytes.last != Syntax.space,
            bytes.allSatisfy({ byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"):
                    true
                default: "'()+_,-./:=? ".utf8.contains(byte)
                }
            })
        else { throw .badRequest("invalid multipart boundary") }
    }

    /// The next part, or nil after the final boundary. Whatever the previous part had left unread is skipped.
    public func nextPart() throws(HTTPError) -> MultipartPart? {
        while true {
            switch state {
            case .finished:
                return nil
            case .preamble, .content:
                while try readContent(upTo: Self.readSize) != nil {}
            case .afterDelimiter:
                try readBoundaryLineEnd()
            case .headers:
                return try readPartHeaders()
            }
        }
    }

    /// The next bytes of the current part's content, or nil at its end (or when it is not current).
    func read(part index: Int, upTo maxCount: Int) throws(HTTPError) -> [UInt8]? {
        precondition(maxCount > 0, "read(upTo:) needs room for at least one byte")
        guard index == partCount, state == .content else { return nil }
        return try readContent(upTo: maxCount)
    }

    /// Content (or preamble) up to the next delimiter. Only the last `delimiter.count - 1` bytes seen are
    /// held back, as they may be the start of a delimiter whose end has not arrived yet.
    private func readContent(upTo maxCount: Int) throws(HTTPError) -> [UInt8]? {
        guard state == .content || state == .preamble else { return nil }
        while true {
            let found = findDelimiter()
            let safe = found ?? max(0, buffer.count - start - (delimiter.count - 1))
            if safe > 0 {
                let count = min(safe, maxCount)
                let bytes = Array(buffer[start..<(start + count)])
                start += count
                if state == .content { return bytes }
                preambleBytes += count
                // The first two bytes of the preamble are the CRLF the reader put there itself.
                guard preambleBytes - 2 <= limits.maxPreambleBytes else {
                    throw .badRequest("too many bytes before the first multipart boundary")
                }
                continue
            }
            if found != nil {
                start += delimiter.count
                state = .afterDelimiter
                return nil
            }
            guard try fill() else { throw .badRequest("the multipart body ends without its final boundary") }
        }
    }

    /// After a delimiter: `--` closes the body; otherwise optional padding (SP, HTAB) and CRLF open a part.
    private func readBoundaryLineEnd() throws(HTTPError) {
        try require(2)
        if buffer[start] == UInt8(ascii: "-"), buffer[start + 1] == UInt8(ascii: "-") {
            start += 2
            state = .finished
            return
        }
        var padding = 0
        while true {
            try require(padding + 1)
            guard Syntax.isWhitespace(buffer[start + padding]) else { break }
            padding += 1
            guard padding <= 64 else { throw .badRequest("malformed multipart boundary line") }
        }
        try require(padding + 2)
        guard buffer[start + padding] == Syntax.cr, buffer[start + padding + 1] == Syntax.lf else {
            throw .badRequest("malformed multipart boundary line")
        }
        start += padding + 2
        state = .headers
    }

    private func readPartHeaders() throws(HTTPError) -> MultipartPart {
        guard partCount < limits.maxParts else { throw .badRequest("more than \(limits.maxParts) multipart parts") }
        let section: ArraySlice<UInt8>
        try require(2)
        if buffer[start] == Syntax.cr, buffer[start + 1] == Syntax.lf {
            section = []
            start += 2
        } else {
            var end = find([Syntax.cr, Syntax.lf, Syntax.cr, Syntax.lf])
            while end == nil {
                guard buffer.count - start <= limits.maxHeaderBytes + 4 else {
                    throw .badRequest("multipart header section too large")
                }
                guard try fill() else { throw .badRequest("the multipart body ends without its final boundary") }
                end = find([Syntax.cr, Syntax.lf, Syntax.cr, Syntax.lf])
            }
            guard let end, end <= limits.maxHeaderBytes else { throw .badRequest("multipart header section too large") }
            section = buffer[start..<(start + end)]
            start += end + 4
        }
        let headers = try Self.parseHeaders(section)
        guard let disposition = headers["Content-Disposition"], headers.values(for: "Content-Disposition").count == 1,
            let parsed = try? MediaType.parseDisposition(disposition), parsed.type == "form-data",
            let name = parsed.parameter("name")
        else { throw .badRequest("missing or bad Content-Disposition in a multipart part") }
        let contentType = headers["Content-Type"]
        if let contentType { _ = try MediaType.parse(contentType) }
        partCount += 1
        state = .content
        return MultipartPart(
            name: name, filename: parsed.parameter("filename"), contentType: contentType, headers: headers,
            reader: self, index: partCount)
    }

    private static func parseHeaders(_ section: ArraySlice<UInt8>) throws(HTTPError) -> HTTPHeaders {
        var headers = HTTPHeaders()
        var lineStart = section.startIndex
        var index = section.startIndex
        while index <= section.endIndex {
            let atEnd = index == section.endIndex
            if atEnd || section[index] == Syntax.cr {
                if !atEnd {
                    guard index + 1 < section.endIndex, section[index + 1] == Syntax.lf else {
                        throw .badRequest("bare CR in a multipart header")
                    }
                }
                let line = Array(section[lineStart..<index])
                guard let first = line.first, !Syntax.isWhitespace(first) else {
                    throw .badRequest("malformed multipart header")
                }
                let field = try line.withUnsafeBufferPointer { buffer throws(HTTPError) in
                    try HeadScanner.parseField(buffer)
                }
                headers.add(field.name, field.value)
                index += 2
                lineStart = index
                continue
            }
            guard section[index] != Syntax.lf else { throw .badRequest("bare LF in a multipart header") }
            index += 1
        }
        return headers
    }

    /// Makes sure `count` unconsumed bytes are buffered; running out is a missing final boundary.
    private func require(_ count: Int) throws(HTTPError) {
        while buffer.count - start < count {
            guard try fill() else { throw .badRequest("the multipart body ends without its final boundary") }
        }
    }

    /// Appends the next read of the body; false at its end.
    private func fill() throws(HTTPError) -> Bool {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        guard !bodyEnded else { return false }
        guard let bytes = try body.read(upTo: Self.readSize) else {
            bodyEnded = true
            return false
        }
        buffer += bytes
        highWaterMark = max(highWaterMark, buffer.count)
        return true
    }

    private func findDelimiter() -> Int? { find(delimiter) }

    /// The offset from `start` of the first occurrence of `needle` in the unconsumed bytes.
    private func find(_ needle: [UInt8]) -> Int? {
        buffer.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                let base = haystack.baseAddress!
                var position = start
                while haystack.count - position >= needle.count {
                    guard let hit = memchr(base + position, Int32(needle[0]), haystack.count - position) else {
                        return nil
                    }
                    let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    guard haystack.count - offset >= needle.count else { return nil }
                    if memcmp(base + offset, needle.baseAddress!, needle.count) == 0 { return offset - start }
                    position = offset + 1
                }
                return nil
            }
        }
    }
}
