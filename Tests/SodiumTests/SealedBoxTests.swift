import TestSupport
import Testing

@testable import Sodium

@Suite("SealedBox (X25519 crypto_box_seal)")
struct SealedBoxTests {
    static let message = Array("Cán bộ đòi tiền khi đổi giấy phép lái xe.".utf8)

    @Test("sizes match libsodium")
    func sizes() {
        #expect(SealedBox.overhead == 48)
        #expect(SealedBox.publicKeyByteCount == 32)
        #expect(SealedBox.privateKeyByteCount == 32)
        #expect(SealedBox.seedByteCount == 32)
    }

    @Test("RFC 7748 §6.1: a private key's public key is X25519(k, 9)")
    func rfc7748PublicKeys() throws {
        let alice = try SealedBox.PrivateKey(
            rawRepresentation: SecureBytes(hex: "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"))
        #expect(
            alice.publicKey.rawRepresentation.hex == "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")
        let bob = try SealedBox.PrivateKey(
            rawRepresentation: SecureBytes(hex: "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb"))
        #expect(
            bob.publicKey.rawRepresentation.hex == "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f")
    }

    @Test("libsodium test/default/box_seed: the seed is hashed into the key pair")
    func seedKnownAnswer() throws {
        let key = try SealedBox.PrivateKey(
            seed: SecureBytes(hex: "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"))
        #expect(
            key.publicKey.rawRepresentation.hex == "ed7749b4d989f6957f3bfde6c56767e988e21c9f8784d91d610011cd553f9b06")
        #expect(key.rawRepresentation.hex == "accd44eb8e93319c0570bc11005c0e0189d34ff02f6c17773411ad191293c98f")
    }

    @Test("seal then open gives the message back", arguments: [0, 1, 47, 48, 1000])
    func roundTrip(length: Int) throws {
        let key = SealedBox.PrivateKey()
        let message = sequentialBytes(length)
        let box = SealedBox.seal(message, to: key.publicKey)
        #expect(box.count == length + SealedBox.overhead)
        #expect(try SealedBox.open(box, with: key).unsafeCopiedBytes() == message)
    }

    @Test("a secret (SecureBytes) can be sealed, as content keys are")
    func sealSecret() throws {
        let key = SealedBox.PrivateKey()
        let contentKey = XChaCha20Poly1305.generateKey()
        let box = SealedBox.seal(contentKey, to: key.publicKey)
        #expect(try SealedBox.open(box, with: key) == contentKey)
    }

    @Test("sealing is randomised: same message, different boxes")
    func randomised() {
        let key = SealedBox.PrivateKey()
        #expect(SealedBox.seal(Self.message, to: key.publicKey) != SealedBox.seal(Self.message, to: key.publicKey))
    }

    static let regions = [
        Region(name: "ephemeral public key", offset: 0), Region(name: "ephemeral key, last byte", offset: 31),
        Region(name: "tag", offset: 32), Region(name: "tag, last byte", offset: 47),
        Region(name: "ciphertext", offset: 48), Region(name: "ciphertext, last byte", offset: -1),
    ]

    @Test("a flipped bit in any region fails", arguments: regions)
    func tampered(_ region: Region) {
        let key = SealedBox.PrivateKey()
        let box = SealedBox.seal(Self.message, to: key.publicKey)
        for bit in 0..<8 {
            let tampered = box.flippingBit(bit, ofByte: region.index(in: box.count))
            #expect(throws: SodiumError.authenticationFailed) { try SealedBox.open(tampered, with: key) }
        }
    }

    @Test("every single-byte corruption fails")
    func everyByte() {
        let key = SealedBox.PrivateKey()
        let box = SealedBox.seal(sequentialBytes(16), to: key.publicKey)
        for index in box.indices {
            #expect(throws: SodiumError.authenticationFailed) {
                try SealedBox.open(box.flippingBit(index, ofByte: index), with: key)
            }
        }
    }

    @Test("truncated and extended boxes fail")
    func truncatedAndExtended() {
        let key = SealedBox.PrivateKey()
        let box = SealedBox.seal(Self.message, to: key.publicKey)
        for cut in [box.count - 1, SealedBox.overhead, SealedBox.overhead - 1, 32, 1, 0] {
            #expect(throws: SodiumError.authenticationFailed) { try SealedBox.open(box.prefix(cut), with: key) }
        }
        #expect(throws: SodiumError.authenticationFailed) { try SealedBox.open(box.dropFirst(), with: key) }
        #expect(throws: SodiumError.authenticationFailed) { try SealedBox.open(box + [0], with: key) }
        #expect(throws: SodiumError.authenticationFailed) { try SealedBox.open([UInt8](), with: key) }
    }

    @Test("another private key cannot open it")
    func wrongKey() {
        let key = SealedBox.PrivateKey()
        let box = SealedBox.seal(Self.message, to: key.publicKey)
        #expect(throws: SodiumError.authenticationFailed) { try SealedBox.open(box, with: SealedBox.PrivateKey()) }
    }

    @Test("keys rebuilt from their raw representation or seed are the same keys")
    func rebuiltKeys() throws {
        let key = SealedBox.PrivateKey()
        let rebuilt = try SealedBox.PrivateKey(rawRepresentation: key.rawRepresentation)
        #expect(rebuilt.publicKey == key.publicKey)
        let box = SealedBox.seal(
            Self.message, to: try SealedBox.PublicKey(rawRepresentation: key.publicKey.rawRepresentation))
        #expect(try SealedBox.open(box, with: rebuilt).unsafeCopiedBytes() == Self.message)

        let seed = SecureBytes.random(count: 32)
        #expect(try SealedBox.PrivateKey(seed: seed).publicKey == SealedBox.PrivateKey(seed: seed).publicKey)
        #expect(
            try SealedBox.PrivateKey(seed: seed).publicKey
                != SealedBox.PrivateKey(seed: SecureBytes.random(count: 32)).publicKey)
    }

    @Test("keys and seeds of the wrong length throw", arguments: [0, 31, 33, 64])
    func wrongLengths(_ length: Int) {
        #expect(throws: SodiumError.invalidLength(what: "X25519 public key", expected: 32, actual: length)) {
            _ = try SealedBox.PublicKey(rawRepresentation: sequentialBytes(length))
        }
        #expect(throws: SodiumError.invalidLength(what: "X25519 private key", expected: 32, actual: length)) {
            _ = try SealedBox.PrivateKey(rawRepresentation: SecureBytes(sequentialBytes(length)))
        }
        #expect(throws: SodiumError.invalidLength(what: "X25519 seed", expected: 32, actual: length)) {
            _ = try SealedBox.PrivateKey(seed: SecureBytes(sequentialBytes(length)))
        }
    }

    /// libsodium's `has_small_order` list: 0 (order 4), 1 (order 1), two points of order 8, p − 1
    /// (order 2), and p and p + 1 (non-canonical 0 and 1). X25519 with any of them gives zero, so nothing
    /// sealed to them would be secret.
    static let lowOrderPoints = [
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0100000000000000000000000000000000000000000000000000000000000000",
        "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
        "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    ]

    @Test("low-order public keys are refused", arguments: lowOrderPoints)
    func lowOrderKeys(_ hex: String) {
        #expect(throws: SodiumError.invalidInput("X25519 public key is a low-order point")) {
            _ = try SealedBox.PublicKey(rawRepresentation: [UInt8](hex: hex))
        }
    }

    @Test("low-order public keys are refused with the 256th bit set too (X25519 ignores it)", arguments: lowOrderPoints)
    func lowOrderKeysTopBit(_ hex: String) {
        var raw = [UInt8](hex: hex)
        raw[31] |= 0x80
        #expect(throws: SodiumError.invalidInput("X25519 public key is a low-order point")) {
            _ = try SealedBox.PublicKey(rawRepresentation: raw)
        }
    }

    /// The list check stands for a trial multiplication: both agree on the listed points, their
    /// neighbours (each byte one up and one down, the 256th bit set), and random and real keys.
    @Test("the small-order list agrees with a trial X25519 multiplication")
    func smallOrderListMatchesMultiplication() {
        var candidates = SealedBox.PublicKey.smallOrderPoints
        for point in SealedBox.PublicKey.smallOrderPoints {
            for index in 0..<32 {
                for delta: UInt8 in [1, 255, 0x80] {
                    var near = point
                    near[index] &+= delta
                    candidates.append(near)
                }
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 { candidates.append((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }) }
        for _ in 0..<200 { candidates.append(SealedBox.PrivateKey().publicKey.rawRepresentation) }
        let disagreements = candidates.filter {
            SealedBox.PublicKey.hasLargeOrder($0) != SealedBox.PublicKey.multiplicationIsNonZero($0)
        }
        #expect(disagreements.isEmpty, "\(disagreements.map(\.hex))")
        #expect(candidates.filter { !SealedBox.PublicKey.hasLargeOrder($0) }.count >= 14)
    }

    @Test("public keys are hashable values with a hex description")
    func publicKeyValue() throws {
        let key = SealedBox.PrivateKey()
        let same = try SealedBox.PublicKey(rawRepresentation: key.publicKey.rawRepresentation)
        #expect(Set([key.publicKey, same]).count == 1)
        #expect(key.publicKey.description == "X25519.PublicKey(\(key.publicKey.rawRepresentation.hex))")
    }
}
