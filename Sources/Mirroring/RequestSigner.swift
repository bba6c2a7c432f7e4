import Casework
import Foundation
import Keys
import Sodium

/// Signs an inspector's requests to candor-server (SignedRequests.md).
///
/// Each request gets four header fields: `Candor-Inspector`, `Candor-Time`, `Candor-Nonce` and
/// `Candor-Signature`, an Ed25519 signature with the inspector's signing key over the method, the
/// request target as sent, the time, the nonce and the SHA-256 of the body.
///
/// ```swift
/// let signer = RequestSigner(key: key)
/// let fields = signer.headers(method: "GET", target: "/api/v1/inspect/whoami", body: [])
/// ```
public struct RequestSigner: Sendable {
    public static let inspectorField = SignedRequest.inspectorField
    public static let timeField = SignedRequest.timeField
    public static let nonceField = SignedRequest.nonceField
    public static let signatureField = SignedRequest.signatureField
    /// The number of random bytes in a nonce (22 characters of unpadded base64url).
    public static let nonceByteCount = 16

    public let key: InspectorPrivateKey
    let clock: any WallClock
    let random: any RandomSource

    public init(
        key: InspectorPrivateKey, clock: any WallClock = SystemWallClock(), random: any RandomSource = SystemRandom()
    ) {
        self.key = key
        self.clock = clock
        self.random = random
    }

    /// The four header fields for a request, with the clock's time and a fresh random nonce.
    ///
    /// `target` is the request target exactly as it goes on the request line (path and query, as
    /// sent, e.g. `/api/v1/records?after=12`); `body` is the exact body bytes (empty for none).
    public func headers(method: String, target: String, body: [UInt8]) -> [(String, String)] {
        let time = Int64(clock.now.timeIntervalSince1970.rounded(.down))
        return headers(
            method: method, target: target, body: body, time: time, nonce: random.bytes(count: Self.nonceByteCount))
    }

    /// The header fields for a given time and nonce: for known-answer tests; use the other form.
    public func headers(method: String, target: String, body: [UInt8], time: Int64, nonce: [UInt8]) -> [(
        String, String
    )] {
        precondition(nonce.count == Self.nonceByteCount, "a nonce is 16 bytes")
        let nonceText = Self.base64URL(nonce)
        let message = Self.message(method: method, target: target, time: time, nonce: nonceText, body: body)
        let signature = key.signingKey.signature(for: message)
        return [
            (Self.inspectorField, key.name),
            (Self.timeField, String(time)),
            (Self.nonceField, nonceText),
            (Self.signatureField, Data(signature).base64EncodedString()),
        ]
    }

    /// The signed message (``SignedRequest/message(method:target:time:nonce:body:)``).
    public static func message(method: String, target: String, time: Int64, nonce: String, body: [UInt8]) -> [UInt8] {
        SignedRequest.message(method: method, target: target, time: time, nonce: nonce, body: body)
    }

    /// Unpadded base64url (RFC 4648 §5).
    static func base64URL(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
