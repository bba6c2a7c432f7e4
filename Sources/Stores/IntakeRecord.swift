import Attachments
import Casework
import Ledger

/// The record types of the intake log and the index keys that make a case's records an O(1) lookup.
///
/// | type | payload | index key |
/// |---|---|---|
/// | 1 | an ``Envelope`` | `"T"` ‖ case tag (33 bytes) |
/// | 2 | an attachment chunk (Envelope.md) | `"A"` ‖ attachment id (17 bytes) |
/// | 3 | an ``InspectorEvent`` (Events.md) | `"T"` ‖ case tag (33 bytes): with the case's envelopes |
/// | 4 | a ``DayMark``: the day the records after it were received | `"D"` (1 byte): every mark |
/// | 5 | service feedback: an ``Envelope`` of kind `feedback` (Envelope.md, "Service feedback") | `"F"` (1 byte): every feedback |
/// | 6 | an attachment link: case tag ‖ attachment ids (Envelope.md, "Attachment links") | `"L"` ‖ case tag (33 bytes) |
/// | 255 | a stand-in, in an inspector's mirror only (below) | the key it carries, and `"W"` ‖ it |
///
/// The one-letter prefixes keep the key spaces apart. Nothing else is ever indexed, and every key
/// is public data already on disk.
///
/// A *stand-in* (``standInType``, Ledger's Records.md "Stand-ins") takes the place, in a partial
/// mirror, of a record the inspector may not read: `leaf hash (32) ‖ type (1) ‖ index key (0 or more)`,
/// the withheld record's leaf hash, type and the first key ``indexKeys`` gives for it (`"T"` ‖ case
/// tag, `"A"` ‖ attachment id; none for a record with no key). It is indexed under that key, so a
/// mirror finds a case's stand-ins by its tag, and under `"W"` ‖ that key, so a mirror asks whether a
/// case has stand-ins in one lookup, without reading its records. The intake log itself never holds one.
public enum IntakeRecord {
    public static let envelopeType: UInt8 = 1
    public static let attachmentChunkType: UInt8 = 2
    public static let eventType: UInt8 = 3
    public static let dayMarkType: UInt8 = 4
    /// Service feedback: a sealed envelope of no case, under a tag nobody can derive again.
    public static let feedbackType: UInt8 = 5
    /// An attachment link: which case the attachments an envelope lists belong to, in clear.
    public static let attachmentLinkType: UInt8 = 6
    /// The version byte of an attachment link.
    public static let attachmentLinkVersion: UInt8 = 1
    /// A mirror's stand-in for a withheld record (`Ledger.Options.standInType`); never in the intake log.
    public static let standInType: UInt8 = 0xFF
    /// The bytes of a stand-in before its index key: leaf hash (32) ‖ type (1).
    public static let standInHeadByteCount = 33

    /// The index key of the stand-ins filed under `key` (`"W"` ‖ key), without the records beside them.
    public static func standInIndexKey(for key: [UInt8]) -> [UInt8] { [UInt8(ascii: "W")] + key }

    /// A stand-in's payload for a withheld record of `type` whose leaf hash is `leafHash` and whose
    /// first index key is `key` (empty for none).
    public static func standIn(leafHash: [UInt8], type: UInt8, key: [UInt8]) -> [UInt8] {
        leafHash + [type] + key
    }

    /// The index key of every day mark: the marks are one lookup, so the intake finds a record's day
    /// without reading the log.
    public static let dayMarkIndexKey: [UInt8] = [UInt8(ascii: "D")]

    /// The index key of every feedback record: they are one lookup, apart from the cases.
    public static let feedbackIndexKey: [UInt8] = [UInt8(ascii: "F")]

    /// The index key of a case's envelopes.
    public static func indexKey(for tag: CaseTag) -> [UInt8] { [UInt8(ascii: "T")] + tag.rawRepresentation }

    /// The index key of an attachment's chunks.
    public static func indexKey(for id: AttachmentID) -> [UInt8] { [UInt8(ascii: "A")] + id.rawRepresentation }

    /// The index key of a case's attachment links.
    public static func linkIndexKey(for tag: CaseTag) -> [UInt8] { [UInt8(ascii: "L")] + tag.rawRepresentation }

    /// The case a record belongs to, read from its index key: an envelope's, an event's or an
    /// attachment link's; nil for an attachment chunk (its case is the one a link names for its
    /// attachment: ``attachmentID(ofChunk:)``) and a day mark. What a server's read policy (InspectorWeb's
    /// `InspectorAPI.ReadPolicy`) starts from.
    public static func caseTag(of record: LedgerRecord) -> CaseTag? {
        switch record.type {
        case envelopeType, eventType:
            // The server asks this of every record it serves a sync: read in place, not through the keys.
            guard let offset = record.payload.withUnsafeBytes({ caseTagOffset(type: record.type, payload: $0) })
            else { return nil }
            return CaseTag(unchecked: Array(record.payload[offset..<(offset + CaseTag.byteCount)]))
        case attachmentLinkType: break
        default: return nil
        }
        guard let key = RecordView.withView(type: record.type, payload: record.payload, { indexKeys($0).first }),
            key.first == UInt8(ascii: "L")
        else { return nil }
        return try? CaseTag(rawRepresentation: Array(key.dropFirst()))
    }

    /// The attachment id of a version 1 chunk record's payload, or nil.
    public static func attachmentID(ofChunk payload: [UInt8]) -> AttachmentID? {
        guard payload.count > AttachmentID.byteCount, payload[0] == AttachmentChunkRecord.version else { return nil }
        return AttachmentID(unchecked: Array(payload[1...AttachmentID.byteCount]))
    }

    /// An attachment link's payload (Envelope.md, "Attachment links").
    public static func attachmentLink(caseTag tag: CaseTag, attachments: [AttachmentID]) -> [UInt8] {
        [attachmentLinkVersion] + tag.rawRepresentation + attachments.flatMap(\.rawRepresentation)
    }

    /// The case and attachment ids of an attachment link's payload; nil for one that links nothing.
    public static func parseAttachmentLink(_ payload: [UInt8]) -> (caseTag: CaseTag, attachments: [AttachmentID])? {
        let head = 1 + CaseTag.byteCount
        guard payload.count > head, (payload.count - head) % AttachmentID.byteCount == 0,
            payload[0] == attachmentLinkVersion,
            let tag = try? CaseTag(rawRepresentation: Array(payload[1..<head]))
        else { return nil }
        let ids = stride(from: head, to: payload.count, by: AttachmentID.byteCount).map {
            AttachmentID(unchecked: Array(payload[$0..<($0 + AttachmentID.byteCount)]))
        }
        return (tag, ids)
    }

    /// Where an envelope's or an event's case tag lies in its payload (Envelope.md, Events.md): the
    /// offset of the tag in its `"T"` key (``indexKeys``), or nil for any other record and for one too
    /// short or of an unknown version. Reads the payload in place, for a caller that must not allocate
    /// per record (a sync of a million cases).
    public static func caseTagOffset(type: UInt8, payload: UnsafeRawBufferPointer) -> Int? {
        switch type {
        case envelopeType:
            // Both versions put the case tag at the same offset; version 1 records of older logs stay found.
            guard payload.count >= Envelope.replyKeyOffset,
                payload[0] == Envelope.version || payload[0] == Envelope.unsignedVersion
            else { return nil }
            return Envelope.caseTagOffset
        case eventType:
            guard payload.count >= 1 + CaseTag.byteCount, InspectorEvent.versions.contains(payload[0]) else {
                return nil
            }
            return 1
        default:
            return nil
        }
    }

    /// The `Ledger.Options.indexKeys` function of the intake log. It reads fixed offsets only and
    /// never fails: a record too short or of an unknown version is simply not indexed.
    public static let indexKeys: @Sendable (RecordView) -> [[UInt8]] = { record in
        switch record.type {
        case envelopeType, eventType:
            guard let offset = record.withPayloadBytes({ caseTagOffset(type: record.type, payload: $0) }) else {
                return []
            }
            return [[UInt8(ascii: "T")] + record.payloadBytes(offset..<(offset + CaseTag.byteCount))]
        case attachmentChunkType:
            let head = record.payloadPrefix(1 + AttachmentID.byteCount)
            guard head.count == 1 + AttachmentID.byteCount, head[0] == AttachmentChunkRecord.version else { return [] }
            return [[UInt8(ascii: "A")] + head[1...]]
        case dayMarkType:
            let head = record.payloadPrefix(1)
            guard record.payloadCount == DayMark.byteCount, head.first == DayMark.version else { return [] }
            return [dayMarkIndexKey]
        case feedbackType:
            let head = record.payloadPrefix(2)
            guard head.count == 2, head[0] == Envelope.version, head[1] == Envelope.Kind.feedback.rawValue else {
                return []
            }
            return [feedbackIndexKey]
        case attachmentLinkType:
            let head = record.payloadPrefix(1 + CaseTag.byteCount)
            let idBytes = record.payloadCount - head.count
            guard head.count == 1 + CaseTag.byteCount, head[0] == attachmentLinkVersion, idBytes > 0,
                idBytes % AttachmentID.byteCount == 0
            else { return [] }
            return [[UInt8(ascii: "L")] + head[1...]]
        case standInType:
            guard record.payloadCount > standInHeadByteCount else { return [] }
            let key = record.payloadBytes(standInHeadByteCount..<record.payloadCount)
            return [key, standInIndexKey(for: key)]
        default:
            return []
        }
    }
}
