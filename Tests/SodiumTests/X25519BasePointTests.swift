import CSodium
import Testing

@testable import Sodium

/// X25519 public keys through the Ed25519 table (``X25519BasePoint``) must be exactly libsodium's
/// `crypto_scalarmult_base`, and the sealed boxes built on them exactly `crypto_box_seal`'s steps.
@Suite struct X25519BasePointTests {
    /// libsodium's own answer.
    static func ladder(_ scalar: [UInt8]) -> [UInt8] {
        var pk = [UInt8](repeating: 0, count: 32)
        let status = crypto_scalarmult_base(&pk, scalar)
        #expect(status == 0)
        return pk
    }

    static func fast(_ scalar: [UInt8]) -> [UInt8] {
        var pk = [UInt8](repeating: 0, count: 32)
        scalar.withUnsafeBufferPointer { s in
            pk.withUnsafeMutableBufferPointer { p in X25519BasePoint.multiply(p.baseAddress!, scalar: s.baseAddress!) }
        }
        return pk
    }

    @Test func matchesTheLadderOnRandomScalars() {
        for _ in 0..<1_000 {
            let scalar = Random.bytes(count: 32)
            let expected = Self.ladder(scalar)
            let actual = Self.fast(scalar)
            #expect(actual == expected, "scalar \(scalar.hex)")
            if actual != expected { return }
        }
    }

    @Test(arguments: [
        [UInt8](repeating: 0, count: 32),  // refused by the Ed25519 function: falls back to the ladder
        [UInt8](repeating: 0xff, count: 32),
        [1] + [UInt8](repeating: 0, count: 31),
        [UInt8](repeating: 0, count: 31) + [0x80],  // only the bit that clamping clears
        [UInt8](repeating: 0, count: 31) + [0x40],  // only the bit that clamping sets
        [8] + [UInt8](repeating: 0, count: 31),
        [UInt8](hex: "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"),  // RFC 7748 §6.1
    ])
    func matchesTheLadderOnEdgeScalars(_ scalar: [UInt8]) {
        #expect(Self.fast(scalar) == Self.ladder(scalar))
    }

    @Test func rfc7748AlicePublicKey() throws {
        let alice = try SealedBox.PrivateKey(
            rawRepresentation: SecureBytes(hex: "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"))
        #expect(alice.publicKey.rawRepresentation.hex == "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")
    }

    @Test func seededKeyPairsAreLibsodiums() throws {
        for _ in 0..<200 {
            let seed = Random.bytes(count: 32)
            var pk = [UInt8](repeating: 0, count: 32)
            var sk = [UInt8](repeating: 0, count: 32)
            #expect(crypto_box_seed_keypair(&pk, &sk, seed) == 0)
            let key = try SealedBox.PrivateKey(seed: SecureBytes(seed))
            #expect(key.publicKey.rawRepresentation == pk)
            #expect(key.rawRepresentation.unsafeCopiedBytes() == sk)
        }
    }

    @Test func randomKeyPairsAreConsistent() throws {
        for _ in 0..<200 {
            let key = SealedBox.PrivateKey()
            #expect(key.publicKey.rawRepresentation == Self.ladder(key.rawRepresentation.unsafeCopiedBytes()))
        }
    }

    /// The same bytes as libsodium's crypto_box_seal would write with this ephemeral scalar, and
    /// crypto_box_seal_open opens them.
    @Test func sealIsCryptoBoxSealStepByStep() throws {
        let recipient = SealedBox.PrivateKey()
        let pk = recipient.publicKey.rawRepresentation
        for length in [0, 1, 32, 100, 1000] {
            let message = Random.bytes(count: length)
            let esk = Random.bytes(count: 32)
            let box = SealedBox.seal(message, to: recipient.publicKey, ephemeralScalar: SecureBytes(esk))

            let epk = Self.ladder(esk)
            var nonce = [UInt8](repeating: 0, count: 24)
            #expect(crypto_generichash(&nonce, 24, epk + pk, 64, nil, 0) == 0)
            var body = [UInt8](repeating: 0, count: length + 16)
            #expect(crypto_box_easy(&body, message, UInt64(length), nonce, pk, esk) == 0)
            #expect(box == epk + body)

            var opened = [UInt8](repeating: 0, count: length)
            let sk = recipient.rawRepresentation.unsafeCopiedBytes()
            #expect(crypto_box_seal_open(&opened, box, UInt64(box.count), pk, sk) == 0)
            #expect(opened == message)
        }
    }

    @Test func sealUsesAFreshEphemeralKeyEachTime() {
        let recipient = SealedBox.PrivateKey()
        let a = SealedBox.seal([1, 2, 3], to: recipient.publicKey)
        let b = SealedBox.seal([1, 2, 3], to: recipient.publicKey)
        #expect(a.prefix(32) != b.prefix(32))
        #expect(a != b)
    }
}

@Suite struct Field25519Tests {
    static let p: [UInt8] = [0xed] + [UInt8](repeating: 0xff, count: 30) + [0x7f]

    static func element(_ bytes: [UInt8]) -> Field25519 {
        var words = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        withUnsafeMutableBytes(of: &words) { $0.copyBytes(from: bytes) }
        return Field25519(littleEndian: words)
    }

    static func bytes(_ x: Field25519) -> [UInt8] {
        withUnsafeBytes(of: x.canonicalLittleEndian) { Array($0) }
    }

    static func small(_ n: UInt8) -> [UInt8] { [n] + [UInt8](repeating: 0, count: 31) }

    @Test func encodingReducesBelowP() {
        #expect(Self.bytes(Self.element(Self.p)) == Self.small(0))  // p ≡ 0
        var pPlusOne = Self.p
        pPlusOne[0] += 1
        #expect(Self.bytes(Self.element(pPlusOne)) == Self.small(1))
        let top = [UInt8](repeating: 0xff, count: 31) + [0x7f]  // 2²⁵⁵ − 1 ≡ 18
        #expect(Self.bytes(Self.element(top)) == Self.small(18))
        var pMinusOne = Self.p
        pMinusOne[0] -= 1
        #expect(Self.bytes(Self.element(pMinusOne)) == pMinusOne)  // already canonical
        var highBitSet = Self.small(5)
        highBitSet[31] = 0x80  // the 256th bit is not part of the number
        #expect(Self.bytes(Self.element(highBitSet)) == Self.small(5))
    }

    @Test func arithmeticOnSmallNumbers() {
        let two = Self.element(Self.small(2)), three = Self.element(Self.small(3))
        #expect(Self.bytes(two * three) == Self.small(6))
        #expect(Self.bytes(two + three) == Self.small(5))
        #expect(Self.bytes(three - two) == Self.small(1))
        var pMinusOne = Self.p
        pMinusOne[0] -= 1
        #expect(Self.bytes(two - three) == pMinusOne)  // −1
        #expect(Self.bytes(Field25519.one - Field25519.one) == Self.small(0))
        #expect(Self.bytes(Self.element(Self.small(0)).inverse()) == Self.small(0))
    }

    @Test func inverseTimesItselfIsOne() {
        for _ in 0..<500 {
            var raw = Random.bytes(count: 32)
            raw[31] &= 0x7f
            let x = Self.element(raw)
            if Self.bytes(x) == Self.small(0) { continue }
            #expect(Self.bytes(x * x.inverse()) == Self.small(1), "x = \(raw.hex)")
        }
        // (p − 1)² = 1, so p − 1 is its own inverse.
        var pMinusOne = Self.p
        pMinusOne[0] -= 1
        #expect(Self.bytes(Self.element(pMinusOne).inverse()) == pMinusOne)
    }

    @Test func squaringIsMultiplyingByItself() {
        for _ in 0..<500 {
            let x = Self.element(Random.bytes(count: 32))
            #expect(Self.bytes(x.squared()) == Self.bytes(x * x))
        }
        let top = Self.element([UInt8](repeating: 0xff, count: 32))
        #expect(Self.bytes(top.squared()) == Self.bytes(top * top))
        #expect(Self.bytes(top.squared().squared()) == Self.bytes((top * top) * (top * top)))
    }

    /// Limbs at their largest (every input bit set, then products of those) still reduce correctly:
    /// (2²⁵⁵ − 1)² = 18² = 324 mod p.
    @Test func largestLimbsReduce() {
        let top = Self.element([UInt8](repeating: 0xff, count: 32))
        let square = top * top
        #expect(Self.bytes(square) == [0x44, 0x01] + [UInt8](repeating: 0, count: 30))
        #expect(Self.bytes(square * square) == Self.bytes(Self.element([0x10, 0x9a, 0x01] + [UInt8](repeating: 0, count: 29))))
    }
}
