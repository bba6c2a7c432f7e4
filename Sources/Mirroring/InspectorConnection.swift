import API
import Foundation
import Keys

/// An inspector's signed requests to candor-server's `/api/v1/inspect/` API (SignedRequests.md).
///
/// Every request is signed with ``RequestSigner`` (a fresh nonce each time, so a retry is a new
/// request), and every answer that is not 2xx becomes ``MirroringError/refused(status:code:message:)``
/// with the server's JSON `error` code and message, so the inspector reads
/// "the server refused the request: 401 unknown_inspector: …".
public struct InspectorConnection: Sendable {
    public let client: HTTPClient
    public let signer: RequestSigner

    public init(client: HTTPClient, signer: RequestSigner) {
        self.client = client
        self.signer = signer
    }

    public init(server: HTTPClient.ServerURL, key: InspectorPrivateKey) {
        self.init(client: HTTPClient(server: server), signer: RequestSigner(key: key))
    }

    /// A signed GET of `target` (path and query, as sent); the body of a 2xx answer.
    public func get(_ target: String) throws(MirroringError) -> HTTPClient.Response {
        try send(method: "GET", target: target, body: [])
    }

    /// A signed request; the whole 2xx response, or the server's refusal as an error.
    public func send(method: String, target: String, body: [UInt8], contentType: String? = nil)
        throws(MirroringError) -> HTTPClient.Response
    {
        var headers = signer.headers(method: method, target: target, body: body)
        if let contentType { headers.append(("Content-Type", contentType)) }
        let response: HTTPClient.Response
        do {
            response = try client.send(method: method, target: target, headers: headers, body: body)
        } catch {
            throw .client(error)
        }
        guard (200..<300).contains(response.status) else { throw Self.refusal(response) }
        return response
    }

    /// The error for a non-2xx answer: its JSON `error` and `message` when it has them.
    static func refusal(_ response: HTTPClient.Response) -> MirroringError {
        if let reply = try? JSONReader.parse(response.body), let code = reply["error"]?.string {
            let message = reply["message"]?.string ?? response.reason
            return .refused(status: response.status, code: code, message: Self.printable(message))
        }
        let excerpt = Self.printable(String(decoding: response.body.prefix(200), as: UTF8.self))
        return .refused(
            status: response.status, code: "http_\(response.status)",
            message: excerpt.isEmpty ? response.reason : excerpt)
    }

    /// Control characters from a server never reach the terminal.
    static func printable(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : Character($0) })
    }
}
