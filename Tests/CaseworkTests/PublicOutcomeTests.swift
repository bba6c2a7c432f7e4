import Foundation
import Ledger
import Outcomes
import Sodium
import TestSupport
import Testing

@testable import Casework
@testable import Stores
@testable import Transparency

/// The public outcome entry (Outcomes.md): the allowlist, the signature, strict parsing; and the store.
@Suite("PublicOutcome and OutcomeStore")
struct PublicOutcomeTests {
    static let signer = TestInspectors.signingKey(1)

    static func sample(id: String = "0123456789abcdef") -> PublicOutcome {
        PublicOutcome(
            id: id, province: "ha-noi", agency: "Phòng CSGT Công an phường Ba Đình", procedure: "doi-giay-phep-lai-xe",
            kinds: ["hoi-lo"], outcome: "can-bo-canh-cao", outcomeLabel: "Cảnh cáo",
            summary: "Cán bộ tiếp nhận hồ sơ bị cảnh cáo vì đòi tiền.", monthReceived: "2026-04",
            monthResolved: "2026-05",
            daysToResolve: 21, deadlineMet: true)
    }

    @Test(
        "a new entry publishes the days to resolve as a range, not the exact count",
        arguments: [
            (0, "0-15"), (15, "0-15"), (16, "16-30"), (21, "16-30"), (30, "16-30"), (31, "31-45"), (45, "31-45"),
            (46, "46-60"), (60, "46-60"), (61, "61-90"), (90, "61-90"), (91, "91+"), (400, "91+"),
        ])
    func theDaysAreBucketed(days: Int, bucket: String) throws {
        var outcome = Self.sample()
        outcome.daysToResolve = days
        let text = String(decoding: outcome.entry(signedWith: Self.signer), as: UTF8.self)
        #expect(text.hasPrefix("candor-outcome-v2\n"))
        #expect(!text.contains("daysToResolve"))
        #expect(text.contains("\"resolvedWithin\":\"\(bucket)\""))
        let parsed = try SignedOutcome(entry: Array(text.utf8))
        #expect(parsed.isSigned(by: Self.signer.publicKey))
    }

    /// Entries made by an independent implementation of Outcomes.md (Python, PyNaCl), with the key of
    /// TestInspectors.signingKey(1) (seed 32 × 0x81).
    static let version1Vector = """
        candor-outcome-v1
        {"agency":"Phòng CSGT Công an phường Ba Đình","daysToResolve":21,"deadlineMet":true,"id":"0123456789abcdef","kinds":["hoi-lo"],"monthReceived":"2026-04","monthResolved":"2026-05","outcome":"can-bo-canh-cao","outcomeLabel":"Cảnh cáo","procedure":"doi-giay-phep-lai-xe","province":"ha-noi","summary":"Cán bộ tiếp nhận hồ sơ bị cảnh cáo vì đòi tiền."}
        2ad2694ace04adb0 NI38/gwSifrM/oDK1jttN8OvX9vgnqJYJD/UquQhmTdD9uSN6bMbvSQlWS4dhQJKYZKcPmikD1t040rhtgXHAQ==

        """
    static let version2Vector = """
        candor-outcome-v2
        {"agency":"Phòng CSGT Công an phường Ba Đình","deadlineMet":true,"id":"0123456789abcdef","kinds":["hoi-lo"],"monthReceived":"2026-04","monthResolved":"2026-05","outcome":"can-bo-canh-cao","outcomeLabel":"Cảnh cáo","procedure":"doi-giay-phep-lai-xe","province":"ha-noi","resolvedWithin":"16-30","summary":"Cán bộ tiếp nhận hồ sơ bị cảnh cáo vì đòi tiền."}
        2ad2694ace04adb0 wv21EA/EWnp3Z7KDQ2cQfHeTsFXVcLvlBbuJQIZX9Wy5ScKG5MqkHbG9MMwVbSMDaL0/L1ga2PzxX+4+lvDHCw==

        """

    @Test("a version 1 entry of an older log still parses, verifies, and keeps its exact days")
    func version1EntriesStillVerify() throws {
        let parsed = try SignedOutcome(entry: Array(Self.version1Vector.utf8))
        #expect(parsed.isSigned(by: Self.signer.publicKey))
        #expect(parsed.outcome.version == 1 && parsed.outcome.daysToResolve == 21)
        #expect(parsed.outcome.resolvedWithin == .upTo30)
        #expect(parsed.outcome.problems(catalog: bundledCatalog).isEmpty)
        #expect(
            parsed.outcome.entry(signedWith: Self.signer) == Array(Self.version1Vector.utf8),
            "written back byte for byte")
        // A version 1 header with a version 2 line, and the other way round, are refused.
        let v2Line = Self.version2Vector.split(separator: "\n")[1]
        #expect(throws: CaseworkError.self) {
            try SignedOutcome(
                entry: Array(
                    Self.version1Vector.replacingOccurrences(
                        of: String(Self.version1Vector.split(separator: "\n")[1]), with: String(v2Line)
                    ).utf8))
        }
    }

    @Test("a new entry is the independent implementation's, byte for byte")
    func version2Vector() throws {
        #expect(Self.sample().entry(signedWith: Self.signer) == Array(Self.version2Vector.utf8))
    }

    @Test func anEntryRoundTripsAndVerifies() throws {
        let entry = Self.sample().entry(signedWith: Self.signer)
        let text = String(decoding: entry, as: UTF8.self)
        #expect(text.hasPrefix("candor-outcome-v2\n{\"agency\":"))
        #expect(text.split(separator: "\n").count == 3)
        let parsed = try SignedOutcome(entry: entry)
        #expect(parsed.outcome.jsonLine() == Self.sample().jsonLine())
        #expect(parsed.outcome.resolvedWithin == .upTo30 && parsed.outcome.daysToResolve == nil)
        #expect(parsed.isSigned(by: Self.signer.publicKey))
        #expect(!parsed.isSigned(by: TestInspectors.signingKey(2).publicKey))
        #expect(Self.sample().problems(catalog: bundledCatalog).isEmpty)
    }

    /// The schema test: the public JSON has exactly the allowlisted fields, no more, no fewer.
    @Test func theJSONHasExactlyTheAllowlistedFields() throws {
        let json = Self.sample().jsonLine()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        #expect(Set(object.keys) == PublicOutcome.allowlist)
        #expect(PublicOutcome.allowlist.count == 12)
        // An entry with one more field, or one fewer, is refused even when properly signed.
        for mutate in [
            { (o: inout [String: Any]) in o["contact"] = "0912345678" }, { o in o["caseTag"] = "ab" },
            { o in o.removeValue(forKey: "summary") },
        ] {
            var changed = object
            mutate(&changed)
            let line = try JSONSerialization.data(
                withJSONObject: changed, options: [.sortedKeys, .withoutEscapingSlashes])
            var signed = Array("candor-outcome-v1\n".utf8) + Array(line) + [0x0A]
            let signature = Data(Self.signer.signature(for: signed)).base64EncodedString()
            signed += Array("\(PublicOutcome.keyID(of: Self.signer.publicKey)) \(signature)\n".utf8)
            #expect(throws: CaseworkError.self) { try SignedOutcome(entry: signed) }
        }
    }

    @Test func strictParsing() throws {
        let good = Self.sample().entry(signedWith: Self.signer)
        let text = String(decoding: good, as: UTF8.self)
        let bad: [String] = [
            "", "candor-outcome-v2\n", text.replacingOccurrences(of: "candor-outcome-v2", with: "candor-outcome-v1"),
            text.replacingOccurrences(of: "candor-outcome-v2", with: "candor-outcome-v3"),
            String(text.dropLast()), text + "\n",
            text.replacingOccurrences(of: "\"resolvedWithin\":\"16-30\"", with: "\"resolvedWithin\":\"16-29\""),
            text.replacingOccurrences(of: "\"resolvedWithin\":\"16-30\"", with: "\"resolvedWithin\":21"),
            text.replacingOccurrences(of: "\"resolvedWithin\":\"16-30\"", with: "\"daysToResolve\":21"),
            text.replacingOccurrences(
                of: "\"resolvedWithin\":\"16-30\",", with: "\"resolvedWithin\":\"16-30\",\"daysToResolve\":21,"),
            text.replacingOccurrences(of: "\"deadlineMet\":true", with: "\"deadlineMet\":1"),
            text.replacingOccurrences(of: "{\"agency\"", with: "{ \"agency\""),
            text.replacingOccurrences(of: "\"kinds\":[\"hoi-lo\"]", with: "\"kinds\":\"hoi-lo\""),
        ]
        for entry in bad {
            #expect(throws: CaseworkError.self, "\(entry.prefix(60))") { try SignedOutcome(entry: Array(entry.utf8)) }
        }
        // Altering the summary after signing: still parses, no longer verifies.
        let altered = text.replacingOccurrences(of: "cảnh cáo vì", with: "khiển trách vì")
        #expect(try !SignedOutcome(entry: Array(altered.utf8)).isSigned(by: Self.signer.publicKey))
    }

    @Test func catalogueProblemsAreNamed() {
        var outcome = Self.sample(id: "XYZ")
        outcome.province = "atlantis"
        outcome.outcomeLabel = "Khen thưởng"
        outcome.monthResolved = "2026-13"
        outcome.kinds = []
        let problems = outcome.problems(catalog: bundledCatalog)
        #expect(problems.count == 5, "\(problems)")
    }

    @Test func theStorePublishesSignsAndReopens() throws {
        let folder = TemporaryDirectory("outcomes")
        let store = try OutcomeStore(
            dataDirectory: folder.path, origin: "test.candor/outcomes", catalog: bundledCatalog)
        #expect(store.count == 0)
        #expect(store.checkpoint?.size == 0)
        let inspector = TestInspectors.key(1)
        let index = try store.publish(Self.sample().entry(signedWith: Self.signer), signer: inspector)
        #expect(index == 0)
        #expect(store.checkpoint?.size == 1)
        let note = try SignedNote(parsing: store.signedCheckpoint)
        #expect(try note.verify(with: [NoteVerifier(verifierKey: store.verifierKey)]).count == 1)
        // Refusals: a duplicate id, another inspector's key, a forged signature, a bad field.
        #expect(throws: OutcomeRejection.duplicate("0123456789abcdef")) {
            try store.publish(Self.sample().entry(signedWith: Self.signer), signer: inspector)
        }
        #expect(throws: OutcomeRejection.invalidSignature) {
            try store.publish(
                Self.sample(id: "1111111111111111").entry(signedWith: TestInspectors.signingKey(2)), signer: inspector)
        }
        var bad = Self.sample(id: "2222222222222222")
        bad.outcome = "khen-thuong"
        #expect(throws: OutcomeRejection.self) {
            try store.publish(bad.entry(signedWith: Self.signer), signer: inspector)
        }
        #expect(store.count == 1)
        _ = try store.publish(Self.sample(id: "3333333333333333").entry(signedWith: Self.signer), signer: inspector)
        store.close()

        let reopened = try OutcomeStore(
            dataDirectory: folder.path, origin: "test.candor/outcomes", catalog: bundledCatalog)
        defer { reopened.close() }
        #expect(reopened.outcomes.map(\.outcome.id) == ["0123456789abcdef", "3333333333333333"])
        #expect(reopened.checkpoint?.size == 2)
        let proof = try reopened.inclusionProof(index: 1, treeSize: 2)
        try proof.verify(leafHash: RFC6962Hash.leaf(try reopened.entry(at: 1)), rootHash: reopened.checkpoint!.rootHash)
    }
}

/// The RFC 6962 leaf hash of an entry (the outcomes log hashes entries alone).
enum RFC6962Hash {
    static func leaf(_ entry: [UInt8]) -> [UInt8] { SHA256.hash([0x00] + entry) }
}
