import Casework
import Catalogue
import Deployment
import Foundation
import HTTP
import Ledger
import Sodium
import TestSupport
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Stores
@testable import Transparency
@testable import Web

/// The sync routes of the inspectors' API (Sync.md, in Inspection): signed, strict, and verifiable.
@Suite("InspectorAPI: checkpoint, consistency, records")
final class InspectorSyncAPITests {
    let folder: String
    let clock = ManualClock()
    let lan: InspectorAuthenticatorTests.Inspector
    let tuan: InspectorAuthenticatorTests.Inspector
    let store: IntakeStore
    let signer: NoteSigner
    let router: Router
    /// Cases the read policy hides from every inspector.
    let hiddenCases = Locked<Set<CaseTag>>([])

    init() throws {
        folder = NSTemporaryDirectory() + "candor-sync-api-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        lan = try .init("lan", seed: 1)
        tuan = try .init("tuan", seed: 5)
        var configuration = IntakeStore.Configuration(catalog: try Catalog.bundled())
        signer = try CheckpointSignerKey.loadOrCreate(in: folder, name: "test.candor/intake")
        configuration.checkpointSigner = signer
        configuration.signsReceiptsEagerly = false
        store = try IntakeStore(
            dataDirectory: folder, inspectorKeys: try InspectorKeys([lan.key]), configuration: configuration)
        let authenticator = InspectorAuthenticator(
            keys: store.inspectorKeys,
            revoked: RevokedInspectorKeys([.init(key: tuan.key, since: Date(timeIntervalSince1970: 0), reason: "left")]
            ),
            clock: clock)
        var router = Router()
        let hidden = hiddenCases
        InspectorAPI.install(
            into: &router, authenticator: authenticator, store: store,
            readable: { _, record in
                IntakeRecord.caseTag(of: record).map { tag in !hidden.withLock { $0.contains(tag) } } ?? true
            })
        self.router = router
    }

    deinit {
        store.close()
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Submits `count` reports: `count` records, plus the day mark before the first of the day.
    func submit(_ count: Int) throws {
        for number in 0..<count {
            _ = try store.submit(
                report: Report(
                    province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Bộ phận một cửa",
                    misconduct: ["hoi-lo"], account: "Cán bộ đòi tiền để nhận hồ sơ, lần \(number).", month: 4,
                    year: 2026))
        }
    }

    func get(_ target: String, by inspector: InspectorAuthenticatorTests.Inspector? = nil) throws -> HTTPResponse {
        let fields = (inspector ?? lan).fields(
            method: "GET", target: target, body: [], time: Int64(clock.now.timeIntervalSince1970),
            nonce: Random.bytes(count: 16))
        return router.respond(
            to: try HTTPRequest(method: .get, target: target, headers: HTTPHeaders([("Host", "localhost")] + fields)))
    }

    func errorCode(_ response: HTTPResponse) -> String? {
        (try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])?["error"] as? String
    }

    func checkpoint() throws -> Checkpoint {
        let response = try get("/api/v1/inspect/checkpoint")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "text/plain; charset=utf-8")
        let signed = try SignedCheckpoint(
            parsing: String(decoding: response.body, as: UTF8.self), origin: "test.candor/intake",
            verifiers: [signer.verifier])
        return signed.checkpoint
    }

    @Test(arguments: [
        "/api/v1/inspect/checkpoint", "/api/v1/inspect/consistency?from=0&to=0",
        "/api/v1/inspect/records?from=0&count=1&to=1",
        "/api/v1/inspect/case-records?tag=\(String(repeating: "ab", count: 32))&to=1",
    ])
    func everyRouteNeedsASignature(_ target: String) throws {
        let unsigned = router.respond(to: try HTTPRequest(method: .get, target: target))
        #expect(unsigned.status.code == 401)
        #expect(errorCode(unsigned) == "unsigned_request")
        var fields = lan.fields(
            method: "GET", target: target, body: [], time: Int64(clock.now.timeIntervalSince1970),
            nonce: Random.bytes(count: 16))
        fields[3].1 = Data(Random.bytes(count: 64)).base64EncodedString()
        let forged = router.respond(
            to: try HTTPRequest(method: .get, target: target, headers: HTTPHeaders([("Host", "localhost")] + fields)))
        #expect(forged.status.code == 403)
        #expect(errorCode(forged) == "invalid_signature")
    }

    @Test func aRevokedKeyIsRefusedOnlyWhenItReallySigned() throws {
        let revoked = try get("/api/v1/inspect/checkpoint", by: tuan)
        #expect(revoked.status.code == 403)
        #expect(errorCode(revoked) == "revoked_key")
        // Someone else signing in the revoked name proves nothing: an invalid signature, not "revoked".
        let impostor = try InspectorAuthenticatorTests.Inspector("tuan", seed: 9)
        let forged = try get("/api/v1/inspect/checkpoint", by: impostor)
        #expect(forged.status.code == 403)
        #expect(errorCode(forged) == "invalid_signature")
        let stranger = try InspectorAuthenticatorTests.Inspector("stranger", seed: 11)
        #expect(try get("/api/v1/inspect/checkpoint", by: stranger).status.code == 401)
    }

    @Test func theCheckpointVerifiesAndIsReusedUntilTheLogGrows() throws {
        let empty = try checkpoint()
        #expect(empty.size == 0)
        #expect(empty.rootHash == RFC6962.emptyRoot)
        try submit(3)
        let first = try get("/api/v1/inspect/checkpoint").body
        #expect(try get("/api/v1/inspect/checkpoint").body == first, "no new record, no new signature")
        let three = try checkpoint()
        #expect(three.size == 4, "the day mark and 3 reports")
        // The root of the records as stored, recomputed from their contents.
        var tree = MerkleTree()
        for index in UInt64(0)..<4 {
            let record = try store.record(at: index)
            tree.append(leafHash: RFC6962.leafHash([record.type] + record.payload))
        }
        #expect(three.rootHash == tree.rootHash())
    }

    @Test func theConsistencyProofVerifies() throws {
        try submit(3)
        let old = try checkpoint()
        try submit(3)
        let new = try checkpoint()
        let response = try get("/api/v1/inspect/consistency?from=4&to=7")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "application/json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(object["from"] as? Int == 4)
        #expect(object["to"] as? Int == 7)
        let hashes = try #require(object["hashes"] as? [String]).map { [UInt8](hex: $0) }
        try ConsistencyProof(oldSize: 4, newSize: 7, hashes: hashes).verify(
            oldRoot: old.rootHash, newRoot: new.rootHash)
        let same = try JSONSerialization.jsonObject(with: Data(try get("/api/v1/inspect/consistency?from=7&to=7").body))
        #expect((same as? [String: Any])?["hashes"] as? [String] == [])
    }

    @Test func theRecordsBatchIsFramedAsSpecified() throws {
        try submit(3)
        let response = try get("/api/v1/inspect/records?from=1&count=5&to=3")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "application/octet-stream")
        var bytes = response.body[...]
        for index in UInt64(1)..<3 {
            let record = try store.record(at: index)
            #expect(Array(bytes.prefix(8)) == withUnsafeBytes(of: index.littleEndian) { Array($0) })
            #expect(bytes[bytes.startIndex + 8] == record.type)
            #expect(Array(bytes.dropFirst(9).prefix(32)) == record.leafHash)
            let length = bytes.dropFirst(41).prefix(4).reversed().reduce(0) { $0 << 8 | Int($1) }
            #expect(length == record.payload.count)
            #expect(Array(bytes.dropFirst(45).prefix(length)) == record.payload)
            bytes = bytes.dropFirst(45 + length)
        }
        #expect(bytes.isEmpty, "to=3 stops the batch at record 2")
        let one = try get("/api/v1/inspect/records?from=0&count=1&to=3").body
        #expect(one.count == 45 + (try store.record(at: 0)).payload.count)
    }

    @Test func aBatchStopsAtItsByteBudgetButHoldsAtLeastOneRecord() throws {
        try submit(3)  // records 1, 2 and 3, after the day mark
        let payload = try store.record(at: 1).payload.count
        #expect(try store.records(from: 1, maxCount: 10, maxBytes: 1, upTo: 4).map(\.index) == [1])
        #expect(try store.records(from: 1, maxCount: 10, maxBytes: payload * 2, upTo: 4).count == 2)
        #expect(try store.records(from: 1, maxCount: 2, maxBytes: 1 << 20, upTo: 4).count == 2)
        #expect(try store.records(from: 4, maxCount: 2, maxBytes: 1 << 20, upTo: 4).isEmpty)
        #expect(throws: StoreError.self) { try self.store.records(from: 1, maxCount: 1, maxBytes: 1, upTo: 5) }
    }

    @Test(arguments: [
        "consistency", "consistency?from=1", "consistency?to=1", "consistency?from=2&to=1", "consistency?from=0&to=5",
        "consistency?from=01&to=2", "consistency?from=-1&to=2", "consistency?from=1&to=2&x=3",
        "consistency?from=1&from=1&to=2", "consistency?from=%31&to=2x", "consistency?from=99999999999999999999&to=1",
        "records?from=0&to=3", "records?from=0&count=0&to=3", "records?from=0&count=10001&to=3",
        "records?from=3&count=1&to=3", "records?from=0&count=1&to=5", "records?from=0&count=1",
        "records?from=+1&count=1&to=3",
        "records?from=0&count=1&to=3&to=3", "records?from=0&count=1&to= 3",
    ])
    func badParametersAre400(_ query: String) throws {
        try submit(3)
        let response = try get("/api/v1/inspect/" + query)
        #expect(response.status == .badRequest, "\(query)")
        #expect(errorCode(response) == "bad_request")
    }

    @Test func anUnreadableRecordIsA500CorruptLog() throws {
        try submit(2)
        let segment = folder + "/intake/segment-0000000000000000.log"
        let handle = try #require(FileHandle(forUpdatingAtPath: segment))
        let end = try handle.seekToEnd()
        try handle.seek(toOffset: end - 40)  // inside the last record's payload
        let byte = try #require(try handle.read(upToCount: 1))
        try handle.seek(toOffset: end - 40)
        try handle.write(contentsOf: Data([byte[0] ^ 0xFF]))
        try handle.close()
        let response = try get("/api/v1/inspect/records?from=0&count=3&to=3")
        #expect(response.status.code == 500)
        #expect(errorCode(response) == "corrupt_log")
    }
}

@Suite("RevokedInspectorKeys: Keys/revoked")
struct RevokedInspectorKeysTests {
    let folder = NSTemporaryDirectory() + "candor-revoked-\(UUID().uuidString.prefix(8))"

    func write(_ name: String, _ text: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }

    func keyLine(_ name: String, seed: UInt8) throws -> String {
        try InspectorAuthenticatorTests.Inspector(name, seed: seed).key.line
    }

    @Test func aRevokedKeyFileIsDatedFromMidnightInVietnam() throws {
        try write("tuan.pub", "# revoked 2026-11-22: laptop stolen\n\(try keyLine("tuan", seed: 5))\n")
        try write("README.md", "not a key\n")
        let revoked = try RevokedInspectorKeys(directory: folder)
        let entry = try #require(revoked.entries.first)
        #expect(revoked.entries.count == 1)
        #expect(entry.key.name == "tuan")
        #expect(entry.reason == "laptop stolen")
        #expect(entry.day == CalendarDay(year: 2026, month: 11, day: 22))
        // 2026-11-22 00:00 at UTC+7 is 2026-11-21 17:00 UTC.
        #expect(entry.since == Date(timeIntervalSince1970: 1_795_280_400))
        #expect(!entry.isRevoked(at: entry.since.addingTimeInterval(-1)))
        #expect(entry.isRevoked(at: entry.since))
        #expect(revoked.entry(for: try InspectorAuthenticatorTests.Inspector("tuan", seed: 5).key) == entry)
        try? FileManager.default.removeItem(atPath: folder)
    }

    @Test func aMissingFolderIsAnEmptyList() throws {
        #expect(try RevokedInspectorKeys(directory: folder + "/nowhere").entries.isEmpty)
    }

    @Test(arguments: [
        "", "# laptop stolen\n", "# revoked 2026-11-22 laptop stolen\n", "# revoked 2026-11-22:\n",
        "# revoked 2026-02-31: no such day\n", "# revoked 22-11-2026: wrong order\n", "# revoked 2026-1-2: short\n",
        "#revoked 2026-11-22: no space\n",
    ])
    func anUndatedRevocationIsAnError(_ comment: String) throws {
        try write("tuan.pub", comment + (try keyLine("tuan", seed: 5)) + "\n")
        #expect(throws: CaseworkError.self) { try RevokedInspectorKeys(directory: folder) }
        try? FileManager.default.removeItem(atPath: folder)
    }

    @Test func theNameInTheLineMustBeTheFilesName() throws {
        try write("minh.pub", "# revoked 2026-11-22: left\n\(try keyLine("tuan", seed: 5))\n")
        #expect(throws: CaseworkError.self) { try RevokedInspectorKeys(directory: folder) }
        try? FileManager.default.removeItem(atPath: folder)
    }
}
