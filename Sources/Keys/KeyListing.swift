import Casework
import Deployment
import Foundation

/// Where an inspector's public key stands in a deployment's Keys/ folder (Keys/README.md).
public enum KeyListing: Sendable, Equatable {
    /// `DIR/NAME.pub` holds exactly this key.
    case listed(file: String)
    /// `DIR/NAME.pub` exists but holds another key for the name (an older or newer key).
    case anotherKeyListed(file: String)
    /// The key is in `DIR/revoked/`; `note` is the file's `# revoked …` line, if any.
    case revoked(file: String, note: String?)
    /// No file in the folder holds the key.
    case notListed

    /// Whether the server seals new reports to the key.
    public var isListed: Bool { if case .listed = self { true } else { false } }

    /// One word for scripts: `listed`, `another-key-listed`, `revoked` or `not-listed`.
    public var word: String {
        switch self {
        case .listed: "listed"
        case .anotherKeyListed: "another-key-listed"
        case .revoked: "revoked"
        case .notListed: "not-listed"
        }
    }

    /// Looks `key` up in `directory` and its `revoked/` subfolder.
    ///
    /// The folder is read the way candor-server reads it (``InspectorKeys/init(directory:)``), so a
    /// malformed `.pub` file is an error here too.
    public static func of(_ key: InspectorKey, in directory: String) throws(InspectionError) -> KeyListing {
        let revokedFolder = (directory as NSString).appendingPathComponent("revoked")
        if let revoked = try keys(in: revokedFolder), revoked.inspectors.contains(key) {
            let file = (revokedFolder as NSString).appendingPathComponent("\(key.name).pub")
            return .revoked(file: file, note: firstComment(of: file))
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            throw .keysFolder("there is no Keys folder at \(directory): give the deployment's one with --keys DIR")
        }
        guard let current = try keys(in: directory) else { return .notListed }
        let file = (directory as NSString).appendingPathComponent("\(key.name).pub")
        if current.inspectors.contains(key) { return .listed(file: file) }
        if current.inspectors.contains(where: { $0.name == key.name }) { return .anotherKeyListed(file: file) }
        return .notListed
    }

    /// The keys of a folder; nil when it has no `.pub` file or does not exist (for `revoked/`).
    private static func keys(in directory: String) throws(InspectionError) -> InspectorKeys? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), isFolder.boolValue else {
            return nil
        }
        do {
            return try InspectorKeys(directory: directory)
        } catch .noInspectorKeys(_) {
            return nil
        } catch {
            throw .inspectorKeys(error)
        }
    }

    private static func firstComment(of file: String) -> String? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        return text.split(whereSeparator: \.isNewline).first { $0.hasPrefix("#") }.map(String.init)
    }
}
