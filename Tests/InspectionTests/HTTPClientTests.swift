import Foundation
import TestSupport
import Testing

@testable import API
@testable import Keys
@testable import Mirroring

#if canImport(Glibc)
    import Glibc
#endif

/// The client's response framing against a canned server: one connection, one scripted answer.
@Suite("HTTPClient: framing and limits")
struct HTTPClientTests {
    /// Listens on a free loopback port, answers the first connection with `response`, then closes.
    final class CannedServer: @unchecked Sendable {
        let port: UInt16
        private let fd: Int32

        init(_ response: [UInt8]) throws {
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let fd = self.fd
            let ok = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 && listen(fd, 4) == 0
                }
            }
            try #require(ok)
            port = UInt16(bigEndian: address.sin_port)
            Thread.detachNewThread {
                let connection = accept(fd, nil, nil)
                guard connection >= 0 else { return }
                var buffer = [UInt8](repeating: 0, count: 65536)
                var request: [UInt8] = []
                while request.firstRange(of: Array("\r\n\r\n".utf8)) == nil {
                    let n = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
                    if n <= 0 { break }
                    request += buffer[0..<n]
                }
                _ = response.withUnsafeBytes { send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                close(connection)
            }
        }

        deinit { close(fd) }

        var client: HTTPClient { HTTPClient(server: try! HTTPClient.ServerURL("http://127.0.0.1:\(port)")) }
    }

    func get(_ response: String, limit: Int? = nil) throws(HTTPClientError) -> HTTPClient.Response {
        let server = try! CannedServer(Array(response.utf8))
        var client = server.client
        client.readTimeout = 5
        if let limit { client.maximumResponseBytes = limit }
        return try client.send(method: "GET", target: "/x")
    }

    @Test func contentLength() throws {
        let response = try get("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-A: b\r\n\r\nhello")
        #expect(response.status == 200)
        #expect(response.body == Array("hello".utf8))
        #expect(response.header("x-a") == "b")
    }

    @Test func chunked() throws {
        let response = try get(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n1\r\n!\r\n0\r\nTrailer: x\r\n\r\n"
        )
        #expect(response.body == Array("hello!".utf8))
    }

    @Test func readToClose() throws {
        #expect(try get("HTTP/1.1 200 OK\r\n\r\nuntil the end").body == Array("until the end".utf8))
    }

    @Test(arguments: [
        "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort", "SSH-2.0-OpenSSH\r\n\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel",
        "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
        "HTTP/1.1 200 OK\r\nno colon\r\n\r\n", "HTTP/1.1 200",
    ])
    func malformedResponsesAreRefused(_ text: String) {
        let error = thrownError(HTTPClientError.self) { try get(text) }
        guard case .connection(let message) = error else {
            Issue.record("expected a connection error for \(text.debugDescription), got \(String(describing: error))")
            return
        }
        #expect(message.contains("malformed HTTP response") || message.contains("closed"))
    }

    @Test func aResponseLargerThanTheCapIsRefused() {
        let body = String(repeating: "x", count: 5000)
        let announced = thrownError(HTTPClientError.self) {
            try get("HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n" + body, limit: 1000)
        }
        #expect(announced?.description.contains("1000") == true)
        let unannounced = thrownError(HTTPClientError.self) {
            try get("HTTP/1.1 200 OK\r\n\r\n" + body, limit: 1000)
        }
        #expect(unannounced?.description.contains("more than 1000 bytes") == true)
    }

    @Test func aServerThatSaysNothingTimesOut() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 && listen(fd, 4) == 0
            }
        }
        try #require(ok)
        // The kernel accepts the connection into the backlog; nobody ever answers.
        var client = HTTPClient(
            server: try HTTPClient.ServerURL("http://127.0.0.1:\(UInt16(bigEndian: address.sin_port))"))
        client.readTimeout = 0.2
        let error = thrownError(HTTPClientError.self) { try client.send(method: "GET", target: "/") }
        #expect(error?.description.contains("did not answer within") == true)
    }

    @Test func aJSONRefusalIsReadable() {
        let response = HTTPClient.Response(
            status: 403, reason: "Forbidden", headers: [],
            body: Array(#"{"error":"revoked_key","message":"this inspector key was revoked;\nuse a current key"}"#.utf8)
        )
        #expect(
            InspectorConnection.refusal(response).description
                == "the server refused the request: 403 revoked_key: this inspector key was revoked; use a current key")
        let plain = HTTPClient.Response(status: 502, reason: "Bad Gateway", headers: [], body: Array("<html>".utf8))
        #expect(
            InspectorConnection.refusal(plain).description == "the server refused the request: 502 http_502: <html>")
    }
}
