import Foundation
import Sodium
import System
import Transparency

/// Gets each new checkpoint of a deployment's logs cosigned by its witnesses (C2SP tlog-witness), in
/// the background, and says which note to publish.
///
/// A thread polls the logs' latest signed notes every `interval` (or at once when nudged) and submits a
/// new one to every witness that has no request in flight, each request on its own and bounded by the
/// list's `submit-timeout`: a witness that is down or slow delays nothing but its own cosignature. A
/// witness that answers 409 tells the size it holds; the log submits once more with a proof from that
/// size (a log that forked cannot make one, and gets 422). Intake waits for none of it, except a new
/// report's receipt, for at most the list's `receipt-wait` (CheckpointWitnessing+Receipts.swift).
public final class CheckpointWitnessing: @unchecked Sendable {
    // @unchecked: the mutable state is guarded by `lock`; the rest is set in init.
    /// One log to have witnessed.
    public struct Log: Sendable {
        public let origin: String
        /// The log's latest signed checkpoint note, nil before its first.
        public let latestNote: @Sendable () -> String?
        /// The RFC 6962 consistency proof between two sizes of the log.
        public let proof: @Sendable (_ from: UInt64, _ to: UInt64) throws -> [[UInt8]]

        public init(
            origin: String, latestNote: @escaping @Sendable () -> String?,
            proof: @escaping @Sendable (UInt64, UInt64) throws -> [[UInt8]]
        ) {
            self.origin = origin
            self.latestNote = latestNote
            self.proof = proof
        }
    }

    public let list: WitnessList
    let logs: [Log]
    let timeout: Double
    let interval: Double
    /// How many receipts may wait for a quorum at once; past it a receipt does not wait (each waiting
    /// one holds a worker thread of the HTTP server).
    let maximumReceiptWaiters: Int

    let lock = NSCondition()
    private var stopping = false
    /// Set to start the next round at once (a new receipt waits, or a witness answered).
    var nudged = false
    /// The receipts waiting for a quorum now.
    var receiptWaiters = 0
    /// Per origin: the witnesses (their indexes in the list) with a submission in flight.
    private var inFlight: [String: Set<Int>] = [:]
    private var thread: Thread?
    /// Per origin and witness (its index in the list): the size it told us it holds.
    private var held: [String: [Int: UInt64]] = [:]
    /// Per origin: the latest note's text, the cosignature lines gathered for that exact text, and the
    /// witnesses that refused it (a 4xx is final for that text: it is not sent again).
    private var gathered: [String: (text: String, lines: [Int: NoteSignature], refused: Set<Int>)] = [:]
    /// Per origin: the latest note that met the quorum, with its cosignatures, as served.
    var witnessed: [String: String] = [:]

    /// Where the last note of each log that met the quorum is kept (`<hex SHA-256(origin)>.checkpoint`),
    /// so that a restarted server in `withhold` mode serves it at once; nil keeps it in memory only.
    let directory: String?

    public init(
        list: WitnessList, logs: [Log], directory: String? = nil, interval: Double = 0.5, receiptWaiters: Int = 16
    ) {
        self.list = list
        self.logs = logs
        self.directory = directory
        self.timeout = list.submitTimeout
        self.interval = interval
        self.maximumReceiptWaiters = receiptWaiters
        guard let directory else { return }
        for log in logs {
            // A kept note counts only if it still meets the quorum of today's policy file.
            guard let data = FileManager.default.contents(atPath: Self.path(directory, log.origin)),
                let note = String(data: data, encoding: .utf8), meetsQuorum(note)
            else { continue }
            witnessed[log.origin] = note
        }
    }

    static func path(_ directory: String, _ origin: String) -> String {
        var hash = SHA256()
        hash.update(Array(origin.utf8))
        return directory + "/" + hash.finalize().map { String(format: "%02x", $0) }.joined() + ".checkpoint"
    }

    /// Keeps `note` as `origin`'s witnessed checkpoint: in memory, and on disk (atomically) when asked.
    private func keepWitnessed(_ note: String, origin: String) {
        let isNew = lock.withLock {
            defer {
                witnessed[origin] = note
                lock.broadcast()
            }
            return witnessed[origin] != note
        }
        guard isNew, let directory else { return }
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // A failed write only costs the 503 after a restart: the served note is in memory.
        try? AtomicFile.write(Array(note.utf8), to: Self.path(directory, origin), permissions: 0o644)
    }

    /// Starts the background thread.
    public func start() {
        let thread = Thread { [self] in
            while true {
                lock.lock()
                if stopping {
                    lock.unlock()
                    return
                }
                lock.unlock()
                round()
                lock.lock()
                let next = Date().addingTimeInterval(interval)
                while !stopping, !nudged, Date() < next { _ = lock.wait(until: next) }
                nudged = false
                lock.unlock()
            }
        }
        thread.name = "witnessing"
        lock.withLock { self.thread = thread }
        thread.start()
    }

    /// Stops the background thread after its current round.
    public func stop() {
        lock.withLock {
            stopping = true
            lock.broadcast()
        }
    }

    /// What `/checkpoint` serves for `origin`: the latest note with its cosignatures when they meet the
    /// quorum (or when the list publishes short of it); otherwise the latest note that met it; nil if none.
    public func served(origin: String) -> String? {
        guard let log = logs.first(where: { $0.origin == origin }), let latest = log.latestNote() else { return nil }
        let current = cosigned(latest)
        if list.publishesShortOfQuorum || meetsQuorum(current) { return current }
        return lock.withLock { witnessed[origin] }
    }

    /// `note` with the cosignature lines gathered for its exact text, if any (receipts, sync replies).
    public func cosigned(_ note: String) -> String {
        guard let parsed = try? SignedNote(parsing: note) else { return note }
        let lines = lock.withLock {
            gathered.values.first { $0.text.utf8.elementsEqual(parsed.text.utf8) }?.lines ?? [:]
        }
        guard !lines.isEmpty else { return note }
        let extra = lines.keys.sorted().compactMap { lines[$0] }.filter { !parsed.signatures.contains($0) }
        return (try? SignedNote(text: parsed.text, signatures: parsed.signatures + extra))?.serialized ?? note
    }

    private func meetsQuorum(_ note: String) -> Bool {
        guard let parsed = try? SignedNote(parsing: note) else { return false }
        return (try? list.policy.check(parsed)) != nil
    }

    /// One pass over every log: submits its latest note to each witness that has not cosigned it yet.
    public func round() {
        for log in logs {
            guard let note = log.latestNote(), let parsed = try? SignedNote(parsing: note),
                let checkpoint = try? Checkpoint(text: parsed.text)
            else { continue }
            let pending: [Int] = lock.withLock {
                if gathered[log.origin]?.text.utf8.elementsEqual(parsed.text.utf8) != true {
                    gathered[log.origin] = (parsed.text, [:], [])
                }
                let have = gathered[log.origin]!
                let busy = inFlight[log.origin] ?? []
                let ready = list.entries.indices.filter {
                    have.lines[$0] == nil && !have.refused.contains($0) && !busy.contains($0)
                }
                inFlight[log.origin, default: []].formUnion(ready)
                return ready
            }
            // Each witness on its own: one that is slow holds back neither the others' quorum nor the
            // next checkpoint's submission to them (a receipt waits for that).
            for index in pending {
                DispatchQueue.global().async { [self] in
                    let answer = submit(parsed, checkpoint, of: log, to: index)
                    record(answer, from: index, for: parsed.text, checkpoint, of: log.origin)
                    let current = cosigned(note)
                    if case .cosigned = answer, meetsQuorum(current) { keepWitnessed(current, origin: log.origin) }
                    lock.withLock {
                        inFlight[log.origin]?.remove(index)
                        // A witness that answered may have a newer checkpoint to cosign; one that did not is
                        // tried again next round, not at once.
                        if case .unreachable = answer { return }
                        nudged = true
                        lock.broadcast()
                    }
                }
            }
        }
    }

    /// Keeps witness `index`'s answer about the checkpoint of `text`, unless a newer one replaced it.
    private func record(
        _ answer: Answer, from index: Int, for text: String, _ checkpoint: Checkpoint, of origin: String
    ) {
        lock.withLock {
            guard gathered[origin]?.text.utf8.elementsEqual(text.utf8) == true else { return }
            switch answer {
            case .cosigned(let line): gathered[origin]!.lines[index] = line
            case .refused:
                gathered[origin]!.refused.insert(index)
                // Once per checkpoint and witness: the operator must know a witness will not cosign.
                let line =
                    "witness \(list.entries[index].verifier.name) refused the checkpoint of \(origin) "
                    + "at size \(checkpoint.size)\n"
                FileHandle.standardError.write(Data(line.utf8))
            case .unreachable: break
            }
        }
    }

    /// What one witness made of a checkpoint.
    enum Answer {
        /// Its verified cosignature line.
        case cosigned(NoteSignature)
        /// A final refusal (a 4xx after the retry, or an answer that is no valid cosignature).
        case refused
        /// No answer: tried again next round.
        case unreachable
    }

    /// Submits to witness `index`, once more from the size it holds after a 409.
    private func submit(_ note: SignedNote, _ checkpoint: Checkpoint, of log: Log, to index: Int) -> Answer {
        let entry = list.entries[index]
        var old = lock.withLock { held[log.origin]?[index] ?? 0 }
        for _ in 0..<2 {
            guard old <= checkpoint.size, let proof = try? (old == 0 ? [] : log.proof(old, checkpoint.size)),
                proof.count <= AddCheckpointRequest.maximumProofLines
            else { return .refused }
            let body = AddCheckpointRequest(oldSize: old, proof: proof, note: note).serialized
            var client = HTTPClient(server: entry.server)
            client.connectTimeout = timeout
            client.readTimeout = timeout
            client.maximumResponseBytes = 64 * 1024
            guard
                let response = try? client.send(
                    method: "POST", target: entry.prefix + "/add-checkpoint",
                    headers: [("Content-Type", "text/plain; charset=utf-8")], body: body)
            else { return .unreachable }
            switch response.status {
            case 200:
                lock.withLock { held[log.origin, default: [:]][index] = checkpoint.size }
                let text = String(decoding: response.body, as: UTF8.self)
                let lines = (try? SignedNote(parsing: note.text + "\n" + text))?.signatures ?? []
                let line = lines.first { line in
                    entry.verifier.matches(line)
                        && (try? entry.verifier.verify(line, checkpointText: note.text)) != nil
                }
                return line.map { .cosigned($0) } ?? .refused
            case 409:
                let text = String(decoding: response.body, as: UTF8.self)
                guard text.hasSuffix("\n"), let size = UInt64(text.dropLast()), size != old else { return .refused }
                lock.withLock { held[log.origin, default: [:]][index] = size }
                old = size
            case 400..<500:
                return .refused
            default:
                return .unreachable
            }
        }
        return .refused
    }
}
