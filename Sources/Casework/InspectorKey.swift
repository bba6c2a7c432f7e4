import Foundation
import Sodium

/// One inspector's public keys: X25519 to seal cases to, Ed25519 to check the events they sign.
///
/// Its file in Keys/ is `NAME.pub`, holding one line (KeyFiles.md):
///
/// ```
/// candor-inspector v1 NAME <base64 X25519 sealing key> <base64 Ed25519 signing key>
/// ```
public struct InspectorKey: Sendable, Hashable {
    static let lineTag = "candor-inspector"
    static let lineVersion = "v1"

    /// Lowercase ASCII letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64.
    public let name: String
    public let sealingKey: SealedBox.PublicKey
    public let signingKey: Signing.PublicKey

    public init(name: String, sealingKey: SealedBox.PublicKey, signingKey: Signing.PublicKey) throws(CaseworkError) {
        guard Self.isValidName(name) else {
            throw .malformedKeyFile(
                path: name, reason: "an inspector name is lowercase letters, digits, '.', '_' and '-', at most 64")
        }
        self.name = name
        self.sealingKey = sealingKey
        self.signingKey = signingKey
    }

    /// The sealing key's id in envelopes (``Envelope/keyID(of:)``).
    public var keyID: [UInt8] { Envelope.keyID(of: sealingKey) }

    /// The key line of the inspector's `NAME.pub` file, without a newline.
    public var line: String {
        [
            Self.lineTag, Self.lineVersion, name, Data(sealingKey.rawRepresentation).base64EncodedString(),
            Data(signingKey.rawRepresentation).base64EncodedString(),
        ].joined(separator: " ")
    }

    /// Parses a key line; `path` is only for messages.
    public init(line: String, path: String = "(key line)") throws(CaseworkError) {
        func fail(_ reason: String) -> CaseworkError { .malformedKeyFile(path: path, reason: reason) }
        let fields = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 5, fields[0] == Self.lineTag else {
            throw fail("expected `\(Self.lineTag) v1 NAME <base64 X25519 key> <base64 Ed25519 key>`")
        }
        guard fields[1] == Self.lineVersion else { throw fail("unknown key line version \(fields[1])") }
        guard let sealing = Self.decodeKey(fields[3]),
            let sealingKey = try? SealedBox.PublicKey(rawRepresentation: sealing)
        else { throw fail("the sealing key is not canonical base64 of a usable 32-byte X25519 public key") }
        guard let signing = Self.decodeKey(fields[4]),
            let signingKey = try? Signing.PublicKey(rawRepresentation: signing)
        else { throw fail("the signing key is not canonical base64 of a 32-byte Ed25519 public key") }
        guard Self.isValidName(fields[2]) else {
            throw fail("an inspector name is lowercase letters, digits, '.', '_' and '-', at most 64")
        }
        self.name = fields[2]
        self.sealingKey = sealingKey
        self.signingKey = signingKey
    }

    /// Standard padded base64 of 32 bytes, in its one canonical spelling.
    private static func decodeKey(_ text: String) -> [UInt8]? {
        guard let data = Data(base64Encoded: text), data.count == 32, data.base64EncodedString() == text else {
            return nil
        }
        return Array(data)
    }

    /// Whether `name` may name an inspector: 1 to 64 of `a-z 0-9 . _ -`, not starting with `.` or `-`.
    public static func isValidName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard (1...64).contains(bytes.count) else { return false }
        // Every event's parse asks this: the bytes are compared by range, no set is built.
        func allowed(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
        return bytes.allSatisfy(allowed) && bytes[0] != UInt8(ascii: ".") && bytes[0] != UInt8(ascii: "-")
            && bytes[0] != UInt8(ascii: "_")
    }
}
