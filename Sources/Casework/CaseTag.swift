import Sodium

/// The pseudonym a case is stored under: a keyed BLAKE2b-256 of its token (see ``CaseTagKey``).
///
/// Every record of a case carries its tag in clear, and the intake log indexes records by it, so the
/// status page finds a case in O(1) without the server ever storing the token. The tag is public
/// data: without the server's tag key, no one can tell which token it belongs to.
public struct CaseTag: Sendable, Hashable, CustomStringConvertible {
    public static let byteCount = 32

    /// The 32 bytes.
    public let rawRepresentation: [UInt8]

    /// A tag from its 32 bytes, as read from an envelope. Throws for any other length.
    public init(rawRepresentation: [UInt8]) throws(CaseworkError) {
        guard rawRepresentation.count == Self.byteCount else {
            throw .malformedEnvelope("a case tag is \(Self.byteCount) bytes, not \(rawRepresentation.count)")
        }
        self.rawRepresentation = rawRepresentation
    }

    package init(unchecked raw: [UInt8]) { rawRepresentation = raw }

    /// Lowercase hex, e.g. for a URL of the API or a log line.
    public var hex: String { rawRepresentation.hexString }

    /// Parses 64 hex digits (either case).
    public init(hex: String) throws(CaseworkError) {
        guard let bytes = [UInt8](hexString: hex), bytes.count == Self.byteCount else {
            throw .malformedEnvelope("a case tag is written as 64 hex digits")
        }
        rawRepresentation = bytes
    }

    public var description: String { "CaseTag(\(hex))" }
}

extension String {
    package func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
