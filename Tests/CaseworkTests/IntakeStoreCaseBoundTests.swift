import Foundation
import Sodium
import TestSupport
import Testing

@testable import Casework

/// A case's size is bounded, and a case is opened once per request (SECURITY.md, M2).
@Suite("IntakeStore: records per case and the cost of opening a case")
struct IntakeStoreCaseBoundTests {
    @Test func aFollowUpPastTheBoundIsRefusedAsCaseFullWhateverItsPath() throws {
        let folder = TemporaryDirectory()
        let store = try makeStore(folder) { $0.maximumRecordsPerCase = 4 }
        defer { store.close() }
        let client = IntakeStorePreSealedTests.Client(store: store)
        _ = try store.submit(sealedEnvelope: client.seal(.report(sampleReport())))
        for n in 1...3 { _ = try store.addFollowUp(token: client.token, followUp: FollowUp(text: "thêm \(n)")) }
        let before = store.recordCount
        #expect(storeError { try store.admitFollowUp(token: client.token) } == .caseFull(limit: 4))
        #expect(
            storeError { try store.addFollowUp(token: client.token, followUp: FollowUp(text: "một nữa")) }
                == .caseFull(limit: 4))
        #expect(
            storeError { try store.submit(sealedEnvelope: client.seal(.followUp(FollowUp(text: "niêm phong")))) }
                == .caseFull(limit: 4))
        #expect(store.recordCount == before, "a follow-up past the bound was stored")
        #expect(try store.timeline(token: client.token).count == 4)
    }

    @Test func inspectorEventsAndTheOneRatingAreNotBlockedByTheBound() throws {
        let c = try IntakeStoreEventTests.makeCase { $0.maximumRecordsPerCase = 2 }
        defer { c.store.close() }
        _ = try c.store.addFollowUp(token: c.receipt.token, followUp: FollowUp(text: "thêm"))
        #expect(storeError { try c.store.admitFollowUp(token: c.receipt.token) } == .caseFull(limit: 2))
        try c.append(try c.event(.accept))
        try c.append(try c.event(.reply, EventDetails(text: "Đang xác minh.")))
        try c.append(try c.event(.resolve, EventDetails(outcome: "khong-vi-pham", summary: "Đã xử lý.")))
        _ = try c.store.rate(token: c.receipt.token, rating: Rating(level: .satisfied))
        #expect(try c.store.timeline(token: c.receipt.token).count == 6)
    }

    @Test func openingACaseReadsEachOfItsRecordsOnce() throws {
        let reads = ReadCounter()
        let c = try IntakeStoreEventTests.makeCase { $0.onRecordRead = reads.count }
        defer { c.store.close() }
        for n in 1...20 { _ = try c.store.addFollowUp(token: c.receipt.token, followUp: FollowUp(text: "thêm \(n)")) }
        try c.append(try c.event(.accept))
        try c.append(try c.event(.note, EventDetails(text: "nội bộ")))
        try c.append(try c.event(.resolve, EventDetails(outcome: "khong-vi-pham", summary: "Đã xử lý.")))
        // Another case's records are never read.
        _ = try c.store.submit(report: sampleReport(account: "Một vụ khác."))
        reads.reset()

        let opened = try c.store.openCase(token: c.receipt.token)
        #expect(opened.entries.count == 1 + 20 + 2, "the note is not shown to the citizen")
        #expect(opened.isResolved && opened.canRate)
        let counts = reads.counts
        #expect(counts.count == 1 + 20 + 3, "records read: \(counts.count)")
        #expect(counts.values.allSatisfy { $0 == 1 }, "a record was read more than once: \(counts.values.max() ?? 0)")
        #expect(c.store.recordCount(caseOf: c.receipt.token) == 1 + 20 + 3)
    }
}

/// How many times each record was read, through ``IntakeStore/Configuration/onRecordRead``.
final class ReadCounter: @unchecked Sendable {
    // @unchecked: `reads` is only touched under `lock`.
    private let lock = NSLock()
    private var reads: [UInt64: Int] = [:]

    @Sendable func count(_ index: UInt64) {
        lock.lock()
        defer { lock.unlock() }
        reads[index, default: 0] += 1
    }

    func reset() {
        lock.lock()
        defer { lock.unlock() }
        reads = [:]
    }

    var counts: [UInt64: Int] {
        lock.lock()
        defer { lock.unlock() }
        return reads
    }
}
