import API
import Casework
import HTTP
import Ledger
import Stores
import Web

extension InspectorAPI {
    /// `GET /api/v1/inspect/case-records?tag=HEX64&to=T`: every record of a case below T, in full, for a
    /// mirror that holds stand-ins of a case that became readable later (Sync.md, "Late records").
    static func caseRecords(
        _ request: HTTPRequest, _ store: IntakeStore, requester: InspectorKey, readable: ReadPolicy
    ) -> HTTPResponse {
        let (tag, to): (CaseTag, UInt64)
        switch caseQuery(request) {
        case .failure(let refusal): return refusal.response
        case .success(let query): (tag, to) = query
        }
        let size = store.recordCount
        guard to <= size else { return badRequest("to (\(to)) is past the log, which holds \(size) records") }
        let records: [LedgerRecord]
        do throws(StoreError) {
            records = try store.caseRecords(tag, upTo: to)
        } catch {
            return apiError(
                .internalServerError, "corrupt_log",
                "the server cannot read the records of case \(tag.hex): \(error); tell the operator")
        }
        if let refused = records.first(where: { !readable(requester, $0) }) {
            return apiError(
                .forbidden, "forbidden",
                "inspector \(requester.name) may not read case \(tag.hex) (record \(refused.index)): "
                    + "it is not routed or transferred to a unit of theirs")
        }
        var body: [UInt8] = []
        body.reserveCapacity(records.reduce(0) { $0 + RecordBatch.framingByteCount + $1.payload.count })
        for record in records { RecordBatch.append(record, to: &body) }
        return withSecurityHeaders(.bytes(body, contentType: "application/octet-stream"))
    }

    /// The query of `case-records`: exactly `tag` (64 lowercase hex digits) and `to` (a plain decimal,
    /// at least 1), each once.
    static func caseQuery(_ request: HTTPRequest) -> Result<(CaseTag, UInt64), APIRefusal> {
        let items: [(String, String)]
        do throws(HTTPError) {
            items = try request.queryItems(maxItems: 8)
        } catch {
            return .failure(APIRefusal(badRequest("the query does not decode")))
        }
        var tag: CaseTag?
        var to: UInt64?
        for (name, text) in items {
            switch name {
            case "tag":
                guard tag == nil else { return .failure(APIRefusal(badRequest("tag is given twice"))) }
                guard let parsed = try? CaseTag(hex: text), parsed.hex == text else {
                    return .failure(APIRefusal(badRequest("tag must be a case tag in 64 lowercase hex digits")))
                }
                tag = parsed
            case "to":
                guard to == nil else { return .failure(APIRefusal(badRequest("to is given twice"))) }
                guard let value = decimal(text), value > 0 else {
                    return .failure(
                        APIRefusal(badRequest("to must be a decimal number from 1, with no sign or leading zero")))
                }
                to = value
            default:
                return .failure(APIRefusal(badRequest("unknown query parameter \(name)")))
            }
        }
        guard let tag, let to else {
            return .failure(APIRefusal(badRequest("tag and to are required: give tag=HEX64&to=N")))
        }
        return .success((tag, to))
    }

    /// A record the requester may not read: its leaf hash and first index key, no payload (Sync.md).
    static func appendWithheld(_ record: LedgerRecord, to body: inout [UInt8]) {
        let key = RecordView.withView(type: record.type, payload: record.payload) { IntakeRecord.indexKeys($0).first }
        RecordBatch.appendWithheld(
            index: record.index, type: record.type, leafHash: record.leafHash,
            key: key.flatMap { $0.count <= RecordBatch.maximumWithheldKeyLength ? $0 : nil } ?? [], to: &body)
    }
}
