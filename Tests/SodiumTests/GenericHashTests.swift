import Sodium
import TestSupport
import Testing

@Suite("BLAKE2b (GenericHash)")
struct GenericHashTests {
    @Test("RFC 7693 Appendix A: BLAKE2b-512(\"abc\")")
    func rfc7693() throws {
        let digest = GenericHash.hash(Array("abc".utf8), outputByteCount: 64)
        #expect(
            digest
                == [UInt8](
                    hex: """
                        ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1
                        7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923
                        """))
    }

    @Test("unkeyed BLAKE2b-256 of the empty string")
    func emptyDefaultLength() throws {
        #expect(
            GenericHash.hash([UInt8]()).hex == "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8")
        #expect(GenericHash.defaultByteCount == 32)
    }

    /// BLAKE2 reference `testvectors/blake2b-kat.txt`: key = 00…3f (64 bytes), input = 00…(n−1),
    /// 64-byte output.
    static let keyedKAT: [(inputLength: Int, digest: String)] = [
        (
            0,
            "10ebb67700b1868efb4417987acf4690ae9d972fb7a590c2f02871799aaa4786b5e996e8f0f4eb981fc214b005f42d2ff4233499391653df7aefcbc13fc51568"
        ),
        (
            1,
            "961f6dd1e4dd30f63901690c512e78e4b45e4742ed197c3c5e45c549fd25f2e4187b0bc9fe30492b16b0d0bc4ef9b0f34c7003fac09a5ef1532e69430234cebd"
        ),
        (
            2,
            "da2cfbe2d8409a0f38026113884f84b50156371ae304c4430173d08a99d9fb1b983164a3770706d537f49e0c916d9f32b95cc37a95b99d857436f0232c88a965"
        ),
        (
            3,
            "33d0825dddf7ada99b0e7e307104ad07ca9cfd9692214f1561356315e784f3e5a17e364ae9dbb14cb2036df932b77f4b292761365fb328de7afdc6d8998f5fc1"
        ),
        (
            31,
            "eba51acffb4cea31db4b8d87e9bf7dd48fe97b0253ae67aa580f9ac4a9d941f2bea518ee286818cc9f633f2a3b9fb68e594b48cdd6d515bf1d52ba6c85a203a7"
        ),
        (
            33,
            "5595e05c13a7ec4dc8f41fb70cb50a71bce17c024ff6de7af618d0cc4e9c32d9570d6d3ea45b86525491030c0d8f2b1836d5778c1ce735c17707df364d054347"
        ),
        (
            66,
            "c516541701863f91005f314108ceece3c643e04fc8c42fd2ff556220e616aaa6a48aeb97a84bad74782e8dff96a1a2fa949339d722edcaa32b57067041df88cc"
        ),
        (
            97,
            "31fc79738b8772b3f55cd8178813b3b52d0db5a419d30ba9495c4b9da0219fac6df8e7c23a811551a62b827f256ecdb8124ac8a6792ccfecc3b3012722e94463"
        ),
        (
            127,
            "76d2d819c92bce55fa8e092ab1bf9b9eab237a25267986cacf2b8ee14d214d730dc9a5aa2d7b596e86a1fd8fa0804c77402d2fcd45083688b218b1cdfa0dcbcb"
        ),
        (
            255,
            "142709d62e28fcccd0af97fad0f8465b971e82201dc51070faa0372aa43e92484be1c1e73ba10906d5d1853db6a4106e0a7bf9800d373d6dee2d46d62ef2a461"
        ),
    ]

    static let katKey = SecureBytes(sequentialBytes(64))

    @Test("blake2b-kat.txt keyed vectors", arguments: keyedKAT)
    func keyedKnownAnswer(inputLength: Int, digest: String) throws {
        let output = GenericHash.hash(sequentialBytes(inputLength), key: Self.katKey, outputByteCount: 64)
        #expect(output.hex == digest)
    }

    @Test("incremental keyed hashing equals one-shot", arguments: keyedKAT)
    func incrementalKeyed(inputLength: Int, digest: String) throws {
        let input = sequentialBytes(inputLength)
        for split in Set([0, inputLength / 2, inputLength]) {
            var hasher = GenericHash(key: Self.katKey, outputByteCount: 64)
            hasher.update(input[..<split])
            hasher.update(input[split...])
            #expect(hasher.finalize().hex == digest, "split at \(split)")
        }
    }

    @Test("incremental unkeyed hashing across block boundaries equals one-shot")
    func incrementalUnkeyed() throws {
        let input = sequentialBytes(1000)
        let expected = GenericHash.hash(input)
        var hasher = GenericHash()
        var index = 0
        for size in [0, 1, 127, 128, 129, 255, 360] {
            hasher.update(input[index..<(index + size)])
            index += size
        }
        hasher.update(input[index...])
        #expect(hasher.finalize() == expected)
    }

    @Test("the key and the output length change the digest")
    func keyAndLengthMatter() throws {
        let message = Array("Candor".utf8)
        let unkeyed = GenericHash.hash(message)
        let keyed = GenericHash.hash(message, key: SecureBytes(sequentialBytes(32)))
        let otherKey = GenericHash.hash(message, key: SecureBytes(sequentialBytes(32).flippingBit(0, ofByte: 31)))
        #expect(unkeyed != keyed)
        #expect(keyed != otherKey)
        // BLAKE2b's parameter block includes the digest length: a 16-byte digest is no prefix of the 32-byte one.
        let short = GenericHash.hash(message, outputByteCount: 16)
        #expect(short.count == 16)
        #expect(Array(unkeyed.prefix(16)) != short)
    }

    // The lengths are the caller's constants: a wrong one is a programmer's mistake, which traps.
    @Test("output lengths outside 16…64 trap", arguments: [0, 15, 65])
    func invalidOutputLength(_ length: Int) async {
        await #expect(processExitsWith: .failure) { [length] in _ = GenericHash.hash([UInt8](), outputByteCount: length)
        }
        await #expect(processExitsWith: .failure) { [length] in _ = GenericHash(outputByteCount: length) }
    }

    @Test("key lengths outside 16…64 trap", arguments: [1, 15, 65])
    func invalidKeyLength(_ length: Int) async {
        await #expect(processExitsWith: .failure) { [length] in
            _ = GenericHash.hash([UInt8](), key: SecureBytes(sequentialBytes(length)))
        }
        await #expect(processExitsWith: .failure) { [length] in
            _ = GenericHash(key: SecureBytes(sequentialBytes(length)))
        }
    }

    @Test("boundary lengths 16 and 64 are accepted")
    func boundaryLengths() throws {
        for length in [16, 64] {
            #expect(
                GenericHash.hash([UInt8](), key: SecureBytes(sequentialBytes(length)), outputByteCount: length)
                    .count == length)
        }
    }
}
