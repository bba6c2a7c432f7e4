import Casework
import Dispatch
import Foundation
import Keys
import Ledger
import Stores
import System

/// An inspector's local copy of the intake log (Sync.md): ciphertext only, verified against the
/// server's signed checkpoints.
///
/// ```
/// DIR/                 mode 0700; default ./candor-mirror, or --mirror DIR, or CANDOR_MIRROR
///   intake/            a Ledger of the synced records: same types, same payloads, same Merkle root;
///                      a record the server withheld is a stand-in (type 0xFF) of its leaf hash
///   late/              a Ledger of withheld records fetched after their stand-in (Mirror+Late.swift)
///   late-checked       the log size through which late records were looked for (decimal)
///   checkpoint         the last verified signed checkpoint: the verified boundary
///   server.json        {"server": URL, "logKey": verifier key, "origin": origin}: what the mirror is pinned to
///   evidence/STAMP/    what a failed verification found (README.txt says what)
/// ```
///
/// Records past the size of `checkpoint` are pending: they passed their leaf-hash check but the root
/// that covers them has not been compared yet. They are kept so that an interrupted sync resumes where
/// it stopped, and thrown away (into the evidence) when the root does not match.
public final class Mirror: @unchecked Sendable {
    // @unchecked: `ledger` is replaced only by `discardPending(keeping:evidence:)`, which the single
    // sync that holds the ledger's lock calls.

    /// The default mirror folder, in the current directory.
    public static let defaultDirectory = "candor-mirror"
    /// The environment variable that overrides the default.
    public static let environmentVariable = "CANDOR_MIRROR"
    static let ledgerFolderName = "intake"
    static let checkpointFileName = "checkpoint"
    static let serverFileName = "server.json"
    static let evidenceFolderName = "evidence"

    /// What a mirror is pinned to after its first verified sync.
    public struct Pin: Codable, Sendable, Equatable {
        /// The server's URL, `http://host:port` (informative: a moved server keeps its mirror).
        public var server: String
        /// The log's C2SP verifier key: every later checkpoint must verify with it.
        public var logKey: String
        /// The log's origin line: every later checkpoint must name it.
        public var origin: String
    }

    public let directory: String
    private(set) var ledger: Ledger
    /// Records fetched after their stand-in: `index u64 LE ‖ type ‖ payload`, keyed by the index.
    let late: Ledger

    /// Opens the mirror in `directory`, creating it (mode 0700) and its ledger when missing.
    public init(directory: String) throws(MirroringError) {
        self.directory = directory
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .io(path: directory, reason: "cannot create the mirror folder (\(error.localizedDescription))")
        }
        ledger = try Self.openLedger(directory + "/" + Self.ledgerFolderName)
        do {
            late = try Self.openLate(directory + "/" + Self.lateFolderName)
        } catch {
            ledger.close()
            throw error
        }
        // A new mirror looks for late records from the start; one made before them had no stand-ins.
        if ledger.count == 0 && lateCheckedSize == nil {
            do throws(MirroringError) {
                try saveLateCheckedSize(0)
            } catch {
                close()
                throw error
            }
        }
    }

    static func openLedger(_ path: String) throws(MirroringError) -> Ledger {
        var options = Ledger.Options()
        options.indexKeys = IntakeRecord.indexKeys
        options.standInType = IntakeRecord.standInType
        options.maxPayloadLength = 64 << 20
        return try open(path, options: options, what: "cannot open the mirror's log")
    }

    /// Opens one of the mirror's ledgers; a second candor-inspect on the same mirror is told to wait.
    static func open(_ path: String, options: Ledger.Options, what: String) throws(MirroringError) -> Ledger {
        do {
            return try Ledger.open(at: path, options: options)
        } catch .locked {
            throw .io(path: path, reason: "another candor-inspect is using this mirror; wait for it to finish")
        } catch {
            throw .log(path: path, what: what, error)
        }
    }

    /// Closes the mirror's logs (waiting for appends in flight).
    public func close() {
        ledger.close()
        late.close()
    }

    /// The number of records in the mirror, verified or pending.
    public var recordCount: UInt64 { ledger.count }

    /// The record at `index` (ciphertext, as the server sent it). For a record the server withheld, its
    /// late copy when the mirror has fetched one (``isWithheld(_:)`` is false), else its stand-in.
    public func record(at index: UInt64) throws(MirroringError) -> LedgerRecord {
        let stored = try storedRecord(at: index)
        guard stored.type == IntakeRecord.standInType, let copy = try lateCopy(of: stored) else { return stored }
        return copy
    }

    /// The record at `index` as the mirror's log holds it: a stand-in where one stands.
    func storedRecord(at index: UInt64) throws(MirroringError) -> LedgerRecord {
        do {
            return try ledger.record(at: index)
        } catch {
            throw .log(path: directory, what: "cannot read record \(index) of the mirror", error)
        }
    }

    /// The RFC 6962 root of the mirror's first `size` records.
    func rootHash(size: UInt64) throws(MirroringError) -> [UInt8] {
        do {
            return try ledger.rootHash(size: size)
        } catch {
            throw .log(path: directory, what: "cannot compute the mirror's root at \(size)", error)
        }
    }

    /// Appends records in order and waits until all are durable (one group commit covers many).
    func append(_ records: [(type: UInt8, payload: [UInt8])]) throws(MirroringError) {
        try Self.append(records, to: ledger, directory: directory)
    }

    static func append(_ records: [(type: UInt8, payload: [UInt8])], to ledger: Ledger, directory: String)
        throws(MirroringError)
    {
        try startAppends(records.count, directory: directory) {
            ledger.append(type: records[$0].type, payload: records[$0].payload, completion: $1)
        }.wait()
    }

    /// Starts `count` appends; the ledger makes them durable in order, and ``Appending/wait()`` waits.
    static func startAppends(
        _ count: Int, directory: String,
        _ start: (Int, @escaping @Sendable (Result<UInt64, LedgerError>) -> Void) -> Void
    ) -> Appending {
        let appending = Appending(directory: directory)
        for index in 0..<count {
            appending.group.enter()
            start(index) { result in
                if case .failure(let error) = result { appending.failure.set(error) }
                appending.group.leave()
            }
        }
        return appending
    }

    // MARK: the verified checkpoint and the pin

    /// The signed note of the last verified checkpoint, if a sync ever completed.
    public var verifiedCheckpointNote: String? {
        FileManager.default.contents(atPath: directory + "/" + Self.checkpointFileName)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// Records `note` as verified (temp file, fsync, rename, folder fsync).
    func saveVerifiedCheckpoint(_ note: String) throws(MirroringError) {
        try Self.writeAtomically(Array(note.utf8), to: directory + "/" + Self.checkpointFileName)
    }

    /// What the mirror is pinned to, if it was ever synced.
    public var pin: Pin? {
        get throws(MirroringError) {
            let path = directory + "/" + Self.serverFileName
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            do {
                return try JSONDecoder().decode(Pin.self, from: data)
            } catch {
                throw .io(path: path, reason: "it is not the mirror's server.json; restore it or use a new --mirror")
            }
        }
    }

    func savePin(_ pin: Pin) throws(MirroringError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(pin)) ?? Data()
        try Self.writeAtomically(Array(data) + [0x0A], to: directory + "/" + Self.serverFileName)
    }

    // MARK: evidence and pending records

    /// Makes a new evidence folder `DIR/evidence/STAMP` and writes `files` into it.
    func keepEvidence(_ files: [(name: String, bytes: [UInt8])], now: Date = Date()) throws(MirroringError) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let base = directory + "/" + Self.evidenceFolderName + "/" + formatter.string(from: now)
        var folder = base
        var attempt = 1
        while FileManager.default.fileExists(atPath: folder) {
            attempt += 1
            folder = base + "-\(attempt)"
        }
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .io(path: folder, reason: "cannot create the evidence folder (\(error.localizedDescription))")
        }
        for file in files { try Self.writeAtomically(file.bytes, to: folder + "/" + file.name) }
        return folder
    }

    /// Throws away the records past `size` (pending, never verified): the log is rebuilt from its first
    /// `size` records and the old one moved to `evidenceFolder/pending-intake`.
    func discardPending(keeping size: UInt64, evidenceFolder: String) throws(MirroringError) {
        guard ledger.count > size else { return }
        let path = directory + "/" + Self.ledgerFolderName
        let rebuilt = path + ".rebuild"
        try? FileManager.default.removeItem(atPath: rebuilt)
        let fresh = try Self.openLedger(rebuilt)
        var index: UInt64 = 0
        while index < size {
            var batch: [(type: UInt8, payload: [UInt8])] = []
            var bytes = 0
            while index < size, bytes < 8 << 20 {
                let record = try storedRecord(at: index)
                batch.append((record.type, record.payload))
                bytes += record.payload.count
                index += 1
            }
            do throws(MirroringError) {
                try Self.append(batch, to: fresh, directory: directory)
            } catch {
                fresh.close()
                throw error
            }
        }
        fresh.close()
        ledger.close()
        do {
            try FileManager.default.moveItem(atPath: path, toPath: evidenceFolder + "/pending-intake")
            try FileManager.default.moveItem(atPath: rebuilt, toPath: path)
        } catch {
            throw .io(path: path, reason: "cannot replace the mirror's log (\(error.localizedDescription))")
        }
        Self.syncFolder(directory)
        ledger = try Self.openLedger(path)
    }

    // MARK: files

    /// System's atomic write (temp file, fsync, rename over `path`, fsync of the folder): a crash leaves
    /// the old or the new file.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(MirroringError) {
        do {
            try AtomicFile.write(bytes, to: path)
        } catch {
            throw .io(path: error.path, reason: "\(error.operation) failed: \(error.message)")
        }
    }

    static func syncFolder(_ folder: String) {
        try? Directory.sync(folder.isEmpty ? "." : folder)
    }
}

/// The first append failure of a group of appends.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var first: LedgerError?

    func set(_ error: LedgerError) {
        lock.lock()
        if first == nil { first = error }
        lock.unlock()
    }

    var error: LedgerError? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }
}
