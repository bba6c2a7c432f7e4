import Casework
import Keys
import Ledger
import Stores

extension Mirror {
    /// The payloads of an attachment's chunk records, in order (open them with ``AttachmentOpener``).
    public func attachmentChunkPayloads(_ id: AttachmentID) throws(MirroringError) -> [[UInt8]] {
        try attachmentChunks(id).map(\.payload)
    }

    /// The log index of the first record filed under case `tag` (its report), if the mirror has one:
    /// the case index finds an earlier case of a new record this way.
    public func firstRecord(ofCase tag: CaseTag) -> UInt64? {
        ledger.records(forKey: IntakeRecord.indexKey(for: tag)).min()
    }
}

extension Mirror {
    /// The log indexes of the service feedback records of the mirror (``IntakeRecord/feedbackIndexKey``),
    /// in log order: apart from the cases, one lookup.
    public var feedbackRecords: [UInt64] { ledger.records(forKey: IntakeRecord.feedbackIndexKey).sorted() }
}

extension Mirror {
    /// The log indexes of the late copies stored from position `start` of `late/` on (give the
    /// ``lateRecordCount`` from before a sync): the records a late fill made readable.
    public func lateIndexes(from start: UInt64) throws(MirroringError) -> [UInt64] {
        var indexes: [UInt64] = []
        for position in start..<late.count {
            let payload: [UInt8]
            do {
                payload = try late.record(at: position).payload
            } catch {
                throw .log(path: directory, what: "cannot read late copy \(position)", error)
            }
            guard payload.count >= 8 else { continue }
            indexes.append(payload[0..<8].reversed().reduce(0) { $0 << 8 | UInt64($1) })
        }
        return indexes
    }

    /// The log indexes of the records filed under case `tag` (its envelopes and events, stand-ins
    /// included), in log order.
    public func recordIndexes(ofCase tag: CaseTag) -> [UInt64] {
        ledger.records(forKey: IntakeRecord.indexKey(for: tag)).sorted()
    }

    /// The log indexes of the mirror's day marks, in log order.
    public var dayMarkIndexes: [UInt64] { ledger.records(forKey: IntakeRecord.dayMarkIndexKey).sorted() }

    /// Where record `index` is in the mirror's segment files: the segment's number and the byte offset.
    public func location(of index: UInt64) throws(MirroringError) -> (segment: UInt64, offset: UInt64) {
        do {
            return try ledger.location(of: index)
        } catch {
            throw .log(path: directory, what: "cannot find record \(index) of the mirror", error)
        }
    }
}
