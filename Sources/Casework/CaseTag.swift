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

    /// A tag is a keyed hash: its first eight bytes spread as well as all 32, and a dictionary of cases
    /// by tag no longer feeds the hasher byte by byte (a few per cent of a sync).
    public func hash(into hasher: inout Hasher) {
        guard rawRepresentation.count >= 8 else { return hasher.combine(rawRepresentation) }
        hasher.combine(rawRepresentation.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
    }
}

extension CaseTag {
    /// A tag as four machine words: a set or dictionary key that costs no allocation (a million tags
    /// as `[UInt8]` keys are a million small allocations), ordered as the tags' bytes are.
    public struct Words: Sendable, Hashable, Comparable {
        let a: UInt64, b: UInt64, c: UInt64, d: UInt64

        /// The words of 32 bytes; nil for any other count.
        public init?(_ bytes: some Collection<UInt8>) {
            guard bytes.count == CaseTag.byteCount else { return nil }
            // Arrays and their slices, the usual callers, skip the generic byte-by-byte loop.
            if let words = bytes.withContiguousStorageIfAvailable({ Words(UnsafeRawBufferPointer($0), at: 0) }) {
                self = words
                return
            }
            var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            for (offset, byte) in bytes.enumerated() {
                let value = UInt64(byte) << (8 * (7 - offset % 8))
                switch offset / 8 {
                case 0: words.0 |= value
                case 1: words.1 |= value
                case 2: words.2 |= value
                default: words.3 |= value
                }
            }
            (a, b, c, d) = words
        }

        public init(_ tag: CaseTag) { self.init(tag.rawRepresentation)! }

        /// The words of the 32 bytes at `offset` in `bytes`, which must hold them: a tag read in place
        /// from a record, with no copy.
        public init(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
            precondition(offset >= 0 && bytes.count - offset >= CaseTag.byteCount, "a case tag past the bytes' end")
            func word(_ index: Int) -> UInt64 {
                UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: offset + 8 * index, as: UInt64.self))
            }
            (a, b, c, d) = (word(0), word(1), word(2), word(3))
        }

        /// The tag again.
        public var tag: CaseTag {
            CaseTag(
                unchecked: [a, b, c, d].flatMap { word in
                    (0..<8).reversed().map { UInt8(truncatingIfNeeded: word >> (8 * $0)) }
                })
        }

        public static func < (left: Words, right: Words) -> Bool {
            (left.a, left.b, left.c, left.d) < (right.a, right.b, right.c, right.d)
        }

        /// The first word alone, as ``CaseTag`` hashes its first 8 bytes: a tag is a keyed hash, so one
        /// word spreads tags as well as four (equal tags still compare all of them). An index's filing
        /// hashes one tag a record.
        public func hash(into hasher: inout Hasher) {
            hasher.combine(a)
        }
    }
}

extension String {
    package func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: Swift.max(0, width - count)) + self
    }
}
