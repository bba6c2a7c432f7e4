import Foundation
import Sodium
import Synchronization

/// Single-use form tickets: a flood guard that identifies no one.
///
/// The form page embeds a ticket: issue time ‖ random nonce ‖ a keyed BLAKE2b MAC of both. A
/// submission must carry a ticket that the server issued (MAC), that is older than the minimum fill
/// time (a human takes a few seconds; a script posting at once does not), younger than the maximum age,
/// and not used before. No cookie, no address: the ticket says nothing about who holds it.
///
/// Used nonces are remembered in memory until their ticket would have expired anyway; after a restart a
/// ticket could be replayed once within its maximum age, which the intake budget still bounds.
public final class FormTicketIssuer: Sendable {
    public enum Rejection: Error, Equatable, Sendable {
        case malformed, forged, tooFast, expired, alreadyUsed
    }

    private let key: SecureBytes
    private let clock: any Clock
    public let minimumFillSeconds: Double
    public let maximumAgeSeconds: Double
    private let used = Mutex<[[UInt8]: Double]>([:])

    public init(key: SecureBytes, clock: any Clock = SystemClock(), minimumFillSeconds: Double = 3,
                maximumAgeSeconds: Double = 4 * 3600) {
        self.key = key
        self.clock = clock
        self.minimumFillSeconds = minimumFillSeconds
        self.maximumAgeSeconds = maximumAgeSeconds
    }

    /// A fresh ticket, as URL-safe base64 text for a hidden form field. `context` is bound into the MAC
    /// (the proof of work binds its difficulty), and the same context must be given to `redeem`.
    public func issue(context: [UInt8] = []) -> String {
        var body: [UInt8] = []
        let issued = UInt64(clock.now() * 1000)
        withUnsafeBytes(of: issued.bigEndian) { body.append(contentsOf: $0) }
        body += Random.bytes(count: 16)
        return Base64URL.encode(body + mac(body, context: context))
    }

    /// Checks a ticket and spends it. Throws the reason it is refused.
    public func redeem(_ ticket: String, context: [UInt8] = []) throws(Rejection) {
        guard let bytes = Base64URL.decode(ticket), bytes.count == 8 + 16 + 16 else { throw .malformed }
        let body = Array(bytes[0..<24])
        let tag = SecureBytes(bytes[24...])
        guard SecureBytes(mac(body, context: context)) == tag else { throw .forged }
        let issued = Double(bytes[0..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }) / 1000
        let now = clock.now()
        guard now - issued >= minimumFillSeconds else { throw .tooFast }
        guard now - issued <= maximumAgeSeconds else { throw .expired }
        let nonce = Array(bytes[8..<24])
        let fresh = used.withLock { used -> Bool in
            if used.count > 4096 { used = used.filter { $0.value > now } }
            guard used[nonce] == nil else { return false }
            used[nonce] = issued + maximumAgeSeconds
            return true
        }
        guard fresh else { throw .alreadyUsed }
    }

    private func mac(_ body: [UInt8], context: [UInt8]) -> [UInt8] {
        // Length-prefixing the context keeps (context, body) pairs from colliding.
        let input = Array("candor-form-ticket".utf8) + [UInt8(truncatingIfNeeded: context.count)] + context + body
        return try! GenericHash.hash(input, key: key, outputByteCount: 16)
    }
}

/// Base64 with the URL- and form-safe alphabet and no padding (RFC 4648 §5).
enum Base64URL {
    static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ text: String) -> [UInt8]? {
        guard text.count <= 4096, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { return nil }
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        standard += String(repeating: "=", count: (4 - standard.count % 4) % 4)
        return Data(base64Encoded: standard).map { Array($0) }
    }
}
