import Foundation
import Ledger
import System
import Transparency

/// The state folder of candor-audit: the signed checkpoint its last successful run verified
/// (`checkpoint`), and the evidence of every misbehaviour it found (`evidence-<time>/`).
struct AuditState {
    let directory: String

    var checkpointPath: String { directory + "/checkpoint" }

    /// The checkpoint of the last run, verified again with the log's key; nil on the first run.
    func lastCheckpoint(origin: String, verifier: NoteVerifier) throws(AuditFailure) -> SignedCheckpoint? {
        guard FileManager.default.fileExists(atPath: checkpointPath) else { return nil }
        guard let data = FileManager.default.contents(atPath: checkpointPath),
            let text = String(data: data, encoding: .utf8)
        else { throw .io("cannot read \(checkpointPath)") }
        do {
            return try SignedCheckpoint(parsing: text, origin: origin, verifiers: [verifier])
        } catch {
            throw .usage(
                "\(checkpointPath) does not verify with the key in --key (\(error.description)); "
                    + "it is the state of another log: use another --state folder")
        }
    }

    /// Replaces the saved checkpoint; a crash leaves the old one or the new one, never a mix.
    func save(_ checkpoint: SignedCheckpoint) throws(AuditFailure) {
        try Self.writeAtomically(Array(checkpoint.serialized.utf8), to: checkpointPath, in: directory)
    }

    /// Keeps both checkpoints of a misbehaviour, and what was wrong, in a new folder; returns its path.
    func saveEvidence(lastRun: SignedCheckpoint, served: SignedCheckpoint, finding: String) throws(AuditFailure)
        -> String
    {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        var folder = directory + "/evidence-" + formatter.string(from: Date())
        var suffix = 2
        while FileManager.default.fileExists(atPath: folder) {
            folder = directory + "/evidence-" + formatter.string(from: Date()) + "-\(suffix)"
            suffix += 1
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create \(folder) for the evidence: \(error.localizedDescription)")
        }
        try Self.writeAtomically(Array(lastRun.serialized.utf8), to: folder + "/last-run.checkpoint", in: folder)
        try Self.writeAtomically(Array(served.serialized.utf8), to: folder + "/served.checkpoint", in: folder)
        try Self.writeAtomically(Array((finding + "\n").utf8), to: folder + "/finding.txt", in: folder)
        return folder
    }

    /// System's atomic write: a temporary file, fsynced, renamed over `path`, and the folder fsynced (DESIGN.md).
    static func writeAtomically(_ bytes: [UInt8], to path: String, in directory: String) throws(AuditFailure) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create the state folder \(directory): \(error.localizedDescription)")
        }
        do {
            try AtomicFile.write(bytes, to: path, permissions: 0o644)
        } catch {
            throw .io("cannot write \(error.path): \(error.message)")
        }
    }
}
