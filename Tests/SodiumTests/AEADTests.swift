import Sodium
import TestSupport
import Testing

@Suite("XChaCha20-Poly1305 (AEAD)")
struct AEADTests {
    /// draft-irtf-cfrg-xchacha-03, Appendix A.3.1.
    enum DraftA31 {
        static let plaintext = Array(
            "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it."
                .utf8)
        static let ad = [UInt8](hex: "50515253c0c1c2c3c4c5c6c7")
        static let key = SecureBytes(hex: "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f")
        static let nonce = [UInt8](hex: "404142434445464748494a4b4c4d4e4f5051525354555657")
        static let ciphertext = [UInt8](
            hex: """
                bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb
                731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452
                2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9
                21f9664c97637da9768812f615c68b13b52e
                """)
        static let tag = [UInt8](hex: "c0875924c1c7987947deafd8780acf49")
    }

    @Test("sizes")
    func sizes() {
        #expect(XChaCha20Poly1305.keyByteCount == 32)
        #expect(XChaCha20Poly1305.nonceByteCount == 24)
        #expect(XChaCha20Poly1305.tagByteCount == 16)
        #expect(XChaCha20Poly1305.overhead == 40)
        #expect(XChaCha20Poly1305.generateKey().count == 32)
        #expect(XChaCha20Poly1305.generateNonce().count == 24)
    }

    @Test("draft-irtf-cfrg-xchacha-03 §A.3.1, detached nonce")
    func draftVector() throws {
        #expect(DraftA31.plaintext.count == 114)
        let sealed = try XChaCha20Poly1305.encrypt(
            DraftA31.plaintext, key: DraftA31.key, nonce: DraftA31.nonce, authenticating: DraftA31.ad)
        #expect(sealed == DraftA31.ciphertext + DraftA31.tag)
        let opened = try XChaCha20Poly1305.decrypt(
            sealed, key: DraftA31.key, nonce: DraftA31.nonce, authenticating: DraftA31.ad)
        #expect(opened == DraftA31.plaintext)
    }

    @Test("draft vector through the combined form: nonce ‖ ciphertext ‖ tag")
    func draftVectorCombined() throws {
        let combined = try XChaCha20Poly1305.seal(
            DraftA31.plaintext, key: DraftA31.key, nonce: DraftA31.nonce, authenticating: DraftA31.ad)
        #expect(combined == DraftA31.nonce + DraftA31.ciphertext + DraftA31.tag)
        #expect(
            try XChaCha20Poly1305.open(combined, key: DraftA31.key, authenticating: DraftA31.ad) == DraftA31.plaintext)
    }

    @Test("round trip with a random nonce", arguments: [0, 1, 16, 1000])
    func roundTrip(length: Int) throws {
        let key = XChaCha20Poly1305.generateKey()
        let plaintext = sequentialBytes(length)
        let combined = try XChaCha20Poly1305.seal(plaintext, key: key)
        #expect(combined.count == length + XChaCha20Poly1305.overhead)
        #expect(try XChaCha20Poly1305.open(combined, key: key) == plaintext)
        let withAD = try XChaCha20Poly1305.seal(plaintext, key: key, authenticating: Array("header".utf8))
        #expect(try XChaCha20Poly1305.open(withAD, key: key, authenticating: Array("header".utf8)) == plaintext)
    }

    @Test("random nonces make every seal different")
    func randomNonces() throws {
        let key = XChaCha20Poly1305.generateKey()
        let first = try XChaCha20Poly1305.seal(DraftA31.plaintext, key: key)
        let second = try XChaCha20Poly1305.seal(DraftA31.plaintext, key: key)
        #expect(first != second)
        #expect(first.prefix(24) != second.prefix(24))
    }

    static let regions = [
        Region(name: "nonce", offset: 0), Region(name: "nonce, last byte", offset: 23),
        Region(name: "ciphertext", offset: 24), Region(name: "ciphertext, middle", offset: 80),
        Region(name: "tag", offset: -16), Region(name: "tag, last byte", offset: -1),
    ]

    @Test("a flipped bit in any region fails", arguments: regions)
    func tampered(_ region: Region) throws {
        let combined = try XChaCha20Poly1305.seal(
            DraftA31.plaintext, key: DraftA31.key, nonce: DraftA31.nonce, authenticating: DraftA31.ad)
        for bit in 0..<8 {
            let tampered = combined.flippingBit(bit, ofByte: region.index(in: combined.count))
            #expect(throws: SodiumError.authenticationFailed) {
                try XChaCha20Poly1305.open(tampered, key: DraftA31.key, authenticating: DraftA31.ad)
            }
        }
    }

    @Test("every single-byte corruption fails, detached form too")
    func everyByte() throws {
        let sealed = DraftA31.ciphertext + DraftA31.tag
        for index in sealed.indices {
            #expect(throws: SodiumError.authenticationFailed) {
                try XChaCha20Poly1305.decrypt(
                    sealed.flippingBit(index, ofByte: index), key: DraftA31.key, nonce: DraftA31.nonce,
                    authenticating: DraftA31.ad)
            }
        }
    }

    @Test("truncated and extended inputs fail")
    func truncatedAndExtended() throws {
        let combined = try XChaCha20Poly1305.seal(DraftA31.plaintext, key: DraftA31.key, authenticating: DraftA31.ad)
        for cut in [combined.count - 1, combined.count - 16, 40, 39, 24, 1, 0] {
            #expect(throws: SodiumError.authenticationFailed) {
                try XChaCha20Poly1305.open(combined.prefix(cut), key: DraftA31.key, authenticating: DraftA31.ad)
            }
        }
        #expect(throws: SodiumError.authenticationFailed) {
            try XChaCha20Poly1305.open(combined + [0], key: DraftA31.key, authenticating: DraftA31.ad)
        }
        #expect(throws: SodiumError.authenticationFailed) {
            try XChaCha20Poly1305.open(combined.dropFirst(), key: DraftA31.key, authenticating: DraftA31.ad)
        }
        let detached = DraftA31.ciphertext + DraftA31.tag
        for cut in [detached.count - 1, 16, 15, 0] {
            #expect(throws: SodiumError.authenticationFailed) {
                try XChaCha20Poly1305.decrypt(
                    detached.prefix(cut), key: DraftA31.key, nonce: DraftA31.nonce, authenticating: DraftA31.ad)
            }
        }
    }

    @Test("the wrong key, nonce or associated data fails")
    func wrongInputs() throws {
        let combined = try XChaCha20Poly1305.seal(DraftA31.plaintext, key: DraftA31.key, authenticating: DraftA31.ad)
        #expect(throws: SodiumError.authenticationFailed) {
            try XChaCha20Poly1305.open(combined, key: XChaCha20Poly1305.generateKey(), authenticating: DraftA31.ad)
        }
        #expect(throws: SodiumError.authenticationFailed) {
            try XChaCha20Poly1305.open(
                combined, key: DraftA31.key, authenticating: DraftA31.ad.flippingBit(0, ofByte: 0))
        }
        #expect(throws: SodiumError.authenticationFailed) { try XChaCha20Poly1305.open(combined, key: DraftA31.key) }
        #expect(throws: SodiumError.authenticationFailed) {
            try XChaCha20Poly1305.open(combined, key: DraftA31.key, authenticating: DraftA31.ad + [0])
        }
        let noAD = try XChaCha20Poly1305.seal(DraftA31.plaintext, key: DraftA31.key)
        #expect(throws: SodiumError.authenticationFailed) {
            try XChaCha20Poly1305.open(noAD, key: DraftA31.key, authenticating: [0])
        }
        #expect(throws: SodiumError.authenticationFailed) {
            try XChaCha20Poly1305.decrypt(
                DraftA31.ciphertext + DraftA31.tag, key: DraftA31.key, nonce: DraftA31.nonce.flippingBit(0, ofByte: 23),
                authenticating: DraftA31.ad)
        }
    }

    @Test("keys and nonces of the wrong length throw", arguments: [0, 16, 31, 33])
    func wrongKeyLength(_ length: Int) {
        let key = SecureBytes(sequentialBytes(length))
        let expected = SodiumError.invalidLength(what: "XChaCha20-Poly1305 key", expected: 32, actual: length)
        #expect(throws: expected) { try XChaCha20Poly1305.seal([1, 2, 3], key: key) }
        #expect(throws: expected) { try XChaCha20Poly1305.open([UInt8](repeating: 0, count: 64), key: key) }
        #expect(throws: expected) { try XChaCha20Poly1305.encrypt([1], key: key, nonce: DraftA31.nonce) }
        #expect(throws: expected) { try XChaCha20Poly1305.decrypt(DraftA31.tag, key: key, nonce: DraftA31.nonce) }
    }

    @Test("nonces of the wrong length throw", arguments: [0, 12, 23, 25])
    func wrongNonceLength(_ length: Int) {
        let nonce = sequentialBytes(length)
        let expected = SodiumError.invalidLength(what: "XChaCha20-Poly1305 nonce", expected: 24, actual: length)
        #expect(throws: expected) { try XChaCha20Poly1305.seal([1], key: DraftA31.key, nonce: nonce) }
        #expect(throws: expected) { try XChaCha20Poly1305.encrypt([1], key: DraftA31.key, nonce: nonce) }
        #expect(throws: expected) { try XChaCha20Poly1305.decrypt(DraftA31.tag, key: DraftA31.key, nonce: nonce) }
    }
}
