import Casework
import Foundation
import Sodium
import TestSupport
import Testing

@testable import Keys
@testable import Unlocking

@Suite("KeyFile: the private key file format")
struct KeyFileTests {
    /// The known answer printed in KeyFile.md. It was computed independently of this code, by a
    /// Python script that follows KeyFile.md on libsodium directly (crypto_pwhash, then
    /// crypto_aead_xchacha20poly1305_ietf_encrypt).
    enum Vector {
        static let passphrase = "thanh tra 2026"
        static let name = "lan"
        static let salt = [UInt8](0x00..<0x10)
        static let nonce = [UInt8](0x10..<0x28)
        static let sealingSeed = SecureBytes([UInt8](0x40..<0x60))
        static let signingSeed = SecureBytes([UInt8](0x60..<0x80))
        static let file = [UInt8](
            hex: "63616e646f722d696e73706563746f722d6b65792076310a036c616e02000000010000000000002000000102030405"
                + "060708090a0b0c0d0e0f2b4c3961f76a97885c4fb0a750e6a652101112131415161718191a1b1c1d1e1f2021222324"
                + "2526272cda54141004e5e4e40beb90727fcf6125e6a6d669fa8265b8b1bdb134e49251cedd444235a58b2268a21d40"
                + "18f6c175bf6765686481de217e09ff0fd1c1693085b8fcbb6a3124ae33b204f25c9841ed")
        static let sealingKey = "8UtRcxMKG4Bofyc9Sej0dAp5OpSbg7EFg38qYej+4U8="
        static let signingKey = "F0VTtFbd38aQjsqxwQH+arIeK6oGF3lbfUOmNIKZP9U="
    }

    static func sample() throws -> (key: InspectorPrivateKey, file: [UInt8]) {
        let key = try InspectorPrivateKey.generate(name: "lan")
        return (key, try KeyFile.seal(key, passphrase: Passphrase.bytes("đúng mật khẩu"), limits: fastLimits))
    }

    @Test func roundTrip() throws {
        let (key, file) = try Self.sample()
        #expect(file.count == 174 + 3)
        #expect(file.starts(with: Array("candor-inspector-key v1\n".utf8)))
        let opened = try KeyFile.open(file, passphrase: Passphrase.bytes("đúng mật khẩu"), path: "lan.candor-key")
        #expect(opened.publicKey == key.publicKey)
        #expect(opened.sealingSeed == key.sealingSeed)
        #expect(opened.signingSeed == key.signingSeed)
        let header = try KeyFile.header(of: file, path: "f")
        #expect(header.name == "lan")
        #expect(header.limits == fastLimits)
    }

    @Test func sealingTwiceGivesTwoFiles() throws {
        let key = try InspectorPrivateKey.generate(name: "lan")
        let a = try KeyFile.seal(key, passphrase: Passphrase.bytes("x"), limits: fastLimits)
        let b = try KeyFile.seal(key, passphrase: Passphrase.bytes("x"), limits: fastLimits)
        #expect(a != b, "a fresh salt and nonce every time")
    }

    @Test func knownAnswer() throws {
        let key = try InspectorPrivateKey(
            name: Vector.name, sealingSeed: Vector.sealingSeed, signingSeed: Vector.signingSeed)
        let file = try KeyFile.seal(
            key, passphrase: Passphrase.bytes(Vector.passphrase), limits: fastLimits, salt: Vector.salt,
            nonce: Vector.nonce)
        #expect(file == Vector.file)
        let opened = try KeyFile.open(Vector.file, passphrase: Passphrase.bytes(Vector.passphrase), path: "vector")
        #expect(opened.sealingSeed == Vector.sealingSeed)
        #expect(opened.signingSeed == Vector.signingSeed)
        #expect(Data(opened.publicKey.sealingKey.rawRepresentation).base64EncodedString() == Vector.sealingKey)
        #expect(Data(opened.publicKey.signingKey.rawRepresentation).base64EncodedString() == Vector.signingKey)
    }

    @Test func passphraseIsNFC() throws {
        let (_, file) = try Self.sample()
        let decomposed = "đúng mật khẩu".decomposedStringWithCanonicalMapping
        #expect(Array(decomposed.utf8) != Array("đúng mật khẩu".utf8))
        #expect(throws: Never.self) { try KeyFile.open(file, passphrase: Passphrase.bytes(decomposed), path: "f") }
    }

    @Test func wrongPassphrase() throws {
        let (_, file) = try Self.sample()
        #expect(throws: InspectionError.wrongPassphrase(path: "lan.candor-key")) {
            try KeyFile.open(file, passphrase: Passphrase.bytes("sai mật khẩu"), path: "lan.candor-key")
        }
        #expect(InspectionError.wrongPassphrase(path: "k").description == "wrong passphrase for k: try again")
    }

    @Test func emptyPassphraseIsRefusedWhenSealing() throws {
        let key = try InspectorPrivateKey.generate(name: "lan")
        #expect(throws: InspectionError.self) {
            try KeyFile.seal(key, passphrase: SecureBytes(zeros: 0), limits: fastLimits)
        }
    }

    @Test(arguments: [
        ("", "empty"), ("hello, world\n", "text"), ("\u{7f}ELF\u{2}\u{1}\u{1}", "binary"),
        ("-----BEGIN OPENSSH PRIVATE KEY-----\n", "ssh"),
    ])
    func notAKeyFile(contents: String, label: String) {
        #expect(throws: InspectionError.notAKeyFile(path: label)) {
            try KeyFile.open(Array(contents.utf8), passphrase: Passphrase.bytes("x"), path: label)
        }
    }

    @Test func publicKeyFileGiven() throws {
        let key = try InspectorPrivateKey.generate(name: "lan")
        let pub = Array("# Thanh tra Lan\n\(key.publicKey.line)\n".utf8)
        #expect(throws: InspectionError.publicKeyFileGiven(path: "lan.key")) {
            try KeyFile.open(pub, passphrase: Passphrase.bytes("x"), path: "lan.key")
        }
        #expect(throws: InspectionError.publicKeyFileGiven(path: "Keys/lan.pub")) {
            try KeyFile.open(Array("junk".utf8), passphrase: Passphrase.bytes("x"), path: "Keys/lan.pub")
        }
    }

    @Test func laterVersion() throws {
        var file = Vector.file
        file[22] = UInt8(ascii: "2")
        #expect(throws: InspectionError.unsupportedVersion(path: "f", version: "v2")) {
            try KeyFile.open(file, passphrase: Passphrase.bytes(Vector.passphrase), path: "f")
        }
    }

    /// Every single-bit change (low bit and high bit of every byte) is caught: never a crash, never a
    /// key; a changed first line is not a key file (or a later version), anything after it is damaged
    /// or a wrong passphrase.
    @Test func everyByteFlipped() throws {
        let passphrase = Passphrase.bytes(Vector.passphrase)
        for index in Vector.file.indices {
            for bit: UInt8 in [0x01, 0x80] {
                var file = Vector.file
                file[index] ^= bit
                do {
                    let key = try KeyFile.open(file, passphrase: passphrase, path: "f")
                    Issue.record("byte \(index) ^ \(bit) opened as \(key.name)")
                } catch .damaged, .wrongPassphrase {
                    // The header after the magic, the check, the nonce and the ciphertext.
                } catch .notAKeyFile, .unsupportedVersion {
                    #expect(index < KeyFile.magic.count, "byte \(index) ^ \(bit)")
                } catch {
                    Issue.record("byte \(index) ^ \(bit): \(error)")
                }
            }
        }
    }

    @Test func everyTruncationAndExtension() throws {
        let passphrase = Passphrase.bytes(Vector.passphrase)
        for count in KeyFile.magic.count..<Vector.file.count {
            #expect(throws: InspectionError.self) {
                try KeyFile.open(Array(Vector.file.prefix(count)), passphrase: passphrase, path: "f")
            }
            do {
                _ = try KeyFile.open(Array(Vector.file.prefix(count)), passphrase: passphrase, path: "f")
            } catch .damaged {
            } catch { Issue.record("\(count) bytes: \(error)") }
        }
        #expect(throws: InspectionError.damaged(path: "f", reason: "1 unexpected bytes after the end")) {
            try KeyFile.open(Vector.file + [0x0a], passphrase: passphrase, path: "f")
        }
    }

    /// Limits beyond what a reader accepts are damage, found before any memory is spent.
    @Test func hostileLimitsAreRefused() throws {
        var file = Vector.file
        let opsAt = 24 + 1 + 3 + 1
        file[opsAt + 3] = 17
        #expect(throws: InspectionError.self) { try KeyFile.header(of: file, path: "f") }
        file = Vector.file
        file[opsAt + 4 + 3] = 0x40  // 1 GiB + 8 KiB
        #expect(throws: InspectionError.self) { try KeyFile.header(of: file, path: "f") }
    }

    /// Found by fuzz-key-file: a name that is not UTF-8 (or not an inspector name) parsed, and did not
    /// write back as the same bytes. It is damage, refused before any Argon2id work.
    @Test(arguments: [[0xFF, 0x61, 0x6E], Array("La\u{0}".utf8), Array("../".utf8)])
    func aHeaderWhoseNameIsNoInspectorNameIsDamaged(_ name: [UInt8]) throws {
        var file = Vector.file
        file.replaceSubrange(25..<28, with: name)
        #expect(throws: InspectionError.damaged(path: "f", reason: "its name is not an inspector name")) {
            try KeyFile.header(of: file, path: "f")
        }
    }

    @Test func namesFollowTheKeysRule() {
        #expect(throws: InspectionError.invalidName("Lan")) { try InspectorPrivateKey.generate(name: "Lan") }
        #expect(throws: InspectionError.invalidName("../lan")) { try InspectorPrivateKey.generate(name: "../lan") }
        #expect(throws: Never.self) { try InspectorPrivateKey.generate(name: "lan-2026.v2") }
    }
}
