import Foundation
import Sodium
import System

/// Where a passphrase comes from: `CANDOR_PASSPHRASE` for scripts, otherwise a prompt on the
/// terminal with echo off.
///
/// A passphrase is used as the UTF-8 bytes of its Unicode NFC form (KeyFile.md), so that "mật khẩu"
/// typed with precomposed or combining accents unlocks the same file.
public enum Passphrase {
    /// The environment variable a script sets instead of answering a prompt.
    public static let environmentVariable = "CANDOR_PASSPHRASE"

    /// The fewest characters `candor-inspect keygen` accepts in a new key file's passphrase.
    ///
    /// A stolen key file falls to offline guessing at one Argon2id derivation per guess, so the
    /// passphrase is the protection. Characters are Unicode code points of the NFC form, so "mật khẩu"
    /// counts 8 however it was typed. The `--demo` server's key (passphrase `demo`, published) is the one
    /// key file made with less: it protects nothing.
    public static let minimumCharacterCount = 12

    /// Refuses a new passphrase shorter than ``minimumCharacterCount``; `fromEnvironment` says where it
    /// came from, for the message.
    public static func checkLength(_ passphrase: SecureBytes, fromEnvironment: Bool) throws(InspectionError) {
        // UTF-8 code points: every byte that is not a continuation byte (10xxxxxx) starts one. No String
        // copy of the secret is made to count them.
        let count = passphrase.withUnsafeBytes { bytes in bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
        guard count < minimumCharacterCount else { return }
        let source = fromEnvironment ? "the passphrase in \(environmentVariable)" : "the passphrase"
        let fix = fromEnvironment ? "set a longer one" : "run the command again and type a longer one"
        throw .passphrase(
            "\(source) has \(count) characters; a key file's passphrase needs at least \(minimumCharacterCount) "
                + "characters (a few words make one easy to remember): \(fix)")
    }

    /// The bytes Argon2id gets for `text`: UTF-8 of its NFC form.
    public static func bytes(_ text: String) -> SecureBytes {
        var raw = Array(text.precomposedStringWithCanonicalMapping.utf8)
        defer { wipe(&raw) }
        return SecureBytes(raw)
    }

    /// The passphrase from the environment, or nil when the variable is not set.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        -> SecureBytes?
    {
        environment[environmentVariable].map(bytes)
    }

    /// Asks on /dev/tty with echo off; with `confirm`, asks twice and insists on the same answer.
    public static func prompt(_ question: String, confirm: Bool) throws(InspectionError) -> SecureBytes {
        let terminal: FileDescriptor
        do {
            terminal = try FileDescriptor.open("/dev/tty", [.readWrite, .noControllingTerminal])
        } catch {
            throw .passphrase(
                "there is no terminal to ask for the passphrase on: set \(environmentVariable) for scripts")
        }
        let tty = terminal.rawValue
        let first = try ask(question, tty: tty)
        guard !first.isEmpty else { throw .passphrase("the passphrase is empty: run the command again and type one") }
        if confirm {
            let second = try ask("Type it again: ", tty: tty)
            guard first == second else {
                throw .passphrase("the two passphrases differ: run the command again and type the same one twice")
            }
        }
        return first
    }

    /// One line from the terminal with echo off, restored afterwards.
    private static func ask(_ question: String, tty: Int32) throws(InspectionError) -> SecureBytes {
        say(question, tty: tty)
        var line: [UInt8] = []
        defer { wipe(&line) }
        try Terminal.withEchoOff(tty) { () throws(InspectionError) in
            // One byte at a time, so that nothing after the line is read (and kept) here.
            while let byte = (try? FileDescriptor.read(tty, upTo: 1, path: "/dev/tty"))?.first {
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
                line.append(byte)
                guard line.count <= 4096 else { throw .passphrase("the passphrase is longer than 4096 bytes") }
            }
        }
        guard let text = String(validating: line, as: UTF8.self) else {
            throw .passphrase("the passphrase is not UTF-8 text: check the terminal's encoding")
        }
        return bytes(text)
    }

    private static func say(_ text: String, tty: Int32) {
        try? FileDescriptor.write(tty, all: Array(text.utf8), path: "/dev/tty")
    }
}
