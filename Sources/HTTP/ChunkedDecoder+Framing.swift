extension ChunkedDecoder {
    /// Walks the framing of a chunked body held in memory (RFC 9112 §7.1), without decoding it: nil once
    /// the last chunk and the trailer section are there, else the offset of the chunk-size line to
    /// resume from when more bytes come. So the event loop knows when a small chunked body is whole, even
    /// with pipelined requests after it, and walks each byte about once however the body trickles in.
    ///
    /// Malformed framing also gives nil: the worker's decoder then answers it (400), as it would have.
    /// `offset` is 0 or an offset this function returned for a shorter prefix of the same bytes.
    ///
    /// Public for the event loop's fuzz target (`fuzz-chunked-framing`); the event loop is its one caller.
    public static func endOfBody(in bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int? {
        var chunk = offset
        while true {
            // A bare LF never becomes a CRLF: the line is malformed now, so the decoder answers at once.
            guard let lineEnd = lineEnd(in: bytes, from: chunk) else {
                return hasBareLineFeed(in: bytes, from: chunk, to: bytes.count) ? nil : chunk
            }
            if hasBareLineFeed(in: bytes, from: chunk, to: lineEnd) { return nil }
            var size = 0
            var index = chunk
            while index < lineEnd, let digit = Syntax.hexValue(bytes[index]) {
                guard index - chunk < 15 else { return nil }
                size = size * 16 + Int(digit)
                index += 1
            }
            guard index > chunk else { return nil }
            if size == 0 {
                // The trailer section: field lines up to an empty one.
                var line = lineEnd + 2
                while let end = Self.lineEnd(in: bytes, from: line) {
                    if end == line || hasBareLineFeed(in: bytes, from: line, to: end) { return nil }
                    line = end + 2
                }
                return hasBareLineFeed(in: bytes, from: line, to: bytes.count) ? nil : chunk
            }
            let next = lineEnd + 2 + size + 2
            guard next <= bytes.count else { return chunk }
            chunk = next
        }
    }

    /// Whether an LF not preceded by a CR lies in `start ..< end` (a line that cannot end in CRLF).
    private static func hasBareLineFeed(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            if bytes[index] == Syntax.lf, index == start || bytes[index - 1] != Syntax.cr { return true }
            index += 1
        }
        return false
    }

    /// The index of the CR of the first CRLF at or after `start`, if there is one.
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == Syntax.cr, bytes[index + 1] == Syntax.lf { return index }
            index += 1
        }
        return nil
    }
}
