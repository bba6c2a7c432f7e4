import Commands
import Foundation
import Keys
import System
import Unlocking

/// `candor-inspect unlock --key FILE [--for DURATION]` and `candor-inspect lock --key FILE`: the key
/// file's AEAD key kept in the kernel's user keyring (KeyringUnlock), so that the commands of the next
/// hours ask no passphrase and run no Argon2id.
enum KeyringCommand {
    static func unlock(_ arguments: ParsedArguments) throws -> ExitCode {
        let path = try KeyArgument.path(arguments)
        var seconds = KeyringUnlock.defaultSeconds
        if let text = arguments.value("--for") {
            guard let parsed = KeyringUnlock.seconds(text), parsed <= KeyringUnlock.longestSeconds else {
                throw Problem.usage(
                    "--for needs a duration from 1s to 8h, written as a whole number and s, m or h (30s, 15m, "
                        + "2h), not \"\(text)\"")
            }
            seconds = parsed
        }
        let bytes = try KeyFile.read(path: path)
        let header = try KeyFile.header(of: bytes, path: path)
        let passphrase =
            try Passphrase.fromEnvironment() ?? Passphrase.prompt("Passphrase for \(path): ", confirm: false)
        let opened = try KeyFile.openKeepingKey(bytes, passphrase: passphrase, path: path)
        do {
            try KeyringUnlock.keep(opened.aeadKey, for: header, seconds: seconds)
        } catch {
            let why =
                KernelKeyring.isUnavailable(error)
                ? "the kernel gives this process no keyring (\(error.message))"
                : "the kernel keyring refused the key (\(error))"
            throw Problem.failure("\(why): nothing is kept, so each command will ask for the passphrase")
        }
        let until = Date().addingTimeInterval(TimeInterval(seconds))
        print(
            "unlocked \(path) (\(opened.privateKey.name)) for \(describe(seconds)), until \(clock(until)): commands "
                + "with this key file ask no passphrase until then, or until `candor-inspect lock --key \(path)`")
        return .success
    }

    static func lock(_ arguments: ParsedArguments) throws -> ExitCode {
        let path = try KeyArgument.path(arguments)
        let header = try KeyFile.header(of: try KeyFile.read(path: path), path: path)
        let forgotten: Bool
        do {
            forgotten = try KeyringUnlock.forget(header)
        } catch  where KernelKeyring.isUnavailable(error) {
            forgotten = false
        } catch {
            throw Problem.failure("the kernel keyring refused to lock \(path): \(error)")
        }
        print(forgotten ? "locked \(path)" : "\(path) was not unlocked: nothing to lock")
        return .success
    }

    /// The local time of `date`, to the second, with the day.
    private static func clock(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date) + " local time"
    }

    private static func describe(_ seconds: Int) -> String {
        if seconds % 3600 == 0 { return "\(seconds / 3600)h" }
        if seconds % 60 == 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }
}
