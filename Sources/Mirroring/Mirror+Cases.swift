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
