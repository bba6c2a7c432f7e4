import Casework
import Foundation
import Sodium

/// The demo's inspector: a key pair made on first start, so the service runs with no setup.
///
/// The public half goes to `DATA/demo-keys/demo.pub` (the server reads it like any Keys/ file); the
/// private half to `DATA/demo-keys/demo.secret`, mode 0600, as base64 seeds. It is a demo key: the
/// inspectors' tool (issue 4) keeps real keys in passphrase-protected files.
enum DemoKeys {
    static func ensure(data: String, keys: String) throws {
        let publicPath = keys + "/demo.pub"
        if FileManager.default.fileExists(atPath: publicPath) { return }
        try FileManager.default.createDirectory(
            atPath: keys, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let sealingSeed = SecureBytes.random(count: 32)
        let signingSeed = SecureBytes.random(count: 32)
        let sealing = try SealedBox.PrivateKey(seed: sealingSeed)
        let signing = try Signing.PrivateKey(seed: signingSeed)
        let key = try InspectorKey(name: "demo", sealingKey: sealing.publicKey, signingKey: signing.publicKey)
        let secret = """
            # DEMO ONLY. The demo inspector's private seeds (X25519 sealing, Ed25519 signing), base64.
            candor-demo-inspector v1 demo \(Data(sealingSeed.unsafeCopiedBytes()).base64EncodedString()) \(Data(signingSeed.unsafeCopiedBytes()).base64EncodedString())

            """
        let secretPath = keys + "/demo.secret"
        guard FileManager.default.createFile(atPath: secretPath, contents: Data(secret.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw ServerOptions.Problem(description: "cannot write \(secretPath)")
        }
        let publicFile = "# The demo inspector (made by candor-server --demo)\n\(key.line)\n"
        guard FileManager.default.createFile(atPath: publicPath, contents: Data(publicFile.utf8)) else {
            throw ServerOptions.Problem(description: "cannot write \(publicPath)")
        }
    }
}
