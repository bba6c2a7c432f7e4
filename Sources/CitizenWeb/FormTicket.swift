import Casework
import Foundation
import Sodium
import Web

/// Single-use form tickets: a flood guard that identifies no one.
///
/// The form page embeds a ticket: issue time ‖ the issuer's epoch ‖ a serial number ‖ a keyed BLAKE2b
/// MAC of all three. A submission must carry a ticket that the server issued (MAC), that is older than
/// the minimum fill time (a human takes a few seconds; a script posting at once does not), younger than
/// the maximum age, and not used before. No cookie, no address: the ticket says nothing about who holds
/// it, only when and in which order the server made it, which the server knew anyway.
///
/// Serial numbers make "not used before" cheap: one bit per ticket issued within the maximum age
/// (``SpentTickets``), so memory does not grow with the number of submissions (`candor-bench soak`).
/// The epoch is random per process, and a ticket of another epoch (an earlier run of the server) is
/// refused as expired: the spent set lives in memory only, so a restart must not make an earlier run's
/// spent tickets good again, and nothing about tickets is written to disk. A citizen who filled a form
/// across a restart gets it back, filled in, with a fresh ticket.
public final class FormTicketIssuer: Sendable {
    public enum Rejection: Error, Equatable, Sendable {
        case malformed, forged, tooFast, expired, alreadyUsed
    }

    private let key: SecureBytes
    private let clock: any WallClock
    public let minimumFillSeconds: Double
    public let maximumAgeSeconds: Double
    /// This process's epoch: random, so that two runs never issue the same (epoch, serial).
    private let epoch: UInt64
    private let state: Locked<SpentTickets>

    public init(
        key: SecureBytes, clock: any WallClock = SystemWallClock(), minimumFillSeconds: Double = 3,
        maximumAgeSeconds: Double = 4 * 3600
    ) {
        self.key = key
        self.clock = clock
        self.minimumFillSeconds = minimumFillSeconds
        self.maximumAgeSeconds = maximumAgeSeconds
        epoch = Random.bytes(count: 8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        state = Locked(SpentTickets(maximumAgeSeconds: maximumAgeSeconds))
    }

    /// A fresh ticket, as URL-safe base64 text for a hidden form field. `context` is bound into the MAC
    /// (the proof of work binds its difficulty), and the same context must be given to `redeem`.
    public func issue(context: [UInt8] = []) -> String {
        let serial = state.withLock { $0.nextSerial() }
        var body: [UInt8] = []
        body.reserveCapacity(24)
        for field in [UInt64(clock.now.timeIntervalSince1970 * 1000), epoch, serial] {
            withUnsafeBytes(of: field.bigEndian) { body.append(contentsOf: $0) }
        }
        return Base64URL.encode(body + mac(body, context: context))
    }

    /// Checks a ticket and spends it. Throws the reason it is refused.
    public func redeem(_ ticket: String, context: [UInt8] = []) throws(Rejection) {
        try spend(verify(ticket, context: context))
    }

    /// A ticket that passed every check but "not used before".
    struct Verified {
        let serial: UInt64
        let issued: Double
        let now: Double
    }

    /// Checks a ticket's MAC, age and epoch, without spending it.
    func verify(_ ticket: String, context: [UInt8]) throws(Rejection) -> Verified {
        guard let bytes = Base64URL.decode(ticket), bytes.count == 8 + 8 + 8 + 16 else { throw .malformed }
        let body = Array(bytes[0..<24])
        let tag = SecureBytes(bytes[24...])
        guard SecureBytes(mac(body, context: context)) == tag else { throw .forged }
        func field(_ n: Int) -> UInt64 { bytes[(8 * n)..<(8 * n + 8)].reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }
        let issued = Double(field(0)) / 1000
        let now = clock.now.timeIntervalSince1970
        guard now - issued >= minimumFillSeconds else { throw .tooFast }
        guard now - issued <= maximumAgeSeconds else { throw .expired }
        // Issued by an earlier run, whose spent tickets this run cannot know (SECURITY.md, L6).
        guard field(1) == epoch else { throw .expired }
        return Verified(serial: field(2), issued: issued, now: now)
    }

    /// Spends a verified ticket; refused if it was spent before.
    func spend(_ ticket: Verified) throws(Rejection) {
        let fresh = state.withLock { $0.spend(serial: ticket.serial, issued: ticket.issued, now: ticket.now) }
        guard fresh else { throw .alreadyUsed }
    }

    /// The spent-ticket memory's size, for tests and the soak: chunks of serials remembered.
    var spentChunkCount: Int { state.withLock { $0.chunkCount } }

    private func mac(_ body: [UInt8], context: [UInt8]) -> [UInt8] {
        // Length-prefixing the context keeps (context, body) pairs from colliding.
        let input = Array("candor-form-ticket".utf8) + [UInt8(truncatingIfNeeded: context.count)] + context + body
        return GenericHash.hash(input, key: key, outputByteCount: 16)
    }
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
                out += [
                    UInt8(truncatingIfNeeded: group >> 16), UInt8(truncatingIfNeeded: group >> 8),
                    UInt8(truncatingIfNeeded: group),
                ]
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
