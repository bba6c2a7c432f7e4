import Foundation
import Sodium
import Testing
import Transparency

@testable import API

@Suite struct WitnessListTests {
    static func vkey(_ seed: UInt8, _ name: String = "w") -> String {
        try! CosignatureSigner(
            name: "\(name)\(seed).example",
            privateKey: try! Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: seed, count: 32)))
        ).verifier.verifierKey
    }

    @Test func readsWitnessesQuorumAndTheSetting() throws {
        let list = try WitnessList(
            text: """
                # two of three
                witness \(Self.vkey(1)) http://127.0.0.1:8091
                witness \(Self.vkey(2)) http://witness.example:8092/prefix/

                witness \(Self.vkey(3)) http://[::1]:8093
                quorum 2
                """)
        #expect(list.entries.count == 3)
        #expect(list.policy.quorum == 2)
        #expect(!list.publishesShortOfQuorum, "withhold is the default")
        #expect(list.entries[1].prefix == "/prefix")
        #expect(list.entries[1].server.port == 8092)
        #expect(list.entries[2].server.host == "::1")
        let open = try WitnessList(text: "witness \(Self.vkey(1)) http://h:1\nquorum 1\nshort-of-quorum publish\n")
        #expect(open.publishesShortOfQuorum)
        #expect(list.submitTimeout == 5 && list.receiptWait == 2, "the defaults")
    }

    @Test(arguments: [("5", 5.0), ("0.5", 0.5), ("12.25", 12.25), ("0", 0), ("10", 10), ("1.125", 1.125)])
    func readsTheTimeouts(_ text: String, _ seconds: Double) throws {
        if seconds <= 10 { #expect(try WitnessList(text: "quorum 0\nreceipt-wait \(text)\n").receiptWait == seconds) }
        if seconds >= 0.1 {
            #expect(try WitnessList(text: "quorum 0\nsubmit-timeout \(text)\n").submitTimeout == seconds)
        }
    }

    @Test(arguments: [
        "submit-timeout 0", "submit-timeout 0.05", "submit-timeout 61", "submit-timeout 60.001", "submit-timeout -1",
        "submit-timeout 1e1", "submit-timeout +5", "submit-timeout 05", "submit-timeout 5.", "submit-timeout .5",
        "submit-timeout 5.0001", "submit-timeout 5s", "submit-timeout 0x5", "submit-timeout ٥", "submit-timeout",
        "submit-timeout 5 5", "submit-timeout 5\nsubmit-timeout 5", "receipt-wait 10.5", "receipt-wait 11",
        "receipt-wait -0", "receipt-wait 2,5", "receipt-wait nan", "receipt-wait inf", "receipt-wait 100",
        "receipt-wait 2\nreceipt-wait 2", "short-of-quorum publish\nshort-of-quorum withhold",
    ])
    func refusesABadTimeoutOrARepeatedSetting(_ line: String) {
        #expect(throws: HTTPClientError.self, "\(line)") { try WitnessList(text: "quorum 0\n\(line)\n") }
    }

    @Test(arguments: [
        ("no quorum", "witness \(vkey(1)) http://h:1\n"),
        ("a quorum above the witnesses", "witness \(vkey(1)) http://h:1\nquorum 2\n"),
        (
            "the same witness twice for a quorum of 2",
            "witness \(vkey(1)) http://h:1\nwitness \(vkey(1)) http://h:2\nquorum 2\n"
        ),
        ("two quorum lines", "quorum 0\nquorum 0\n"),
        ("a negative quorum", "quorum -1\n"),
        ("a note key", "witness candor.example/log+00000000+AQ== http://h:1\nquorum 0\n"),
        ("an https witness", "witness \(vkey(1)) https://h:1\nquorum 1\n"),
        ("no URL", "witness \(vkey(1))\nquorum 1\n"),
        ("an unknown setting", "quorum 0\nshort-of-quorum maybe\n"),
        ("an unknown directive", "quorum 0\nlog x\n"),
    ])
    func refuses(_ what: String, _ text: String) {
        #expect(throws: HTTPClientError.self, "\(what)") { try WitnessList(text: text) }
    }

    @Test func theToolsPolicyTakesVkeysOrFilesAndDefaultsToAll() throws {
        let file = NSTemporaryDirectory() + "witness-\(UUID().uuidString).pub"
        try "# w2\n\(Self.vkey(2))\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let all = try WitnessPolicy.parse(witnesses: [Self.vkey(1), file], quorum: nil)
        #expect(all.quorum == 2 && all.witnesses.count == 2)
        #expect(try WitnessPolicy.parse(witnesses: [Self.vkey(1), file], quorum: "1").quorum == 1)
        #expect(throws: HTTPClientError.self) { try WitnessPolicy.parse(witnesses: [Self.vkey(1)], quorum: "2") }
        #expect(throws: HTTPClientError.self) { try WitnessPolicy.parse(witnesses: [Self.vkey(1)], quorum: "two") }
        #expect(throws: HTTPClientError.self) { try WitnessPolicy.parse(witnesses: ["/no/such/file"], quorum: nil) }
    }
}
