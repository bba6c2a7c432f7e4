/// Decodes `Transfer-Encoding: chunked` (RFC 9112 §7.1) from an input buffer, strictly.
///
/// chunked-body = *chunk last-chunk trailer-section CRLF; chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF.
/// Refused with 400: a size that is not 1 to 15 hex digits, a malformed extension, more extension bytes in
/// all than `maxExtensionBytes` (RFC 9112 §7.1.1 asks servers to bound them: tiny chunks with long
/// extensions are a known way to make a server work for nothing), a chunk not followed by CRLF, a
/// malformed trailer. A chunk larger than what the route still accepts is a 413 before its data is read.
/// Trailer fields are checked and dropped: nothing after the body may change how the request is read.
///
/// Public only for ``endOfBody(in:from:)``, which the fuzz target reaches from outside the package; the
/// decoder itself stays internal.
public struct ChunkedDecoder {
    enum State: Equatable {
        case size
        case data(remaining: Int)
        case dataEnd
        case trailers(count: Int, bytes: Int)
        case done
    }

    private(set) var state = State.size
    private var extensionBytes = 0
    let maxExtensionBytes: Int
    let maxTrailerBytes: Int
    let maxTrailerCount: Int

    /// A size line is at most 15 hex digits plus its extensions.
    private static let maxSizeLineLength = 1024

    init(maxExtensionBytes: Int = 1024, maxTrailerBytes: Int = 16 * 1024, maxTrailerCount: Int = 64) {
        self.maxExtensionBytes = maxExtensionBytes
        self.maxTrailerBytes = maxTrailerBytes
        self.maxTrailerCount = maxTrailerCount
    }

    /// The next bytes of chunk data (at most `maxCount`), or nil at the end of the body.
    ///
    /// - Parameters:
    ///   - allowance: how many more data bytes the route accepts; a chunk announcing more is a 413.
    ///   - limit: the route's limit, for the 413's message.
    mutating func read(
        upTo maxCount: Int, allowance: Int, limit: Int, from input: InputBuffer, deadline: () -> Deadline
    ) throws(HTTPError) -> [UInt8]? {
        while true {
            switch state {
            case .size:
                let line = try input.readLine(maxLength: Self.maxSizeLineLength, deadline: deadline())
                let size = try parseSizeLine(line)
                guard size <= allowance else { throw .contentTooLarge(limit: limit) }
                state = size == 0 ? .trailers(count: 0, bytes: 0) : .data(remaining: size)
            case .data(let remaining):
                if input.isEmpty {
                    guard try input.fill(deadline: deadline()) else { throw HTTPError.bodyEndedEarly }
                }
                let bytes = input.take(upTo: min(remaining, maxCount))
                state = remaining == bytes.count ? .dataEnd : .data(remaining: remaining - bytes.count)
                return bytes
            case .dataEnd:
                while input.available < 2 {
                    guard try input.fill(deadline: deadline()) else { throw HTTPError.bodyEndedEarly }
                }
                let crlf = input.take(upTo: 2)
                guard crlf == [Syntax.cr, Syntax.lf] else { throw .badRequest("chunk data not followed by CRLF") }
                state = .size
            case .trailers(let count, let bytes):
                let line = try input.readLine(maxLength: maxTrailerBytes, deadline: deadline())
                if line.isEmpty {
                    state = .done
                    return nil
                }
                guard count < maxTrailerCount, bytes + line.count + 2 <= maxTrailerBytes else {
                    throw .headerFieldsTooLarge("trailer section too large")
                }
                guard !Syntax.isWhitespace(line[0]) else { throw .badRequest("folded trailer line") }
                _ = try line.withUnsafeBufferPointer { buffer throws(HTTPError) in try HeadScanner.parseField(buffer) }
                state = .trailers(count: count + 1, bytes: bytes + line.count + 2)
            case .done:
                return nil
            }
        }
    }

    /// chunk-size [ chunk-ext ], chunk-ext = *( BWS ";" BWS ext-name [ BWS "=" BWS ext-val ] ).
    private mutating func parseSizeLine(_ line: [UInt8]) throws(HTTPError) -> Int {
        var index = 0
        var size = 0
        while index < line.count, let digit = Syntax.hexValue(line[index]) {
            guard index < 15 else { throw .badRequest("chunk size too long") }
            size = size << 4 | Int(digit)
            index += 1
        }
        guard index > 0 else { throw .badRequest("invalid chunk size") }
        guard index < line.count else { return size }
        extensionBytes += line.count - index
        guard extensionBytes <= maxExtensionBytes else { throw .badRequest("too many chunk extension bytes") }
        try Self.checkExtensions(line[index...])
        return size
    }

    private static func checkExtensions(_ bytes: ArraySlice<UInt8>) throws(HTTPError) {
        var rest = bytes
        func skipWhitespace() { while let first = rest.first, Syntax.isWhitespace(first) { rest.removeFirst() } }
        func token() -> Bool {
            let count = rest.prefix(while: Syntax.isTokenByte).count
            rest.removeFirst(count)
            return count > 0
        }
        while !rest.isEmpty {
            skipWhitespace()
            guard rest.first == UInt8(ascii: ";") else { throw .badRequest("invalid chunk extension") }
            rest.removeFirst()
            skipWhitespace()
            guard token() else { throw .badRequest("invalid chunk extension") }
            skipWhitespace()
            guard rest.first == UInt8(ascii: "=") else { continue }
            rest.removeFirst()
            skipWhitespace()
            if rest.first == UInt8(ascii: "\"") {
                guard let end = QuotedString.end(of: rest) else { throw .badRequest("invalid chunk extension") }
                rest = rest[end...]
            } else {
                guard token() else { throw .badRequest("invalid chunk extension") }
            }
        }
    }
}
