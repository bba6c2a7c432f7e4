import Foundation
import Sodium
import TestSupport
import Testing

@testable import Keys
@testable import Unlocking

@Suite("KeyFile on disk: 0600, O_EXCL, load")
struct KeyFileDiskTests {
    @Test func createdWithMode0600AndLoads() throws {
        let folder = TemporaryDirectory()
        let path = folder.child("lan.candor-key")
        let key = try InspectorPrivateKey.generate(name: "lan")
        try KeyFile.create(key, passphrase: Passphrase.bytes("pw"), limits: fastLimits, at: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try KeyFile.load(path: path, passphrase: Passphrase.bytes("pw")).publicKey == key.publicKey)
    }

    @Test func refusesToOverwrite() throws {
        let folder = TemporaryDirectory()
        let path = folder.child("lan.candor-key")
        try Data("precious".utf8).write(to: URL(fileURLWithPath: path))
        let key = try InspectorPrivateKey.generate(name: "lan")
        #expect(throws: InspectionError.fileExists(path: path)) {
            try KeyFile.create(key, passphrase: Passphrase.bytes("pw"), limits: fastLimits, at: path)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "precious")
        // Nor through a symbolic link to somewhere else.
        let link = folder.child("link.candor-key")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.child("elsewhere"))
        #expect(throws: InspectionError.fileExists(path: link)) { try KeyFile.write([1], to: link) }
        #expect(!FileManager.default.fileExists(atPath: folder.child("elsewhere")))
    }

    @Test func missingFolderAndMissingFile() {
        #expect(throws: InspectionError.self) { try KeyFile.write([1], to: "/nonexistent-candor/k") }
        #expect(throws: InspectionError.self) { try KeyFile.read(path: "/nonexistent-candor/k") }
        #expect(throws: InspectionError.notAKeyFile(path: "/")) { try KeyFile.read(path: "/") }
    }

    /// Issue 12, L5: a key file that group or others may read (or change) is refused, saying how to fix it.
    @Test(arguments: [0o644, 0o640, 0o604, 0o620, 0o602, 0o666])
    func aKeyFileOthersCanReadIsRefused(mode: Int) throws {
        let folder = TemporaryDirectory()
        let path = folder.child("lan.candor-key")
        let key = try InspectorPrivateKey.generate(name: "lan")
        try KeyFile.create(key, passphrase: Passphrase.bytes("pw"), limits: fastLimits, at: path)
        #expect(chmod(path, mode_t(mode)) == 0)
        let error = #expect(throws: InspectionError.self) {
            try KeyFile.load(path: path, passphrase: Passphrase.bytes("pw"))
        }
        #expect(error?.description.contains("chmod 600 \(path)") == true, "\(String(describing: error))")
        #expect(error?.description.contains(String(mode, radix: 8)) == true)
    }

    @Test(arguments: [0o600, 0o400, 0o700])
    func aKeyFileOnlyItsOwnerCanReadOpens(mode: Int) throws {
        let folder = TemporaryDirectory()
        let path = folder.child("lan.candor-key")
        let key = try InspectorPrivateKey.generate(name: "lan")
        try KeyFile.create(key, passphrase: Passphrase.bytes("pw"), limits: fastLimits, at: path)
        #expect(chmod(path, mode_t(mode)) == 0)
        #expect(try KeyFile.load(path: path, passphrase: Passphrase.bytes("pw")).publicKey == key.publicKey)
    }

    @Test func aLargeFileIsNotReadWhole() throws {
        let folder = TemporaryDirectory()
        let path = folder.child("big")
        try Data(repeating: 0x41, count: 1 << 20).write(to: URL(fileURLWithPath: path))
        #expect(try KeyFile.read(path: path).count == KeyFile.maximumByteCount + 1)
        #expect(throws: InspectionError.notAKeyFile(path: path)) {
            try KeyFile.load(path: path, passphrase: Passphrase.bytes("x"))
        }
    }
}
