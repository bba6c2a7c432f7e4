import Sodium
import TestSupport
import Testing

@Suite("SHA-256")
struct SHA256Tests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let message: [UInt8]
        let digest: String
        var testDescription: String { name }
    }

    /// FIPS 180-2, Appendix B (one-block, multi-block and long messages), plus the empty string.
    static let fips180: [Vector] = [
        Vector(
            name: "empty", message: [],
            digest: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        Vector(
            name: "abc (B.1)", message: Array("abc".utf8),
            digest: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        Vector(
            name: "448-bit message (B.2)",
            message: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
            digest: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        Vector(
            name: "one million 'a' (B.3)", message: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000),
            digest: "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    ]

    @Test("FIPS 180-2 known answers", arguments: fips180)
    func knownAnswer(_ vector: Vector) {
        #expect(SHA256.hash(vector.message).hex == vector.digest)
    }

    @Test("incremental hashing in any split equals one-shot", arguments: fips180)
    func incrementalEqualsOneShot(_ vector: Vector) {
        let message = vector.message
        for splits in [[], [0], [1], [63, 64, 65], [message.count / 3, message.count / 2], [message.count]] {
            var hasher = SHA256()
            var start = 0
            for split in splits where split >= start && split <= message.count {
                hasher.update(message[start..<split])
                start = split
            }
            hasher.update(message[start...])
            #expect(hasher.finalize().hex == vector.digest, "splits \(splits)")
        }
    }

    @Test("one million 'a' fed in uneven pieces")
    func millionInPieces() {
        var hasher = SHA256()
        var remaining = 1_000_000
        var piece = 1
        while remaining > 0 {
            let count = min(piece, remaining)
            hasher.update([UInt8](repeating: UInt8(ascii: "a"), count: count))
            remaining -= count
            piece = piece * 3 + 1
        }
        #expect(hasher.finalize().hex == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("digest is 32 bytes and depends on every bit")
    func lengthAndSensitivity() {
        let message = Array("abc".utf8)
        #expect(SHA256.byteCount == 32)
        #expect(SHA256.hash(message).count == 32)
        #expect(SHA256.hash(message.flippingBit(0, ofByte: 2)) != SHA256.hash(message))
    }
}
