import Casework
import Foundation

/// Whether a deployment publishes the names of disciplined officials: its `Keys/outcomes.names` file
/// (Keys/README.md, Outcomes.md "The disciplined official").
///
/// Off by default: with no file, an outcome may give the official's position and unit but never their
/// name. The file turns names on with exactly one line besides `#` comments and blank lines:
///
/// ```
/// # Quyết định kỷ luật được công khai theo quy định của tỉnh.
/// candor-outcome-names v1 allowed
/// ```
///
/// Any other content is an error, so that a typo never turns names on (or off) unnoticed. It lives in
/// `Keys/` because that folder is public and shared: the server refuses a name without it, the
/// inspector's tool refuses one before signing, and candor-audit reports a named entry in a log whose
/// `Keys/` does not allow names.
public enum OutcomeNames {
    public static let fileName = "outcomes.names"
    public static let line = "candor-outcome-names v1 allowed"

    /// Whether `keysDirectory` allows names: false without the file.
    public static func allowed(keysDirectory: String) throws(CaseworkError) -> Bool {
        let path = (keysDirectory as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return false }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .io(path: path, reason: "cannot read the file")
        }
        guard data.count <= InspectorKeys.maximumFileByteCount, let text = String(data: data, encoding: .utf8) else {
            throw .malformedKeyFile(path: path, reason: "not a small UTF-8 text file")
        }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard lines == [line] else {
            throw .malformedKeyFile(
                path: path,
                reason: "expected exactly the line `\(line)` (besides # comments); remove the file to publish no "
                    + "names (Keys/README.md)")
        }
        return true
    }
}
