import Sodium
import TestSupport
import Testing

@Suite("PasswordHash (Argon2id)")
struct PasswordHashTests {
    /// Small limits so the suite stays fast: 2 passes over 8 MiB.
    static let fast = PasswordHash.Limits(opsLimit: 2, memLimit: 8 << 20)
    static let salt = [UInt8](hex: "000102030405060708090a0b0c0d0e0f")

    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let password: String
        let salt: String
        let opsLimit: Int
        let memLimit: Int
        let output: String
        var testDescription: String { name }
    }

    static let password127 = """
        a347ae92bce9f80f6f595a4480fc9c2fe7e7d7148d371e9487d75f5c23008ffae0
        65577a928febd9b1973a5a95073acdbeb6a030cfc0d79caa2dc5cd011cef02c08d
        a232d76d52dfbca38ca8dcbd665b17d1665f7cf5fe59772ec909733b24de97d6f5
        8d220b20c60d7c07ec1fd93c52c31020300c6c1facd77937a597c7a6
        """

    /// libsodium `test/default/pwhash_argon2id.c` (`tv()`: crypto_pwhash, whose default is Argon2id13)
    /// and its `.exp`. The C test reads only the first 16 bytes of each salt (the salt buffer's size),
    /// so only those are given here.
    static let libsodiumVectors: [Vector] = [
        Vector(
            name: "tv[0]: 127-byte password, t=5, m=7256678",
            password: password127, salt: "5541fbc995d5c197ba290346d2c559de", opsLimit: 5, memLimit: 7_256_678,
            output: """
                18acec5d6507739f203d1f5d9f1d862f7c2cdac4f19d2bdff64487e60d969e3ced615337b9eec6ac4461c6ca07f0
                939741e57c24d0005c7ea171a0ee1e7348249d135b38f222e4dad7b9a033ed83f5ca27277393e316582033c74aff
                e2566a2bea47f91f0fd9fe49ece7e1f79f3ad6e9b23e0277c8ecc4b313225748dd2a80f5679534a0700e246a79a4
                9b3f74eb89ec6205fe1eeb941c73b1fcf1
                """),
        Vector(
            name: "tv[6]: 34-byte password, t=1, m=1631659",
            password: "b540beb016a5366524d4605156493f9874514a5aa58818cd0c6dfffaa9e90205f17b",
            salt: "44071f6d181561670bda728d43fb79b4", opsLimit: 1, memLimit: 1_631_659,
            output: """
                7fb72409b0987f8190c3729710e98c3f80c5a8727d425fdcde7f3644d467fe973f5b5fee683bd3fce812cb9ae5e9
                921a2d06c2f1905e4e839692f2b934b682f11a2fe2b90482ea5dd234863516dba6f52dc0702d324ec77d860c2e18
                1f84472bd7104fedce071ffa93c5309494ad51623d214447a7b2b1462dc7d5d55a1f6fd5b54ce024118d86f0c648
                9d16545aaa87b6689dad9f2fb47fda9894f8e12b87d978b483ccd4cc5fd9595cdc7a818452f915ce2f7df95ec12b
                1c72e3788d473441d884f9748eb14703c21b45d82fd667b85f5b2d98c13303b3fe76285531a826b6fc0fe8e3ddde
                cf
                """),
    ]

    @Test("libsodium pwhash_argon2id known answers", arguments: libsodiumVectors)
    func knownAnswer(_ vector: Vector) throws {
        let expected = [UInt8](hex: vector.output)
        let key = try PasswordHash.deriveKey(
            byteCount: expected.count, password: SecureBytes(hex: vector.password), salt: [UInt8](hex: vector.salt),
            limits: PasswordHash.Limits(opsLimit: vector.opsLimit, memLimit: vector.memLimit))
        #expect(key.unsafeCopiedBytes() == expected)
    }

    @Test("sizes and libsodium's Argon2id presets")
    func presets() {
        #expect(PasswordHash.saltByteCount == 16)
        #expect(PasswordHash.byteCountRange.lowerBound == 16)
        #expect(PasswordHash.Limits.interactive == PasswordHash.Limits(opsLimit: 2, memLimit: 64 << 20))
        #expect(PasswordHash.Limits.moderate == PasswordHash.Limits(opsLimit: 3, memLimit: 256 << 20))
        #expect(PasswordHash.Limits.sensitive == PasswordHash.Limits(opsLimit: 4, memLimit: 1 << 30))
        #expect(PasswordHash.generateSalt().count == 16)
        #expect(PasswordHash.generateSalt() != PasswordHash.generateSalt())
    }

    @Test("deterministic; password, salt and each limit change the key")
    func determinism() throws {
        let password = SecureBytes(Array("mật khẩu thanh tra".utf8))
        let key = try PasswordHash.deriveKey(byteCount: 32, password: password, salt: Self.salt, limits: Self.fast)
        #expect(key.count == 32)
        #expect(
            try PasswordHash.deriveKey(byteCount: 32, password: password, salt: Self.salt, limits: Self.fast) == key)
        let otherPassword = SecureBytes(Array("mật khẩu thanh trA".utf8))
        #expect(
            try PasswordHash.deriveKey(byteCount: 32, password: otherPassword, salt: Self.salt, limits: Self.fast)
                != key)
        let otherSalt = Self.salt.flippingBit(0, ofByte: 15)
        #expect(
            try PasswordHash.deriveKey(byteCount: 32, password: password, salt: otherSalt, limits: Self.fast) != key)
        let moreOps = PasswordHash.Limits(opsLimit: 3, memLimit: Self.fast.memLimit)
        #expect(try PasswordHash.deriveKey(byteCount: 32, password: password, salt: Self.salt, limits: moreOps) != key)
        let lessMemory = PasswordHash.Limits(opsLimit: 2, memLimit: 4 << 20)
        #expect(
            try PasswordHash.deriveKey(byteCount: 32, password: password, salt: Self.salt, limits: lessMemory) != key)
        // Argon2's output length is an input to the hash: a shorter key is no prefix of a longer one.
        let long = try PasswordHash.deriveKey(byteCount: 64, password: password, salt: Self.salt, limits: Self.fast)
        #expect(Array(long.unsafeCopiedBytes().prefix(32)) != key.unsafeCopiedBytes())
    }

    @Test("an empty password is allowed and still salted")
    func emptyPassword() throws {
        let empty = SecureBytes(zeros: 0)
        let key = try PasswordHash.deriveKey(byteCount: 32, password: empty, salt: Self.salt, limits: Self.fast)
        #expect(key.count == 32)
        #expect(try PasswordHash.deriveKey(byteCount: 32, password: empty, salt: Self.salt, limits: Self.fast) == key)
        #expect(
            try PasswordHash.deriveKey(byteCount: 32, password: SecureBytes([0]), salt: Self.salt, limits: Self.fast)
                != key)
    }

    @Test("the interactive preset works (64 MiB)")
    func interactive() throws {
        let key = try PasswordHash.deriveKey(
            byteCount: 32, password: SecureBytes(Array("correct horse".utf8)), salt: PasswordHash.generateSalt(),
            limits: .interactive)
        #expect(key.count == 32)
        #expect(key != SecureBytes(zeros: 32))
    }

    @Test("salts of the wrong length throw", arguments: [0, 8, 15, 17, 32])
    func wrongSalt(_ length: Int) {
        #expect(throws: SodiumError.invalidLength(what: "Argon2id salt", expected: 16, actual: length)) {
            try PasswordHash.deriveKey(
                byteCount: 32, password: SecureBytes([1]), salt: sequentialBytes(length), limits: Self.fast)
        }
    }

    @Test("output lengths below 16 throw", arguments: [0, 1, 15, -1])
    func wrongOutputLength(_ length: Int) {
        #expect(throws: SodiumError.invalidLength(what: "Argon2id output", expected: 32, actual: length)) {
            try PasswordHash.deriveKey(
                byteCount: length, password: SecureBytes([1]), salt: Self.salt, limits: Self.fast)
        }
    }

    @Test(
        "limits out of range throw before any work is done",
        arguments: [
            PasswordHash.Limits(opsLimit: 0, memLimit: 8 << 20), PasswordHash.Limits(opsLimit: -1, memLimit: 8 << 20),
            PasswordHash.Limits(opsLimit: 2, memLimit: 8191), PasswordHash.Limits(opsLimit: 2, memLimit: 0),
            PasswordHash.Limits(opsLimit: 2, memLimit: -1),
        ])
    func wrongLimits(_ limits: PasswordHash.Limits) {
        let error = #expect(throws: SodiumError.self) {
            try PasswordHash.deriveKey(byteCount: 32, password: SecureBytes([1]), salt: Self.salt, limits: limits)
        }
        guard case .invalidInput(let why)? = error else {
            Issue.record("expected invalidInput, got \(String(describing: error))")
            return
        }
        #expect(why.hasPrefix("Argon2id"))
    }

    @Test("the smallest allowed limits work")
    func minimumLimits() throws {
        let minimum = PasswordHash.Limits(opsLimit: 1, memLimit: 8192)
        #expect(
            try PasswordHash.deriveKey(byteCount: 16, password: SecureBytes([1]), salt: Self.salt, limits: minimum)
                .count == 16)
    }
}
