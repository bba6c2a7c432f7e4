import Casework
import HTTP

/// The inspectors' API, `/api/v1/inspect/`: every route answers signed requests only
/// (SignedRequests.md, in Inspection), and every refusal is the JSON error of the citizen API.
///
/// For now it has one route, `GET /api/v1/inspect/whoami`, which answers `{"inspector": NAME}`: a
/// client's way to check its key, its clock and the server before it syncs.
public enum InspectorAPI {
    public static let prefix = "/api/v1/inspect/"

    /// Adds the inspector routes to `router`.
    public static func install(into router: inout Router, authenticator: InspectorAuthenticator) {
        router.route(.get, prefix + "whoami", maxBodyBytes: 0, authenticator.guarded { _, inspector, _ in
            var response = HTTPResponse.json(JSONText.encode(["inspector": inspector.name]) ?? [], status: .ok)
            for (name, value) in CitizenSite.securityHeaders where response.headers[name] == nil {
                response.headers[name] = value
            }
            return response
        })
    }
}
