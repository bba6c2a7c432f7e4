import Casework
import Foundation
import Stores
import System
import Triage

/// Checks the Ed25519 signatures of the events a sync downloads, on a thread of its own while the
/// download goes on (CaseIndex.md, "Signatures checked during the download").
///
/// The download keeps about one core busy (the tool checks and writes, the server reads and sends):
/// the other one checks events here, so that the index filed after the sync need not check them again.
/// The thread runs at the lowest priority, on the time the download's threads leave (they wait on each
/// other and on the server), and goes on while the index scans the new records on one thread.
/// ``finish()`` stops at once and hands over what was checked; the index checks the rest itself. Only a
/// valid signature is recorded: an event that fails is left to the index, which flags it.
final class SignatureCheckAhead: @unchecked Sendable {
    // @unchecked: `pending`, `stopped` and `words` are only touched under `condition`.
    private let condition = NSCondition()
    private var pending: [(first: UInt64, events: [(offset: UInt64, payload: [UInt8])])] = []
    private var stopped = false
    private var words: [UInt64] = []
    private let done = DispatchSemaphore(value: 0)

    init() {
        let thread = Thread { [self] in
            Threads.lowerPriority()
            run()
            done.signal()
        }
        thread.name = "candor-signature-check"
        thread.start()
    }

    /// At most this many batches wait: a batch past them is left to the index, so that the payloads
    /// waiting here stay some 20 MB however far the download runs ahead. What waits when the download
    /// ends is checked while the index scans (about a second of work).
    static let maximumPending = 40

    /// A batch the sync checked against its leaf hashes, from log index `first`: its events wait here.
    func add(first: UInt64, _ records: [(type: UInt8, payload: [UInt8])]) {
        var events: [(offset: UInt64, payload: [UInt8])] = []
        for (offset, record) in records.enumerated() where record.type == IntakeRecord.eventType {
            events.append((UInt64(offset), record.payload))
        }
        guard !events.isEmpty else { return }
        condition.lock()
        if !stopped, pending.count < Self.maximumPending {
            pending.append((first, events))
            condition.signal()
        }
        condition.unlock()
    }

    /// Stops checking (a batch under way ends at its next record) and returns the events found valid;
    /// any later call returns the same.
    func finish() -> CheckedSignatures {
        condition.lock()
        stopped = true
        pending = []
        condition.signal()
        condition.unlock()
        // Signalled again for a later call: finishing twice gives the same answer.
        done.wait()
        done.signal()
        condition.lock()
        defer { condition.unlock() }
        return CheckedSignatures(words: words)
    }

    /// What was found valid so far (the checks go on).
    var snapshot: CheckedSignatures {
        condition.lock()
        defer { condition.unlock() }
        return CheckedSignatures(words: words)
    }

    private func run() {
        while true {
            condition.lock()
            while pending.isEmpty && !stopped { condition.wait() }
            if stopped {
                condition.unlock()
                return
            }
            let batch = pending.removeFirst()
            condition.unlock()
            var valid: [UInt64] = []
            for (number, event) in batch.events.enumerated() {
                if number % 64 == 0, isStopped { return }
                if let parsed = try? InspectorEvent(parsing: event.payload), parsed.isSignatureValid {
                    valid.append(batch.first + event.offset)
                }
            }
            condition.lock()
            for index in valid {
                let word = Int(index / 64)
                if word >= words.count { words += [UInt64](repeating: 0, count: word + 1 - words.count) }
                words[word] |= 1 << (index % 64)
            }
            condition.unlock()
        }
    }

    private var isStopped: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopped
    }
}
