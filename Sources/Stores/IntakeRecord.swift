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
///
/// The one-letter prefixes keep the key spaces apart. Nothing else is ever indexed, and every key
/// is public data already on disk.
public enum IntakeRecord {
    public static let envelopeType: UInt8 = 1
    public static let attachmentChunkType: UInt8 = 2
    public static let eventType: UInt8 = 3
    public static let dayMarkType: UInt8 = 4

    /// The index key of every day mark: the marks are one lookup, so the intake finds a record's day
    /// without reading the log.
    public static let dayMarkIndexKey: [UInt8] = [UInt8(ascii: "D")]

    /// The index key of a case's envelopes.
    public static func indexKey(for tag: CaseTag) -> [UInt8] { [UInt8(ascii: "T")] + tag.rawRepresentation }

    /// The index key of an attachment's chunks.
    public static func indexKey(for id: AttachmentID) -> [UInt8] { [UInt8(ascii: "A")] + id.rawRepresentation }

    /// The `Ledger.Options.indexKeys` function of the intake log. It reads fixed offsets only and
    /// never fails: a record too short or of an unknown version is simply not indexed.
    public static let indexKeys: @Sendable (RecordView) -> [[UInt8]] = { record in
        switch record.type {
        case envelopeType:
            let head = record.payloadPrefix(Envelope.replyKeyOffset)
            // Both versions put the case tag at the same offset; version 1 records of older logs stay found.
            guard head.count == Envelope.replyKeyOffset,
                head[0] == Envelope.version || head[0] == Envelope.unsignedVersion
            else { return [] }
            return [[UInt8(ascii: "T")] + head[Envelope.caseTagOffset...]]
        case attachmentChunkType:
            let head = record.payloadPrefix(1 + AttachmentID.byteCount)
            guard head.count == 1 + AttachmentID.byteCount, head[0] == AttachmentChunkRecord.version else { return [] }
            return [[UInt8(ascii: "A")] + head[1...]]
        case eventType:
            let head = record.payloadPrefix(1 + CaseTag.byteCount)
            guard head.count == 1 + CaseTag.byteCount, InspectorEvent.versions.contains(head[0]) else { return [] }
            return [[UInt8(ascii: "T")] + head[1...]]
        case dayMarkType:
            let head = record.payloadPrefix(1)
            guard record.payloadCount == DayMark.byteCount, head.first == DayMark.version else { return [] }
            return [dayMarkIndexKey]
        default:
            return []
        }
    }
}
