import Foundation
import Sodium
import Testing

@testable import Inspection

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
