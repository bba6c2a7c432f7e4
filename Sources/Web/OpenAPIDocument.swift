import Foundation
import HTTP

/// The JSON API's OpenAPI 3.1 description, `Static/openapi.json`, served at `/api/v1/openapi.json`.
///
/// The file is the one statement of the API's routes, bodies, statuses and error codes; README and
/// the Web catalogue point to it. A test compares its paths and methods with the router's.
public enum OpenAPIDocument {
    public static let path = "/api/v1/openapi.json"

    /// The file's bytes, read once. It ships inside the module: a build without it is a broken build.
    public static let bytes: [UInt8] = {
        guard let url = Bundle.module.url(forResource: "Static/openapi", withExtension: "json"),
            let data = FileManager.default.contents(atPath: url.path)
        else { fatalError("Static/openapi.json is missing from the Web module's resources") }
        return Array(data)
    }()

    /// Adds `GET /api/v1/openapi.json`. The same bytes for everyone, and no secret in them: caches may
    /// keep it for an hour (every other answer of the site is `no-store`).
    public static func install(into router: inout Router) {
        router.route(.get, path, maxBodyBytes: 0) { _ in
            var response = HTTPResponse.json(bytes, status: .ok)
            response.headers["Cache-Control"] = "public, max-age=3600"
            return response
        }
    }
}
