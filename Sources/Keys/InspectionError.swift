import Casework

/// The one error type of the Keys layer, which Unlocking throws too: an inspector's key file, its
/// passphrase or the Keys folder.
///
/// Each message is for the inspector at the terminal: it says what was wrong and what to do next.
/// None contains a passphrase or a key. A sync or a signed request fails with Mirroring's own error.
public enum InspectionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The passphrase does not unlock the key file (its passphrase check does not match).
    case wrongPassphrase(path: String)
    /// The file does not start with the key file magic.
    case notAKeyFile(path: String)
    /// The file is an inspector's public key line (`Keys/NAME.pub`), not a private key file.
    case publicKeyFileGiven(path: String)
    /// A key file of a later format version.
    case unsupportedVersion(path: String, version: String)
    /// A key file that is truncated, tampered with or otherwise not well formed.
    case damaged(path: String, reason: String)
    /// `keygen` never overwrites a file.
    case fileExists(path: String)
    /// A key file that group or others may read or change (`mode` is its permission bits).
    case readableByOthers(path: String, mode: Int)
    /// The inspector name breaks the naming rule of Keys/ files.
    case invalidName(String)
    /// An empty passphrase, two different answers at the prompt, no terminal to ask on.
    case passphrase(String)
    /// A file or folder could not be read or written.
    case io(path: String, reason: String)
    /// The Keys/ folder cannot be used (there is none where it was looked for).
    case keysFolder(String)
    /// A key in the Keys/ folder cannot be read as candor-server reads it (the Casework layer's error).
    case inspectorKeys(CaseworkError)
    /// A command-line value that cannot be used (a server URL, a log key); the message says which.
    case usage(String)
    /// `name` has no copy of the unit's keys in `Keys/units/UNIT.unit`.
    case notAUnitMember(unit: String, name: String)
    /// `name`'s copy of the unit's keys is sealed to a key id that is not theirs, or does not open.
    case unitCopySealedToAnotherKey(unit: String, name: String, keyID: String)
    /// `name`'s copy opens, but its keys are not the unit file's epochs.
    case unitCopyDoesNotMatch(unit: String, name: String, reason: String)

    public var description: String {
        switch self {
        case .wrongPassphrase(let path):
            "wrong passphrase for \(path): try again"
        case .notAKeyFile(let path):
            "\(path) is not a Candor key file: give the NAME.candor-key file that `candor-inspect keygen` wrote"
        case .publicKeyFileGiven(let path):
            "\(path) is an inspector's public key line (a Keys/NAME.pub file), not a private key: "
                + "give the NAME.candor-key file that `candor-inspect keygen` wrote"
        case .unsupportedVersion(let path, let version):
            "\(path) is a Candor key file of version \(version), which this candor-inspect cannot read: "
                + "use a newer candor-inspect"
        case .damaged(let path, let reason):
            "\(path) is damaged (\(reason)): restore it from your backup copy"
        case .fileExists(let path):
            "\(path) already exists and candor-inspect never overwrites a key file: "
                + "choose another --out, or move the old file away first"
        case .readableByOthers(let path, let mode):
            "\(path) can be read or changed by other users (mode 0\(String(mode, radix: 8))): a key file must be "
                + "its owner's alone. Run `chmod 600 \(path)` and try again"
        case .invalidName(let name):
            "\"\(name)\" cannot be an inspector name: use 1 to 64 lowercase letters, digits, '.', '_' and '-', "
                + "starting with a letter or digit (for example lan or lan-2026)"
        case .passphrase(let reason):
            reason
        case .io(let path, let reason):
            "cannot use \(path): \(reason)"
        case .keysFolder(let reason):
            "\(reason) (see Keys/README.md)"
        case .inspectorKeys(let error):
            "\(error) (see Keys/README.md)"
        case .usage(let reason):
            reason
        case .notAUnitMember(let unit, let name):
            "\(name) is not a member of unit \(unit) (Keys/units/\(unit).unit has no `member \(name)` line): "
                + "ask the unit's lead to run `candor-inspect unit add-member --unit \(unit) \(name)`"
        case .unitCopySealedToAnotherKey(let unit, let name, let keyID):
            "the copy of unit \(unit)'s keys for \(name) does not open with your key: it is sealed to another key "
                + "(key id \(keyID)). Give the key file it was sealed to with --old-key, or ask the unit's lead to run "
                + "`candor-inspect unit add-member --unit \(unit) \(name)` again"
        case .unitCopyDoesNotMatch(let unit, let name, let reason):
            "the copy of unit \(unit)'s keys for \(name) does not match the epochs of Keys/units/\(unit).unit "
                + "(\(reason)): the file was damaged or a line swapped; ask the unit's lead to run "
                + "`candor-inspect unit add-member --unit \(unit) \(name)` again"
        }
    }
}
