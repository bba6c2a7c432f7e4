import Foundation
import LedgerTesting
import Sodium
import Synchronization
import TestSupport
import Testing

@testable import Ledger
@testable import Transparency

extension FaultStep: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}

final class Trigger: Sendable {
    private let armed = Mutex(false)
    func arm() { armed.withLock { $0 = true } }
    var isArmed: Bool { armed.withLock { $0 } }
}

@Suite("Fault injection: nothing is acknowledged after a write or fsync failure")
struct FaultInjectionTests {
    static let signer = try! NoteSigner(
        name: "test.candor.example/log",
        privateKey: Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: 7, count: 32))))

    @Test(arguments: FaultStep.allCases)
    func aFaultIsFatalAndLosesNothingAcknowledged(_ step: FaultStep) throws {
        let dir = TemporaryDirectory()
        let path = dir.child("log")
        let trigger = Trigger()
        let fs = FaultInjectingFileSystem { operation, file, _ in
            trigger.isArmed && step.matches(operation, file) ? EIO : nil
        }
        var faulty = options(segmentSize: 4096, fileSystem: fs)
        faulty.indexKeys = { view in [view.payloadPrefix(2)] }  // so that appends write the key index too
        let told = Mutex(0)
        faulty.onFatalError = { _ in told.withLock { $0 += 1 } }
        let ledger = try Ledger.open(at: path, options: faulty)
        var acknowledged: [UInt64: [UInt8]] = [:]
        for i in 0..<5 {
            acknowledged[try ledger.appendAndWait(type: 1, payload: payload(i, size: 500))] = payload(i, size: 500)
        }
        _ = try ledger.signCheckpoint(origin: "test.candor.example/log", signer: Self.signer)
        trigger.arm()

        var failure: LedgerError?
        if step.isCheckpoint {
            _ = try ledger.appendAndWait(type: 1, payload: payload(5, size: 500))
            acknowledged[5] = payload(5, size: 500)
            do {
                _ = try ledger.signCheckpoint(origin: "test.candor.example/log", signer: Self.signer)
            } catch { failure = error }
        } else {
            // Enough appends to reach a segment roll-over; stop at the first failure.
            for i in 5..<40 {
                do {
                    let index = try ledger.appendAndWait(type: 1, payload: payload(i, size: 500))
                    acknowledged[index] = payload(i, size: 500)
                } catch {
                    failure = error
                    break
                }
            }
        }
        guard case .fatalIO(let operation, _, let code, _) = failure else {
            Issue.record("expected a fatal I/O error, got \(String(describing: failure))")
            ledger.close()
            return
        }
        #expect(code == EIO)
        #expect(!operation.isEmpty)
        #expect(told.withLock { $0 } == 1, "onFatalError is told once")
        #expect(!fs.injected.isEmpty)

        // From now on the ledger refuses, and says why: the first failure is kept as the cause.
        #expect(throws: LedgerError.self) { try ledger.appendAndWait(type: 1, payload: [1]) }
        let refusal = ledgerError({ try ledger.appendAndWait(type: 1, payload: [1]) })
        if case .closedAfterFailure(.fatalIO(_, _, let errno, let message))? = refusal {
            #expect(errno == EIO && message == "injected fault")
            #expect(refusal!.description.contains("injected fault"))
        } else {
            Issue.record("appends after a failure must be refused with the reason")
        }
        #expect(throws: LedgerError.self) {
            try ledger.signCheckpoint(origin: "test.candor.example/log", signer: Self.signer)
        }
        ledger.close()

        // After a restart on a healthy disk, everything acknowledged is there and the log verifies.
        let reopened = try Ledger.open(at: path, options: options(segmentSize: 4096))
        defer { reopened.close() }
        #expect(reopened.count >= UInt64(acknowledged.count))
        for (index, expected) in acknowledged { #expect(try reopened.record(at: index).payload == expected) }
        #expect(try reopened.verify().records == reopened.count)
        #expect(try reopened.appendAndWait(type: 1, payload: [7]) == reopened.count - 1)
    }
}
