import Sodium
import Testing

// Helpers shared by the Sodium tests: hex for the published vectors, bit flips for tamper tests.

extension Array where Element == UInt8 {
    /// Bytes from a hex string. Whitespace is ignored so long vectors can be split across lines;
    /// anything else that is not hex is a typo in a test, so it traps.
    init(hex: String) {
        let digits = hex.filter { !$0.isWhitespace }.map { character -> UInt8 in
            guard let value = character.hexDigitValue else { preconditionFailure("not hex: \(character)") }
            return UInt8(value)
        }
        precondition(digits.count % 2 == 0, "odd number of hex digits")
        self = stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }

    var hex: String { map { String($0, radix: 16).leftPadded(to: 2) }.joined() }

    /// A copy with one bit flipped.
    func flippingBit(_ bit: Int, ofByte index: Int) -> [UInt8] {
        var copy = self
        copy[index] ^= 1 << UInt8(bit % 8)
        return copy
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}

extension SecureBytes {
    init(hex: String) { self.init([UInt8](hex: hex)) }
    var hex: String { unsafeCopiedBytes().hex }
}

/// Bytes 0, 1, 2, … `count - 1` (mod 256): the inputs of the BLAKE2 and libsodium KAT files.
func sequentialBytes(_ count: Int) -> [UInt8] {
    (0..<count).map { UInt8(truncatingIfNeeded: $0) }
}

/// A named byte position, so a parameterised tamper test says which region it broke.
struct Region: Sendable, CustomTestStringConvertible {
    let name: String
    /// Offset from the start when non-negative, from the end (`-1` is the last byte) when negative.
    let offset: Int

    func index(in count: Int) -> Int { offset >= 0 ? offset : count + offset }
    var testDescription: String { name }
}
