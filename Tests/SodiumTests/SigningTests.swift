import Sodium
import TestSupport
import Testing

@Suite("Ed25519 (Signing)")
struct SigningTests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let seed: String
        let publicKey: String
        let message: String
        let signature: String
        var testDescription: String { name }
    }

    /// RFC 8032 §7.1, the Ed25519 tests. "SECRET KEY" there is the 32-byte seed.
    static let rfc8032: [Vector] = [
        Vector(
            name: "TEST 1 (empty message)",
            seed: "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            publicKey: "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            message: "",
            signature: """
                e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155
                5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b
                """),
        Vector(
            name: "TEST 2 (one byte)",
            seed: "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            publicKey: "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            message: "72",
            signature: """
                92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da
                085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00
                """),
        Vector(
            name: "TEST 3 (two bytes)",
            seed: "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            publicKey: "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            message: "af82",
            signature: """
                6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac
                18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a
                """),
        Vector(
            name: "TEST SHA(abc) (64-byte message)",
            seed: "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42",
            publicKey: "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf",
            message: """
                ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a
                2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f
                """,
            signature: """
                dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b589
                09351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704
                """),
    ]

    @Test("RFC 8032 §7.1: seed → public key, exact signature, verifies", arguments: rfc8032)
    func knownAnswer(_ vector: Vector) throws {
        let key = try Signing.PrivateKey(seed: SecureBytes(hex: vector.seed))
        let message = [UInt8](hex: vector.message)
        let signature = [UInt8](hex: vector.signature)
        #expect(key.publicKey.rawRepresentation.hex == vector.publicKey)
        #expect(key.signature(for: message) == signature)
        #expect(key.seed == SecureBytes(hex: vector.seed))
        let publicKey = try Signing.PublicKey(rawRepresentation: [UInt8](hex: vector.publicKey))
        #expect(publicKey == key.publicKey)
        #expect(publicKey.isValidSignature(signature, for: message))
    }

    static let signatureRegions = [
        Region(name: "R, first byte", offset: 0), Region(name: "R, last byte", offset: 31),
        Region(name: "S, first byte", offset: 32), Region(name: "S, last byte", offset: -1),
    ]

    @Test("a flipped signature bit fails", arguments: signatureRegions, 0..<8)
    func flippedSignatureBit(_ region: Region, bit: Int) throws {
        let vector = Self.rfc8032[3]
        let publicKey = try Signing.PublicKey(rawRepresentation: [UInt8](hex: vector.publicKey))
        let signature = [UInt8](hex: vector.signature)
        let tampered = signature.flippingBit(bit, ofByte: region.index(in: signature.count))
        #expect(!publicKey.isValidSignature(tampered, for: [UInt8](hex: vector.message)))
    }

    @Test("a flipped, truncated or extended message fails", arguments: rfc8032)
    func alteredMessage(_ vector: Vector) throws {
        let publicKey = try Signing.PublicKey(rawRepresentation: [UInt8](hex: vector.publicKey))
        let message = [UInt8](hex: vector.message)
        let signature = [UInt8](hex: vector.signature)
        if !message.isEmpty {
            #expect(!publicKey.isValidSignature(signature, for: message.flippingBit(0, ofByte: 0)))
            #expect(!publicKey.isValidSignature(signature, for: message.flippingBit(7, ofByte: message.count - 1)))
            #expect(!publicKey.isValidSignature(signature, for: message.dropLast()))
        }
        #expect(!publicKey.isValidSignature(signature, for: message + [0]))
    }

    @Test("another vector's key or signature fails", arguments: rfc8032)
    func wrongKey(_ vector: Vector) throws {
        let message = [UInt8](hex: vector.message)
        let signature = [UInt8](hex: vector.signature)
        for other in Self.rfc8032 where other.name != vector.name {
            let otherKey = try Signing.PublicKey(rawRepresentation: [UInt8](hex: other.publicKey))
            #expect(!otherKey.isValidSignature(signature, for: message))
            let ownKey = try Signing.PublicKey(rawRepresentation: [UInt8](hex: vector.publicKey))
            #expect(!ownKey.isValidSignature([UInt8](hex: other.signature), for: message))
        }
        let flippedKey = try Signing.PublicKey(
            rawRepresentation: [UInt8](hex: vector.publicKey).flippingBit(1, ofByte: 5))
        #expect(!flippedKey.isValidSignature(signature, for: message))
    }

    @Test("signatures of the wrong length fail", arguments: [0, 1, 32, 63, 65, 128])
    func wrongSignatureLength(_ length: Int) throws {
        let vector = Self.rfc8032[1]
        let publicKey = try Signing.PublicKey(rawRepresentation: [UInt8](hex: vector.publicKey))
        let signature = [UInt8](hex: vector.signature)
        let resized =
            length <= 64 ? Array(signature.prefix(length)) : signature + [UInt8](repeating: 0, count: length - 64)
        #expect(!publicKey.isValidSignature(resized, for: [UInt8](hex: vector.message)))
    }

    @Test("an all-zero signature and an all-zero key fail")
    func zeros() throws {
        let vector = Self.rfc8032[0]
        let publicKey = try Signing.PublicKey(rawRepresentation: [UInt8](hex: vector.publicKey))
        #expect(!publicKey.isValidSignature([UInt8](repeating: 0, count: 64), for: [UInt8]()))
        let zeroKey = try Signing.PublicKey(rawRepresentation: [UInt8](repeating: 0, count: 32))
        #expect(!zeroKey.isValidSignature([UInt8](hex: vector.signature), for: [UInt8]()))
    }

    @Test("random keys sign and verify; signatures are deterministic")
    func randomKeys() {
        let key = Signing.PrivateKey()
        let other = Signing.PrivateKey()
        let message = Array("Kết luận thanh tra".utf8)
        let signature = key.signature(for: message)
        #expect(signature.count == Signing.signatureByteCount)
        #expect(key.signature(for: message) == signature)
        #expect(key.publicKey.isValidSignature(signature, for: message))
        #expect(!other.publicKey.isValidSignature(signature, for: message))
        #expect(key.publicKey != other.publicKey)
    }

    @Test("a key rebuilt from its seed is the same key")
    func seedRoundTrip() throws {
        let key = Signing.PrivateKey()
        let rebuilt = try Signing.PrivateKey(seed: key.seed)
        #expect(rebuilt.publicKey == key.publicKey)
        #expect(rebuilt.signature(for: [1, 2, 3]) == key.signature(for: [1, 2, 3]))
    }

    @Test("seeds and public keys of the wrong length throw", arguments: [0, 31, 33, 64])
    func wrongLengths(_ length: Int) {
        #expect(throws: SodiumError.invalidLength(what: "Ed25519 seed", expected: 32, actual: length)) {
            _ = try Signing.PrivateKey(seed: SecureBytes(sequentialBytes(length)))
        }
        #expect(throws: SodiumError.invalidLength(what: "Ed25519 public key", expected: 32, actual: length)) {
            _ = try Signing.PublicKey(rawRepresentation: sequentialBytes(length))
        }
    }

    @Test("a public key's description is its hex, nothing secret")
    func publicKeyDescription() throws {
        let key = try Signing.PrivateKey(seed: SecureBytes(hex: Self.rfc8032[0].seed))
        #expect(key.publicKey.description == "Ed25519.PublicKey(\(Self.rfc8032[0].publicKey))")
    }
}
