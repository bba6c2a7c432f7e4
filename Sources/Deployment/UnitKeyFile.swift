import Casework
import Foundation
import Sodium

/// A unit's keys, as deployed in `Keys/units/UNIT.unit` (KeyFiles.md, "Unit keys"): the public
/// sealing key of each epoch, and each member's copy of the epochs' private keys, sealed to the
/// member's own key. Everything in it is public-safe.
///
/// ```
/// # Thanh tra tỉnh Cà Mau
/// candor-unit v1 ca-mau
/// epoch 1 <base64 X25519 public key>
/// epoch 2 <base64 X25519 public key>
/// member lan 5c7e0a9d2b1f3e48 2 <base64 crypto_box_seal(secret 1 ‖ secret 2, lan's sealing key)>
/// ```
///
/// Reports are sealed to the current (highest) epoch. A member line holds every epoch's private key,
/// so a member added later opens the unit's older cases at once; a removed member's line is dropped
/// and the unit rotates, so new reports are sealed to an epoch they never held.
public struct UnitKeyFile: Sendable, Hashable {
    /// One epoch's public sealing key.
    public struct Epoch: Sendable, Hashable {
        /// 1, 2, 3… with no gap.
        public let number: Int
        public let sealingKey: SealedBox.PublicKey

        public init(number: Int, sealingKey: SealedBox.PublicKey) {
            self.number = number
            self.sealingKey = sealingKey
        }

        /// The key id envelopes name it by (``Envelope/keyID(of:)``).
        public var keyID: [UInt8] { Envelope.keyID(of: sealingKey) }
    }

    /// A member's copy of the unit's private keys.
    public struct Member: Sendable, Hashable {
        /// The inspector's name, as in `Keys/NAME.pub`.
        public let name: String
        /// The key id of the member's sealing key the copy is sealed to.
        public let keyID: [UInt8]
        /// How many epochs the copy holds: epochs 1 … `epochCount`.
        public let epochCount: Int
        /// `crypto_box_seal(secret 1 ‖ … ‖ secret epochCount, member's sealing key)`: 48 + 32 × epochCount bytes.
        public let sealedKeys: [UInt8]

        public init(name: String, keyID: [UInt8], epochCount: Int, sealedKeys: [UInt8]) {
            self.name = name
            self.keyID = keyID
            self.epochCount = epochCount
            self.sealedKeys = sealedKeys
        }
    }

    static let lineTag = "candor-unit"
    static let lineVersion = "v1"
    /// The file extension in `Keys/units/`.
    public static let fileExtension = "unit"
    /// The folder of `Keys/` that holds unit files.
    public static let folderName = "units"
    /// A bound that keeps a unit file small: 1,000 epochs (a rotation a week for 19 years).
    public static let maximumEpochCount = 1000
    /// At most this many members: ``Envelope/maximumRecipientCount`` does not bound a unit.
    public static let maximumMemberCount = 10_000
    static let maximumFileByteCount = 16 << 20

    public let unit: String
    /// Epochs 1 … n, in order; never empty.
    public let epochs: [Epoch]
    /// The members, sorted by name.
    public let members: [Member]
    /// Comment lines (without `# `) written before the key lines: who the unit is.
    public var comment: String?

    /// A unit file from its parts. Throws for no epoch, epochs not numbered 1 … n, two epochs with
    /// one key, two members with one name or key, and a member copy that does not hold every epoch.
    public init(unit: String, epochs: [Epoch], members: [Member], comment: String? = nil) throws(CaseworkError) {
        self.unit = unit
        self.epochs = epochs
        self.members = members.sorted { $0.name < $1.name }
        self.comment = comment
        try check(path: "unit \(unit)")
    }

    /// The epoch new records are sealed to: the last one.
    public var currentEpoch: Epoch { epochs[epochs.count - 1] }

    /// The member named `name`.
    public func member(_ name: String) -> Member? { members.first { $0.name == name } }

    /// The epoch whose sealing key has this key id.
    public func epoch(keyID: [UInt8]) -> Epoch? { epochs.first { $0.keyID == keyID } }

    /// The file's text, ending with a newline.
    public var text: String {
        var lines: [String] = []
        for line in (comment ?? "").split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
            lines.append("# " + line)
        }
        lines.append("\(Self.lineTag) \(Self.lineVersion) \(unit)")
        for epoch in epochs {
            lines.append("epoch \(epoch.number) \(Data(epoch.sealingKey.rawRepresentation).base64EncodedString())")
        }
        for member in members {
            lines.append(
                "member \(member.name) \(member.keyID.hexString) \(member.epochCount) "
                    + Data(member.sealedKeys).base64EncodedString())
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Parses a unit file; `path` is only for messages.
    public init(text: String, path: String) throws(CaseworkError) {
        func fail(_ line: Int, _ reason: String) -> CaseworkError {
            .malformedKeyFile(path: line > 0 ? "\(path), line \(line)" : path, reason: reason)
        }
        var unit: String?
        var epochs: [Epoch] = []
        var members: [Member] = []
        var comments: [String] = []
        // Lines end at each U+000A scalar: split by Character, "\r\n" would be one character, not a break.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            String(String.UnicodeScalarView($0))
        }
        for (offset, raw) in lines.enumerated() {
            let number = offset + 1
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if line.hasPrefix("#") {
                // Trimmed and never empty, so that the description reads back as written.
                let comment = String(line.dropFirst()).trimmingCharacters(in: .whitespacesAndNewlines)
                if unit == nil, !comment.isEmpty { comments.append(comment) }
                continue
            }
            let fields = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard let header = unit else {
                guard fields.count == 3, fields[0] == Self.lineTag else {
                    throw fail(number, "expected `\(Self.lineTag) v1 UNIT` first")
                }
                guard fields[1] == Self.lineVersion else {
                    throw fail(number, "unknown unit file version \(fields[1])")
                }
                unit = fields[2]
                continue
            }
            switch fields.first {
            case "epoch":
                guard fields.count == 3, let epoch = Self.number(fields[1]),
                    let raw = Self.base64(fields[2], count: SealedBox.publicKeyByteCount),
                    let key = try? SealedBox.PublicKey(rawRepresentation: raw)
                else {
                    throw fail(number, "expected `epoch N <base64 X25519 public key>` with a usable key")
                }
                epochs.append(Epoch(number: epoch, sealingKey: key))
            case "member":
                guard fields.count == 5, InspectorKey.isValidName(fields[1]),
                    let keyID = Self.keyID(fields[2]), let count = Self.number(fields[3]),
                    count <= Self.maximumEpochCount,
                    let sealed = Self.base64(fields[4], count: SealedBox.overhead + 32 * count)
                else {
                    throw fail(
                        number,
                        "expected `member NAME <16 hex digits of key id> N <base64 of the N sealed keys>` (in \(header))"
                    )
                }
                members.append(Member(name: fields[1], keyID: keyID, epochCount: count, sealedKeys: sealed))
            default:
                throw fail(number, "expected an `epoch` or a `member` line")
            }
        }
        guard let unit else { throw fail(0, "no `\(Self.lineTag) v1 UNIT` line") }
        self.unit = unit
        self.epochs = epochs
        self.members = members.sorted { $0.name < $1.name }
        self.comment = comments.isEmpty ? nil : comments.joined(separator: "\n")
        try check(path: path)
    }

    /// Reads `Keys/units/UNIT.unit`; the unit named inside must be the file's name.
    public init(path: String) throws(CaseworkError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .io(path: path, reason: "cannot read the unit file")
        }
        guard data.count <= Self.maximumFileByteCount, let text = String(data: data, encoding: .utf8) else {
            throw .malformedKeyFile(path: path, reason: "not a UTF-8 text file of at most 16 MiB")
        }
        try self.init(text: text, path: path)
        let expected = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        guard unit == expected else {
            throw .malformedKeyFile(
                path: path, reason: "the file names the unit \(unit); rename it \(unit).\(Self.fileExtension)")
        }
    }

    private func check(path: String) throws(CaseworkError) {
        func fail(_ reason: String) -> CaseworkError { .malformedKeyFile(path: path, reason: reason) }
        guard !unit.isEmpty, unit.utf8.count <= 64,
            unit.utf8.allSatisfy({ Set("abcdefghijklmnopqrstuvwxyz0123456789-".utf8).contains($0) }),
            unit.first != "-", unit.last != "-"
        else { throw fail("\"\(unit)\" is not a unit id (lowercase ASCII words joined by dashes)") }
        guard !epochs.isEmpty else {
            throw fail("unit \(unit) has no current epoch: run `candor-inspect unit create --unit \(unit)`")
        }
        guard epochs.count <= Self.maximumEpochCount else { throw fail("more than \(Self.maximumEpochCount) epochs") }
        for (index, epoch) in epochs.enumerated() where epoch.number != index + 1 {
            throw fail("the epochs must be numbered 1, 2, 3… in order; found \(epoch.number) at position \(index + 1)")
        }
        guard Set(epochs.map(\.keyID)).count == epochs.count else { throw fail("two epochs have the same key") }
        guard members.count <= Self.maximumMemberCount else {
            throw fail("more than \(Self.maximumMemberCount) members")
        }
        guard Set(members.map(\.name)).count == members.count else { throw fail("a member is listed twice") }
        guard Set(members.map(\.keyID)).count == members.count else { throw fail("two members have the same key") }
        for member in members where member.epochCount != epochs.count {
            throw fail(
                "member \(member.name) holds \(member.epochCount) of the \(epochs.count) epochs: run "
                    + "`candor-inspect unit add-member --unit \(unit) \(member.name)` again to give them the current one"
            )
        }
    }

    private static func number(_ text: String) -> Int? {
        guard let first = text.first, first != "0", text.allSatisfy(\.isASCII), let value = Int(text), value > 0,
            String(value) == text
        else { return nil }
        return value
    }

    private static func base64(_ text: String, count: Int) -> [UInt8]? {
        guard let data = Data(base64Encoded: text), data.count == count, data.base64EncodedString() == text else {
            return nil
        }
        return Array(data)
    }

    private static func keyID(_ text: String) -> [UInt8]? {
        guard text.utf8.count == 16, let bytes = [UInt8](hexString: text, lowercaseOnly: true) else { return nil }
        return bytes
    }
}
