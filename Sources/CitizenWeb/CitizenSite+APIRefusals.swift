import Casework
import HTTP
import Stores
import Web

/// How the JSON API answers a store's error: every refusal of what a citizen sent is a 4xx with its
/// own `error` code, and a 5xx (`storage`) is left for the server's own failures.
///
/// One table for every citizen API route, so that a refusal added to ``StoreError`` or
/// ``CaseworkError`` has to be given its status here (the switches are exhaustive) instead of falling
/// through to a 500. README's JSON API section lists every code with its status.
extension CitizenSite {
    /// The answer to `error`; `storage` is the message of a server failure ("the report was not stored").
    func apiRefusal(_ error: StoreError, storage: String) -> HTTPResponse {
        switch error {
        case .invalid(let problems):
            return fieldErrors(problems)
        case .noSuchCase:
            return apiError(.notFound, "no_such_case", "no case has this token or case tag")
        case .notResolved:
            return apiError(
                .conflict, "not_resolved", "the case has no outcome yet: it can be rated once it is resolved")
        case .alreadyRated:
            return apiError(.conflict, "already_rated", "the case was already rated")
        case .signatureInvalid(let why):
            return apiError(.forbidden, "signature_invalid", "nothing was stored: \(why)")
        case .unacceptableEnvelope:
            // The message says what is wrong with the envelope's clear parts; it holds no secret.
            return apiError(.badRequest, "invalid_envelope", error.description)
        case .caseFull(let limit):
            return apiCaseFull(limit)
        case .attachmentTooLarge:
            return apiError(.contentTooLarge, "attachment_too_large", error.description)
        case .casework(let cause):
            return apiRefusal(cause, storage: storage)
        case .ledger, .storage, .inclusionNotVerified, .recordsRemoved, .insecureKeyFile:
            // The server's own files or logs failed: nothing the citizen can change, and nothing of
            // theirs was stored.
            return apiError(.internalServerError, "storage", storage)
        }
    }

    /// The answer to a Casework error that a store passed on (a malformed envelope or attachment).
    private func apiRefusal(_ error: CaseworkError, storage: String) -> HTTPResponse {
        switch error {
        case .malformedToken:
            return apiError(.badRequest, "malformed_token", "this is not a Candor token")
        case .badCheckCharacter:
            return apiError(
                .badRequest, "bad_check_character", "the token has a typo: its check character does not match")
        case .unsupportedEnvelopeVersion(let version):
            return apiError(
                .badRequest, "envelope_version",
                "envelope version \(version) is not accepted: seal version \(Envelope.version) (Envelope.md)")
        case .malformedEnvelope:
            // The message says what is wrong with the envelope's clear parts; it holds no secret.
            return apiError(.badRequest, "invalid_envelope", error.description)
        case .malformedAttachment:
            return apiError(.badRequest, "invalid_attachment", error.description)
        case .io, .noInspectorKeys, .malformedKeyFile, .notARecipient, .authenticationFailed, .malformedPlaintext:
            // The server's own files failed (the server opens nothing a citizen sends).
            return apiError(.internalServerError, "storage", storage)
        }
    }
}
