import Foundation
import System
import Transparency

extension Ledger {
    static let checkpointFileName = "checkpoint"

    /// The last checkpoint the ledger signed, as parsed from its persisted note.
    struct SignedCheckpointState {
        var checkpoint: Checkpoint
        var note: String
        /// The note's signatures, kept parsed so that asking who signed it reads no note.
        var signatures: [NoteSignature]
    }

    /// The signed note of the last checkpoint this ledger signed, if it ever signed one.
    public var lastSignedCheckpoint: String? {
        lock.lock()
        defer { lock.unlock() }
        return state.lastCheckpoint?.note
    }

    /// The last checkpoint this ledger signed, parsed, if it ever signed one.
    public var lastCheckpoint: Checkpoint? {
        lock.lock()
        defer { lock.unlock() }
        return state.lastCheckpoint?.checkpoint
    }

    /// The last signed checkpoint if it covers every acknowledged record; otherwise a new one, signed
    /// (``signCheckpoint(origin:signer:extensions:)``). The check and the signature are one step under
    /// the signing lock, so callers that arrive together (receipts, a sync, the background signer of
    /// ``Options/checkpointing``) share one signature.
    ///
    /// A checkpoint signed by another key (the one before a key transition, SECURITY.md "The log keys")
    /// is not reused: the same tree is signed again with `signer`.
    public func signedCheckpointOfAllRecords(origin: String, signer: NoteSigner) throws(LedgerError) -> String {
        checkpointSigning.lock()
        defer { checkpointSigning.unlock() }
        if let note = lastSignedCheckpoint, let checkpoint = lastCheckpoint, checkpoint.size == count,
            lastCheckpointIsSigned(by: signer)
        {
            return note
        }
        return try signCheckpointLocked(origin: origin, signer: signer, extensions: [])
    }

    /// Whether the last signed checkpoint carries a signature by `signer`'s key (its name and key ID):
    /// false when there is none, and after the log's key was changed.
    public func lastCheckpointIsSigned(by signer: NoteSigner) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return state.lastCheckpoint?.signatures.contains { $0.keyID == signer.keyID && $0.name == signer.name } ?? false
    }

    /// Signs a C2SP checkpoint of every acknowledged record and persists it atomically.
    ///
    /// It refuses (`.inconsistentCheckpoint`) unless the current tree is an extension of the tree of the
    /// last checkpoint it signed, checked with a consistency proof, and unless the origin is the same.
    /// That is what makes a rewritten history impossible to sign, even by this process.
    public func signCheckpoint(origin: String, signer: NoteSigner, extensions: [String] = []) throws(LedgerError)
        -> String
    {
        checkpointSigning.lock()
        defer { checkpointSigning.unlock() }
        return try signCheckpointLocked(origin: origin, signer: signer, extensions: extensions)
    }

    /// ``signCheckpoint(origin:signer:extensions:)`` with `checkpointSigning` held.
    private func signCheckpointLocked(origin: String, signer: NoteSigner, extensions: [String]) throws(LedgerError)
        -> String
    {
        // Everything is read under the lock, as one state of the tree: the size, the root, and the
        // consistency check, which is O(log² n) stored hashes (a few of them hashed from the record table).
        lock.lock()
        let failure = state.failure
        // A closing ledger still signs (its last appends are committed; close() waits for this signature),
        // a closed one does not: its lock is released, and another process may own the folder.
        let closed = state.closed
        let last = state.lastCheckpoint?.checkpoint
        let size = state.tree.size
        let outcome = Result { () throws(LedgerError) -> [UInt8] in
            guard failure == nil, !closed else { return [] }
            if let last { try Ledger.checkConsistency(of: state.tree, with: last) }
            return try state.tree.rootHash(size: size)
        }
        lock.unlock()
        if let failure { throw .closedAfterFailure(failure) }
        if closed { throw .closed }
        let root = try outcome.get()
        if let last, last.origin != origin {
            throw .inconsistentCheckpoint("the origin changed from \"\(last.origin)\" to \"\(origin)\"")
        }
        let checkpoint = try LedgerError.lifting { () throws(TransparencyError) in
            try Checkpoint(origin: origin, size: size, rootHash: root, extensions: extensions)
        }
        let signed = try LedgerError.lifting { () throws(TransparencyError) in try signer.sign(checkpoint.text) }
        let note = signed.serialized
        do throws(LedgerError) {
            try AtomicFile.write(
                Array(note.utf8), to: directory + "/" + Ledger.checkpointFileName, through: options.fileSystem)
        } catch {
            // A failed write or fsync of the checkpoint is as fatal as one of a segment: the disk can no
            // longer be trusted to hold what we are told it holds.
            fail(error)
            throw error
        }
        lock.lock()
        state.lastCheckpoint = SignedCheckpointState(checkpoint: checkpoint, note: note, signatures: signed.signatures)
        lock.unlock()
        return note
    }

    /// Throws unless `tree` extends the tree that `checkpoint` describes.
    static func checkConsistency(of tree: LedgerTree, with checkpoint: Checkpoint) throws(LedgerError) {
        guard checkpoint.size <= tree.size else {
            throw .inconsistentCheckpoint(
                "the last signed checkpoint covers \(checkpoint.size) records but the log holds \(tree.size)")
        }
        guard checkpoint.size > 0 else {
            guard checkpoint.rootHash == RFC6962.emptyRoot else {
                throw .inconsistentCheckpoint("the last signed checkpoint of an empty log has a root that is not empty")
            }
            return
        }
        // Reading the tree may fail (an I/O error, reported as such); only a failed proof is inconsistency.
        let proof = try tree.consistencyProof(from: checkpoint.size, to: tree.size)
        let root = try tree.rootHash(size: tree.size)
        do {
            try proof.verify(oldRoot: checkpoint.rootHash, newRoot: root)
        } catch {
            throw .inconsistentCheckpoint(
                "the log's first \(checkpoint.size) records do not hash to the root of the last signed checkpoint")
        }
    }

    /// Reads the persisted checkpoint, if any, and checks that the recovered log still extends it.
    static func loadCheckpoint(directory: String, tree: LedgerTree) throws(LedgerError) -> SignedCheckpointState? {
        guard let kept = try readCheckpoint(directory: directory) else { return nil }
        // The checkpoint is written only after the fsync of every record it covers, so no crash leaves
        // the log shorter than it: a shorter log lost acknowledged records.
        guard kept.checkpoint.size <= tree.size else {
            throw .shorterThanCheckpoint(directory: directory, records: tree.size, checkpointSize: kept.checkpoint.size)
        }
        try checkConsistency(of: tree, with: kept.checkpoint)
        return kept
    }

    /// The persisted checkpoint, parsed, if there is one.
    static func readCheckpoint(directory: String) throws(LedgerError) -> SignedCheckpointState? {
        let path = directory + "/" + checkpointFileName
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let note = String(data: data, encoding: .utf8) else {
            throw .transparency(.malformedNote("\(path) is not UTF-8"))
        }
        return try LedgerError.lifting { () throws(TransparencyError) -> SignedCheckpointState in
            let signed = try SignedNote(parsing: note)
            return SignedCheckpointState(
                checkpoint: try Checkpoint(text: signed.text), note: note, signatures: signed.signatures)
        }
    }
}
