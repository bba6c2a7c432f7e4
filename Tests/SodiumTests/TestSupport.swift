import Sodium
import TestSupport
import Testing

// Helpers of the Sodium tests: secret bytes in hex for the published vectors, regions for tamper tests.

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
