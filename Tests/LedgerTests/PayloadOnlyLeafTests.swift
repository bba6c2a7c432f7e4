import Foundation
import Sodium
import TestSupport
import Testing

@testable import Ledger
@testable import Transparency

/// `Options.leafIsPayloadOnly`: a log whose Merkle entries are the payloads alone (for tlog-tiles).
@Suite("Ledger: payload-only leaves")
struct PayloadOnlyLeafTests {
    @Test func leavesHashThePayloadAloneAndVerify() throws {
        let folder = TemporaryDirectory("payload-only")
        var options = Ledger.Options()
        options.leafIsPayloadOnly = true
        let ledger = try Ledger.open(at: folder.path, options: options)
        let payloads = (0..<5).map { Array("outcome \($0)".utf8) }
        for payload in payloads { _ = try ledger.appendAndWait(type: 1, payload: payload) }
        #expect(try ledger.leafHash(at: 3) == RFC6962.leafHash(payloads[3]))
        #expect(try ledger.record(at: 3).leafHash == RFC6962.leafHash(payloads[3]))
        let report = try ledger.verify()
        #expect(report.records == 5)
        ledger.close()

        // Reopened the other way, verify sees leaf hashes that are not `type ‖ payload`.
        let wrong = try Ledger.open(at: folder.path)
        defer { wrong.close() }
        #expect(throws: LedgerError.self) { try wrong.verify() }
    }
}
