import Ledger
import Transparency

extension IntakeStore {
    /// The origin of the intake log's checkpoints, nil when the intake signs none.
    public var checkpointOrigin: String? {
        configuration.checkpointOrigin ?? configuration.checkpointSigner?.name
    }

    /// Proves that record `index` is in the checkpoint of `signedNote`, a note this log signed (one its
    /// witnesses cosigned, say), which must cover the record and no more than the log holds.
    public func inclusion(of index: UInt64, in signedNote: String) throws(StoreError) -> LogInclusion {
        let checkpoint: Checkpoint
        do throws(TransparencyError) {
            checkpoint = try Checkpoint(text: SignedNote(parsing: signedNote).text)
        } catch {
            throw .inclusionNotVerified(error)
        }
        guard index < checkpoint.size, checkpoint.size <= ledger.count else {
            throw .storage("the checkpoint of size \(checkpoint.size) cannot prove record \(index)")
        }
        do {
            return LogInclusion(
                signedCheckpoint: signedNote, checkpoint: checkpoint, leafIndex: index,
                leafHash: try ledger.leafHash(at: index),
                proof: try ledger.inclusionProof(leafIndex: index, treeSize: checkpoint.size))
        } catch {
            throw .ledger(error)
        }
    }
}
