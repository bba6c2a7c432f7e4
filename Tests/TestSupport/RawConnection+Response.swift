import Foundation

extension RawConnection {
    /// Reads one whole response, or nil when none came within `timeout` seconds or the stream ended.
    public func readResponse(timeout: Double = 15) -> RawResponse? {
        (try? nextResponse(timeout: timeout)) ?? nil
    }

    /// Reads the next response within `timeout` seconds: nil when the stream ends before a whole head;
    /// throws when the time runs out, the status line is not one, or the body ends early.
    ///
    /// The body: none after a HEAD (`headRequest`), a 1xx, a 204 or a 304; else Content-Length bytes,
    /// or everything up to the close without that field. An interim 100 is read past unless
    /// `keepsInterim`.
    public func nextResponse(timeout: Double, headRequest: Bool = false, keepsInterim: Bool = false) throws
        -> RawResponse?
    {
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        func more() -> Bool {
            guard let chunk = receive(timeout: deadline.timeIntervalSinceNow) else {
                timedOut = true
                return false
            }
            guard !chunk.isEmpty else { return false }
            buffered += chunk
            return true
        }
        var headEnd: Int?
        while headEnd == nil {
            headEnd = Self.find([13, 10, 13, 10], in: buffered)
            if headEnd == nil, !more() {
                if timedOut { throw Failure("no response within \(timeout) s") }
                return nil
            }
        }
        let head = String(decoding: buffered[0..<headEnd!], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw Failure("bad status line in \(head[0])")
        }
        var headers: [(String, String)] = []
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.append(
                (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        buffered.removeFirst(headEnd! + 4)
        var response = RawResponse(status: status, headers: headers, body: [])
        if status == 100, !keepsInterim {
            return try nextResponse(timeout: deadline.timeIntervalSinceNow, headRequest: headRequest)
        }
        if headRequest || (100..<200).contains(status) || status == 204 || status == 304 {
            return response
        }
        if let length = response.header("Content-Length").flatMap(Int.init) {
            while buffered.count < length, more() {}
            guard buffered.count >= length else {
                throw Failure(timedOut ? "the body did not come within \(timeout) s" : "the body ended early")
            }
            response.body = Array(buffered.prefix(length))
            buffered.removeFirst(length)
        } else {
            while more() {}
            response.body = buffered
            buffered = []
        }
        return response
    }

    /// Where `needle` first starts in `haystack`.
    public static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if Array(haystack[start..<start + needle.count]) == needle { return start }
        }
        return nil
    }
}
