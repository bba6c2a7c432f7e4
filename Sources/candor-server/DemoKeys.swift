import Casework
import Foundation
import Inspection
import Sodium

/// The demo's inspector: a key pair made on first start, so the service runs with no setup.
///
/// The public half goes to `KEYS/demo.pub` (the server reads it like any Keys/ file; KEYS is
/// `DATA/demo-keys` unless --keys says otherwise); the private half to `DATA/demo-keys/demo.candor-key`,
/// a real inspector key file (Inspection.docc/KeyFile.md) under the passphrase ``passphrase``. It is a
/// demo key: its passphrase is printed at startup, and interactive Argon2id limits keep startup fast.
enum DemoKeys {
    static let passphrase = "demo"

    /// Makes the demo inspector unless both of its files exist; returns the private key file's path.
    @discardableResult
    static func ensure(data: String, keys: String) throws -> String {
        let privateFolder = data + "/demo-keys"
        let privatePath = privateFolder + "/demo." + KeyFile.fileExtension
        let publicPath = keys + "/demo.pub"
        // Both halves present: nothing to do. A demo.pub without its key file (a demo folder from before
        // key files existed, or an interrupted first start) is replaced: demo records are demo data.
        if FileManager.default.fileExists(atPath: publicPath) && FileManager.default.fileExists(atPath: privatePath) {
            return privatePath
        }
        for folder in [privateFolder, keys] {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        let key = try InspectorPrivateKey.generate(name: "demo")
        // A leftover key file from an interrupted first start holds a key no demo.pub names: replace it.
        try? FileManager.default.removeItem(atPath: privatePath)
        try KeyFile.create(key, passphrase: Passphrase.bytes(passphrase), limits: .interactive, at: privatePath)
        let publicFile = "# The demo inspector (made by candor-server --demo)\n\(key.publicKey.line)\n"
        guard FileManager.default.createFile(atPath: publicPath, contents: Data(publicFile.utf8)) else {
            throw ServerOptions.Problem(description: "cannot write \(publicPath)")
        }
        return privatePath
    }

    /// Writes the log's verifier key to `DATA/demo-keys/log.key`, as Keys/README.md lays out a Keys
    /// folder, so that `candor-inspect sync --keys DATA/demo-keys` finds it with no copying.
    static func writeLogKey(_ verifierKey: String, data: String, fileName: String = "log.key") throws {
        let folder = data + "/demo-keys"
        try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let path = folder + "/" + fileName
        let text = verifierKey + "\n"
        if let existing = FileManager.default.contents(atPath: path), existing == Data(text.utf8) { return }
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw ServerOptions.Problem(description: "cannot write \(path)")
        }
    }
}
