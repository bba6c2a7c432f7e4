import Sodium

/// The random 16-byte name of one attachment, written in each of its chunk records.
///
/// It links the chunks to each other and to the entry in the sealed message that holds their key,
/// and nothing else: it is random, so it says nothing about the file or the case.
public struct AttachmentID: Sendable, Hashable, CustomStringConvertible {
    public static let byteCount = 16

    public let rawRepresentation: [UInt8]

    public init(rawRepresentation: [UInt8]) throws(CaseworkError) {
        guard rawRepresentation.count == Self.byteCount else {
            throw .malformedAttachment("an attachment id is \(Self.byteCount) bytes, not \(rawRepresentation.count)")
        }
        self.rawRepresentation = rawRepresentation
    }

    package init(unchecked raw: [UInt8]) { rawRepresentation = raw }

    /// 32 lowercase hex digits, as in the sealed JSON.
    public var hex: String { rawRepresentation.hexString }

    public init(hex: String) throws(CaseworkError) {
        guard let bytes = [UInt8](hexString: hex), bytes.count == Self.byteCount else {
            throw .malformedAttachment("an attachment id is written as 32 hex digits")
        }
        rawRepresentation = bytes
    }

    public var description: String { "AttachmentID(\(hex))" }
}
