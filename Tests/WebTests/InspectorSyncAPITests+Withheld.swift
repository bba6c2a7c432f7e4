import Casework
import Foundation
import HTTP
import Ledger
import Testing

@testable import InspectorWeb
@testable import Stores

/// The read policy on the sync routes: withheld frames in `records`, and `case-records` (Sync.md).
extension InspectorSyncAPITests {
    /// Submits 3 reports (records 1, 2, 3 after the day mark) and hides the second one's case.
    func threeReportsOneHidden() throws -> CaseTag {
        try submit(1)
        let hidden = try store.submit(
            report: Report(
                province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Bộ phận một cửa",
                misconduct: ["hoi-lo"], account: "Cán bộ đòi tiền để nhận hồ sơ, lần kín.", month: 4, year: 2026))
        try submit(1)
        hiddenCases.withLock { _ = $0.insert(hidden.caseTag) }
        return hidden.caseTag
    }

    @Test func aRecordTheInspectorMayNotReadIsAWithheldFrame() throws {
        let tag = try threeReportsOneHidden()
        let body = try get("/api/v1/inspect/records?from=0&count=10&to=4").body
        var expected: [UInt8] = []
        for index in UInt64(0)..<4 {
            let record = try store.record(at: index)
            if index == 2 {
                // index ‖ type ‖ leaf hash ‖ 0xFFFFFFFF ‖ K = 33 ‖ "T" ‖ tag
                expected += withUnsafeBytes(of: index.littleEndian) { Array($0) } + [record.type] + record.leafHash
                expected += [0xFF, 0xFF, 0xFF, 0xFF, 33] + [UInt8(ascii: "T")] + tag.rawRepresentation
            } else {
                RecordBatch.append(record, to: &expected)
            }
        }
        #expect(body == expected)
        #expect(try store.record(at: 0).type == IntakeRecord.dayMarkType, "the day mark went in full")
    }

    @Test func aDayMarkIsSentInFullWhateverThePolicySays() throws {
        try submit(1)
        var router = Router()
        InspectorAPI.install(
            into: &router, authenticator: InspectorAuthenticator(keys: store.inspectorKeys, clock: clock), store: store,
            readable: { _, _ in false })
        let fields = lan.fields(
            method: "GET", target: "/api/v1/inspect/records?from=0&count=2&to=2", body: [],
            time: Int64(clock.now.timeIntervalSince1970), nonce: Array(repeating: 7, count: 16))
        let response = router.respond(
            to: try HTTPRequest(
                method: .get, target: "/api/v1/inspect/records?from=0&count=2&to=2",
                headers: HTTPHeaders([("Host", "localhost")] + fields)))
        var expected: [UInt8] = []
        RecordBatch.append(try store.record(at: 0), to: &expected)
        let report = try store.record(at: 1)
        RecordBatch.appendWithheld(
            index: 1, type: report.type, leafHash: report.leafHash,
            key: IntakeRecord.indexKey(
                for: try #require(
                    IntakeRecord.caseTag(of: report))), to: &expected)
        #expect(response.body == expected)
    }

    @Test func caseRecordsSendsAReadableCaseInFull() throws {
        try submit(2)
        let tag = try #require(IntakeRecord.caseTag(of: try store.record(at: 2)))
        let response = try get("/api/v1/inspect/case-records?tag=\(tag.hex)&to=3")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "application/octet-stream")
        var expected: [UInt8] = []
        RecordBatch.append(try store.record(at: 2), to: &expected)
        #expect(response.body == expected)
        // Below `to` only, and nothing for a tag with no records.
        #expect(try get("/api/v1/inspect/case-records?tag=\(tag.hex)&to=2").body.isEmpty)
        let unknown = String(repeating: "ab", count: 32)
        #expect(try get("/api/v1/inspect/case-records?tag=\(unknown)&to=3").body.isEmpty)
    }

    @Test func caseRecordsOfACaseTheInspectorMayNotReadIsA403() throws {
        let tag = try threeReportsOneHidden()
        let response = try get("/api/v1/inspect/case-records?tag=\(tag.hex)&to=4")
        #expect(response.status == .forbidden)
        #expect(errorCode(response) == "forbidden")
        let message = (try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])?["message"]
        #expect((message as? String)?.contains("inspector lan may not read case \(tag.hex)") == true)
    }

    @Test(arguments: [
        "case-records", "case-records?to=3", "case-records?tag=\(String(repeating: "ab", count: 32))",
        "case-records?tag=\(String(repeating: "AB", count: 32))&to=3",
        "case-records?tag=\(String(repeating: "ab", count: 31))&to=3",
        "case-records?tag=\(String(repeating: "zz", count: 32))&to=3",
        "case-records?tag=\(String(repeating: "ab", count: 32))&to=0",
        "case-records?tag=\(String(repeating: "ab", count: 32))&to=5",
        "case-records?tag=\(String(repeating: "ab", count: 32))&to=03",
        "case-records?tag=\(String(repeating: "ab", count: 32))&to=3&to=3",
        "case-records?tag=\(String(repeating: "ab", count: 32))&to=3&from=1",
    ])
    func badCaseRecordsQueriesAre400(_ query: String) throws {
        try submit(3)
        let response = try get("/api/v1/inspect/" + query)
        #expect(response.status == .badRequest, "\(query)")
        #expect(errorCode(response) == "bad_request")
    }
}
