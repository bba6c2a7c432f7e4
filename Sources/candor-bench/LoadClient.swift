import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A tiny keep-alive HTTP/1.1 client over one POSIX socket to 127.0.0.1, for `candor-bench intake`.
///
/// It writes request bytes built by the caller, then reads one response: the status line, the headers it
/// needs (Content-Length, Connection) and a Content-Length body. The connection is reused; when the
/// server ends it (`Connection: close`, or an idle keep-alive connection found closed on the next write)
/// the client connects again. Reads and writes time out, so a stuck server cannot hang the benchmark.
final class LoadClient: @unchecked Sendable {
    // @unchecked: one thread at a time uses a client; the benchmark hands it from one phase's thread to
    // the next through the DispatchGroup that ends the phase.
    struct Response {
        var status: Int
        var body: [UInt8]
        /// The `Candor-Challenge` header's value: the next proof-of-work challenge, on submission answers.
        var challenge: [UInt8]? = nil
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let port: UInt16
    let timeoutSeconds: Int
    /// Connections opened so far (the server closes one after `maxRequestsPerConnection` requests).
    private(set) var connections = 0

    private var fd: Int32 = -1
    private var buffer = [UInt8](repeating: 0, count: 16 << 10)
    private var start = 0
    private var end = 0

    init(port: UInt16, timeoutSeconds: Int = 10) {
        self.port = port
        self.timeoutSeconds = timeoutSeconds
    }

    deinit { disconnect() }

    /// A request's bytes: request line, Host, the given fields, Content-Length when there is a body.
    static func request(
        _ method: String, _ path: String, port: UInt16, headers: [(String, String)] = [], body: [UInt8] = []
    ) -> [UInt8] {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        return Array(head.utf8) + body
    }

    /// Sends one request and reads its response. A request that meets a connection the server already
    /// closed (no byte of a response came back) is sent once more on a new connection.
    func send(_ request: [UInt8]) throws -> Response {
        var retried = false
        while true {
            let reused = fd >= 0
            if !reused { try connect() }
            do {
                try writeAll(request)
                let (response, keepAlive) = try readResponse()
                if !keepAlive { disconnect() }
                return response
            } catch let failure as Closed {
                disconnect()
                guard reused, !failure.afterResponseBytes, !retried else {
                    throw Failure(description: "the server closed the connection")
                }
                retried = true
            } catch {
                disconnect()
                throw error
            }
        }
    }

    func disconnect() {
        if fd >= 0 { close(fd) }
        fd = -1
        start = 0
        end = 0
    }

    // MARK: socket

    /// The peer closed (or reset) the connection; `afterResponseBytes` when part of a response had come.
    private struct Closed: Error {
        let afterResponseBytes: Bool
    }

    private func connect() throws {
        let socketFD = try Self.connectedSocket(port: port)
        var one: Int32 = 1
        setsockopt(socketFD, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(socketFD, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socketFD, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        fd = socketFD
        start = 0
        end = 0
        connections += 1
    }

    /// A blocking TCP socket connected to 127.0.0.1:`port`.
    static func connectedSocket(port: UInt16) throws -> Int32 {
        let socketFD = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketFD >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            close(socketFD)
            throw Failure(description: "connect to 127.0.0.1:\(port): \(String(cString: strerror(code)))")
        }
        return socketFD
    }

    private func writeAll(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                Glibc.send(fd, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            if count > 0 {
                offset += count
                continue
            }
            switch errno {
            case EINTR: continue
            case EPIPE, ECONNRESET, ENOTCONN: throw Closed(afterResponseBytes: false)
            case EAGAIN, EWOULDBLOCK: throw Failure(description: "send timed out after \(timeoutSeconds) s")
            case let code: throw Failure(description: "send: \(String(cString: strerror(code)))")
            }
        }
    }

    /// Reads more bytes into the buffer (growing it when full); false at end of stream.
    private func fill() throws -> Bool {
        if start == end {
            start = 0
            end = 0
        } else if end == buffer.count {
            if start > 0 {
                buffer.withUnsafeMutableBytes { raw in
                    _ = memmove(raw.baseAddress!, raw.baseAddress! + start, end - start)
                }
                end -= start
                start = 0
            } else {
                buffer += [UInt8](repeating: 0, count: buffer.count)
            }
        }
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in recv(fd, raw.baseAddress! + end, raw.count - end, 0) }
            if count > 0 {
                end += count
                return true
            }
            if count == 0 { return false }
            switch errno {
            case EINTR: continue
            case ECONNRESET, ENOTCONN, EPIPE: return false
            case EAGAIN, EWOULDBLOCK: throw Failure(description: "no response within \(timeoutSeconds) s")
            case let code: throw Failure(description: "recv: \(String(cString: strerror(code)))")
            }
        }
    }

    // MARK: response

    private static let crlfcrlf: [UInt8] = [13, 10, 13, 10]

    /// One response (interim 1xx responses are skipped), and whether the connection stays open.
    private func readResponse() throws -> (Response, Bool) {
        var sawBytes = false
        while true {
            // The head: up to the blank line.
            // (Scanned bytes are counted from `start`: `fill` may move the unread bytes.)
            var headEnd = -1
            var scanned = 0
            while true {
                headEnd = findHeadEnd(from: start + scanned)
                if headEnd >= 0 { break }
                scanned = max(0, end - start - 3)
                guard try fill() else { throw Closed(afterResponseBytes: sawBytes || end > start) }
                sawBytes = true
            }
            let head = try parseHead(start..<headEnd)
            start = headEnd + 4
            if (100..<200).contains(head.status) { continue }
            // The body: Content-Length bytes, none for 204 and 304, else up to the end of the stream.
            var body: [UInt8]
            if let length = head.contentLength {
                while end - start < length {
                    guard try fill() else { throw Closed(afterResponseBytes: true) }
                }
                body = Array(buffer[start..<(start + length)])
                start += length
            } else if head.status == 204 || head.status == 304 {
                body = []
            } else {
                while try fill() {}
                body = Array(buffer[start..<end])
                start = end
                return (Response(status: head.status, body: body, challenge: head.challenge), false)
            }
            if start == end {
                start = 0
                end = 0
            }
            return (Response(status: head.status, body: body, challenge: head.challenge), head.keepAlive)
        }
    }

    private func findHeadEnd(from: Int) -> Int {
        guard end - from >= 4 else { return -1 }
        return buffer.withUnsafeBufferPointer { bytes in
            var i = from
            while i + 3 < end {
                if bytes[i + 3] == 10, bytes[i + 2] == 13, bytes[i + 1] == 10, bytes[i] == 13 { return i }
                i += 1
            }
            return -1
        }
    }

    private struct Head {
        var status: Int
        var contentLength: Int?
        var keepAlive: Bool
        var challenge: [UInt8]? = nil
    }

    /// "HTTP/1.1 201 Created", then `name: value` lines; only Content-Length, Connection and
    /// Candor-Challenge matter here.
    private func parseHead(_ range: Range<Int>) throws -> Head {
        try buffer.withUnsafeBufferPointer { bytes -> Head in
            var lines: [Range<Int>] = []
            var lineStart = range.lowerBound
            var i = range.lowerBound
            while i < range.upperBound {
                if bytes[i] == 13, i + 1 < range.upperBound, bytes[i + 1] == 10 {
                    lines.append(lineStart..<i)
                    i += 2
                    lineStart = i
                } else {
                    i += 1
                }
            }
            lines.append(lineStart..<range.upperBound)
            let statusLine = lines[0]
            // "HTTP/1.x NNN": the version is 8 bytes, a space, three digits.
            guard statusLine.count >= 12, bytes[statusLine.lowerBound + 8] == 32 else {
                throw Failure(description: "malformed status line")
            }
            var status = 0
            for k in (statusLine.lowerBound + 9)..<(statusLine.lowerBound + 12) {
                let digit = Int(bytes[k]) - 48
                guard (0...9).contains(digit) else { throw Failure(description: "malformed status code") }
                status = status * 10 + digit
            }
            let http10 = bytes[statusLine.lowerBound + 7] == 48  // "HTTP/1.0"
            var head = Head(status: status, contentLength: nil, keepAlive: !http10)
            for line in lines.dropFirst() {
                guard let colon = line.first(where: { bytes[$0] == 58 }) else { continue }
                let name = lowercased(bytes, line.lowerBound..<colon)
                var valueStart = colon + 1
                while valueStart < line.upperBound, bytes[valueStart] == 32 || bytes[valueStart] == 9 {
                    valueStart += 1
                }
                var valueEnd = line.upperBound
                while valueEnd > valueStart, bytes[valueEnd - 1] == 32 || bytes[valueEnd - 1] == 9 { valueEnd -= 1 }
                if name == "content-length" {
                    var length = 0
                    for k in valueStart..<valueEnd {
                        let digit = Int(bytes[k]) - 48
                        guard (0...9).contains(digit), length < 1 << 40 else {
                            throw Failure(description: "malformed Content-Length")
                        }
                        length = length * 10 + digit
                    }
                    head.contentLength = length
                } else if name == "connection" {
                    let value = lowercased(bytes, valueStart..<valueEnd)
                    if value.contains("close") { head.keepAlive = false }
                    if value.contains("keep-alive") { head.keepAlive = true }
                } else if name == "candor-challenge" {
                    head.challenge = Array(bytes[valueStart..<valueEnd])
                } else if name == "transfer-encoding" {
                    throw Failure(description: "chunked responses are not expected from candor-server")
                }
            }
            return head
        }
    }

    private func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: bytes[range].lazy.map { (65...90).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
