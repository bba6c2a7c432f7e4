import Casework
import Ledger
import Transparency

/// Proof that a record is in the intake log: a signed checkpoint and the record's inclusion proof.
///
/// A citizen or an auditor who keeps it can later show that the log once held the record, and any
/// later checkpoint must be consistent with this one: a report that was acknowledged cannot be
/// quietly removed.
public struct LogInclusion: Sendable, Equatable {
    /// The C2SP signed note of the checkpoint (`Checkpoint.text`, a blank line, signature lines).
    public let signedCheckpoint: String
    /// The parsed checkpoint: origin, tree size, root hash.
    public let checkpoint: Checkpoint
    /// The record's index in the log.
    public let leafIndex: UInt64
    /// The RFC 6962 leaf hash of the record (`SHA-256(0x00 ‖ type ‖ payload)`).
    public let leafHash: [UInt8]
    /// The audit path from the leaf to the checkpoint's root.
    public let proof: InclusionProof

    /// Checks the checkpoint's signature with `verifier` and the proof against its root.
    public func verify(with verifier: NoteVerifier) throws(StoreError) {
        let parsed: Checkpoint
        do {
            let note = try SignedNote(parsing: signedCheckpoint)
            _ = try note.verify(with: [verifier])
            parsed = try Checkpoint(text: note.text)
        } catch {
            throw .inclusionNotVerified(error)
        }
        guard parsed == checkpoint else { throw .storage("the signed checkpoint does not match its parsed form") }
        do {
            try proof.verify(leafHash: leafHash, rootHash: checkpoint.rootHash)
        } catch {
            throw .inclusionNotVerified(error)
        }
    }
}
