import Casework
import Ledger
import Transparency

extension IntakeStore {
    /// The signed note of a checkpoint that covers every record appended so far: what the inspectors'
    /// sync verifies everything else against (Mirroring.docc/Sync.md).
    ///
    /// The last signed checkpoint is reused when it already covers every record; otherwise one new
    /// checkpoint is signed, under the same `checkpointLock` as receipts, so a sync and a burst of
    /// receipts share signatures. The ledger refuses to sign a checkpoint that is not consistent with
    /// the last one it signed. Throws ``StoreError/storage(_:)`` when the intake has no signer.
    public func signedCheckpoint() throws(StoreError) -> String {
        guard let signer = configuration.checkpointSigner else {
            throw .storage("this intake signs no checkpoints: start it with a checkpoint signer (log-signer.key)")
        }
        checkpointLock.lock()
        defer { checkpointLock.unlock() }
        do {
            return try ledger.signedCheckpointOfAllRecords(
                origin: configuration.checkpointOrigin ?? signer.name, signer: signer)
        } catch {
            throw .ledger(error)
        }
    }

    /// The last checkpoint the intake log signed, without signing one (what its witnesses are sent).
    public var lastSignedCheckpoint: String? { ledger.lastSignedCheckpoint }

    /// An RFC 6962 consistency proof between the trees of the first `oldSize` and `newSize` records.
    ///
    /// Throws ``StoreError/ledger(_:)`` when `oldSize > newSize` or `newSize` is past the log.
    public func consistencyProof(from oldSize: UInt64, to newSize: UInt64) throws(StoreError) -> ConsistencyProof {
        do {
            return try ledger.consistencyProof(from: oldSize, to: newSize)
        } catch {
            throw .ledger(error)
        }
    }

    /// The stored records `from ..< min(from + maxCount, upTo)`, read from disk with their checksums
    /// checked, stopping early once their payloads exceed `maxBytes` (at least one record is always
    /// returned when `from < upTo`).
    ///
    /// `upTo` is the size of the checkpoint the caller syncs to; it must not be past the log.
    /// Throws ``StoreError/ledger(_:)`` when a record cannot be read (its checksum fails).
    public func records(from start: UInt64, maxCount: Int, maxBytes: Int, upTo end: UInt64) throws(StoreError)
        -> [LedgerRecord]
    {
        guard end <= ledger.count else {
            throw .storage("the log holds \(ledger.count) records, fewer than \(end)")
        }
        guard start < end, maxCount > 0 else { return [] }
        let records: [LedgerRecord]
        do {
            // One read per segment, not three a record: a sync of a million cases reads two million.
            records = try ledger.records(
                from: start, maxCount: Int(min(UInt64(maxCount), end - start)), maxBytes: maxBytes)
        } catch {
            throw .ledger(error)
        }
        if let onRecordRead = configuration.onRecordRead { for record in records { onRecordRead(record.index) } }
        return records
    }

    /// The records of the case `tag` (its envelopes and events, its attachment links and the chunks of
    /// the attachments linked to it) with index below `end`, in index order, as stored: what an
    /// inspector fetches when a case becomes readable to them late (Sync.md, `case-records`).
    public func caseRecords(_ tag: CaseTag, upTo end: UInt64) throws(StoreError) -> [LedgerRecord] {
        var indices = Set(ledger.records(forKey: IntakeRecord.indexKey(for: tag)).filter { $0 < end })
        for index in ledger.records(forKey: IntakeRecord.linkIndexKey(for: tag)) where index < end {
            indices.insert(index)
            guard let link = IntakeRecord.parseAttachmentLink(try record(at: index).payload) else { continue }
            // The first link that names an attachment gives its case.
            for id in link.attachments where attachmentCases.caseTag(of: id) == tag {
                indices.formUnion(ledger.records(forKey: IntakeRecord.indexKey(for: id)).filter { $0 < end })
            }
        }
        var records: [LedgerRecord] = []
        for index in indices.sorted() { records.append(try record(at: index)) }
        return records
    }
}
