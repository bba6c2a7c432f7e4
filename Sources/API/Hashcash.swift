import Sodium

/// The proof of work of the citizen API's writes (a BLAKE2b hashcash): find a 64-bit counter such that
/// BLAKE2b-256(challenge ‖ counter, 8 bytes big-endian) starts with the challenge's difficulty in zero
/// bits. The challenge's text starts with that difficulty: `"<bits>.<ticket>"`.
///
/// The server's `ProofOfWork` issues and checks challenges with ``leadingZeroBits(challenge:counter:)``;
/// clients, tests and the benchmark solve them with ``solve(_:)``.
public enum Hashcash {
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

    /// The smallest counter that solves `challenge`, by brute force; nil when the text does not start
    /// with a difficulty.
    public static func solve(_ challenge: String) -> UInt64? {
        guard let difficulty = challenge.split(separator: ".").first.flatMap({ Int($0) }) else { return nil }
        var counter: UInt64 = 0
        while leadingZeroBits(challenge: challenge, counter: counter) < difficulty { counter += 1 }
        return counter
    }
}
