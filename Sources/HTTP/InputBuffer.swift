/// Where a connection's bytes come from: a socket, or memory in tests and fuzzers.
package protocol ByteSource: AnyObject {
    /// Reads at most `buffer.count` bytes, waiting until `deadline` at most; 0 means the stream ended.
    func read(into buffer: UnsafeMutableRawBufferPointer, deadline: Deadline) throws(HTTPError) -> Int
    /// Reads what is there without waiting; nil when nothing is, 0 when the stream ended.
    func readNow(into buffer: UnsafeMutableRawBufferPointer) throws(HTTPError) -> Int?
}

/// The bytes a connection has read and not consumed yet: the rest of a head, a body, the next pipelined
/// request. Heads and bodies are all read through it, so nothing read ahead is ever lost.
package final class InputBuffer {
    private var storage: [UInt8]
    private var start = 0
    private var end = 0
    package let source: ByteSource
    /// The most one `read` of the source asks for.
    package let readSize: Int

    /// The storage is allocated by the first read and given up while the connection is idle
    /// (`releaseIfEmpty`): thousands of idle connections must not cost 16 KiB each.
    package init(source: ByteSource, readSize: Int = 16 * 1024) {
        self.source = source
        self.readSize = readSize
        storage = []
    }

    package var available: Int { end - start }
    package var isEmpty: Bool { start == end }

    /// Reads more bytes from the source; false when the stream has ended.
    @discardableResult
    package func fill(deadline: Deadline) throws(HTTPError) -> Bool {
        try fill { buffer throws(HTTPError) in try source.read(into: buffer, deadline: deadline) } ?? false
    }

    /// Reads what the source holds now, without waiting: true for bytes, false at the end of the stream,
    /// nil when nothing has come yet.
    package func fillNow() throws(HTTPError) -> Bool? {
        try fill { buffer throws(HTTPError) in try source.readNow(into: buffer) }
    }

    /// Frees the storage of an empty buffer; the next read allocates it again.
    package func releaseIfEmpty() {
        if isEmpty, !storage.isEmpty { storage = [] }
    }

    private func fill(_ read: (UnsafeMutableRawBufferPointer) throws(HTTPError) -> Int?) throws(HTTPError) -> Bool? {
        if end + readSize > storage.count {
            if start > 0 {
                // Move the unconsumed bytes down instead of growing: the buffer stays bounded by what the
                // parsers allow to be pending (a head, a line) plus one read.
                storage.withUnsafeMutableBytes { raw in
                    raw.baseAddress!.copyMemory(from: raw.baseAddress! + start, byteCount: end - start)
                }
                end -= start
                start = 0
            }
            if end + readSize > storage.count {
                storage.append(contentsOf: repeatElement(0, count: end + readSize - storage.count))
            }
        }
        // withUnsafeMutableBytes rethrows untyped errors; a Result carries the typed one across.
        let result = storage.withUnsafeMutableBytes { raw in
            Result { () throws(HTTPError) in
                try read(UnsafeMutableRawBufferPointer(rebasing: raw[end..<(end + readSize)]))
            }
        }
        guard let count = try result.get() else { return nil }
        end += count
        return count > 0
    }

    /// Calls `body` with the unconsumed bytes.
    package func withAvailable<R, E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R) throws(E) -> R {
        try storage.withUnsafeBufferPointer { buffer throws(E) in
            try body(UnsafeBufferPointer(rebasing: buffer[start..<end]))
        }
    }

    package func consume(_ count: Int) {
        precondition(count <= available)
        start += count
        if start == end {
            start = 0
            end = 0
        }
    }

    /// Copies out and consumes up to `count` bytes.
    package func take(upTo count: Int) -> [UInt8] {
        let n = min(count, available)
        let bytes = Array(storage[start..<(start + n)])
        consume(n)
        return bytes
    }

    /// Reads one CRLF-terminated line of at most `maxLength` bytes and returns it without the CRLF.
    /// A bare CR or LF, a line too long or the end of the stream is a 400.
    package func readLine(maxLength: Int, deadline: Deadline) throws(HTTPError) -> [UInt8] {
        var scanned = 0
        while true {
            let found: Int? = try withAvailable { bytes throws(HTTPError) in
                for index in scanned..<bytes.count {
                    if bytes[index] == Syntax.lf {
                        guard index > 0, bytes[index - 1] == Syntax.cr else { throw .badRequest("bare LF") }
                        return index
                    }
                    if index > 0, bytes[index - 1] == Syntax.cr { throw .badRequest("bare CR") }
                }
                return nil
            }
            if let found {
                let line = take(upTo: found - 1)
                consume(2)
                return line
            }
            scanned = available
            guard scanned <= maxLength + 1 else { throw .badRequest("line too long") }
            guard try fill(deadline: deadline) else { throw HTTPError.bodyEndedEarly }
        }
    }
}

/// Bytes held in memory, delivered in reads of at most `chunkSize` (or along explicit chunk edges):
/// so tests and fuzzers reach the same code a socket does, edges included.
package final class MemorySource: ByteSource {
    private let chunks: [[UInt8]]
    private var chunkIndex = 0
    private var offset = 0

    package init(_ bytes: [UInt8], chunkSize: Int = .max) {
        precondition(chunkSize > 0)
        let size = min(chunkSize, max(1, bytes.count))
        chunks = stride(from: 0, to: bytes.count, by: size).map { Array(bytes[$0..<min($0 + size, bytes.count)]) }
    }

    package init(chunks: [[UInt8]]) { self.chunks = chunks.filter { !$0.isEmpty } }

    package func readNow(into buffer: UnsafeMutableRawBufferPointer) -> Int? { read(into: buffer, deadline: .now()) }

    package func read(into buffer: UnsafeMutableRawBufferPointer, deadline: Deadline) -> Int {
        guard chunkIndex < chunks.count, buffer.count > 0 else { return 0 }
        let chunk = chunks[chunkIndex]
        let count = min(buffer.count, chunk.count - offset)
        chunk.withUnsafeBytes { bytes in
            buffer.baseAddress!.copyMemory(from: bytes.baseAddress! + offset, byteCount: count)
        }
        offset += count
        if offset == chunk.count {
            chunkIndex += 1
            offset = 0
        }
        return count
    }
}
