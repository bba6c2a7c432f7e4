import Foundation

/// Removes identifying metadata from JPEG and PNG files as they stream in, never holding more than
/// one header segment in memory.
///
/// A phone photo can carry where it was taken (EXIF GPS), when, on which device, a thumbnail of the
/// uncropped picture, an editing history (XMP) and captions (IPTC). Any of these can identify a
/// citizen, so images are cleaned before they are sealed:
///
/// - **JPEG**: before the first scan (SOS), every APPn segment is dropped except APP0 JFIF without a
///   thumbnail and APP14 Adobe (needed for colour), and so is every COM comment; everything else is
///   copied. From SOS on, the image data is copied untouched, up to and including EOI. Data after
///   EOI (a "motion photo" video, a second image, a vendor trailer) is dropped.
/// - **PNG**: critical chunks are copied as they are, CRC included, and so are the ancillary chunks
///   that affect how the image looks (transparency, colour space, gamma, physical size, animation).
///   `tEXt`, `zTXt`, `iTXt`, `tIME`, `eXIf` and every other ancillary chunk are dropped, as is data
///   after `IEND`.
///
/// The format is recognised from the bytes, not from the media type a browser claims. Any other
/// type passes through untouched (``Outcome/unsupported``). A JPEG or PNG that stops making sense
/// midway is not an error: what was cleaned stays cleaned, the rest passes through as it is, and the
/// outcome is ``Outcome/malformed`` so that inspectors know the file may still carry metadata. The
/// stripper never traps on any input.
public struct MetadataStripper: Sendable {
    /// What stripping did, recorded with the attachment for inspectors.
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        /// A JPEG or PNG from which metadata was removed.
        case removed
        /// A JPEG or PNG that had nothing to remove.
        case noneFound = "none-found"
        /// Not a JPEG or PNG: passed through untouched.
        case unsupported = "unsupported-type"
        /// A JPEG or PNG (by its bytes or its declared type) that did not parse to the end: whatever
        /// followed the problem passed through untouched.
        case malformed

        /// Whether the file is known to be free of the metadata Candor strips.
        public var isClean: Bool { self == .removed || self == .noneFound }
    }

    /// The end of a stream: the last cleaned bytes and what was done.
    public struct Summary: Sendable, Equatable {
        /// Output bytes not yet returned by ``MetadataStripper/feed(_:)``.
        public var remainingBytes: [UInt8]
        public var outcome: Outcome
        /// What was dropped, for inspectors and tests: `APP1 Exif`, `COM`, `tEXt`, `data after EOI`…
        public var removedSegments: [String]
        /// Whether anything was removed.
        public var removedAnything: Bool { !removedSegments.isEmpty }
    }

    private enum Engine: Sendable {
        case sniffing([UInt8])
        case jpeg(JPEGStripper)
        case png(PNGStripper)
        case passthrough
    }

    private static let sniffByteCount = 8
    private var engine: Engine = .sniffing([])
    private let declaredImage: Bool

    /// A stripper for a file declared as `mediaType`. The declared type only matters when the bytes
    /// are neither JPEG nor PNG: a file that claims to be one of them is then reported as malformed.
    public init(mediaType: String) {
        let type = Self.cleanMediaType(mediaType)
        declaredImage = ["image/jpeg", "image/jpg", "image/pjpeg", "image/png"].contains(type)
    }

    /// Cleans the next bytes and returns the output ready so far (possibly fewer or more bytes than
    /// given: header segments are held until they are complete).
    public mutating func feed(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        feed(Array(bytes), into: &output)
        return output
    }

    /// Ends the stream.
    public mutating func finish() -> Summary {
        var output: [UInt8] = []
        if case .sniffing(let head) = engine { start(with: head, into: &output) }
        switch engine {
        case .jpeg(var stripper):
            stripper.finish(into: &output)
            return Summary(
                remainingBytes: output, outcome: outcome(malformed: stripper.isMalformed, removed: stripper.removed),
                removedSegments: stripper.removed)
        case .png(var stripper):
            stripper.finish(into: &output)
            return Summary(
                remainingBytes: output, outcome: outcome(malformed: stripper.isMalformed, removed: stripper.removed),
                removedSegments: stripper.removed)
        case .passthrough, .sniffing:
            return Summary(
                remainingBytes: output, outcome: declaredImage ? .malformed : .unsupported, removedSegments: [])
        }
    }

    private func outcome(malformed: Bool, removed: [String]) -> Outcome {
        malformed ? .malformed : removed.isEmpty ? .noneFound : .removed
    }

    private mutating func feed(_ bytes: [UInt8], into output: inout [UInt8]) {
        switch engine {
        case .sniffing(var head):
            head += bytes
            if head.count >= Self.sniffByteCount {
                start(with: head, into: &output)
            } else {
                engine = .sniffing(head)
            }
        case .jpeg(var stripper):
            engine = .passthrough  // drop the reference while mutating, so the buffer is not copied
            stripper.feed(bytes, into: &output)
            engine = .jpeg(stripper)
        case .png(var stripper):
            engine = .passthrough
            stripper.feed(bytes, into: &output)
            engine = .png(stripper)
        case .passthrough:
            output += bytes
        }
    }

    /// Picks the engine from the first bytes and hands them to it.
    private mutating func start(with head: [UInt8], into output: inout [UInt8]) {
        if head.starts(with: JPEGStripper.signature) {
            var stripper = JPEGStripper()
            stripper.feed(head, into: &output)
            engine = .jpeg(stripper)
        } else if head.starts(with: PNGStripper.signature) {
            var stripper = PNGStripper()
            stripper.feed(head, into: &output)
            engine = .png(stripper)
        } else {
            output += head
            engine = .passthrough
        }
    }
}

extension MetadataStripper {
    /// The longest media type kept; a longer one is replaced (SealedAttachment.Limits.mediaType).
    public static let maximumMediaTypeCount = 127

    /// The essence of a declared media type, lowercased (`image/JPEG; q=1` → `image/jpeg`), or
    /// `application/octet-stream` for anything that is not `type/subtype` of token characters.
    public static func cleanMediaType(_ raw: String) -> String {
        let essence = raw.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        let lowered = essence.trimmingCharacters(in: .whitespaces).lowercased()
        let parts = lowered.split(separator: "/", omittingEmptySubsequences: false)
        let tokenCharacters = Set("abcdefghijklmnopqrstuvwxyz0123456789!#$&-^_.+")
        guard lowered.count <= maximumMediaTypeCount, parts.count == 2,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(tokenCharacters.contains) })
        else { return "application/octet-stream" }
        return lowered
    }
}
