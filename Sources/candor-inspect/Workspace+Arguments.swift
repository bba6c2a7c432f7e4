import Casework
import Commands
import Foundation
import InspectorWorkspace
import Keys
import Mirroring
import Unlocking

/// The case commands' common options, read into a ``Workspace``.
extension Workspace {
    /// The options every case command takes (their defaults are in ``open(_:)``).
    static let options: [Option] =
        ["--key", "--keys", "--catalog", "--mirror", "--holidays", "--today"].map(Option.value)
        + [.repeatable("--old-key")]

    /// Reads the common options, unlocks the key files and reads (or rebuilds) the case index.
    static func open(_ arguments: ParsedArguments) throws -> Workspace {
        let keyPath = try KeyArgument.path(arguments)
        let oldKeyPaths = arguments.values("--old-key")
        let keysDirectory = arguments.value("--keys") ?? "Keys"
        let mirrorDirectory =
            arguments.value("--mirror") ?? ProcessInfo.processInfo.environment[Mirror.environmentVariable]
            ?? Mirror.defaultDirectory
        let holidays = arguments.value("--holidays")
        let todayText = arguments.value("--today")
        var today = CalendarDay(Date())
        if let todayText {
            guard let day = CalendarDay(iso: todayText), day.isValid else {
                throw Problem.usage("--today needs a day as YYYY-MM-DD, not \"\(todayText)\"")
            }
            today = day
        }
        return try open(
            key: try unlock(keyPath), oldKeys: try oldKeyPaths.map(unlock), keysDirectory: keysDirectory,
            mirrorDirectory: mirrorDirectory, holidays: holidays, today: today,
            catalogDirectory: arguments.value("--catalog"))
    }

    /// Unlocks a key file with the key `candor-inspect unlock` kept in the kernel keyring, else with
    /// CANDOR_PASSPHRASE or a prompt.
    static func unlock(_ path: String) throws -> InspectorPrivateKey {
        // The file's shape is checked first: a .pub file or a stray file fails before any passphrase.
        let bytes = try KeyFile.read(path: path)
        let header = try KeyFile.header(of: bytes, path: path)
        if let key = KeyringUnlock.open(header, path: path) { return key }
        let passphrase =
            try Passphrase.fromEnvironment() ?? Passphrase.prompt("Passphrase for \(path): ", confirm: false)
        return try KeyFile.open(bytes, passphrase: passphrase, path: path)
    }
}

/// The key file a command acts with: `--key`, else CANDOR_KEY.
enum KeyArgument {
    static func path(_ arguments: ParsedArguments) throws -> String {
        guard let path = arguments.value("--key") ?? ProcessInfo.processInfo.environment["CANDOR_KEY"] else {
            throw Problem.usage("--key FILE (your NAME.candor-key file) is required, or set CANDOR_KEY")
        }
        return path
    }
}
