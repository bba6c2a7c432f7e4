import Foundation
import MetadataStripping
import Sodium

/// What a sealed message says about one attachment: how to find its chunks, the key that opens
/// them, and what the file is.
///
/// It travels only inside the sealed plaintext (the ``CaseMessage``), never in clear: it holds the
/// stream key. The chunks themselves are ledger records (``AttachmentSealer``; Envelope.md,
/// "Attachment chunk records").
public struct SealedAttachment: Sendable, Equatable, Codable {
    /// Bounds for what a citizen's software may claim about a file.
    public enum Limits {
        public static let name = 255
        public static let mediaType = MetadataStripper.maximumMediaTypeCount
    }

    public let id: AttachmentID
    /// The file name as the citizen's browser gave it, reduced to its last path component.
    public let name: String
    /// The media type as given (`image/jpeg`), lowercased and without parameters.
    public let mediaType: String
    /// The size of the stored file, after metadata stripping.
    public let byteCount: Int
    /// How many chunk records hold it (at least one: the final chunk may be empty).
    public let chunkCount: Int
    /// The `crypto_secretstream_xchacha20poly1305` key.
    public let key: SecureBytes
    /// The stream's 24-byte header.
    public let header: [UInt8]
    /// What metadata stripping did.
    public let metadata: MetadataStripper.Outcome

    /// Whether the file was checked and is free of the metadata Candor strips (true for
    /// ``MetadataStripper/Outcome/removed`` and ``MetadataStripper/Outcome/noneFound``). When false,
    /// inspectors must assume it may still carry its author's metadata.
    public var metadataStripped: Bool { metadata.isClean }

    public init(
        id: AttachmentID, name: String, mediaType: String, byteCount: Int, chunkCount: Int, key: SecureBytes,
        header: [UInt8], metadata: MetadataStripper.Outcome
    ) {
        self.id = id
        self.name = name
        self.mediaType = mediaType
        self.byteCount = byteCount
        self.chunkCount = chunkCount
        self.key = key
        self.header = header
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case id, name, mediaType, byteCount, chunkCount, key, header, metadata, metadataStripped
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try AttachmentID(hex: container.decode(String.self, forKey: .id))
        // A device-sealed message never passed through the intake's cleaning: its names are cleaned as
        // they are read, so no reader (show, its JSON, exported file names) meets a bidi control.
        name = Self.cleanName(try container.decode(String.self, forKey: .name))
        mediaType = try container.decode(String.self, forKey: .mediaType)
        byteCount = try container.decode(Int.self, forKey: .byteCount)
        chunkCount = try container.decode(Int.self, forKey: .chunkCount)
        guard var keyBytes = try Data(base64Encoded: container.decode(String.self, forKey: .key)).map(Array.init),
            keyBytes.count == SecretStream.keyByteCount
        else { throw CaseworkError.malformedPlaintext("an attachment key is base64 of 32 bytes") }
        key = SecureBytes(keyBytes)
        wipe(&keyBytes)
        guard let header = try Data(base64Encoded: container.decode(String.self, forKey: .header)).map(Array.init),
            header.count == SecretStream.headerByteCount
        else { throw CaseworkError.malformedPlaintext("an attachment header is base64 of 24 bytes") }
        self.header = header
        let stripped = try container.decode(Bool.self, forKey: .metadataStripped)
        // `metadata` gives the detail; a client that only sends the flag gets the coarsest honest reading.
        metadata =
            try container.decodeIfPresent(MetadataStripper.Outcome.self, forKey: .metadata)
            ?? (stripped ? .removed : .unsupported)
        guard byteCount >= 0, chunkCount >= 1, metadata.isClean == stripped else {
            throw CaseworkError.malformedPlaintext("attachment \(id.hex) has inconsistent sizes or flags")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.hex, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(mediaType, forKey: .mediaType)
        try container.encode(byteCount, forKey: .byteCount)
        try container.encode(chunkCount, forKey: .chunkCount)
        try container.encode(Data(key.unsafeCopiedBytes()).base64EncodedString(), forKey: .key)
        try container.encode(Data(header).base64EncodedString(), forKey: .header)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(metadataStripped, forKey: .metadataStripped)
    }

    /// A file name reduced to something safe to show: the last path component, no control or bidi
    /// characters, at most ``Limits/name`` characters; `attachment` if nothing is left.
    ///
    /// Removed: C0 and C1 controls and DEL; the bidi embeddings, overrides and isolates (U+202A–202E,
    /// U+2066–2069), the directional marks U+200E, U+200F and U+061C (ARABIC LETTER MARK), and the
    /// line and paragraph separators U+2028, U+2029. Any of them could make `gpj.exe` read as `exe.jpg`
    /// or break a line of `candor-inspect show`. Cleaning a clean name changes nothing.
    public static func cleanName(_ raw: String) -> String {
        let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let kept = String(
            String.UnicodeScalarView(
                last.precomposedStringWithCanonicalMapping.unicodeScalars.filter { !isHiddenControl($0) }))
        let trimmed = String(kept.trimmingCharacters(in: .whitespaces).prefix(Limits.name))
            .trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed == "." || trimmed == ".." ? "attachment" : trimmed
    }

    /// A control, bidi or separator character that ``cleanName(_:)`` removes.
    static func isHiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// A media type reduced to `type/subtype` in lowercase; `application/octet-stream` if it is not one.
    public static func cleanMediaType(_ raw: String) -> String { MetadataStripper.cleanMediaType(raw) }
}
