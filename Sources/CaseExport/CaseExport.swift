import Attachments
import CaseBundle
import Casework
import Foundation
import Ledger
import Mirroring
import Sodium
import Stores
import Transparency
import Triage

/// A case's bundle (CaseBundle.md) gathered from an inspector's verified mirror: the case's records
/// as the case index finds them, its attachments' chunks, each proven in the mirror's verified
/// checkpoint, and, for an open export, what the inspector's keys decrypt.
public enum CaseExport {
    /// The bundle of `item`, whose records (and the day marks that date them) are `records`.
    ///
    /// Every record must be below the size of the mirror's verified checkpoint and held in full (not
    /// withheld); with `open`, the plaintext files of ``openFiles(of:records:attachments:)`` are added.
    public static func bundle(of item: CaseBook.Case, records: [LedgerRecord], mirror: Mirror, open: Bool) throws
        -> CaseBundle
    {
        guard let note = mirror.verifiedCheckpointNote else {
            throw MirroringError.usage("the mirror has no verified checkpoint: run `candor-inspect sync` first")
        }
        let checkpoint = try Checkpoint(text: SignedNote(parsing: note).text)
        var all = records
        var chunks: [(SealedAttachment, [LedgerRecord])] = []
        for attachment in item.attachments {
            let found = try mirror.attachmentChunks(attachment.id)
            chunks.append((attachment, found))
            all += found
        }
        var proven: [(record: CaseBundle.Record, proof: InclusionProof)] = []
        var seen = Set<UInt64>()
        for record in all.sorted(by: { $0.index < $1.index }) where seen.insert(record.index).inserted {
            guard record.type != IntakeRecord.standInType else {
                throw MirroringError.usage(
                    "record \(record.index) of case \(item.id) was withheld from this mirror: sync again once it is readable"
                )
            }
            guard record.index < checkpoint.size else {
                throw MirroringError.usage(
                    "record \(record.index) of case \(item.id) is past the mirror's verified checkpoint: sync again")
            }
            proven.append(
                (
                    CaseBundle.Record(index: record.index, type: record.type, payload: record.payload),
                    try mirror.inclusionProof(of: record.index, treeSize: checkpoint.size)
                ))
        }
        var files: [(path: String, bytes: [UInt8])] = []
        if open {
            var opened: [(attachment: SealedAttachment, path: String, plaintext: [UInt8])] = []
            for (number, (attachment, chunkRecords)) in chunks.enumerated() {
                let plaintext = try AttachmentOpener.open(attachment, payloads: chunkRecords.map(\.payload))
                opened.append((attachment, "attachments/\(number + 1)-\(safeName(attachment.name))", plaintext))
            }
            files = try openFiles(of: item, records: proven.map(\.record), attachments: opened)
        }
        return CaseBundle(
            origin: checkpoint.origin, caseID: item.id, signedCheckpoint: note, records: proven, openFiles: files)
    }

    /// An attachment's name as a file name: `/`, `\` and line breaks made `_`, the dots around it removed.
    public static func safeName(_ name: String) -> String {
        let safe = String(name.map { $0 == "/" || $0 == "\\" || $0.isNewline ? "_" : $0 })
            .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        return safe.isEmpty ? "file" : safe
    }

    /// The plaintext files of an open bundle, paths relative to `open/`: `case.json`, `summary.html`
    /// and the decrypted attachments.
    static func openFiles(
        of item: CaseBook.Case, records: [CaseBundle.Record],
        attachments: [(attachment: SealedAttachment, path: String, plaintext: [UInt8])]
    ) throws -> [(path: String, bytes: [UInt8])] {
        let paths = Dictionary(attachments.map { ($0.attachment.id, $0.path) }, uniquingKeysWith: { first, _ in first })
        let json = try JSONSerialization.data(
            withJSONObject: CaseSummaryPage.object(item, attachmentPaths: paths),
            options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        var files: [(path: String, bytes: [UInt8])] = [
            ("case.json", Array(json) + [0x0A]),
            ("summary.html", Array(CaseSummaryPage.html(item, records: records, attachmentPaths: paths).utf8)),
        ]
        files += attachments.map { ($0.path, $0.plaintext) }
        return files
    }
}
