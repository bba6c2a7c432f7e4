import Foundation
import Transparency

extension Ledger {
    /// How a ledger signs checkpoints by itself (``Options/checkpointing``).
    public struct CheckpointSchedule: Sendable {
        /// The checkpoint origin (the log's name).
        public var origin: String
        public var signer: NoteSigner
        /// The least time between two of its signatures. Each costs a durable write of the checkpoint
        /// file (two fsyncs), so under load one signature covers every batch committed meanwhile.
        public var interval: Duration

        public init(origin: String, signer: NoteSigner, interval: Duration = .seconds(1)) {
            self.origin = origin
            self.signer = signer
            self.interval = interval
        }
    }
}

/// Signs a checkpoint of every acknowledged record in the background: when the log has grown, right after
/// the commit that grew it if the last signature is at least `interval` old, or else once it is; and on
/// ``stop()``. (The signature on open is ``Ledger/open(at:options:)``'s, before it returns.)
///
/// So every acknowledged record is covered by a signed, persisted checkpoint within `interval` plus one
/// signature, with no request needed to ask for it; and a log later found shorter than that checkpoint is
/// refused on open (``LedgerError/shorterThanCheckpoint(directory:records:checkpointSize:)``). Signing goes
/// through ``Ledger/signedCheckpointOfAllRecords(origin:signer:)``, which covers only committed (fsynced)
/// records and writes the checkpoint file after their fsync, so it never claims what a crash could lose.
final class CheckpointCadence: @unchecked Sendable {
    // @unchecked: `commits`, `stopping` and `started` are guarded by `condition`; the rest is set once.
    private let schedule: Ledger.CheckpointSchedule
    private let condition = NSCondition()
    /// Counts the writer's commits, so that a commit between a look at the log and a wait is not missed.
    private var commits: UInt64 = 0
    private var stopping = false
    private var started = false
    private let finished = DispatchSemaphore(value: 0)

    init(schedule: Ledger.CheckpointSchedule) {
        self.schedule = schedule
    }

    /// Starts the signing thread. It holds the ledger until ``stop()``.
    func start(_ ledger: Ledger) {
        condition.lock()
        started = true
        condition.unlock()
        let thread = Thread { [self] in
            run(ledger)
            finished.signal()
        }
        thread.name = "candor-ledger-checkpoints"
        thread.start()
    }

    /// Called by the writer after each commit (outside the ledger's lock).
    func committed() {
        condition.lock()
        commits &+= 1
        condition.signal()
        condition.unlock()
    }

    /// Signs a last checkpoint if records are not covered yet (the appends in flight are committed by
    /// now), then ends the thread and waits for it.
    func stop() {
        condition.lock()
        stopping = true
        let running = started
        condition.signal()
        condition.unlock()
        if running { finished.wait() }
    }

    private func run(_ ledger: Ledger) {
        // ``Ledger/open(at:options:)`` signed for what it found; the next signature is due after the
        // first commit.
        var due = ContinuousClock.now
        while true {
            condition.lock()
            let seen = commits
            condition.unlock()
            if ledger.lastCheckpoint?.size == ledger.count, ledger.lastCheckpointIsSigned(by: schedule.signer) {
                condition.lock()
                while !stopping && commits == seen { condition.wait() }
                // Woken by a commit and the stop at once, it signs first: the commits came before the stop.
                let stop = stopping && commits == seen
                condition.unlock()
                if stop { return }
                continue
            }
            condition.lock()
            while !stopping && ContinuousClock.now < due {
                _ = condition.wait(until: Date(timeIntervalSinceNow: Self.seconds(due - ContinuousClock.now)))
            }
            condition.unlock()
            // Stopping or not, the records are signed for: a clean stop leaves nothing uncovered.
            do {
                _ = try ledger.signedCheckpointOfAllRecords(origin: schedule.origin, signer: schedule.signer)
            } catch .closed, .closedAfterFailure {
                return
            } catch {
                // A failed write was already reported (``Ledger/Options/onFatalError``). Anything else means
                // the log cannot keep its promise that what it acknowledges gets signed: it stops appending.
                ledger.fail(error)
                return
            }
            due = ContinuousClock.now + schedule.interval
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
