/// The body of a request, read as a stream so that the server never holds an upload whole.
///
/// A handler reads it with `read(upTo:)` (chunk by chunk) or `readAll()` (small forms). Either way the
/// body never yields more than `limit` bytes, the `maxBodyBytes` of the route: a larger body throws
/// `HTTPError.contentTooLarge`, a body that does not arrive in time throws `.requestTimeout`, a malformed
/// chunked body throws `.badRequest`. Thrown out of the handler, each becomes its status. After an error,
/// every read throws the same error again.
///
/// A body is read by one thread: the connection's, while its handler runs.
public final class HTTPRequestBody {
    private enum Kind {
        case length(remaining: Int)
        case chunked(ChunkedDecoder)
    }

    private let input: InputBuffer
    private var kind: Kind
    /// The most bytes this body may yield: the route's `maxBodyBytes`.
    public internal(set) var limit: Int
    /// The length the client declared with Content-Length, if it did.
    public let declaredLength: Int?
    /// Bytes returned so far.
    public private(set) var bytesRead = 0
    /// True once the whole body has been read.
    public private(set) var isComplete = false
    package private(set) var failure: HTTPError?
    private let pacing: PacedDeadline?
    /// Called before the first read: the server sends `100 Continue` here when the client waits for it.
    package var beforeFirstRead: (() throws(HTTPError) -> Void)?
    package private(set) var hasStarted = false

    /// A body held in memory, for tests of handlers; `chunkSize` bounds what one read returns.
    public convenience init(_ bytes: [UInt8] = [], chunkSize: Int = .max) {
        self.init(source: MemorySource(bytes, chunkSize: chunkSize), length: bytes.count)
    }

    /// A body delivered in exactly these chunks (a read never spans two), for tests of chunk edges.
    package convenience init(chunks: [[UInt8]]) {
        self.init(source: MemorySource(chunks: chunks), length: chunks.reduce(0) { $0 + $1.count })
    }

    private convenience init(source: MemorySource, length: Int) {
        self.init(framing: .contentLength(length), input: InputBuffer(source: source), limit: .max, pacing: nil)
    }

    /// A body on the wire, after its head, framed as the head said.
    package init(framing: HTTPBodyFraming, input: InputBuffer, limit: Int, pacing: PacedDeadline?) {
        self.input = input
        self.limit = limit
        self.pacing = pacing
        switch framing {
        case .none:
            kind = .length(remaining: 0)
            declaredLength = nil
            isComplete = true
        case .contentLength(let length):
            kind = .length(remaining: length)
            declaredLength = length
            isComplete = length == 0
        case .chunked:
            kind = .chunked(ChunkedDecoder())
            declaredLength = nil
        }
    }

    /// The next bytes of the body, at most `maxCount` of them, or nil at its end.
    public func read(upTo maxCount: Int = 16 * 1024) throws(HTTPError) -> [UInt8]? {
        precondition(maxCount > 0, "read(upTo:) needs room for at least one byte")
        if let failure { throw failure }
        if isComplete { return nil }
        do throws(HTTPError) {
            if !hasStarted {
                hasStarted = true
                if let declaredLength, declaredLength > limit { throw .contentTooLarge(limit: limit) }
                try beforeFirstRead?()
            }
            return try readChunk(maxCount)
        } catch {
            failure = error
            throw error
        }
    }

    private func readChunk(_ maxCount: Int) throws(HTTPError) -> [UInt8]? {
        let deadline = { [pacing, bytesRead] in
            pacing?.deadline(afterTransferring: bytesRead) ?? Deadline(nanoseconds: .max)
        }
        switch kind {
        case .length(let remaining):
            if input.isEmpty {
                guard try input.fill(deadline: deadline()) else { throw HTTPError.bodyEndedEarly }
            }
            let bytes = input.take(upTo: min(remaining, maxCount))
            kind = .length(remaining: remaining - bytes.count)
            bytesRead += bytes.count
            isComplete = remaining == bytes.count
            return bytes
        case .chunked(var decoder):
            let bytes = try decoder.read(
                upTo: maxCount, allowance: limit - bytesRead, limit: limit, from: input, deadline: deadline)
            kind = .chunked(decoder)
            guard let bytes else {
                isComplete = true
                return nil
            }
            bytesRead += bytes.count
            return bytes
        }
    }

    /// The whole body, at most `limit` bytes. For forms and small payloads; stream uploads with `read(upTo:)`.
    public func readAll() throws(HTTPError) -> [UInt8] {
        var bytes: [UInt8] = []
        if let declaredLength, declaredLength <= limit { bytes.reserveCapacity(declaredLength) }
        while let chunk = try read(upTo: 64 * 1024) { bytes += chunk }
        return bytes
    }

    /// Reads and drops what is left, so the connection can carry the next request. False if that failed.
    package func drain() -> Bool {
        do {
            while try read(upTo: 64 * 1024) != nil {}
            return true
        } catch {
            return false
        }
    }
}
