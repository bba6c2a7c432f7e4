import API
import Casework
import Deployment
import Foundation
import HTTP
import Sodium
import Web

/// Why a request was not accepted as an inspector's (SignedRequests.md, in Mirroring).
public enum AuthenticationFailure: Error, Sendable, Equatable {
    /// A `Candor-*` field is missing, repeated or malformed (time, nonce): 401 `unsigned_request`.
    case unsigned(String)
    /// `Candor-Inspector` names no current inspector: 401 `unknown_inspector`.
    case unknownInspector
    /// The signature does not verify against the named inspector's key: 403 `invalid_signature`.
    case invalidSignature
    /// The named key was revoked on or before now: 403 `revoked_key`.
    case revokedKey
    /// `Candor-Time` is more than the window away from the server's clock, or before the server started
    /// (its nonce memory is the process's): 403 `stale_request`.
    case staleRequest
    /// The nonce was already used by this inspector within the replay memory: 403 `replayed_request`.
    case replayedRequest
    /// The replay memory is full of live nonces: 429 `too_many_requests` (nothing was recorded).
    case tooManyRequests

    public var status: HTTPStatus {
        switch self {
        case .unsigned, .unknownInspector: HTTPStatus(code: 401, reasonPhrase: "Unauthorized")
        case .invalidSignature, .revokedKey, .staleRequest, .replayedRequest: .forbidden
        case .tooManyRequests: .tooManyRequests
        }
    }

    /// The `error` code of the JSON reply.
    public var code: String {
        switch self {
        case .unsigned: "unsigned_request"
        case .unknownInspector: "unknown_inspector"
        case .invalidSignature: "invalid_signature"
        case .revokedKey: "revoked_key"
        case .staleRequest: "stale_request"
        case .replayedRequest: "replayed_request"
        case .tooManyRequests: "too_many_requests"
        }
    }

    /// The `message` of the JSON reply: what went wrong and what to do, never request data.
    public var message: String {
        switch self {
        case .unsigned(let detail):
            "sign the request (Candor-Inspector, Candor-Time, Candor-Nonce, Candor-Signature): \(detail)"
        case .unknownInspector: "this inspector has no key on the server; ask for your Keys/NAME.pub to be added"
        case .invalidSignature: "the signature does not match the request and the inspector's key"
        case .revokedKey: "this inspector key was revoked; use a current key"
        case .staleRequest:
            "the request time is too far from the server's clock, or before its last start; check your clock and retry"
        case .replayedRequest: "this nonce was already used; sign each request with a fresh nonce"
        case .tooManyRequests: "too many signed requests in the last minutes; retry later"
        }
    }

    /// The JSON error reply, `{"error": code, "message": text}`, with the site's security headers.
    public var response: HTTPResponse {
        var response = HTTPResponse.json(ErrorReply(error: code, message: message).jsonBytes, status: status)
        if status.code == 401 { response.headers["WWW-Authenticate"] = "Candor-Signature" }
        for (name, value) in HTTPHeaders.security where response.headers[name] == nil {
            response.headers[name] = value
        }
        return response
    }
}

/// Checks inspectors' signed requests (SignedRequests.md, in Mirroring): the server half of
/// `RequestSigner`, holding public keys only.
///
/// The checks run in this order, so that nothing is remembered for a request that is not signed:
/// the four fields are present and well formed (401 `unsigned_request`); the name is a current or a
/// revoked inspector (401 `unknown_inspector`); the signature verifies with that name's current key or
/// one of its revoked keys (403 `invalid_signature`); the key that verified is not revoked at the
/// server's time (403 `revoked_key`); the time is within ±`window` of the clock (403 `stale_request`);
/// the nonce is new (403 `replayed_request`). Nonces are remembered for 2 × `window` (10 minutes), in
/// at most `capacity` entries, in memory only: so a request signed before this authenticator was made
/// (before the server started) is refused as stale too, since the process before it may have taken it.
/// An inspector whose clock is behind the server's retries a moment after a restart.
///
/// `revoked_key` is only ever the answer to a request that the revoked key really signed: a name alone
/// proves nothing, so a forged request in a revoked name is an `invalid_signature` like any other.
public final class InspectorAuthenticator: Sendable {
    public static let inspectorField = SignedRequest.inspectorField
    public static let timeField = SignedRequest.timeField
    public static let nonceField = SignedRequest.nonceField
    public static let signatureField = SignedRequest.signatureField

    public let keys: InspectorKeys
    /// The revoked keys and the time from which their signatures are refused (`Keys/revoked/`).
    public let revoked: RevokedInspectorKeys
    public let window: TimeInterval
    let clock: any WallClock
    let capacity: Int
    /// The whole second in which this authenticator was made: requests signed before it are refused.
    let startedAt: Int64
    private let nonces: Locked<NonceMemory>

    public init(
        keys: InspectorKeys, revoked: RevokedInspectorKeys = RevokedInspectorKeys(),
        clock: any WallClock = SystemWallClock(),
        window: TimeInterval = 300, capacity: Int = 100_000
    ) {
        precondition(window > 0 && capacity > 0)
        self.keys = keys
        self.revoked = revoked
        self.clock = clock
        self.window = window
        self.capacity = capacity
        startedAt = Int64(clock.now.timeIntervalSince1970.rounded(.down))
        nonces = Locked(NonceMemory())
    }

    /// The inspector who signed `request`, whose whole body is `body`, or why it is refused.
    ///
    /// A success records the nonce: the same signed request is refused the second time.
    public func authenticate(_ request: HTTPRequest, body: [UInt8]) -> Result<InspectorKey, AuthenticationFailure> {
        func field(_ name: String) -> Result<String, AuthenticationFailure> {
            let values = request.headers.values(for: name)
            guard !values.isEmpty else { return .failure(.unsigned("\(name) is missing")) }
            guard values.count == 1 else { return .failure(.unsigned("\(name) is repeated")) }
            return .success(values[0])
        }
        let name: String
        let timeText: String
        let nonce: String
        let signatureText: String
        switch (field(Self.inspectorField), field(Self.timeField), field(Self.nonceField), field(Self.signatureField)) {
        case (.success(let a), .success(let b), .success(let c), .success(let d)):
            (name, timeText, nonce, signatureText) = (a, b, c, d)
        case (.failure(let f), _, _, _), (_, .failure(let f), _, _), (_, _, .failure(let f), _),
            (_, _, _, .failure(let f)):
            return .failure(f)
        }
        guard let time = Self.parseTime(timeText) else {
            return .failure(.unsigned("\(Self.timeField) is not a decimal count of seconds"))
        }
        guard Self.isNonce(nonce) else {
            return .failure(.unsigned("\(Self.nonceField) is not 16 bytes of unpadded base64url"))
        }
        let now = clock.now
        let current = keys.inspectors.first { $0.name == name }
        let revokedKeys = revoked.entries(named: name).map(\.key)
        guard current != nil || !revokedKeys.isEmpty else { return .failure(.unknownInspector) }
        guard let signature = Data(base64Encoded: signatureText), signature.count == Signing.signatureByteCount,
            signature.base64EncodedString() == signatureText
        else { return .failure(.invalidSignature) }
        let message = Self.message(
            method: request.method.rawValue, target: request.target, time: time, nonce: nonce, body: body)
        // The current key first, then the name's revoked keys: the answer names the key that signed.
        guard
            let inspector = ([current].compactMap { $0 } + revokedKeys).first(where: {
                $0.signingKey.isValidSignature(signature, for: message)
            })
        else { return .failure(.invalidSignature) }
        if let entry = revoked.entry(for: inspector), entry.isRevoked(at: now) { return .failure(.revokedKey) }
        guard abs(Double(time) - now.timeIntervalSince1970) <= window, time >= startedAt else {
            return .failure(.staleRequest)
        }
        let recorded = nonces.withLock {
            $0.record(name + " " + nonce, now: now, until: now.addingTimeInterval(2 * window), capacity: capacity)
        }
        if let failure = recorded { return .failure(failure) }
        return .success(inspector)
    }

    /// Authenticates and answers with `handler`, or with the failure's JSON error.
    public func guarded(
        _ handler: @escaping @Sendable (HTTPRequest, InspectorKey, [UInt8]) throws -> HTTPResponse
    ) -> Router.Handler {
        { [self] request in
            let body = try request.body.readAll()
            switch authenticate(request, body: body) {
            case .success(let inspector): return try handler(request, inspector, body)
            case .failure(let failure): return failure.response
            }
        }
    }

    /// The message an inspector signs (SignedRequests.md).
    static func message(method: String, target: String, time: Int64, nonce: String, body: [UInt8]) -> [UInt8] {
        SignedRequest.message(method: method, target: target, time: time, nonce: nonce, body: body)
    }

    /// 1 to 18 ASCII digits, no sign, no leading zero (but "0").
    static func parseTime(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard (1...18).contains(bytes.count), bytes.allSatisfy({ (0x30...0x39).contains($0) }),
            bytes.count == 1 || bytes[0] != 0x30
        else { return nil }
        return Int64(text)
    }

    /// 22 characters of unpadded base64url that decode to 16 bytes, in canonical form (the last
    /// character's 4 unused bits are zero).
    static func isNonce(_ text: String) -> Bool {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        let bytes = Array(text.utf8)
        guard bytes.count == 22 else { return false }
        var last = 0
        for byte in bytes {
            guard let value = alphabet.firstIndex(of: byte) else { return false }
            last = value
        }
        return last & 0x0F == 0
    }
}

/// The nonces seen recently: a set, and a queue in order of expiry to forget them.
struct NonceMemory: ~Copyable {
    private var live: [String: Date] = [:]
    private var queue: [(key: String, expiry: Date)] = []
    private var head = 0

    /// Records `key` until `until`; nil when it is new, the failure otherwise.
    mutating func record(_ key: String, now: Date, until: Date, capacity: Int) -> AuthenticationFailure? {
        forget(before: now)
        if live[key] != nil { return .replayedRequest }
        guard live.count < capacity else { return .tooManyRequests }
        live[key] = until
        queue.append((key, until))
        return nil
    }

    private mutating func forget(before now: Date) {
        // The clock can step back: an entry is forgotten only once its own expiry has passed, and the
        // queue is walked in order of insertion, so a later entry with an earlier expiry waits its turn.
        while head < queue.count, queue[head].expiry <= now {
            if live[queue[head].key] == queue[head].expiry { live[queue[head].key] = nil }
            head += 1
        }
        if head > 1024, head * 2 > queue.count {
            queue.removeFirst(head)
            head = 0
        }
    }
}
