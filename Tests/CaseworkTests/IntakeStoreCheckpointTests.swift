import Foundation
import Ledger
import LedgerTesting
import TestSupport
import Testing

@testable import Casework
@testable import Stores
@testable import Transparency

/// Issue 12, M4: someone with write access to the disk must not be able to drop acknowledged reports
/// silently. The intake signs for them by itself, and a log cut back below that signature refuses to open.
@Suite("Intake checkpoints: acknowledged reports are signed for, and cannot be cut away")
struct IntakeStoreCheckpointTests {
    static let origin = "candor.test/intake"

    /// As candor-server runs it (no checkpoint per receipt), with nobody downloading a receipt or
    /// syncing: the reports are still signed for, and cutting the last one away is refused.
    @Test func reportsAreSignedForWithoutAReceiptAndCannotBeCutAway() throws {
        let folder = TemporaryDirectory()
        let signer = try CheckpointSignerKey.loadOrCreate(in: folder.child("data"), name: Self.origin)
        let asTheServerRuns: (inout IntakeStore.Configuration) -> Void = { $0.signsReceiptsEagerly = false }
        let store = try makeStore(folder, signer: signer, configure: asTheServerRuns)
        let segment = folder.child("data/intake/segment-0000000000000000.log")
        for _ in 0..<2 { _ = try store.submit(report: sampleReport()) }
        let boundary = fileSize(segment)
        let last = try store.submit(report: sampleReport())
        #expect(last.inclusion == nil)
        // Four records: the day mark and the three reports.
        #expect(
            persistedCheckpointSize(in: folder.child("data/intake"), reaching: 4) == 4,
            "no checkpoint covers the acknowledged reports")
        store.close()

        // Cut at a batch boundary: recovery sees a clean end.
        let handle = try #require(FileHandle(forUpdatingAtPath: segment))
        try handle.truncate(atOffset: UInt64(boundary))
        try handle.close()
        let refused = storeError { try makeStore(folder, signer: signer, configure: asTheServerRuns) }
        #expect(
            refused?.description == "the intake log has 3 records but its last signed checkpoint covers 4: "
                + "records were removed")
        #expect(fileSize(segment) == boundary, "a refused open leaves the disk as it found it")
    }
}
