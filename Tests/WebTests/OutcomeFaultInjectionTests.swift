import Casework
import Catalogue
import Deployment
import Foundation
import HTTP
import Ledger
import LedgerTesting
import Sodium
import TestSupport
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Stores
@testable import Web

/// Issue 6, "Fault injection", for the public outcomes log: publishing appends an entry and signs the
/// log's checkpoint, so a fault at each of the 12 steps hits `POST /api/v1/inspect/outcomes`.
///
/// The publish that hits the fault is refused with 500 `{"error": "storage", …}` and no index; every
/// later one is refused too; after a restart every acknowledged outcome is there under a signed
/// checkpoint. A fault in the checkpoint, after the entry was made durable, says that it is stored.
@Suite("Outcome fault injection: a failed write or fsync is never acknowledged, and loses nothing", .serialized)
struct OutcomeFaultInjectionTests {
    typealias Inspector = InspectorAuthenticatorTests.Inspector
    static let target = "/api/v1/inspect/outcomes"

    @Test(arguments: FaultStep.logSteps)
    func aFaultStopsPublishingAndLosesNothing(_ step: FaultStep) throws {
        let folder = NSTemporaryDirectory() + "candor-outcome-faults-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lan = try Inspector("lan", seed: 1)
        let faults = FaultSwitch()
        var options = Ledger.Options()
        options.segmentSize = 4096
        options.fileSystem = FaultInjectingFileSystem(rule: faults.rule(step))
        options.onFatalError = { faults.record($0) }
        let outcomes = try OutcomeStore(
            dataDirectory: folder, origin: "candor.test/outcomes", catalog: try Catalog.bundled(),
            ledgerOptions: options)
        var router = Router()
        let clock = ManualClock()
        InspectorAPI.installOutcomes(
            into: &router, authenticator: InspectorAuthenticator(keys: try InspectorKeys([lan.key]), clock: clock),
            outcomes: outcomes)

        func publish(_ number: Int) throws -> (status: Int, json: [String: Any]) {
            let body = InspectorOutcomeRouteTests.sample(id: String(format: "%016x", number)).entry(
                signedWith: lan.signing)
            let fields = lan.fields(
                method: "POST", target: Self.target, body: body, time: Int64(clock.now.timeIntervalSince1970),
                nonce: Random.bytes(count: 16))
            let response = router.respond(
                to: try HTTPRequest(
                    method: .post, target: Self.target,
                    headers: HTTPHeaders(
                        [("Host", "localhost"), ("Content-Type", "application/octet-stream")] + fields),
                    body: body))
            let json = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] ?? [:]
            return (response.status.code, json)
        }

        var acknowledged: [String] = []
        for number in 0..<2 {
            #expect(try publish(number).status == 200)
            acknowledged.append(String(format: "%016x", number))
        }
        faults.arm()
        var refusal: (status: Int, json: [String: Any])?
        for number in 2..<40 {
            let reply = try publish(number)
            guard reply.status == 200 else {
                refusal = reply
                break
            }
            acknowledged.append(String(format: "%016x", number))
        }
        let refused = try #require(refusal, "the fault at \(step) was never reached")
        #expect(refused.status == 500)
        #expect(refused.json["error"] as? String == "storage")
        #expect(refused.json["index"] == nil && refused.json["checkpoint"] == nil)
        let message = refused.json["message"] as? String ?? ""
        #expect(message.hasPrefix("the outcomes log failed: "))
        #expect(message.contains("injected fault"))
        if step.isCheckpoint {
            #expect(message.contains("is stored, but no checkpoint could be signed for it"))
        }
        #expect(faults.reported.count == 1)
        if step.rawValue.hasPrefix("roll") {
            #expect(acknowledged.count > 2, "a roll-over comes only once the first 4 KiB segment is full")
        }

        // Failed for good: the next publish is refused, and says why.
        let later = try publish(99)
        #expect(later.status == 500)
        #expect((later.json["message"] as? String)?.contains("refuses appends after an earlier failure") == true)
        outcomes.close()

        // The restart: every acknowledged outcome is there, under a checkpoint that covers them all.
        let reopened = try OutcomeStore(
            dataDirectory: folder, origin: "candor.test/outcomes", catalog: try Catalog.bundled())
        defer { reopened.close() }
        let ids = reopened.outcomes.map(\.outcome.id)
        for id in acknowledged { #expect(ids.contains(id), "outcome \(id) after the restart") }
        #expect(reopened.checkpoint?.size == reopened.count)
        #expect(!ids.contains(String(format: "%016x", 99)))
    }
}
