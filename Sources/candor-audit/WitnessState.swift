import Foundation
import Sodium
import System
import Transparency

/// The state folder of `candor-audit witness`: the latest checkpoint it cosigned for each log, and the
/// evidence of every fork it refused.
///
/// - `logs/<hex of SHA-256(origin)>.checkpoint`: the signed note of that checkpoint, as the log sent it
///   (its signatures let anyone check it). Written as a temporary file, fsynced, renamed, and the
///   folder fsynced, before the cosignature leaves: a crash keeps the old one or the new one.
/// - `evidence/<UTC time>-<n>/`: `held.checkpoint` (what the witness had cosigned), `refused.request`
///   (the authentic add-checkpoint body that does not extend it) and `finding.txt`.
///
/// A lock (`lock`, flock) keeps a second witness process off the same folder: two would break the
/// "check and persist as one step" rule of tlog-witness.
final class WitnessState: @unchecked Sendable {
    // @unchecked: `held` is only touched under `lock`.
    let directory: String
    private let lock = NSLock()
    private var held: [String: Checkpoint] = [:]
    /// The refused requests already kept, so a log that retries does not fill the disk.
    private var kept: Set<[UInt8]> = []
    private let lockDescriptor: Int32

    init(directory: String) throws(AuditFailure) {
        self.directory = directory
        for folder in [directory, directory + "/logs", directory + "/evidence"] {
            do {
                try FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .io("cannot create \(folder): \(error.localizedDescription)")
            }
        }
        let descriptor = open(directory + "/lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0, flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            throw .usage("\(directory) is in use by another witness (or cannot be locked): give each its own --state")
        }
        lockDescriptor = descriptor
    }

    deinit { close(lockDescriptor) }

    /// The file of `origin`'s latest cosigned checkpoint.
    func path(origin: String) -> String {
        var hash = SHA256()
        hash.update(Array(origin.utf8))
        return directory + "/logs/" + hash.finalize().map { String(format: "%02x", $0) }.joined() + ".checkpoint"
    }

    /// Runs the check and, when it passes, persists the new checkpoint, as one step under the lock.
    func update(
        origin: String, persisting note: SignedNote, _ check: (Checkpoint?) -> Result<Checkpoint, Witness.Refusal>
    ) throws(AuditFailure) -> Result<Checkpoint, Witness.Refusal> {
        lock.lock()
        defer { lock.unlock() }
        var latest = held[origin]
        if latest == nil { latest = try read(origin: origin) }
        let outcome = check(latest)
        guard case .success(let checkpoint) = outcome else { return outcome }
        do {
            try AtomicFile.write(Array(note.serialized.utf8), to: path(origin: origin), permissions: 0o644)
        } catch {
            throw .io("cannot write \(error.path): \(error.message)")
        }
        held[origin] = checkpoint
        return outcome
    }

    /// The latest cosigned checkpoint of `origin` on disk (nil if none).
    func read(origin: String) throws(AuditFailure) -> Checkpoint? {
        let file = path(origin: origin)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        guard let data = FileManager.default.contents(atPath: file) else { throw .io("cannot read \(file)") }
        do {
            return try Checkpoint(text: try SignedNote(parsing: Array(data)).text)
        } catch {
            throw .io("\(file) is not a signed checkpoint (\(error.description)): the witness's state is damaged")
        }
    }

    /// Keeps a refused, authentic checkpoint beside the one held; returns the folder.
    @discardableResult
    func saveEvidence(origin: String, request: [UInt8], finding: String) -> String? {
        var digest = SHA256()
        digest.update(request)
        let key = digest.finalize()
        let isNew = lock.withLock { kept.insert(key).inserted }
        guard isNew else { return "(kept before)" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let stamp = formatter.string(from: Date())
        var folder = directory + "/evidence/" + stamp
        var suffix = 2
        while FileManager.default.fileExists(atPath: folder) {
            folder = directory + "/evidence/\(stamp)-\(suffix)"
            suffix += 1
        }
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil,
            let held = FileManager.default.contents(atPath: path(origin: origin))
        else { return nil }
        do {
            try AtomicFile.write(Array(held), to: folder + "/held.checkpoint", permissions: 0o644)
            try AtomicFile.write(request, to: folder + "/refused.request", permissions: 0o644)
            try AtomicFile.write(Array((finding + "\n").utf8), to: folder + "/finding.txt", permissions: 0o644)
        } catch {
            return nil
        }
        return folder
    }
}
