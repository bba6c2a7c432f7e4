import Casework
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
    private let clock: any WallClock
    public let minimumFillSeconds: Double
    public let maximumAgeSeconds: Double
    private let used = Mutex(SpentNonces())

    public init(key: SecureBytes, clock: any WallClock = SystemWallClock(), minimumFillSeconds: Double = 3,
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
        let issued = UInt64(clock.now.timeIntervalSince1970 * 1000)
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
        let now = clock.now.timeIntervalSince1970
        guard now - issued >= minimumFillSeconds else { throw .tooFast }
        guard now - issued <= maximumAgeSeconds else { throw .expired }
        // The nonce is 16 random bytes; its first 8 identify it among the tickets still alive (a
        // collision between two live tickets has a probability of about n²/2⁶⁵).
        let nonce = bytes[8..<16].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let fresh = used.withLock { $0.spend(nonce, until: issued + maximumAgeSeconds, now: now) }
        guard fresh else { throw .alreadyUsed }
    }

    private func mac(_ body: [UInt8], context: [UInt8]) -> [UInt8] {
        // Length-prefixing the context keeps (context, body) pairs from colliding.
        let input = Array("candor-form-ticket".utf8) + [UInt8(truncatingIfNeeded: context.count)] + context + body
        return try! GenericHash.hash(input, key: key, outputByteCount: 16)
    }
}

/// The nonces of spent tickets that have not expired yet, forgotten a minute at a time.
///
/// Each spend is O(1) amortised, and memory is about 16 bytes per live ticket: a set for the lookup and
/// one list per minute of expiry for forgetting. (A dictionary of byte arrays, filtered whole on every
/// spend past a size, cost both time and memory under sustained load: `candor-bench soak` found it.)
struct SpentNonces: ~Copyable {
    private var live = Set<UInt64>()
    private var byMinute: [Int: [UInt64]] = [:]
    private var prunedThrough = Int.min

    /// Records `nonce` until `expiry`; false if it is already spent.
    mutating func spend(_ nonce: UInt64, until expiry: Double, now: Double) -> Bool {
        prune(now: now)
        guard live.insert(nonce).inserted else { return false }
        byMinute[Int((expiry / 60).rounded(.up)), default: []].append(nonce)
        return true
    }

    /// Forgets every minute that has fully passed (at most once per minute of clock time).
    private mutating func prune(now: Double) {
        let current = Int((now / 60).rounded(.down))
        guard current > prunedThrough else { return }
        for minute in byMinute.keys where minute <= current {
            for nonce in byMinute.removeValue(forKey: minute) ?? [] { live.remove(nonce) }
        }
        prunedThrough = current
    }

    var count: Int { live.count }
}

/// Base64 with the URL- and form-safe alphabet and no padding (RFC 4648 §5).
///
/// Written over bytes: Foundation's route (character replacements on `String`, then `Data(base64Encoded:)`)
/// costs tens of microseconds per ticket on Linux, on every challenge and every submission. Decoding
/// accepts exactly what that route accepted: the 64 symbols only, at most 4,096 of them, any length but
/// 1 modulo 4, and (like Foundation) ignores the unused low bits of the last symbol.
enum Base64URL {
    private static let symbols = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
    /// The value of each byte as a symbol, or 0xFF.
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, symbol) in symbols.enumerated() { table[Int(symbol)] = UInt8(value) }
        return table
    }()

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count * 4 + 2) / 3)
        var i = 0
        while i < bytes.count {
            let count = min(3, bytes.count - i)
            var group = UInt32(bytes[i]) << 16
            if count > 1 { group |= UInt32(bytes[i + 1]) << 8 }
            if count > 2 { group |= UInt32(bytes[i + 2]) }
            for k in 0...count { out.append(symbols[Int((group >> UInt32(18 - 6 * k)) & 0x3F)]) }
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func decode(_ text: String) -> [UInt8]? {
        let utf8 = text.utf8
        guard utf8.count <= 4096, utf8.count % 4 != 1 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count * 3 / 4)
        var group: UInt32 = 0
        var filled = 0
        for byte in utf8 {
            let value = values[Int(byte)]
            guard value != 0xFF else { return nil }
            group = group << 6 | UInt32(value)
            filled += 1
            if filled == 4 {
                out += [UInt8(truncatingIfNeeded: group >> 16), UInt8(truncatingIfNeeded: group >> 8), UInt8(truncatingIfNeeded: group)]
                group = 0
                filled = 0
            }
        }
        switch filled {
        case 2: out.append(UInt8(truncatingIfNeeded: group >> 4))
        case 3: out += [UInt8(truncatingIfNeeded: group >> 10), UInt8(truncatingIfNeeded: group >> 2)]
        default: break
        }
        return out
    }
}
