import Casework
import Foundation
import Sodium

/// The current inspectors' public keys, from a deployment's Keys/ folder.
///
/// Every file named `*.pub` in the folder is an inspector key file (``InspectorKey``; KeyFiles.md);
/// other files (README, the log's verifier key) are ignored. The intake seals every citizen's
/// envelope to all of these keys, so the list is never empty.
public struct InspectorKeys: Sendable, Hashable {
    /// The file extension of inspector key files.
    public static let fileExtension = "pub"
    static let maximumFileByteCount = 4096

    /// The inspectors, sorted by name.
    public let inspectors: [InspectorKey]

    /// A key list from keys in memory. Throws for an empty list, and for two inspectors that share a
    /// name, a key or a key id.
    public init(_ inspectors: [InspectorKey]) throws(CaseworkError) {
        guard !inspectors.isEmpty else { throw .noInspectorKeys(directory: "(in memory)") }
        try Self.checkUnique(inspectors, directory: "(in memory)")
        self.inspectors = inspectors.sorted { $0.name < $1.name }
    }

    /// Reads every `NAME.pub` in `directory`.
    ///
    /// Each file holds exactly one key line; blank lines and lines starting with `#` are ignored, and
    /// the name in the line must be the file's name. Throws ``CaseworkError/noInspectorKeys(directory:)``
    /// when there is none, so a server never starts sealing reports that no one could read.
    public init(directory: String) throws(CaseworkError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .io(path: directory, reason: "cannot list the Keys folder (\(error.localizedDescription))")
        }
        var inspectors: [InspectorKey] = []
        for file in names.sorted() where file.hasSuffix("." + Self.fileExtension) {
            let path = (directory as NSString).appendingPathComponent(file)
            inspectors.append(
                try Self.load(path: path, expectedName: String(file.dropLast(Self.fileExtension.count + 1))))
        }
        guard !inspectors.isEmpty else { throw .noInspectorKeys(directory: directory) }
        try Self.checkUnique(inspectors, directory: directory)
        self.inspectors = inspectors
    }

    /// The sealing keys, in the order of ``inspectors``.
    public var sealingKeys: [SealedBox.PublicKey] { inspectors.map(\.sealingKey) }

    /// The inspector whose sealing key has this key id.
    public func inspector(keyID: [UInt8]) -> InspectorKey? { inspectors.first { $0.keyID == keyID } }

    private static func load(path: String, expectedName: String) throws(CaseworkError) -> InspectorKey {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .io(path: path, reason: "cannot read the file")
        }
        guard data.count <= maximumFileByteCount, let text = String(data: data, encoding: .utf8) else {
            throw .malformedKeyFile(path: path, reason: "not a small UTF-8 text file")
        }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard lines.count == 1 else {
            throw .malformedKeyFile(path: path, reason: "expected exactly one key line, found \(lines.count)")
        }
        let key = try InspectorKey(line: lines[0], path: path)
        guard key.name == expectedName else {
            throw .malformedKeyFile(
                path: path, reason: "the key line names \(key.name); rename the file \(key.name).pub")
        }
        return key
    }

    private static func checkUnique(_ inspectors: [InspectorKey], directory: String) throws(CaseworkError) {
        func fail(_ reason: String) -> CaseworkError { .malformedKeyFile(path: directory, reason: reason) }
        guard Set(inspectors.map(\.name)).count == inspectors.count else { throw fail("two inspectors have one name") }
        guard Set(inspectors.map(\.keyID)).count == inspectors.count else {
            throw fail("two inspectors have the same sealing key")
        }
        guard Set(inspectors.map(\.signingKey)).count == inspectors.count else {
            throw fail("two inspectors have the same signing key")
        }
        guard inspectors.count < Envelope.maximumRecipientCount else {
            throw fail("more than \(Envelope.maximumRecipientCount - 1) inspectors: an envelope cannot hold them all")
        }
    }
}
