import Casework
import Foundation
import Sodium

/// A BLAKE2b hashcash for API submissions, whose difficulty can rise under load.
///
/// `GET /api/v1/challenge` returns a challenge: issue time ‖ difficulty ‖ random nonce ‖ MAC. The client
/// finds a 64-bit counter such that BLAKE2b-256(challenge ‖ counter, 8 bytes big-endian) starts with
/// `difficulty` zero bits, and sends both with its submission. The server checks the MAC, the age, that
/// the challenge was not used before (single use, like form tickets), and the hash: one BLAKE2b call.
public final class ProofOfWork: Sendable {
    public enum Rejection: Error, Equatable, Sendable {
        case malformed, forged, expired, alreadyUsed, insufficientWork
        /// Solved at a lower difficulty than the one asked for now: refused, and not spent.
        case tooEasy
    }

    private let tickets: FormTicketIssuer
    private let key: SecureBytes
    private let clock: any WallClock

    public init(key: SecureBytes, clock: any WallClock = SystemWallClock(), maximumAgeSeconds: Double = 600) {
        self.key = key
        self.clock = clock
        tickets = FormTicketIssuer(key: key, clock: clock, minimumFillSeconds: 0, maximumAgeSeconds: maximumAgeSeconds)
    }

    /// A challenge at `difficulty` leading zero bits (0…40).
    public func challenge(difficulty: Int) -> String {
        precondition((0...40).contains(difficulty), "difficulty must be 0…40 bits")
        return "\(difficulty).\(tickets.issue(context: Array(String(difficulty).utf8)))"
    }

    /// Checks a solved challenge and spends it.
    ///
    /// The checks, in order: the shape (``Rejection/malformed``), the work (``Rejection/insufficientWork``),
    /// the MAC (``Rejection/forged``), the age and the run that issued it (``Rejection/expired``), the
    /// difficulty, then single use (``Rejection/alreadyUsed``). The difficulty is judged now, when the
    /// challenge is spent: one issued at fewer bits than `requiredDifficulty` (the difficulty the server
    /// asks for at this moment) is refused as ``Rejection/tooEasy`` and left unspent, so challenges
    /// stockpiled while the server was idle are worth nothing under load.
    public func redeem(challenge: String, counter: UInt64, requiredDifficulty: Int = 0) throws(Rejection) {
        let parts = challenge.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, let difficulty = Int(parts[0]), (0...40).contains(difficulty) else { throw .malformed }
        guard Self.leadingZeroBits(challenge: challenge, counter: counter) >= difficulty else {
            throw .insufficientWork
        }
        let verified: FormTicketIssuer.Verified
        do throws(FormTicketIssuer.Rejection) {
            verified = try tickets.verify(String(parts[1]), context: Array(parts[0].utf8))
        } catch {
            throw Self.rejection(error)
        }
        guard difficulty >= requiredDifficulty else { throw .tooEasy }
        do throws(FormTicketIssuer.Rejection) {
            try tickets.spend(verified)
        } catch {
            throw Self.rejection(error)
        }
    }

    /// A challenge's ticket refusal as a proof-of-work refusal.
    private static func rejection(_ error: FormTicketIssuer.Rejection) -> Rejection {
        switch error {
        case .malformed: .malformed
        case .forged: .forged
        case .expired, .tooFast: .expired
        case .alreadyUsed: .alreadyUsed
        }
    }

    /// The number of leading zero bits of BLAKE2b-256(challenge ‖ counter).
    public static func leadingZeroBits(challenge: String, counter: UInt64) -> Int {
        var input = Array(challenge.utf8)
        withUnsafeBytes(of: counter.bigEndian) { input.append(contentsOf: $0) }
        let hash = GenericHash.hash(input)
        var bits = 0
        for byte in hash {
            if byte == 0 {
                bits += 8
                continue
            }
            bits += byte.leadingZeroBitCount
            break
        }
        return bits
    }

    /// Solves a challenge by brute force (for clients, tests and the benchmark).
    public static func solve(_ challenge: String) -> UInt64? {
        guard let difficulty = challenge.split(separator: ".").first.flatMap({ Int($0) }) else { return nil }
        var counter: UInt64 = 0
        while leadingZeroBits(challenge: challenge, counter: counter) < difficulty { counter += 1 }
        return counter
    }
}
