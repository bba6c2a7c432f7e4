import Sodium
import TestSupport
import Testing

@Suite("SecureBytes")
struct SecureBytesTests {
    @Test("equal contents compare equal, through the constant-time path")
    func equal() {
        let bytes = sequentialBytes(32)
        #expect(SecureBytes(bytes) == SecureBytes(bytes))
        let original = SecureBytes.random(count: 64)
        #expect(original == SecureBytes(original.unsafeCopiedBytes()))
        let copy = original  // copies share storage
        #expect(copy == original)
    }

    @Test("a difference anywhere makes them unequal", arguments: [0, 1, 15, 16, 31])
    func different(at index: Int) {
        let bytes = sequentialBytes(32)
        #expect(SecureBytes(bytes) != SecureBytes(bytes.flippingBit(index, ofByte: index)))
    }

    @Test("different lengths are unequal, even when one is a prefix of the other")
    func differentLengths() {
        let bytes = sequentialBytes(32)
        #expect(SecureBytes(bytes) != SecureBytes(bytes.dropLast()))
        #expect(SecureBytes(bytes.dropLast()) != SecureBytes(bytes))
        #expect(SecureBytes(zeros: 16) != SecureBytes(zeros: 17))
    }

    @Test("empty equals empty and nothing else")
    func empty() {
        #expect(SecureBytes([UInt8]()) == SecureBytes(zeros: 0))
        #expect(SecureBytes(zeros: 0) != SecureBytes(zeros: 1))
        #expect(SecureBytes(zeros: 0).count == 0)
        #expect(SecureBytes(zeros: 0).unsafeCopiedBytes() == [])
    }

    @Test("description, debugDescription, interpolation and dump never show the bytes")
    func noLeakInDescriptions() {
        // A recognisable secret: if any rendering contained it, in hex or decimal, it would show.
        let secret = SecureBytes([0xde, 0xad, 0xbe, 0xef, 0x42])
        var dumped = ""
        dump(secret, to: &dumped)
        let renderings = [
            secret.description, secret.debugDescription, "\(secret)", String(reflecting: secret),
            String(describing: [secret]), dumped,
        ]
        for rendering in renderings {
            #expect(!rendering.lowercased().contains("dead"), "\(rendering)")
            #expect(!rendering.lowercased().contains("beef"), "\(rendering)")
            #expect(!rendering.contains("222"), "\(rendering)")  // 0xde
            #expect(!rendering.contains("173"), "\(rendering)")  // 0xad
        }
        #expect(secret.description == "SecureBytes(5 bytes, redacted)")
    }

    @Test("random(count:) gives the count asked for, and differs each time")
    func random() {
        let first = SecureBytes.random(count: 32)
        let second = SecureBytes.random(count: 32)
        #expect(first.count == 32)
        #expect(first != second)
        #expect(first != SecureBytes(zeros: 32))
        #expect(SecureBytes.random(count: 0).count == 0)
    }

    @Test("zeros, copying in and copying out")
    func contents() {
        #expect(SecureBytes(zeros: 8).unsafeCopiedBytes() == [UInt8](repeating: 0, count: 8))
        let bytes: [UInt8] = [1, 2, 3, 250]
        let secret = SecureBytes(bytes)
        #expect(secret.unsafeCopiedBytes() == bytes)
        #expect(secret.withUnsafeBytes { Array($0) } == bytes)
        #expect(secret.count == 4)
        // A slice or another SecureBytes is also ContiguousBytes.
        #expect(SecureBytes(bytes[1...]).unsafeCopiedBytes() == [2, 3, 250])
        #expect(SecureBytes(secret) == secret)
    }

    @Test("usable from several tasks at once (Sendable)")
    func concurrentUse() async {
        let secret = SecureBytes.random(count: 32)
        let expected = secret.unsafeCopiedBytes()
        let results = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 { group.addTask { secret.unsafeCopiedBytes() == expected && secret == secret } }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results == [Bool](repeating: true, count: 8))
    }
}
