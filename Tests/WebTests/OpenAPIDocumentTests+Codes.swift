import Casework
import Foundation
import HTTP
import Sodium
import Stores
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Stores
@testable import Web

/// The `error` codes the document lists for each route and status, against the refusals the server's
/// types can give: a case added to one of them without its line in the document fails here.
extension OpenAPIDocumentTests {
    /// The document, parsed.
    static func document() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.bytes)) as? [String: Any])
    }

    /// The `error` codes the document allows for `method path` answering `status`.
    static func codes(_ document: [String: Any], _ method: String, _ path: String, _ status: Int) -> Set<String> {
        let paths = document["paths"] as? [String: [String: Any]]
        let operation = paths?[path]?[method] as? [String: Any]
        guard let answer = (operation?["responses"] as? [String: Any])?[String(status)] else { return [] }
        var found: Set<String> = []
        func resolve(_ reference: String) -> Any? {
            let parts = reference.split(separator: "/").map(String.init)
            guard parts.count == 4 else { return nil }
            return ((document["components"] as? [String: Any])?[parts[2]] as? [String: Any])?[parts[3]]
        }
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                if let reference = object["$ref"] as? String, let target = resolve(reference) { walk(target) }
                if let error = (object["properties"] as? [String: Any])?["error"] as? [String: Any] {
                    found.formUnion((error["enum"] as? [String]) ?? [])
                    if let constant = error["const"] as? String { found.insert(constant) }
                }
                object.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(answer)
        return found
    }

    static let authenticationFailures: [AuthenticationFailure] = [
        .unsigned(""), .unknownInspector, .invalidSignature, .revokedKey, .staleRequest, .replayedRequest,
        .tooManyRequests,
    ]

    @Test func everyRefusalOfASignedRequestIsDocumentedOnEveryInspectorRoute() throws {
        let document = try Self.document()
        let routes = [
            ("get", "whoami"), ("get", "checkpoint"), ("get", "consistency"), ("get", "records"),
            ("post", "events"), ("post", "outcomes"),
        ]
        for (method, name) in routes {
            for failure in Self.authenticationFailures {
                let codes = Self.codes(document, method, InspectorAPI.prefix + name, failure.status.code)
                #expect(codes.contains(failure.code), "\(method) \(name): \(failure.status.code) \(failure.code)")
            }
        }
    }

    @Test func everyEventAndOutcomeRejectionIsDocumented() throws {
        let document = try Self.document()
        let events: [EventRejection] = [
            .malformed(.malformedEnvelope("")), .unknownSigner(""), .signerMismatch, .invalidSignature, .revokedKey,
            .staleTime,
            .noSuchCase, .noSuchFeedback(""), .recipients(""), .conflict(""), .storage(.storage("")),
        ]
        for rejection in events {
            let codes = Self.codes(document, "post", InspectorAPI.prefix + "events", rejection.status.code)
            #expect(codes.contains(rejection.code), "events: \(rejection.status.code) \(rejection.code)")
        }
        let outcomes: [OutcomeRejection] = [
            .malformed(""), .invalidSignature, .duplicate(""), .storage(.invalidArgument("")),
        ]
        for rejection in outcomes {
            let codes = Self.codes(document, "post", InspectorAPI.prefix + "outcomes", rejection.status.code)
            #expect(codes.contains(rejection.code), "outcomes: \(rejection.status.code) \(rejection.code)")
        }
    }

    @Test func everyProofOfWorkRefusalIsDocumentedOnEveryWrite() throws {
        let document = try Self.document()
        let rejections: [ProofOfWork.Rejection] = [
            .malformed, .forged, .expired, .alreadyUsed, .insufficientWork, .tooEasy,
        ]
        for path in ["/api/v1/reports", "/api/v1/followups", "/api/v1/ratings", "/api/v1/feedback"] {
            let codes = Self.codes(document, "post", path, 403)
            for rejection in rejections {
                #expect(codes.contains("proof_of_work_\(rejection)"), "\(path): proof_of_work_\(rejection)")
            }
        }
    }

    /// The 422 body's `fields`: every field and every code a validation can name.
    @Test func everyFieldAndFieldCodeIsDocumented() throws {
        let document = try Self.document()
        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        let fieldErrors = try #require(schemas?["FieldErrors"] as? [String: Any])
        let item = try #require(
            ((fieldErrors["properties"] as? [String: Any])?["fields"] as? [String: Any])?["items"] as? [String: Any])
        let properties = try #require(item["properties"] as? [String: [String: Any]])
        #expect(Set(properties["field"]?["enum"] as? [String] ?? []) == Set(FieldError.Field.allCases.map(\.rawValue)))
        #expect(Set(properties["code"]?["enum"] as? [String] ?? []) == Set(FieldError.Code.allCases.map(\.rawValue)))
    }

    /// Every answer of the citizen API's refusal table (`apiRefusal`) is documented for `/reports`, whose
    /// pre-sealed envelopes can meet any of them; but the token's two, since an envelope carries no token.
    @Test func everyCaseworkRefusalIsDocumentedForReports() throws {
        let fixture = try PublicSiteFixture(publishing: [])
        let site = try CitizenSite(
            store: fixture.intake, configuration: try CitizenSite.Configuration(secret: SecureBytes.random(count: 32)))
        let causes: [CaseworkError] = [
            .malformedEnvelope(""), .unsupportedEnvelopeVersion(1),
            .notARecipient, .authenticationFailed, .malformedPlaintext(""), .malformedAttachment(""),
            .noInspectorKeys(directory: ""), .malformedKeyFile(path: "", reason: ""), .io(path: "", reason: ""),
        ]
        let errors: [StoreError] =
            [
                .invalid([FieldError(.year, .outOfRange)]), .noSuchCase, .notResolved, .alreadyRated,
                .caseFull(limit: 1), .unacceptableEnvelope(""), .signatureInvalid(""), .attachmentTooLarge(limit: 1),
                .insecureKeyFile(path: ""), .recordsRemoved(log: "", records: 1, checkpointSize: 2),
                .ledger(.invalidArgument("")), .storage(""), .inclusionNotVerified(.invalidProof("")),
            ] + causes.map { .casework($0) }
        let document = try Self.document()
        for error in errors {
            let response = site.apiRefusal(error, storage: "nothing was stored")
            let body = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
            let code = try #require(body["error"] as? String)
            let codes = Self.codes(document, "post", "/api/v1/reports", response.status.code)
            #expect(codes.contains(code), "\(response.status.code) \(code)")
        }
    }
}
