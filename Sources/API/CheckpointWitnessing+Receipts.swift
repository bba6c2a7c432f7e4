import Foundation
import Transparency

extension CheckpointWitnessing {
    /// The latest note of `origin` that met the quorum, if its checkpoint covers the first `size` records.
    public func witnessedNote(origin: String, covering size: UInt64) -> String? {
        lock.withLock { witnessedNoteLocked(origin: origin, covering: size) }
    }

    private func witnessedNoteLocked(origin: String, covering size: UInt64) -> String? {
        guard let note = witnessed[origin], let parsed = try? SignedNote(parsing: note),
            let checkpoint = try? Checkpoint(text: parsed.text), checkpoint.size >= size
        else { return nil }
        return note
    }

    /// Waits at most `seconds` for a note of `origin` that meets the quorum and covers the first `size`
    /// records (a new report's receipt: API.docc/Witnesses.md, "Receipts"), and returns it, or nil.
    ///
    /// At most `receiptWaiters` callers wait at once; past that, and with `seconds` 0, it answers at once
    /// with what there is. A waiting caller holds an HTTP worker thread, so this bound, not the witnesses,
    /// decides how many workers a flood of reports can hold, and for how long. `beforeWaiting` runs once
    /// the caller may wait, before the round it nudges: it signs the checkpoint to be cosigned.
    public func witnessedNote(
        origin: String, covering size: UInt64, waitingAtMost seconds: Double, beforeWaiting: () -> Void
    ) -> String? {
        let mayWait = lock.withLock {
            guard witnessedNoteLocked(origin: origin, covering: size) == nil, seconds > 0,
                receiptWaiters < maximumReceiptWaiters
            else { return false }
            receiptWaiters += 1
            return true
        }
        guard mayWait else { return witnessedNote(origin: origin, covering: size) }
        let deadline = Date().addingTimeInterval(seconds)
        beforeWaiting()
        lock.lock()
        defer {
            receiptWaiters -= 1
            lock.unlock()
        }
        nudged = true
        lock.broadcast()
        while witnessedNoteLocked(origin: origin, covering: size) == nil, Date() < deadline {
            _ = lock.wait(until: deadline)
        }
        return witnessedNoteLocked(origin: origin, covering: size)
    }

    /// How many of the list's witnesses have a valid cosignature line in `note`.
    public func cosignatureCount(_ note: String) -> Int {
        guard let parsed = try? SignedNote(parsing: note),
            let all = try? WitnessPolicy(witnesses: list.policy.witnesses, quorum: 0),
            let found = try? all.check(parsed)
        else { return 0 }
        return found.count
    }
}
