/// A C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint): the signed statement of a log's size
/// and root hash, carried as the text of a C2SP signed note.
///
/// ```
/// <origin>\n                 a unique, non-empty name of the log, e.g. candor.example/outcomes
/// <tree size>\n              ASCII decimal, no leading zeros ("0" for the empty tree)
/// <base64(root hash)>\n      standard padded base64 of the 32-byte RFC 6962 root
/// [<extension line>\n]…      optional, opaque, non-empty
/// ```
///
/// Parsing is strict so that one checkpoint has exactly one text: anything else is rejected with
/// ``TransparencyError/malformedCheckpoint(_:)``. Strings are compared byte for byte (UTF-8).
public struct Checkpoint: Sendable, Hashable {
    /// The log's origin line.
    public let origin: String
    /// The number of leaves in the tree.
    public let size: UInt64
    /// The RFC 6962 root hash of the tree at ``size``, 32 bytes.
    public let rootHash: [UInt8]
    /// Extension lines, without their newlines (C2SP does not recommend them: monitors cannot audit them).
    public let extensions: [String]

    /// A checkpoint from its parts. Throws ``TransparencyError/malformedCheckpoint(_:)`` when the origin or
    /// an extension line is empty or contains a newline or another control character, or the root
    /// hash is not 32 bytes.
    public init(origin: String, size: UInt64, rootHash: [UInt8], extensions: [String] = []) throws(TransparencyError) {
        try Self.checkLine(origin, "the origin")
        for (index, line) in extensions.enumerated() { try Self.checkLine(line, "extension line \(index + 1)") }
        guard rootHash.count == RFC6962.hashByteCount else {
            throw .malformedCheckpoint("the root hash is \(rootHash.count) bytes, expected \(RFC6962.hashByteCount)")
        }
        self.origin = origin
        self.size = size
        self.rootHash = rootHash
        self.extensions = extensions
    }

    /// Parses a checkpoint body (the text of its signed note, not the signed note itself).
    ///
    /// Rejects: a text not ending in a newline; fewer than three lines; any empty line; an ASCII
    /// control character other than newline (C2SP signed-note forbids them in the whole note); a size
    /// that is not plain decimal (sign, space, leading zero) or overflows 64 bits; a root hash that
    /// is not canonical standard base64 of exactly 32 bytes.
    public init(text: String) throws(TransparencyError) {
        let bytes = Array(text.utf8)
        guard bytes.last == UInt8(ascii: "\n") else {
            throw .malformedCheckpoint("the text must end with a newline")
        }
        if let bad = bytes.first(where: { $0 < 0x20 && $0 != UInt8(ascii: "\n") }) {
            throw .malformedCheckpoint(
                "the text contains the control character U+\(NoteVerifier.hex(UInt32(bad), digits: 4))")
        }
        let lines = bytes.dropLast().split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard lines.count >= 3 else {
            throw .malformedCheckpoint("\(lines.count) lines: a checkpoint has an origin, a size and a root hash")
        }
        if let empty = lines.firstIndex(where: \.isEmpty) {
            throw .malformedCheckpoint("line \(empty + 1) is empty: every line of a checkpoint must be non-empty")
        }
        guard let size = Self.parseSize(lines[1]) else {
            throw .malformedCheckpoint("the tree size must be decimal digits with no leading zero, at most 2^64 - 1")
        }
        guard let rootHash = NoteBase64.decode(bytes: Array(lines[2])), rootHash.count == RFC6962.hashByteCount else {
            throw .malformedCheckpoint("the root hash must be canonical standard base64 of 32 bytes")
        }
        self.origin = String(decoding: lines[0], as: UTF8.self)
        self.size = size
        self.rootHash = rootHash
        self.extensions = lines[3...].map { String(decoding: $0, as: UTF8.self) }
    }

    /// The checkpoint body: the lines above, each ending in a newline. This is the text to sign.
    public var text: String {
        var text = "\(origin)\n\(size)\n\(NoteBase64.encode(rootHash))\n"
        for line in extensions { text += line + "\n" }
        return text
    }

    public static func == (lhs: Checkpoint, rhs: Checkpoint) -> Bool {
        lhs.origin.utf8.elementsEqual(rhs.origin.utf8) && lhs.size == rhs.size && lhs.rootHash == rhs.rootHash
            && lhs.extensions.count == rhs.extensions.count
            && zip(lhs.extensions, rhs.extensions).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(Array(origin.utf8))
        hasher.combine(size)
        hasher.combine(rootHash)
        for line in extensions { hasher.combine(Array(line.utf8)) }
    }

    /// A line of the body: non-empty, no newline, no other ASCII control character.
    private static func checkLine(_ line: String, _ what: String) throws(TransparencyError) {
        guard !line.isEmpty else { throw .malformedCheckpoint("\(what) is empty") }
        if let bad = line.utf8.first(where: { $0 < 0x20 }) {
            throw .malformedCheckpoint(
                "\(what) contains the control character U+\(NoteVerifier.hex(UInt32(bad), digits: 4))")
        }
    }

    /// ASCII decimal with no sign, space or leading zero ("0" alone is the empty tree), within UInt64.
    static func parseSize(_ digits: ArraySlice<UInt8>) -> UInt64? {
        guard !digits.isEmpty, digits.count == 1 || digits.first != UInt8(ascii: "0") else { return nil }
        var value: UInt64 = 0
        for digit in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(UInt64(digit - UInt8(ascii: "0")))
            guard !overflow1, !overflow2 else { return nil }
            value = sum
        }
        return value
    }
}
