import Foundation
import Keys
import Sodium
import System

/// `candor-inspect keygen --name NAME [--out FILE]`.
enum Keygen {
    static func run(_ arguments: inout Arguments) throws -> Int32 {
        try arguments.allow(values: ["--name", "--out", "--kdf-limits"])
        let name = try arguments.required("--name", "NAME (the inspector's name in Keys/)")
        let out = try arguments.value("--out") ?? "\(name).\(KeyFile.fileExtension)"
        // Hidden: tests and scripts may make cheap key files. The environment variable does the same.
        let limitsName =
            try arguments.value("--kdf-limits") ?? ProcessInfo.processInfo.environment["CANDOR_KDF_LIMITS"]
            ?? "moderate"
        try arguments.finish()
        guard let limits = KeyFile.limits(named: limitsName) else {
            throw Arguments.Problem(
                description: "the Argon2id limits \"\(limitsName)\" are not interactive, moderate or sensitive")
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
        return Tool.success
    }
}
