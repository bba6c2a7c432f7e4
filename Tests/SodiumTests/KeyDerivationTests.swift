import Sodium
import TestSupport
import Testing

@Suite("KeyDerivation (crypto_kdf)")
struct KeyDerivationTests {
    /// libsodium `test/default/kdf.c`: master key 00…1f, context "KDF test".
    static let katMaster = SecureBytes(sequentialBytes(32))
    static let katContext = "KDF test"

    /// From libsodium `test/default/kdf.exp`. The first loop derives 64-byte subkeys with ids 0…9; the
    /// second derives a subkey of i bytes with id i, for i in 16…64.
    static let kat: [(id: UInt64, byteCount: Int, subkey: String)] = [
        (
            0, 64,
            "a0c724404728c8bb95e5433eb6a9716171144d61efb23e74b873fcbeda51d8071b5d70aae12066dfc94ce943f145aa176c055040c3dd73b0a15e36254d450614"
        ),
        (
            1, 64,
            "02507f144fa9bf19010bf7c70b235b4c2663cc00e074f929602a5e2c10a780757d2a3993d06debc378a90efdac196dd841817b977d67b786804f6d3cd585bab5"
        ),
        (
            9, 64,
            "70f9b83e463fb441e7a4c43275125cd5b19d8e2e4a5d179a39f5db10bbce745a199104563d308cf8d4c6b27bbb759ded232f5bdb7c367dd632a9677320dfe416"
        ),
        (16, 16, "a529216624ef9161e4cf117272aafff2"),
        (17, 17, "068bd6940b80c6cc2530a68c31d9f4e323"),
        (32, 32, "154b291f11196737f8b7f491e4ca11764e0227d34f94295408a869f007aa8618"),
        (
            64, 64,
            "06ae14308eeeda62a00cb6d5edf18d1707029515db98f472bbf0617419301b1d4f4f2ab65849446be46f87e1d31c6c74283897b9976f70d8a16253ac927e0d9f"
        ),
    ]

    @Test("libsodium kdf.exp known answers", arguments: kat)
    func knownAnswer(id: UInt64, byteCount: Int, subkey: String) throws {
        let derived = try KeyDerivation.deriveKey(
            from: Self.katMaster, id: id, context: Self.katContext, byteCount: byteCount)
        #expect(derived.hex == subkey)
    }

    @Test("sizes")
    func sizes() {
        #expect(KeyDerivation.masterKeyByteCount == 32)
        #expect(KeyDerivation.contextByteCount == 8)
        #expect(KeyDerivation.byteCountRange == 16...64)
        #expect(KeyDerivation.generateMasterKey().count == 32)
        #expect(KeyDerivation.generateMasterKey() != KeyDerivation.generateMasterKey())
    }

    @Test("deterministic; the id, context and master key each change the subkey")
    func independence() throws {
        let master = KeyDerivation.generateMasterKey()
        let key = try KeyDerivation.deriveKey(from: master, id: 7, context: "casetag1")
        #expect(key.count == 32)
        #expect(try KeyDerivation.deriveKey(from: master, id: 7, context: "casetag1") == key)
        #expect(try KeyDerivation.deriveKey(from: master, id: 8, context: "casetag1") != key)
        #expect(try KeyDerivation.deriveKey(from: master, id: 7, context: "replykey") != key)
        #expect(try KeyDerivation.deriveKey(from: KeyDerivation.generateMasterKey(), id: 7, context: "casetag1") != key)
        #expect(try KeyDerivation.deriveKey(from: master, id: UInt64.max, context: "casetag1") != key)
    }

    @Test("a shorter subkey is not a prefix of a longer one")
    func lengthIsBound() throws {
        let long = try KeyDerivation.deriveKey(from: Self.katMaster, id: 1, context: Self.katContext, byteCount: 64)
        let short = try KeyDerivation.deriveKey(from: Self.katMaster, id: 1, context: Self.katContext, byteCount: 32)
        #expect(Array(long.unsafeCopiedBytes().prefix(32)) != short.unsafeCopiedBytes())
    }

    @Test("subkey lengths outside 16…64 throw", arguments: [0, 1, 15, 65, 128])
    func wrongSubkeyLength(_ byteCount: Int) {
        #expect(throws: SodiumError.invalidLength(what: "KDF subkey", expected: 32, actual: byteCount)) {
            try KeyDerivation.deriveKey(from: Self.katMaster, id: 0, context: Self.katContext, byteCount: byteCount)
        }
    }

    @Test(
        "contexts that are not exactly 8 bytes of UTF-8 throw",
        arguments: ["", "KDF", "KDF tes", "KDF test!", "ngàyngày", "thanhtra"])
    func wrongContext(_ context: String) throws {
        let length = context.utf8.count
        if length == 8 {
            #expect(try KeyDerivation.deriveKey(from: Self.katMaster, id: 0, context: context).count == 32)
        } else {
            #expect(throws: SodiumError.invalidLength(what: "KDF context", expected: 8, actual: length)) {
                try KeyDerivation.deriveKey(from: Self.katMaster, id: 0, context: context)
            }
        }
    }

    @Test("master keys of the wrong length throw", arguments: [0, 16, 31, 33, 64])
    func wrongMasterLength(_ length: Int) {
        #expect(throws: SodiumError.invalidLength(what: "KDF master key", expected: 32, actual: length)) {
            try KeyDerivation.deriveKey(from: SecureBytes(sequentialBytes(length)), id: 0, context: Self.katContext)
        }
    }
}
