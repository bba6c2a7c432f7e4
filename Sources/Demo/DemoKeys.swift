import Casework
import Deployment
import Foundation
import Keys
import Sodium
import System

/// The demo's inspector: a key pair made on first start, so the service runs with no setup.
///
/// The public half goes to `KEYS/demo.pub` (the server reads it like any Keys/ file; KEYS is
/// `DATA/demo-keys` unless --keys says otherwise); the private half to `DATA/demo-keys/demo.candor-key`,
/// a real inspector key file (Keys.docc/KeyFile.md) under the passphrase ``passphrase``. It is a
/// demo key: its passphrase is printed at startup, and interactive Argon2id limits keep startup fast.
///
/// Its passphrase is therefore the one exception to `candor-inspect keygen`'s minimum of 12 characters,
/// and the key must never receive a real report: `--demo` refuses `--keys`, and a start without
/// `--demo` refuses a Keys folder that lists it (``listed(keys:data:)``; Keys/README.md, "Demo keys").
public enum DemoKeys {
    /// A demo key file that could not be written (a full disk, a read-only data folder).
    public struct WriteFailure: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "cannot write \(path)" }
    }

    /// Published on purpose (printed at every start, in the README): shorter than keygen allows, because
    /// a demo key protects nothing.
    public static let passphrase = "demo"
    /// The comment line `demo.pub` starts with. Any `#` line of a `NAME.pub` that contains
    /// ``markerText`` marks a demo key (Keys/README.md); demo folders made before this line existed say
    /// "(made by candor-server --demo)", which the same test recognises.
    public static let marker =
        "# DEMO KEY made by candor-server --demo: its passphrase is published. "
        + "Never list it in a real Keys folder."
    public static let markerText = "candor-server --demo"

    /// Makes the demo inspector unless both of its files exist; returns the private key file's path.
    @discardableResult
    public static func ensure(data: String, keys: String) throws -> String {
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
        let publicFile = "\(marker)\n\(key.publicKey.line)\n"
        do { try AtomicFile.write(Array(publicFile.utf8), to: publicPath, permissions: 0o644) } catch {
            throw WriteFailure(path: publicPath)
        }
        return privatePath
    }

    /// The `NAME.pub` files of `keys` that list a demo key: a file with a `#` line containing
    /// ``markerText``, or a key line with the sealing key of `DATA/demo-keys/demo.pub` (the line copied
    /// without its comment, under any name). Without `--demo`, the server refuses to start while any is listed.
    public static func listed(keys: String, data: String) -> [String] {
        let demoPublic = (data as NSString).appendingPathComponent("demo-keys/demo." + InspectorKeys.fileExtension)
        let demoKey = keyLines(atPath: demoPublic).first
        let files = (try? FileManager.default.contentsOfDirectory(atPath: keys)) ?? []
        return files.sorted().filter { $0.hasSuffix("." + InspectorKeys.fileExtension) }.map {
            (keys as NSString).appendingPathComponent($0)
        }.filter { path in
            guard let data = FileManager.default.contents(atPath: path) else { return false }
            let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            if lines.contains(where: { $0.hasPrefix("#") && $0.contains(markerText) }) { return true }
            // The same key under any name: its sealing key (key id) is what reports would be sealed to.
            return demoKey.map { demo in keyLines(atPath: path).contains { $0.keyID == demo.keyID } } ?? false
        }
    }

    /// The key lines of a file that parse (the name in a line need not match the file's name here).
    private static func keyLines(atPath path: String) -> [InspectorKey] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
            .compactMap { try? InspectorKey(line: $0) }
    }

    /// Why the server does not start: a demo key is listed in a Keys folder used without `--demo`.
    public struct Listed: Error, CustomStringConvertible {
        public let files: [String]

        public init(files: [String]) { self.files = files }

        public var description: String {
            "\(files.joined(separator: ", ")) \(files.count == 1 ? "lists" : "list") the demo inspector key, whose "
                + "passphrase is published: any report sealed to it could be read by anyone. Remove "
                + "\(files.count == 1 ? "it" : "them") from the Keys folder (real inspectors make their keys with "
                + "`candor-inspect keygen`, see Keys/README.md), or run with --demo alone"
        }
    }

    /// Writes the log's verifier key to `DATA/demo-keys/log.key`, as Keys/README.md lays out a Keys
    /// folder, so that `candor-inspect sync --keys DATA/demo-keys` finds it with no copying.
    public static func writeLogKey(_ verifierKey: String, data: String, fileName: String = "log.key") throws {
        let folder = data + "/demo-keys"
        try FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let path = folder + "/" + fileName
        let text = verifierKey + "\n"
        if let existing = FileManager.default.contents(atPath: path), existing == Data(text.utf8) { return }
        do { try AtomicFile.write(Array(text.utf8), to: path, permissions: 0o644) } catch {
            throw WriteFailure(path: path)
        }
    }
}
