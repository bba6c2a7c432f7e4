import Foundation
import System

/// A minimal HTTP/1.1 client for candor-server: `http://host:port` only, one request per connection.
///
/// Requests carry `Connection: close` and, when they have a body, `Content-Length`. Responses may be
/// framed by `Content-Length`, `Transfer-Encoding: chunked` or the end of the connection. Connecting
/// and every read wait at most their timeout (poll(2)), and a response larger than
/// ``maximumResponseBytes`` is refused, so a stuck or hostile server cannot hang or flood the tool.
/// TLS is not spoken: reach a remote server through an SSH tunnel or a local TLS proxy.
public struct HTTPClient: Sendable {
    /// A server's base address, `http://HOST[:PORT]` (an IPv6 host in brackets).
    public struct ServerURL: Sendable, Equatable, CustomStringConvertible {
        public let host: String
        public let port: UInt16

        /// Parses `http://host`, `http://host:port`, `http://[::1]:port`, with an optional final `/`.
        public init(_ text: String) throws(HTTPClientError) {
            func fail(_ why: String) -> HTTPClientError {
                .usage("the server URL \"\(text)\" \(why): give it as http://HOST:PORT, like http://127.0.0.1:8080")
            }
            if text.lowercased().hasPrefix("https://") {
                throw fail(
                    "uses https, which candor-inspect does not speak; use an SSH tunnel to the server's http port")
            }
            guard text.hasPrefix("http://") else { throw fail("does not start with http://") }
            var rest = Substring(text.dropFirst("http://".count))
            if rest.hasSuffix("/") { rest = rest.dropLast() }
            guard !rest.isEmpty, !rest.contains("/"), !rest.contains("@"), !rest.contains("?"), !rest.contains("#")
            else { throw fail("must be a scheme, a host and a port only") }
            var host: Substring
            var portText: Substring?
            if rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]") else { throw fail("has an unclosed [") }
                host = rest[rest.index(after: rest.startIndex)..<close]
                let after = rest[rest.index(after: close)...]
                if !after.isEmpty {
                    guard after.hasPrefix(":") else { throw fail("has text after the ]") }
                    portText = after.dropFirst()
                }
            } else if let colon = rest.firstIndex(of: ":") {
                host = rest[..<colon]
                portText = rest[rest.index(after: colon)...]
            } else {
                host = rest
            }
            guard !host.isEmpty, host.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
                throw fail("has no usable host")
            }
            var port: UInt16 = 80
            if let portText {
                guard !portText.isEmpty, portText.count <= 5, portText.allSatisfy({ $0.isASCII && $0.isNumber }),
                    let value = UInt16(portText), value > 0
                else { throw fail("has a port that is not 1 to 65535") }
                port = value
            }
            self.host = String(host)
            self.port = port
        }

        /// `http://host:port`, the canonical spelling (stored in the mirror, shown in messages).
        public var description: String {
            "http://" + (host.contains(":") ? "[\(host)]" : host) + ":\(port)"
        }
    }

    /// A whole response.
    public struct Response: Sendable {
        public var status: Int
        public var reason: String
        /// Header fields in order, names as sent.
        public var headers: [(String, String)]
        public var body: [UInt8]

        /// The value of the first field named `name` (case-insensitive).
        public func header(_ name: String) -> String? {
            headers.first { $0.0.lowercased() == name.lowercased() }?.1
        }
    }

    public let server: ServerURL
    /// Seconds to wait for the connection to be established.
    public var connectTimeout: Double = 10
    /// Seconds to wait for each read or write to make progress.
    public var readTimeout: Double = 60
    /// The largest response accepted, head and body (a records batch is at most about 8 MiB).
    public var maximumResponseBytes = 32 << 20

    public init(server: ServerURL) { self.server = server }

    /// Sends one request on a fresh connection and reads the whole response.
    ///
    /// `target` is the request target as sent (path and query); `headers` are added after `Host`.
    public func send(method: String, target: String, headers: [(String, String)] = [], body: [UInt8] = [])
        throws(HTTPClientError) -> Response
    {
        let socket = try connect()
        defer { FileDescriptor.close(socket) }
        var head = "\(method) \(target) HTTP/1.1\r\nHost: \(hostField)\r\nConnection: close\r\n"
        head += "User-Agent: candor-inspect\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" || method == "PUT" { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        try write(Array(head.utf8) + body, to: socket)
        return try readResponse(from: socket, method: method)
    }

    var hostField: String {
        let host = server.host.contains(":") ? "[\(server.host)]" : server.host
        return server.port == 80 ? host : "\(host):\(server.port)"
    }

    // MARK: connecting

    private func connect() throws(HTTPClientError) -> Int32 {
        do {
            return try Socket.connect(host: server.host, port: UInt16(server.port), timeoutSeconds: connectTimeout)
        } catch {
            switch error {
            case .unresolved(let why):
                throw .connection("cannot find the server \(server): \(why); check the host name in --server")
            case .failed(let failure):
                let hint =
                    failure.errno == Errno.connectionRefused
                    ? " — is candor-server running?"
                    : failure.errno == Errno.timedOut ? " — is the address right and reachable?" : ""
                throw .connection("cannot connect to \(server): \(failure.message.lowercased())\(hint)")
            }
        }
    }

    /// Waits until `fd` is ready; false on timeout. A failed wait counts as ready: the read or write
    /// that follows reports the error.
    private func wait(_ fd: Int32, for readiness: Poll.Readiness, seconds: Double) -> Bool {
        let deadline = MonotonicClock.nanoseconds() + UInt64(seconds * 1e9)
        return (try? Poll.wait(fd, for: readiness) { MonotonicClock.milliseconds(until: deadline) }) != false
    }

    // MARK: writing and reading

    private func write(_ bytes: [UInt8], to fd: Int32) throws(HTTPClientError) {
        var done = 0
        while done < bytes.count {
            guard wait(fd, for: .output, seconds: readTimeout) else {
                throw .connection("\(server) stopped accepting the request (no progress for \(Int(readTimeout)) s)")
            }
            do {
                done +=
                    try bytes.withUnsafeBytes { raw in
                        Result { () throws(SystemError) in
                            try Socket.send(fd, UnsafeRawBufferPointer(rebasing: raw[done...]))
                        }
                    }.get() ?? 0
            } catch {
                throw .connection("the connection to \(server) failed while sending: \(error.message)")
            }
        }
    }

    /// Reads at most `limit` more bytes into `buffer`; returns false at the end of the stream.
    private func readSome(_ fd: Int32, into buffer: inout [UInt8]) throws(HTTPClientError) -> Bool {
        guard wait(fd, for: .input, seconds: readTimeout) else {
            throw .connection("\(server) did not answer within \(Int(readTimeout)) s; try again later")
        }
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        let received: Int?
        do {
            received = try chunk.withUnsafeMutableBytes { raw in
                Result { () throws(SystemError) in try Socket.receive(fd, into: raw) }
            }.get()
        } catch {
            throw .connection("the connection to \(server) failed while reading: \(error.message)")
        }
        guard let count = received else { return true }
        if count == 0 { return false }
        buffer += chunk[0..<count]
        guard buffer.count <= maximumResponseBytes else {
            throw .connection("\(server) sent more than \(maximumResponseBytes) bytes in one response; refusing it")
        }
        return true
    }

    private func readResponse(from fd: Int32, method: String) throws(HTTPClientError) -> Response {
        var buffer: [UInt8] = []
        var open = true
        let separator: [UInt8] = [13, 10, 13, 10]
        var headEnd: Int?
        while headEnd == nil {
            if let range = buffer.firstRange(of: separator) {
                headEnd = range.upperBound
                break
            }
            guard buffer.count <= 64 << 10 else { throw malformed("a response head larger than 64 KiB") }
            guard open else { throw malformed("the connection closed before the response head ended") }
            open = try readSome(fd, into: &buffer)
        }
        let head = String(decoding: buffer[..<(headEnd! - 4)], as: UTF8.self)
        let lines = head.components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/1."), statusParts[1].count == 3,
            let status = Int(statusParts[1]), (100...599).contains(status)
        else { throw malformed("a status line that is not HTTP/1.x") }
        var headers: [(String, String)] = []
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":"), colon != line.startIndex else {
                throw malformed("a header line without a name")
            }
            headers.append(
                (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var response = Response(
            status: status, reason: statusParts.count > 2 ? String(statusParts[2]) : "", headers: headers, body: [])
        if method == "HEAD" || status == 204 || status == 304 { return response }
        var rest = Array(buffer[headEnd!...])
        if let encoding = response.header("Transfer-Encoding") {
            guard encoding.lowercased() == "chunked" else { throw malformed("Transfer-Encoding \(encoding)") }
            response.body = try readChunked(fd, buffered: rest, open: open)
        } else if let lengthText = response.header("Content-Length") {
            guard let length = Int(lengthText), length >= 0, lengthText.allSatisfy(\.isNumber) else {
                throw malformed("Content-Length \(lengthText)")
            }
            guard length <= maximumResponseBytes else {
                throw .connection("\(server) announced \(length) bytes, more than the \(maximumResponseBytes) accepted")
            }
            while rest.count < length {
                guard open else { throw malformed("the connection closed \(length - rest.count) bytes early") }
                open = try readSome(fd, into: &rest)
            }
            response.body = Array(rest[..<length])
        } else {
            while open { open = try readSome(fd, into: &rest) }
            response.body = rest
        }
        return response
    }

    /// Decodes a chunked body (RFC 9112 §7.1); extensions and trailers are read and ignored.
    private func readChunked(_ fd: Int32, buffered: [UInt8], open wasOpen: Bool) throws(HTTPClientError) -> [UInt8] {
        var input = buffered
        var position = 0
        var open = wasOpen
        var body: [UInt8] = []
        func line() throws(HTTPClientError) -> String {
            while true {
                if let end = input[position...].firstRange(of: [13, 10]) {
                    let text = String(decoding: input[position..<end.lowerBound], as: UTF8.self)
                    position = end.upperBound
                    return text
                }
                guard input.count - position <= 4096 else { throw malformed("a chunk line longer than 4 KiB") }
                guard open else { throw malformed("the connection closed inside a chunked body") }
                open = try readSome(fd, into: &input)
            }
        }
        while true {
            let sizeLine = try line()
            let sizeText = sizeLine.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
            guard !sizeText.isEmpty, sizeText.count <= 8,
                let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16)
            else { throw malformed("a chunk size that is not hex") }
            if size == 0 {
                while try !line().isEmpty {}
                return body
            }
            while input.count - position < size + 2 {
                guard open else { throw malformed("the connection closed inside a chunk") }
                open = try readSome(fd, into: &input)
            }
            body += input[position..<(position + size)]
            guard input[position + size] == 13, input[position + size + 1] == 10 else {
                throw malformed("a chunk not followed by CRLF")
            }
            position += size + 2
            guard body.count <= maximumResponseBytes else {
                throw .connection("\(server) sent more than \(maximumResponseBytes) bytes in one response; refusing it")
            }
        }
    }

    private func malformed(_ what: String) -> HTTPClientError {
        .connection("\(server) sent a malformed HTTP response (\(what)); is it candor-server?")
    }
}
