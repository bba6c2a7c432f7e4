import Foundation

/// A browser without JavaScript, as far as a server of forms sees one: it sends a Host (and, on a
/// POST, an Origin) of its choosing, keeps the cookie it was given, and follows nothing by itself.
public final class FormBrowser: @unchecked Sendable {
    // @unchecked: `cookie` is set by the one test that drives the browser.
    public var port: UInt16
    /// The Host header it sends; `127.0.0.1:PORT` unless a test changes it.
    public var host: String
    /// The `Cookie` it sends, from the last `Set-Cookie` it was given.
    public var cookie: String?

    public init(port: UInt16) {
        self.port = port
        host = "127.0.0.1:\(port)"
    }

    /// GET `target`.
    public func get(_ target: String, headers: [(String, String)] = []) throws -> RawResponse {
        try send("GET", target, headers: headers, body: [])
    }

    /// POST a urlencoded form, with `Origin: http://HOST` unless `origin` says another, or with none when
    /// `sendsOrigin` is false.
    public func post(_ target: String, _ fields: [(String, String)], origin: String? = nil, sendsOrigin: Bool = true)
        throws -> RawResponse
    {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.map { name, value in
            name + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
        var headers = [("Content-Type", "application/x-www-form-urlencoded")]
        if sendsOrigin { headers.append(("Origin", origin ?? "http://\(host)")) }
        return try send("POST", target, headers: headers, body: Array(body.utf8))
    }

    func send(_ method: String, _ target: String, headers: [(String, String)], body: [UInt8]) throws -> RawResponse {
        let connection = try RawConnection(port: port)
        var head = "\(method) \(target) HTTP/1.1\r\nHost: \(host)\r\nConnection: close\r\n"
        if let cookie { head += "Cookie: \(cookie)\r\n" }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        _ = connection.send(Array((head + "\r\n").utf8) + body)
        guard let response = connection.readResponse(timeout: 60) else {
            throw RawConnection.Failure("no response to \(method) \(target)")
        }
        if let setCookie = response.header("Set-Cookie"), let pair = setCookie.split(separator: ";").first {
            cookie = String(pair)
        }
        return response
    }
}
