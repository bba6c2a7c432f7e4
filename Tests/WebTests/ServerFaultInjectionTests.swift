import Casework
import Deployment
import Foundation
import HTTP
import Ledger
import LedgerTesting
import TestSupport
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Stores
@testable import Web

/// Issue 6, "Fault injection", at the server: a write or fsync error at each step of an append, a
/// segment roll-over and a checkpoint write, under a real server on a loopback port.
///
/// What "a clear refusal" means here:
/// - a page (the report form, a follow-up, a receipt download) is a 503 "not accepting reports for
///   now" page in the citizen's language, which says that nothing of the request was stored and no
///   code was given, and that reports that have a code are safe; it shows no token;
/// - the JSON API answers 500 `{"error": "storage", "message": "the report was not stored"}`, with no
///   token;
/// - the inspectors' checkpoint answers 500 `{"error": "no_checkpoint", …}` naming the failure.
///
/// The first failure is fatal: every later write is refused the same way (a failed fsync is never
/// retried), and the ledger tells its `onFatalError` observer once, which is what candor-server exits
/// on. After a restart on a healthy disk, every acknowledged case is there with its text.
@Suite("Server fault injection: nothing is acknowledged after a write or fsync failure", .serialized)
struct ServerFaultInjectionTests {
    @Test(arguments: FaultStep.logSteps)
    func aFaultStopsAcknowledgingAndLosesNothing(_ step: FaultStep) throws {
        let fixture = try ServerFaultFixture(step: step)
        for _ in 0..<2 { #expect(try fixture.submit().token != nil) }
        let first = try #require(fixture.acknowledged.first)
        let signed = try fixture.receipt(first.index)
        #expect(signed.status == 200 && signed.text.hasPrefix("Candor receipt v1"))

        if step.isCheckpoint {
            // A record the last checkpoint does not cover: its receipt needs a new signed checkpoint. (The
            // form's receipt page signs for its report; the API's answer, the second of these, does not.)
            for _ in 0..<2 { #expect(try fixture.submit().token != nil) }
            fixture.arm()
            let last = try #require(fixture.acknowledged.last)
            let response = try fixture.receipt(last.index)
            expectStorageFailurePage(response)
            #expect(!response.text.contains("Candor receipt"))
        } else {
            fixture.arm()
            // Enough reports to roll a 4 KiB segment over; stop at the first refusal.
            var refusal: ServerFaultFixture.Outcome?
            for _ in 0..<30 {
                let outcome = try fixture.submit()
                if outcome.token == nil {
                    refusal = outcome
                    break
                }
            }
            expectRefusal(try #require(refusal, "the fault at \(step) was never reached"))
        }
        #expect(!fixture.fileSystem.injected.isEmpty)
        try expectFailedForGood(fixture)
        try expectEverythingAcknowledgedAfterRestart(fixture)
    }

    @Test(arguments: FaultStep.checkpointSteps)
    func aCheckpointFaultOnTheInspectorsSyncIsRefusedAndLosesNothing(_ step: FaultStep) throws {
        let fixture = try ServerFaultFixture(step: step)
        for _ in 0..<2 { #expect(try fixture.submit().token != nil) }
        #expect(try fixture.inspectorCheckpoint().status == 200)
        // Records the last checkpoint does not cover: the form's receipt page signs, the API's answer does not.
        for _ in 0..<2 { #expect(try fixture.submit().token != nil) }
        fixture.arm()

        let response = try fixture.inspectorCheckpoint()
        #expect(response.status == 500)
        let reply = try fixture.json(response)
        #expect(reply["error"] as? String == "no_checkpoint")
        let message = reply["message"] as? String ?? ""
        #expect(message.hasPrefix("the server cannot sign a checkpoint: the intake log failed:"))
        #expect(message.contains("injected fault") && message.contains("refuses further appends"))
        #expect(!response.text.contains("checkpoint\n"), "no signed note is served")

        try expectFailedForGood(fixture)
        // The inspectors cannot get a new checkpoint either: the log is failed until a restart.
        let again = try fixture.json(try fixture.inspectorCheckpoint())
        #expect((again["message"] as? String)?.contains("refuses appends after an earlier failure") == true)
        try expectEverythingAcknowledgedAfterRestart(fixture)
    }

    // MARK: checks

    /// The citizen's page for a write the failed log refused.
    func expectStorageFailurePage(_ response: TestClient.Response, sourceLocation: SourceLocation = #_sourceLocation) {
        let s = Language.vi.strings
        #expect(response.status == 503, sourceLocation: sourceLocation)
        #expect(response.text.contains(s.storageFailedTitle), sourceLocation: sourceLocation)
        #expect(response.text.contains(s.storageFailed), sourceLocation: sourceLocation)
        #expect(
            !response.text.contains(s.serverError), "not the generic 'try again' page", sourceLocation: sourceLocation)
        #expect(HTMLForms.receiptToken(in: response.text) == nil, "no token is shown", sourceLocation: sourceLocation)
    }

    /// A submission the failed log refused: no token, and a clear page or JSON error.
    func expectRefusal(_ outcome: ServerFaultFixture.Outcome, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(outcome.token == nil, "a report was acknowledged after the fault", sourceLocation: sourceLocation)
        guard outcome.viaAPI else { return expectStorageFailurePage(outcome.response, sourceLocation: sourceLocation) }
        #expect(outcome.response.status == 500, sourceLocation: sourceLocation)
        let reply = (try? JSONSerialization.jsonObject(with: Data(outcome.response.body))) as? [String: Any] ?? [:]
        #expect(reply["error"] as? String == "storage", sourceLocation: sourceLocation)
        #expect(reply["message"] as? String == "the report was not stored", sourceLocation: sourceLocation)
        #expect(reply["token"] == nil, sourceLocation: sourceLocation)
    }

    /// After the first failure every write is refused, by the form and the API alike; the observer
    /// candor-server stops on was told once, with the injected fault; reading a case still works.
    func expectFailedForGood(_ fixture: ServerFaultFixture) throws {
        for _ in 0..<2 { expectRefusal(try fixture.submit()) }
        let first = try #require(fixture.acknowledged.first)
        expectStorageFailurePage(try fixture.addFollowUp(to: first.token))

        #expect(fixture.reportedFatalErrors.count == 1)
        if case .fatalIO(let operation, let path, let code, let message)? = fixture.reportedFatalErrors.first {
            #expect(code == EIO)
            #expect(message == "injected fault")
            let injected = FileOperation(rawValue: operation)
            #expect(injected.map { fixture.step.matches($0, path) } == true, "the fault hit \(operation) \(path)")
        } else {
            Issue.record("onFatalError was not told of the fault: \(fixture.reportedFatalErrors)")
        }

        let status = try fixture.client.send(
            "POST", "/status", headers: ["Content-Type": "application/x-www-form-urlencoded"],
            body: Array("token=\(first.token)".utf8))
        #expect(status.status == 200)
        #expect(status.text.contains(first.account))
    }

    /// Closes the server, reopens the intake on the same folder with the real file system (which runs
    /// recovery), and finds every acknowledged case with its text; the log then takes reports again.
    func expectEverythingAcknowledgedAfterRestart(_ fixture: ServerFaultFixture) throws {
        fixture.close()
        let reopened = try IntakeStore(
            dataDirectory: fixture.data, inspectorKeys: try InspectorKeys([fixture.inspector.key]),
            configuration: try ServerFaultFixture.storeConfiguration(fixture.data))
        defer { reopened.close() }
        #expect(fixture.acknowledged.count >= 2)
        #expect(reopened.recordCount >= UInt64(fixture.acknowledged.count))
        for (token, account, _) in fixture.acknowledged {
            let accounts = try reopened.timeline(token: try CaseToken(parsing: token)).compactMap { entry -> String? in
                if case .report(let report)? = entry.message?.body { return report.account }
                return nil
            }
            #expect(accounts == [account], "case \(token) after the restart")
        }
        let receipt = try reopened.submit(
            report: Report(
                province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Bộ phận một cửa",
                misconduct: ["hoi-lo"],
                account: "Sau khi khởi động lại: cán bộ đòi tiền để nhận hồ sơ.", month: 4, year: 2026))
        // Signing again proves the recovered log is consistent with the checkpoint signed before the fault.
        #expect(try reopened.inclusion(of: receipt.logIndex) != nil)
    }
}
