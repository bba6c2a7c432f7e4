import Commands
import Foundation
import Keys
import Sodium
import System

/// `candor-inspect keygen --name NAME [--out FILE]`.
enum Keygen {
    static func run(_ arguments: ParsedArguments) throws -> ExitCode {
        let name = try arguments.required("--name", "NAME (the inspector's name in Keys/)")
        let out = arguments.value("--out") ?? "\(name).\(KeyFile.fileExtension)"
        // Hidden: tests and scripts may make cheap key files. The environment variable does the same.
        let limitsName =
            arguments.value("--kdf-limits") ?? ProcessInfo.processInfo.environment["CANDOR_KDF_LIMITS"]
            ?? "moderate"
        guard let limits = KeyFile.limits(named: limitsName) else {
            throw Problem.usage("the Argon2id limits \"\(limitsName)\" are not interactive, moderate or sensitive")
        }
        // Before the prompt and the slow derivation: a bad name or an existing file fails at once.
        let key = try InspectorPrivateKey.generate(name: name)
        if Directory.entryExists(out) { throw InspectionError.fileExists(path: out) }

        let fromEnvironment = Passphrase.fromEnvironment()
        let passphrase =
            try fromEnvironment
            ?? Passphrase.prompt("Passphrase for \(name)'s new key file: ", confirm: true)
        guard passphrase.count > 0 else {
            throw InspectionError.passphrase("\(Passphrase.environmentVariable) is empty: set it to the passphrase")
        }
        try Passphrase.checkLength(passphrase, fromEnvironment: fromEnvironment != nil)
        try KeyFile.create(key, passphrase: passphrase, limits: limits, at: out)
        print(key.publicKey.line)
        fflush(nil)
        Tool.say(
            "Wrote the private key file \(out) (keep it and its passphrase safe); save the line above as Keys/\(name).pub."
        )
        return .success
    }
}
