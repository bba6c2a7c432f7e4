import Foundation
import Testing

@testable import API

@Suite struct CheckpointWitnessingTests {
    /// One witness that nobody answers for (port 1 refuses), a quorum of 1, and a log with no checkpoint.
    static func witnessing(receiptWaiters: Int) throws -> CheckpointWitnessing {
        let list = try WitnessList(
            text: "witness \(WitnessListTests.vkey(1)) http://127.0.0.1:1\nquorum 1\nsubmit-timeout 0.5\n")
        let log = CheckpointWitnessing.Log(origin: "candor.example/intake", latestNote: { nil }, proof: { _, _ in [] })
        return CheckpointWitnessing(list: list, logs: [log], receiptWaiters: receiptWaiters)
    }

    @Test func theSubmitTimeoutIsTheLists() throws {
        #expect(try Self.witnessing(receiptWaiters: 1).timeout == 0.5)
    }

    @Test func aReceiptWaitsNoLongerThanItsBound() throws {
        let witnessing = try Self.witnessing(receiptWaiters: 4)
        let started = Date()
        var prepared = false
        let note = witnessing.witnessedNote(origin: "candor.example/intake", covering: 1, waitingAtMost: 0.3) {
            prepared = true
        }
        let waited = Date().timeIntervalSince(started)
        #expect(note == nil && prepared)
        #expect(waited >= 0.3 && waited < 1.5, "\(waited) s")
    }

    /// Past the bound of waiting receipts, one answers at once, without signing or waiting: a flood of
    /// reports cannot hold more HTTP workers than the bound.
    @Test func pastTheBoundOfWaitersAReceiptDoesNotWait() throws {
        let witnessing = try Self.witnessing(receiptWaiters: 2)
        // Threads of their own, not tasks or a queue: the waits block, and on a loaded machine a pool may
        // start its threads late. They wait long enough to be waiting still when the third one comes.
        let done = DispatchGroup()
        for _ in 0..<2 {
            done.enter()
            Thread.detachNewThread {
                _ = witnessing.witnessedNote(origin: "candor.example/intake", covering: 1, waitingAtMost: 5) {}
                done.leave()
            }
        }
        let deadline = Date().addingTimeInterval(30)
        while witnessing.lock.withLock({ witnessing.receiptWaiters }) < 2, Date() < deadline { usleep(10_000) }
        try #require(witnessing.lock.withLock({ witnessing.receiptWaiters }) == 2, "the two waiters did not start")
        let started = Date()
        var prepared = false
        let note = witnessing.witnessedNote(origin: "candor.example/intake", covering: 1, waitingAtMost: 2) {
            prepared = true
        }
        #expect(note == nil && !prepared)
        #expect(Date().timeIntervalSince(started) < 0.2)
        done.wait()
        // Once they are done, a receipt may wait again.
        let again = Date()
        _ = witnessing.witnessedNote(origin: "candor.example/intake", covering: 1, waitingAtMost: 0.2) {}
        #expect(Date().timeIntervalSince(again) >= 0.2)
    }
}
