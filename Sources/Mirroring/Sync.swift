import API
import Casework
import Foundation
import Keys
import Ledger
import Sodium
import Stores
import Transparency

/// Pulls the intake log's new records into a ``Mirror`` and verifies every one of them against the
/// server's signed checkpoint (Sync.md specifies the protocol and the checks).
///
/// The mirror's `checkpoint` file is the verified boundary. Records are appended as they arrive,
/// each after its leaf-hash check, so an interrupted sync resumes where it stopped; the new checkpoint
/// is recorded only once the mirror's own Merkle root at its size equals the signed root. Any mismatch
/// is an ``MirroringError/verificationFailed(_:evidence:)`` with an evidence folder, and leaves the
/// verified state as it was.
public struct Sync: Sendable {
    /// What a successful sync did.
    public struct Outcome: Sendable, Equatable {
        /// Records verified by this sync (the log's size before and after).
        public var previousSize: UInt64
        public var size: UInt64
        /// Payloads this sync downloaded: records sent in full, and late copies of withheld ones. A
        /// withheld record is verified (its leaf hash, through the root) but not downloaded.
        public var downloaded: UInt64
        public var newRecords: UInt64 { size - previousSize }
        /// Every record of the log is verified through the signed root, readable or not.
        public var verifiedRecords: UInt64 { size }

        public init(previousSize: UInt64, size: UInt64, downloaded: UInt64) {
            self.previousSize = previousSize
            self.size = size
            self.downloaded = downloaded
        }
    }

    public static let apiPrefix = "/api/v1/inspect/"

    public let connection: InspectorConnection
    public let mirror: Mirror
    /// The log's checkpoint key: pinned in the mirror after the first sync.
    public let logKey: NoteVerifier
    /// The witnesses whose cosignatures the server's checkpoint must carry (`--witness`, `--quorum`).
    public var witnesses: WitnessPolicy?
    /// Records asked for per request (the server also caps a batch at about 8 MiB of payload).
    public var batchCount: UInt64 = 1000
    /// Called after each batch with (records in the mirror, the checkpoint's size).
    public var progress: (@Sendable (UInt64, UInt64) -> Void)?
    /// Called with each batch that passed its leaf-hash check (its first log index, and its records as
    /// the mirror stores them, a stand-in for each withheld one) before the root check: work started on
    /// them counts only once the sync succeeds (the workspace checks the events' signatures meanwhile).
    public var checkedBatch: (@Sendable (UInt64, [(type: UInt8, payload: [UInt8])]) -> Void)?
    /// Tests: stop (as if interrupted) after this many batches, before the root check.
    var interruptAfterBatches: Int?

    public init(connection: InspectorConnection, mirror: Mirror, logKey: NoteVerifier) {
        self.connection = connection
        self.mirror = mirror
        self.logKey = logKey
    }

    /// Runs one sync. Throws ``MirroringError/verificationFailed(_:evidence:)`` when the server's data
    /// does not verify, other ``MirroringError`` cases when it cannot be reached or refuses.
    public func run() throws(MirroringError) -> Outcome {
        let pin = try mirror.pin
        if let pin, pin.logKey != logKey.verifierKey {
            throw .usage(
                "the mirror \(mirror.directory) is pinned to the log key \(pin.logKey), not \(logKey.verifierKey): "
                    + "a log's key does not change; if it really did, sync into a new --mirror")
        }

        // a. The new checkpoint, verified before its body is trusted.
        let newNote = String(decoding: try connection.get(Self.apiPrefix + "checkpoint").body, as: UTF8.self)
        let oldNote = mirror.verifiedCheckpointNote
        let new: Checkpoint
        let note: SignedNote
        do throws(TransparencyError) {
            note = try SignedNote(parsing: newNote)
            _ = try note.verify(with: [logKey])
            new = try Checkpoint(text: note.text)
        } catch {
            throw failure(
                "the server's checkpoint does not verify with the log key \(logKey.name): \(error)",
                old: oldNote, new: newNote,
                explanation: "The server's checkpoint (new.checkpoint) is not signed by the pinned log key.")
        }
        do throws(TransparencyError) {
            _ = try witnesses?.check(note)
        } catch {
            throw failure(
                "the server's checkpoint is not cosigned as the witnesses require: \(error)", old: oldNote,
                new: newNote,
                explanation: "Too few of the given witnesses cosigned the checkpoint (new.checkpoint), or one "
                    + "cosignature is bad: it may be a view of the log shown to you alone.")
        }
        if let pin, !pin.origin.utf8.elementsEqual(new.origin.utf8) {
            throw failure(
                "the server's checkpoint is for the log \"\(new.origin)\", but this mirror holds \"\(pin.origin)\"",
                old: oldNote, new: newNote, explanation: "The new checkpoint names another log (origin line).")
        }

        // b. The old checkpoint, and the mirror against it.
        var old: Checkpoint?
        if let oldNote {
            do throws(TransparencyError) {
                old = try Checkpoint(text: try SignedNote(parsing: oldNote).text)
            } catch {
                throw .io(
                    path: mirror.directory + "/checkpoint",
                    reason: "the mirror's verified checkpoint is damaged (\(error)); restore the mirror from a backup")
            }
        }
        let previousSize = old?.size ?? 0
        if let old {
            guard mirror.recordCount >= old.size, try mirror.rootHash(size: old.size) == old.rootHash else {
                let local =
                    mirror.recordCount >= old.size ? hex(try mirror.rootHash(size: old.size)) : "(missing records)"
                throw failure(
                    "the mirror itself is damaged: its \(mirror.recordCount) records hash to \(local) at size "
                        + "\(old.size), but the checkpoint it verified has root \(hex(old.rootHash)); "
                        + "this is a local problem, not the server's: restore the mirror from a backup or sync into a new --mirror",
                    old: oldNote, new: newNote,
                    explanation: "The mirror's own log no longer matches the checkpoint it verified (local damage).")
            }
            if new.size < old.size {
                throw failure(
                    "history dropped: the server's log now has \(new.size) records (root \(hex(new.rootHash))), "
                        + "but the server signed a checkpoint of \(old.size) records before (root \(hex(old.rootHash)))",
                    old: oldNote, new: newNote,
                    explanation:
                        "The server signed a checkpoint of a smaller log than one it signed before: records were removed."
                )
            }
            if new.size == old.size && new.rootHash != old.rootHash {
                throw failure(
                    "the log forked: the server signed two different roots for the same \(new.size) records: "
                        + "\(hex(old.rootHash)) before, \(hex(new.rootHash)) now",
                    old: oldNote, new: newNote,
                    explanation: "Two checkpoints of the same size with different roots: the history was rewritten.")
            }
            if new.size > old.size && old.size > 0 {
                try checkConsistency(old: old, new: new, oldNote: oldNote, newNote: newNote)
            }
        }

        // Pending records past the new checkpoint were never covered by a verified root: drop them.
        if mirror.recordCount > new.size {
            let folder = try mirror.keepEvidence([
                (
                    "README.txt",
                    Array(Self.pendingReadme(kept: previousSize, had: mirror.recordCount, new: new.size).utf8)
                ),
                ("new.checkpoint", Array(newNote.utf8)),
            ])
            try mirror.discardPending(keeping: previousSize, evidenceFolder: folder)
        }

        // c. The records, each checked against its leaf hash, then the root.
        // Where this run's downloads start: step e looks for stand-ins of the cases they brought in full.
        let downloadStart = mirror.recordCount
        let (downloaded, caseKeys) = try download(size: new.size, oldNote: oldNote, newNote: newNote)
        let root = try mirror.rootHash(size: new.size)
        guard root == new.rootHash else {
            let error = failure(
                "the records do not add up to the signed checkpoint: the \(new.size) records hash to root "
                    + "\(hex(root)), but the checkpoint signs \(hex(new.rootHash))",
                old: oldNote, new: newNote,
                explanation: "The records the server sent do not hash to the root of its signed checkpoint. "
                    + "They were set aside (pending-intake/) and the mirror is back at its last verified checkpoint.")
            if case .verificationFailed(_, let folder?) = error {
                try mirror.discardPending(keeping: previousSize, evidenceFolder: folder)
            }
            throw error
        }

        // d. Only now is the new checkpoint the verified boundary.
        try mirror.saveVerifiedCheckpoint(newNote)
        let server = connection.client.server.description
        if pin == nil || pin?.server != server {
            try mirror.savePin(Mirror.Pin(server: server, logKey: logKey.verifierKey, origin: new.origin))
        }

        // e. Withheld records of cases that became readable, checked against their verified stand-ins.
        let late = try fillLateRecords(
            size: new.size, caseKeys: caseKeys, seenFrom: downloadStart, oldNote: oldNote, newNote: newNote)
        return Outcome(previousSize: previousSize, size: new.size, downloaded: downloaded + late)
    }

    /// Fetches and checks the consistency proof from the verified checkpoint to the new one.
    private func checkConsistency(old: Checkpoint, new: Checkpoint, oldNote: String?, newNote: String)
        throws(MirroringError)
    {
        let body = try connection.get(Self.apiPrefix + "consistency?from=\(old.size)&to=\(new.size)").body
        guard let proof = ConsistencyReply(jsonBytes: body), proof.from == old.size, proof.to == new.size else {
            throw .connection(
                "\(connection.client.server) sent a malformed consistency proof; is it candor-server?")
        }
        do throws(TransparencyError) {
            try ConsistencyProof(oldSize: old.size, newSize: new.size, hashes: proof.hashes)
                .verify(oldRoot: old.rootHash, newRoot: new.rootHash)
        } catch {
            throw failure(
                "the log's history was rewritten (a fork): the checkpoint of \(new.size) records (root "
                    + "\(hex(new.rootHash))) does not extend the verified checkpoint of \(old.size) records (root "
                    + "\(hex(old.rootHash))): \(error)",
                old: oldNote, new: newNote, proof: body,
                explanation:
                    "The consistency proof (consistency.json) does not show that the new log extends the old one.")
        }
    }

    /// Writes the evidence folder and returns the error that names it.
    func failure(
        _ message: String, old: String?, new: String, record: RecordBatchReader.Record? = nil, proof: [UInt8]? = nil,
        caseRecords: [UInt8]? = nil, explanation: String
    ) -> MirroringError {
        var files: [(name: String, bytes: [UInt8])] = [("new.checkpoint", Array(new.utf8))]
        if let old { files.append(("old.checkpoint", Array(old.utf8))) }
        if let proof { files.append(("consistency.json", proof)) }
        if let caseRecords { files.append(("case-records.bin", caseRecords)) }
        if let record {
            var bytes: [UInt8] = []
            RecordBatchReader.append(record, to: &bytes)
            files.append(("record-\(record.index).bin", bytes))
        }
        let readme = """
            candor-inspect sync: verification failed at \(ISO8601DateFormatter().string(from: Date()))
            server: \(connection.client.server)
            log key: \(logKey.verifierKey)

            \(explanation)

            \(message)

            Files:
              old.checkpoint   the last checkpoint this mirror verified (absent on a first sync)
              new.checkpoint   the checkpoint the server sent, as received (signed note)
              consistency.json the consistency proof the server sent (when it failed)
              record-N.bin     the record the server sent, framed as in a records batch (Sync.md)
              case-records.bin the late records the server sent for a case (when one did not match)
              pending-intake/  records set aside because their root did not verify

            Keep this folder: the signed checkpoints prove what the server claimed. Sync.md (in the
            Mirroring documentation) says how to check them by hand.

            """
        files.append(("README.txt", Array(readme.utf8)))
        let folder = try? mirror.keepEvidence(files)
        return .verificationFailed(message, evidence: folder)
    }

    static func pendingReadme(kept: UInt64, had: UInt64, new: UInt64) -> String {
        """
        candor-inspect sync set aside \(had - kept) pending records (never verified against a root): the
        mirror held \(had) records, the server's new checkpoint (new.checkpoint) covers \(new), and the
        last verified checkpoint \(kept). They are in pending-intake/; the sync pulls them again.

        """
    }

    func hex(_ bytes: [UInt8]) -> String { bytes.hexString }
}
