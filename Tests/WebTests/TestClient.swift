import Foundation
import HTTP
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A tiny HTTP/1.1 client over a real socket, for end-to-end tests against a running server.
struct TestClient {
    let port: UInt16

    struct Response {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// Sends one request on a fresh connection and reads the whole response (Content-Length framing).
    func send(_ method: String, _ path: String, headers: [String: String] = [:], body: [UInt8] = []) throws -> Response
    {
        let connection = try RawConnection(port: port)
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        head += "User-Agent: CanaryAgent/7.7 (end-to-end test)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        guard connection.send(Array(head.utf8) + body) else { throw RawConnection.Failure("send: errno \(errno)") }
        guard let response = try connection.nextResponse(timeout: 60) else {
            throw RawConnection.Failure("no response to \(method) \(path)")
        }
        var fields: [String: String] = [:]
        for (name, value) in response.headers { fields[name.lowercased()] = value }
        return Response(status: response.status, headers: fields, body: response.body)
    }
}
