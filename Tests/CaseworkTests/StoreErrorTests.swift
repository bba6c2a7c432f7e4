import Foundation
import Ledger
import LedgerTesting
import Synchronization
import TestSupport
import Testing
import Transparency

@testable import Casework
@testable import Stores

@Suite("StoreError: refusals that say what to do, failures that keep their cause")
struct StoreErrorTests {
    static let all: [StoreError] = [
        .invalid([FieldError(.agency, .tooLong, limit: 300)]), .noSuchCase, .notResolved, .alreadyRated,
        .caseFull(limit: 200), .unacceptableEnvelope("x"), .signatureInvalid("x"), .attachmentTooLarge(limit: 100),
        .insecureKeyFile(path: "case-tag.key"), .recordsRemoved(log: "intake", records: 1, checkpointSize: 2),
        .ledger(.closed), .storage("x"), .inclusionNotVerified(.malformedNote("x")), .casework(.malformedToken),
    ]

    @Test("every error has a message", arguments: all)
    func described(error: StoreError) {
        #expect(error.description.count > 10)
    }

    @Test("the citizen's refusals say what to do; a wrapped cause reads as it did alone")
    func wording() {
        #expect(
            StoreError.invalid([FieldError(.agency, .tooLong, limit: 300)]).description.contains(
                "agency: tooLong (limit 300)"))
        #expect(StoreError.casework(.badCheckCharacter).description == CaseworkError.badCheckCharacter.description)
        #expect(StoreError.ledger(.closed).description == "the intake log failed: the ledger is closed")
    }

    @Test("an event refused for a storage failure says once that the intake log failed")
    func anEventsStorageFailureSaysItOnce() {
        #expect(EventRejection.storage(.ledger(.closed)).description == "the intake log failed: the ledger is closed")
        #expect(EventRejection.storage(.noSuchCase).description.hasPrefix("the intake log failed: "))
    }

    @Test("a log cut back names both sizes, grouped for the operator")
    func recordsRemoved() {
        let error = StoreError.recordsRemoved(log: "intake", records: 1203, checkpointSize: 1_250_000)
        #expect(
            error.description == "the intake log has 1,203 records but its last signed checkpoint covers 1,250,000: "
                + "records were removed")
        #expect(
            StoreError.recordsRemoved(log: "outcomes", records: 999, checkpointSize: 1000).description.contains(
                "has 999 records but its last signed checkpoint covers 1,000"))
    }

    /// The first `LedgerError` held anywhere in `error`, however deeply wrapped.
    static func ledgerCause(of error: Any) -> LedgerError? {
        if let cause = error as? LedgerError { return cause }
        for child in Mirror(reflecting: error).children {
            if let cause = ledgerCause(of: child.value) { return cause }
        }
        return nil
    }

    @Test("a full disk under the intake log is told apart from a corrupt log by its cause")
    func fullDiskIsKept() throws {
        let folder = TemporaryDirectory()
        let disk = Disk()
        let store = try makeStore(folder) { configuration in
            configuration.ledgerOptions.fileSystem = FaultInjectingFileSystem { operation, _, _ in
                operation == .write && disk.isFull.load(ordering: .relaxed) ? ENOSPC : nil
            }
        }
        defer { store.close() }
        disk.isFull.store(true, ordering: .relaxed)
        var thrown: (any Error)?
        do {
            _ = try store.submit(report: sampleReport())
        } catch {
            thrown = error
        }
        let error = try #require(thrown)
        let cause = try #require(Self.ledgerCause(of: error))
        guard case .fatalIO(let operation, _, let errno, _) = cause else {
            Issue.record("the cause is \(cause), not the failed write")
            return
        }
        #expect(operation == "write" && errno == ENOSPC)
        // The words the operator reads stay those of the intake log's failure.
        #expect("\(error)".hasPrefix("the intake log failed: write failed on "))
    }
}

/// A disk that fills up when the test says so, after the store has opened.
private final class Disk: Sendable {
    let isFull = Atomic(false)
}
