import Foundation
import Sodium
import System
import Testing

@testable import Keys
@testable import Unlocking

/// A key file's AEAD key kept in the user keyring: found for that file only, and never trusted blindly.
/// Whether this process may use the user keyring at all (the suites below need it).
let keyringIsAvailable = KernelKeyring.isAvailable

@Suite(.enabled(if: keyringIsAvailable, "the kernel gives this process no keyring"))
struct KeyringUnlockTests {
    static let passphrase = Passphrase.bytes("đúng mật khẩu")

    /// A new key file (its own salt, so its own description) and its AEAD key.
    static func sample() throws -> (file: [UInt8], header: KeyFile.Header, aeadKey: SecureBytes) {
        let key = try InspectorPrivateKey.generate(name: "lan")
        let file = try KeyFile.seal(key, passphrase: passphrase, limits: fastLimits)
        let opened = try KeyFile.openKeepingKey(file, passphrase: passphrase, path: "lan.candor-key")
        #expect(opened.privateKey.publicKey == key.publicKey)
        return (file, try KeyFile.header(of: file, path: "lan.candor-key"), opened.aeadKey)
    }

    @Test func theDescriptionOfTheKnownAnswerFile() throws {
        let header = try KeyFile.header(of: KeyFileTests.Vector.file, path: "vector")
        #expect(
            KeyringUnlock.description(of: header)
                == "candor-inspect:03e5c75b6cacd1a697a910622a5d4ec459fd3146e8c3d98bc54f010b55ce466d")
    }

    @Test func aKeptKeyOpensItsFileWithoutThePassphraseUntilForgotten() throws {
        let (file, header, aeadKey) = try Self.sample()
        #expect(KeyringUnlock.open(header, path: "f") == nil)
        try KeyringUnlock.keep(aeadKey, for: header, seconds: 60)
        let opened = try #require(KeyringUnlock.open(header, path: "f"))
        let expected = try KeyFile.open(file, passphrase: Self.passphrase, path: "f")
        #expect(opened.publicKey == expected.publicKey)
        #expect(try KeyringUnlock.forget(header))
        #expect(KeyringUnlock.open(header, path: "f") == nil)
        #expect(try KeyringUnlock.forget(header) == false)
    }

    @Test func anotherFileWithTheSamePassphraseIsNotOpened() throws {
        let first = try Self.sample()
        let second = try Self.sample()
        #expect(KeyringUnlock.description(of: first.header) != KeyringUnlock.description(of: second.header))
        try KeyringUnlock.keep(first.aeadKey, for: first.header, seconds: 60)
        defer { _ = try? KeyringUnlock.forget(first.header) }
        #expect(KeyringUnlock.open(second.header, path: "f") == nil)
    }

    @Test func aFileSealedAgainIsNotOpenedByTheOldUnlock() throws {
        let (file, header, aeadKey) = try Self.sample()
        try KeyringUnlock.keep(aeadKey, for: header, seconds: 60)
        defer { _ = try? KeyringUnlock.forget(header) }
        let key = try KeyFile.open(file, passphrase: Self.passphrase, path: "f")
        let resealed = try KeyFile.header(
            of: try KeyFile.seal(key, passphrase: Passphrase.bytes("mật khẩu mới hơn"), limits: fastLimits), path: "f")
        #expect(KeyringUnlock.description(of: resealed) != KeyringUnlock.description(of: header))
        #expect(KeyringUnlock.open(resealed, path: "f") == nil)
    }

    @Test func aKeptKeyThatDoesNotOpenTheFileIsIgnored() throws {
        let (_, header, _) = try Self.sample()
        try KeyringUnlock.keep(SecureBytes.random(count: 32), for: header, seconds: 60)
        defer { _ = try? KeyringUnlock.forget(header) }
        #expect(KeyringUnlock.open(header, path: "f") == nil)
    }

    @Test func aKeptKeyExpires() throws {
        let (_, header, aeadKey) = try Self.sample()
        try KeyringUnlock.keep(aeadKey, for: header, seconds: 1)
        #expect(KeyringUnlock.open(header, path: "f") != nil)
        Thread.sleep(forTimeInterval: 2)
        #expect(KeyringUnlock.open(header, path: "f") == nil)
    }

    @Test(arguments: [("30s", 30), ("15m", 900), ("2h", 7200), ("8h", 28800), ("1s", 1), ("90m", 5400)])
    func durations(text: String, seconds: Int) {
        #expect(KeyringUnlock.seconds(text) == seconds)
    }

    @Test(arguments: ["", "s", "0s", "15", "15x", "-5m", "+5m", "1.5h", "١٥m", "15 m", " 15m", "2d", "99999999h"])
    func badDurations(text: String) {
        #expect(KeyringUnlock.seconds(text) == nil)
    }
}
