import Casework
import HTTP
import Web

/// How the JSON API answers a Casework error: every refusal of what a citizen sent is a 4xx with its
/// own `error` code, and a 5xx (`storage`) is left for the server's own failures.
///
/// One table for every citizen API route, so that a refusal added to ``CaseworkError`` has to be given
/// its status here (the switch is exhaustive) instead of falling through to a 500. README's JSON API
/// section lists every code with its status.
extension CitizenSite {
    /// The answer to `error`; `storage` is the message of a server failure ("the report was not stored").
    func apiRefusal(_ error: CaseworkError, storage: String) -> HTTPResponse {
        switch error {
        case .invalid(let problems):
            return fieldErrors(problems)
        case .malformedToken:
            return apiError(.badRequest, "malformed_token", "this is not a Candor token")
        case .badCheckCharacter:
            return apiError(
                .badRequest, "bad_check_character", "the token has a typo: its check character does not match")
        case .noSuchCase:
            return apiError(.notFound, "no_such_case", "no case has this token or case tag")
        case .notResolved:
            return apiError(
                .conflict, "not_resolved", "the case has no outcome yet: it can be rated once it is resolved")
        case .alreadyRated:
            return apiError(.conflict, "already_rated", "the case was already rated")
        case .unsupportedEnvelopeVersion(let version):
            return apiError(
                .badRequest, "envelope_version",
                "envelope version \(version) is not accepted: seal version \(Envelope.version) (Envelope.md)")
        case .signatureInvalid(let why):
            return apiError(.forbidden, "signature_invalid", "nothing was stored: \(why)")
        case .malformedEnvelope, .unacceptableEnvelope:
            // The message says what is wrong with the envelope's clear parts; it holds no secret.
            return apiError(.badRequest, "invalid_envelope", error.description)
        case .caseFull(let limit):
            return apiCaseFull(limit)
        case .malformedAttachment:
            return apiError(.badRequest, "invalid_attachment", error.description)
        case .attachmentTooLarge:
            return apiError(.contentTooLarge, "attachment_too_large", error.description)
        case .storage, .recordsRemoved, .io, .catalogMissing, .malformedCatalog, .noInspectorKeys, .malformedKeyFile,
            .insecureKeyFile,
            .notARecipient, .authenticationFailed, .malformedPlaintext:
            // The server's own files or logs failed (the server opens nothing a citizen sends): nothing
            // the citizen can change, and nothing of theirs was stored.
            return apiError(.internalServerError, "storage", storage)
        }
    }
}
