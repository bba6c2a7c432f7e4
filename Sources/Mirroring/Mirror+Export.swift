import Casework
import Ledger
import Stores
import Transparency

/// What a case export (CaseExport) reads from the mirror besides the case index: proofs, and the
/// chunk records of attachments with their indexes.
extension Mirror {
    /// The RFC 6962 inclusion proof of record `index` in the tree of the first `treeSize` records.
    public func inclusionProof(of index: UInt64, treeSize: UInt64) throws(MirroringError) -> InclusionProof {
        do {
            return try ledger.inclusionProof(leafIndex: index, treeSize: treeSize)
        } catch {
            throw .log(path: directory, what: "cannot prove record \(index) in the tree of \(treeSize)", error)
        }
    }

    /// An attachment's chunk records, in log order, each as the server logged it (a late copy in place
    /// of its stand-in); a chunk still withheld is refused.
    public func attachmentChunks(_ id: AttachmentID) throws(MirroringError) -> [LedgerRecord] {
        var records: [LedgerRecord] = []
        for index in ledger.records(forKey: IntakeRecord.indexKey(for: id)) {
            let record = try record(at: index)
            guard record.type != IntakeRecord.standInType else {
                throw .usage("the server withheld attachment \(id)'s chunk (record \(index)) from this mirror")
            }
            records.append(record)
        }
        return records
    }
}
