import API
import Casework
import HTTP
import Outcomes
import Stores
import Web

extension OutcomeRejection {
    /// The HTTP status and the `error` code of the JSON reply (Outcomes.md, "Publishing").
    public var status: HTTPStatus {
        switch self {
        case .malformed: .badRequest
        case .invalidSignature: .forbidden
        case .duplicate: .conflict
        case .storage: .internalServerError
        }
    }

    public var code: String {
        switch self {
        case .malformed: "malformed_outcome"
        case .invalidSignature: "invalid_signature"
        case .duplicate: "duplicate_outcome"
        case .storage: "storage"
        }
    }
}

extension InspectorAPI {
    /// Adds `POST /api/v1/inspect/outcomes` (Outcomes.md, "Publishing"): a signed request whose body is
    /// an outcome entry signed by the same inspector. The store checks it against the allowlist, the
    /// catalogue and the sender's key, appends it and signs a checkpoint; the answer is
    /// `{"index": N, "checkpoint": "<signed note>"}`, or the refusal's JSON error with nothing appended
    /// (but for a checkpoint that failed after a durable append, which the `storage` message says).
    public static func installOutcomes(
        into router: inout Router, authenticator: InspectorAuthenticator, outcomes: OutcomeStore,
        witnessing: CheckpointWitnessing? = nil
    ) {
        router.route(
            .post, prefix + "outcomes", maxBodyBytes: PublicOutcome.maximumEntryByteCount,
            authenticator.guarded {
                _, inspector, body in
                do throws(OutcomeRejection) {
                    let index = try outcomes.publish(body, signer: inspector)
                    let note = outcomes.signedCheckpoint
                    let reply = PublishedReply(index: index, checkpoint: witnessing?.cosigned(note) ?? note)
                    return secured(.json(reply.jsonBytes, status: .ok))
                } catch {
                    let reply = ErrorReply(error: error.code, message: error.description)
                    return secured(.json(reply.jsonBytes, status: error.status))
                }
            })
    }
}
