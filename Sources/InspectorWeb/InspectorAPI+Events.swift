import API
import Casework
import HTTP
import Stores
import Web

extension EventRejection {
    /// The HTTP status and the `error` code of the JSON reply (Events.md, "What the server checks").
    public var status: HTTPStatus {
        switch self {
        case .malformed: .badRequest
        case .signerMismatch, .unknownSigner, .revokedKey, .invalidSignature, .staleTime, .notYourUnit: .forbidden
        case .noSuchCase, .noSuchFeedback: .notFound
        case .recipients, .unknownUnit: .unprocessableContent
        case .conflict: .conflict
        case .storage: .internalServerError
        }
    }

    public var code: String {
        switch self {
        case .malformed: "malformed_event"
        case .signerMismatch: "signer_mismatch"
        case .unknownSigner: "unknown_signer"
        case .revokedKey: "revoked_key"
        case .invalidSignature: "invalid_signature"
        case .staleTime: "stale_event"
        case .noSuchCase: "no_such_case"
        case .noSuchFeedback: "no_such_feedback"
        case .notYourUnit: "not_your_unit"
        case .unknownUnit: "unknown_unit"
        case .recipients: "event_recipients"
        case .conflict: "conflict"
        case .storage: "storage"
        }
    }
}

extension InspectorAPI {
    /// The largest event body accepted: an envelope of at most 1 MiB plus the event's own fields.
    static let maximumEventBodyBytes = InspectorEvent.maximumEnvelopeByteCount + 4096

    /// Adds `POST /api/v1/inspect/events`: a signed request whose body is a signed inspector event
    /// (Events.md). The store checks the event against Keys/ and the case's state, then appends it;
    /// the answer is `{"index": N}`, or the refusal's JSON error with nothing appended.
    public static func installEvents(
        into router: inout Router, authenticator: InspectorAuthenticator, store: IntakeStore
    ) {
        router.route(
            .post, prefix + "events", maxBodyBytes: maximumEventBodyBytes,
            authenticator.guarded { _, inspector, body in
                do throws(EventRejection) {
                    let index = try store.appendEvent(body, requester: inspector, window: authenticator.window)
                    return secured(.json(IndexReply(index: index).jsonBytes, status: .ok))
                } catch {
                    let reply = ErrorReply(error: error.code, message: error.description)
                    return secured(.json(reply.jsonBytes, status: error.status))
                }
            })
    }

    /// A response with the site's security headers.
    static func secured(_ response: HTTPResponse) -> HTTPResponse {
        var response = response
        for (name, value) in HTTPHeaders.security where response.headers[name] == nil {
            response.headers[name] = value
        }
        return response
    }
}
