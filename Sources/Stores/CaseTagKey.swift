import Casework
import Sodium

/// The server's secret for case tags: tag = BLAKE2b-256(key: this, message: the token's canonical symbols).
///
/// The key lives in the data folder, in `case-tag.key` (mode 0600), made once on first start. It is
/// what stops someone with a copy of the disk from checking a guessed or seized token against the
/// stored tags. Losing it orphans every case: citizens' tokens would no longer find their records, so
/// it belongs in the same backups as the intake log. KeyFiles.md gives the file format.
public struct CaseTagKey: Sendable {
    public static let byteCount = 32
    /// The file name in the data folder.
    public static let fileName = "case-tag.key"
    static let fileHeader = "candor-case-tag-key v1 "

    let key: SecureBytes

    /// A key from its 32 bytes.
    public init(rawRepresentation: SecureBytes) throws(StoreError) {
        guard rawRepresentation.count == Self.byteCount else {
            throw .casework(.malformedKeyFile(path: "(in memory)", reason: "a case tag key is \(Self.byteCount) bytes"))
        }
        key = rawRepresentation
    }

    /// A fresh random key.
    public init(random: some RandomSource = SystemRandom()) {
        var bytes = random.bytes(count: Self.byteCount)
        defer { wipe(&bytes) }
        key = SecureBytes(bytes)
    }

    /// The tag of `token`.
    public func tag(for token: CaseToken) -> CaseTag {
        CaseTag(unchecked: GenericHash.hash(token.canonicalBytes, key: key))
    }

    /// Loads `case-tag.key` from `directory`, or creates it (random, mode 0600, written atomically) if
    /// there is none.
    ///
    /// Refuses a file that group or others may read (``StoreError/insecureKeyFile(path:)``) and
    /// one that is not a case tag key (``CaseworkError/malformedKeyFile(path:reason:)``, wrapped in
    /// ``StoreError/casework(_:)``).
    public static func loadOrCreate(
        in directory: String, random: some RandomSource = SystemRandom()
    ) throws(StoreError) -> CaseTagKey {
        let path = directory + "/" + fileName
        let contents = try SecretFile.loadOrCreate(at: path) { () -> SecureBytes in
            let fresh = CaseTagKey(random: random)
            var raw = fresh.key.unsafeCopiedBytes()
            var digits = raw.hexDigits
            var line = Array(fileHeader.utf8) + digits + [0x0A]
            defer {
                wipe(&raw)
                wipe(&digits)
                wipe(&line)
            }
            return SecureBytes(line)
        }
        return try parse(contents, path: path)
    }

    /// Parses `candor-case-tag-key v1 <64 hex digits>\n`.
    package static func parse(_ contents: SecureBytes, path: String) throws(StoreError) -> CaseTagKey {
        var text = contents.unsafeCopiedBytes()
        defer { wipe(&text) }
        let header = Array(fileHeader.utf8)
        if text.last == 0x0A { text.removeLast() }
        guard text.starts(with: header), text.count == header.count + 2 * byteCount else {
            throw .casework(.malformedKeyFile(path: path, reason: "expected one line `\(fileHeader)<64 hex digits>`"))
        }
        var digits = Array(text[header.count...])
        defer { wipe(&digits) }
        guard var raw = [UInt8](hexDigits: digits) else {
            throw .casework(.malformedKeyFile(path: path, reason: "the key is not 64 hex digits"))
        }
        defer { wipe(&raw) }
        return try CaseTagKey(rawRepresentation: SecureBytes(raw))
    }
}
