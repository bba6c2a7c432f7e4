import API
import Casework
import HTTP
import Ledger
import Stores
import Web

/// The inspectors' API, `/api/v1/inspect/`: every route answers signed requests only
/// (SignedRequests.md, in Mirroring), and every refusal is the JSON error of the citizen API.
///
/// - `GET /api/v1/inspect/whoami` answers `{"inspector": NAME}`: a client's way to check its key, its
///   clock and the server before it syncs.
/// - `GET /api/v1/inspect/checkpoint`, `GET /api/v1/inspect/consistency?from=M&to=N`,
///   `GET /api/v1/inspect/records?from=N&count=C&to=T` and `GET /api/v1/inspect/case-records?tag=HEX&to=T`
///   serve the intake log's ciphertext to `candor-inspect sync`, which verifies every byte against the
///   signed checkpoint (Sync.md, in Mirroring, specifies them byte by byte). A record the requester
///   may not read (``ReadPolicy``) is sent as its leaf hash only.
///
/// `POST /api/v1/inspect/events` (signed inspector events) is reserved for the events work.
public enum InspectorAPI {
    public static let prefix = "/api/v1/inspect/"
    /// The most records one `records` request may ask for.
    public static let maximumBatchCount: UInt64 = 10_000
    /// The payload bytes after which a `records` batch stops (it always holds at least one record).
    public static let maximumBatchPayloadBytes = 8 << 20

    /// Whether `requester` may read `record`'s payload. The sync routes send a record it refuses as a
    /// withheld frame (its leaf hash and index key, no payload; Sync.md), and `case-records` refuses
    /// with 403. Day marks are public and always sent in full, whatever it says. It is called once per
    /// record a route serves, on the server's worker threads: it must be fast and thread-safe.
    public typealias ReadPolicy = @Sendable (_ requester: InspectorKey, _ record: LedgerRecord) -> Bool

    /// Every inspector reads every record: one team that receives everything.
    public static let everythingReadable: ReadPolicy = { _, _ in true }

    /// The units' policy: a case's envelopes, events, attachment links and linked attachments' chunks
    /// go to the members of its units (``IntakeStore/mayRead(_:record:)``; everyone in a flat `Keys/`).
    /// A chunk that no link names (a log written before links) goes to every inspector, as ciphertext
    /// under a key that only an envelope listing it holds.
    public static func unitsPolicy(_ store: IntakeStore) -> ReadPolicy {
        { requester, record in store.mayRead(requester.name, record: record) }
    }

    /// Adds the inspector routes to `router`: `whoami` always, the sync routes when there is a `store`,
    /// serving records as `readable` allows; the checkpoint carries `witnessing`'s cosignatures of it.
    public static func install(
        into router: inout Router, authenticator: InspectorAuthenticator, store: IntakeStore? = nil,
        readable: @escaping ReadPolicy = everythingReadable, witnessing: CheckpointWitnessing? = nil
    ) {
        router.route(
            .get, prefix + "whoami", maxBodyBytes: 0,
            authenticator.guarded { _, inspector, _ in
                withSecurityHeaders(.json(WhoamiReply(inspector: inspector.name).jsonBytes, status: .ok))
            })
        guard let store else { return }
        router.route(
            .get, prefix + "checkpoint", maxBodyBytes: 0,
            authenticator.guarded { _, _, _ in
                checkpoint(store, witnessing)
            })
        router.route(
            .get, prefix + "consistency", maxBodyBytes: 0,
            authenticator.guarded { request, _, _ in
                consistency(request, store)
            })
        router.route(
            .get, prefix + "records", maxBodyBytes: 0,
            authenticator.guarded { request, inspector, _ in
                records(request, store, requester: inspector, readable: readable)
            })
        router.route(
            .get, prefix + "case-records", maxBodyBytes: 0,
            authenticator.guarded { request, inspector, _ in
                caseRecords(request, store, requester: inspector, readable: readable)
            })
    }

    // MARK: sync routes

    static func checkpoint(_ store: IntakeStore, _ witnessing: CheckpointWitnessing?) -> HTTPResponse {
        do throws(StoreError) {
            let signed = try store.signedCheckpoint()
            // With witnesses, the checkpoint the deployment publishes (the newest one a quorum cosigned,
            // or, short of it, what the policy says); the records after it come with the next sync. Before
            // any has been witnessed, the one just signed, with whatever cosignatures it has.
            let origin = String(signed.prefix { $0 != "\n" })
            let note = witnessing.flatMap { $0.served(origin: origin) } ?? witnessing?.cosigned(signed) ?? signed
            return withSecurityHeaders(.text(note))
        } catch {
            return apiError(.internalServerError, "no_checkpoint", "the server cannot sign a checkpoint: \(error)")
        }
    }

    static func consistency(_ request: HTTPRequest, _ store: IntakeStore) -> HTTPResponse {
        let parameters: [String: UInt64]
        switch numbers(request, required: ["from", "to"]) {
        case .failure(let refusal): return refusal.response
        case .success(let values): parameters = values
        }
        let (from, to) = (parameters["from"]!, parameters["to"]!)
        let count = store.recordCount
        guard from <= to else { return badRequest("from (\(from)) must not be larger than to (\(to))") }
        guard to <= count else { return badRequest("to (\(to)) is past the log, which holds \(count) records") }
        do throws(StoreError) {
            let proof = try store.consistencyProof(from: from, to: to)
            let body = ConsistencyReply(from: from, to: to, hashes: proof.hashes)
            return withSecurityHeaders(.json(body.jsonBytes, status: .ok))
        } catch {
            return apiError(.internalServerError, "corrupt_log", "the server cannot prove consistency: \(error)")
        }
    }

    static func records(
        _ request: HTTPRequest, _ store: IntakeStore, requester: InspectorKey, readable: ReadPolicy
    ) -> HTTPResponse {
        let parameters: [String: UInt64]
        switch numbers(request, required: ["from", "count", "to"]) {
        case .failure(let refusal): return refusal.response
        case .success(let values): parameters = values
        }
        let (from, count, to) = (parameters["from"]!, parameters["count"]!, parameters["to"]!)
        let size = store.recordCount
        guard (1...maximumBatchCount).contains(count) else {
            return badRequest("count must be 1 to \(maximumBatchCount), not \(count)")
        }
        guard to <= size else { return badRequest("to (\(to)) is past the log, which holds \(size) records") }
        guard from < to else { return badRequest("from (\(from)) must be smaller than to (\(to))") }
        let batch: [LedgerRecord]
        do throws(StoreError) {
            batch = try store.records(
                from: from, maxCount: Int(count), maxBytes: maximumBatchPayloadBytes, upTo: to)
        } catch {
            return apiError(
                .internalServerError, "corrupt_log",
                "the server cannot read its intake log from record \(from): \(error); tell the operator")
        }
        var body: [UInt8] = []
        body.reserveCapacity(batch.reduce(0) { $0 + RecordBatch.framingByteCount + $1.payload.count })
        for record in batch {
            if record.type == IntakeRecord.dayMarkType || readable(requester, record) {
                RecordBatch.append(record, to: &body)
            } else {
                appendWithheld(record, to: &body)
            }
        }
        return withSecurityHeaders(.bytes(body, contentType: "application/octet-stream"))
    }

    // MARK: helpers

    /// The query's parameters: exactly `required`, each once, each a plain decimal u64.
    static func numbers(_ request: HTTPRequest, required: [String]) -> Result<[String: UInt64], APIRefusal> {
        let items: [(String, String)]
        do throws(HTTPError) {
            items = try request.queryItems(maxItems: 8)
        } catch {
            return .failure(APIRefusal(badRequest("the query does not decode")))
        }
        var values: [String: UInt64] = [:]
        for (name, text) in items {
            guard required.contains(name) else {
                return .failure(APIRefusal(badRequest("unknown query parameter \(name)")))
            }
            guard values[name] == nil else { return .failure(APIRefusal(badRequest("\(name) is given twice"))) }
            guard let value = decimal(text) else {
                return .failure(APIRefusal(badRequest("\(name) must be a decimal number with no sign or leading zero")))
            }
            values[name] = value
        }
        for name in required where values[name] == nil {
            return .failure(
                APIRefusal(badRequest("\(name) is missing: give " + required.map { "\($0)=N" }.joined(separator: "&"))))
        }
        return .success(values)
    }

    /// 1 to 20 ASCII digits, no leading zero (but "0"), within UInt64.
    static func decimal(_ text: String) -> UInt64? {
        let bytes = Array(text.utf8)
        guard (1...20).contains(bytes.count), bytes.allSatisfy({ (0x30...0x39).contains($0) }),
            bytes.count == 1 || bytes[0] != 0x30
        else { return nil }
        return UInt64(text)
    }

    static func badRequest(_ message: String) -> HTTPResponse {
        apiError(.badRequest, "bad_request", message)
    }

    static func apiError(_ status: HTTPStatus, _ code: String, _ message: String) -> HTTPResponse {
        withSecurityHeaders(.json(ErrorReply(error: code, message: message).jsonBytes, status: status))
    }

    static func withSecurityHeaders(_ response: HTTPResponse) -> HTTPResponse {
        var response = response
        for (name, value) in HTTPHeaders.security where response.headers[name] == nil {
            response.headers[name] = value
        }
        return response
    }
}
