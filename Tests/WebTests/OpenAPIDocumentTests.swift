import Casework
import Foundation
import HTTP
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Web

/// `Static/openapi.json` against the routes the server registers: the document lists every API route
/// with its method, and nothing else.
@Suite struct OpenAPIDocumentTests {
    /// The routes of candor-server: the citizen site and the public pages (the fixture's), then the
    /// inspectors' API and the public log, installed as `Server.run` installs them.
    static func serverRouter(_ fixture: PublicSiteFixture) -> Router {
        var router = fixture.router
        let authenticator = InspectorAuthenticator(keys: fixture.intake.inspectorKeys)
        InspectorAPI.install(into: &router, authenticator: authenticator, store: fixture.intake)
        InspectorAPI.installEvents(into: &router, authenticator: authenticator, store: fixture.intake)
        InspectorAPI.installOutcomes(into: &router, authenticator: authenticator, outcomes: fixture.outcomes)
        PublicLog.install(into: &router, outcomes: fixture.outcomes)
        return router
    }

    /// The served document, parsed.
    static func served(_ router: Router) throws -> [String: Any] {
        let response = router.respond(to: try HTTPRequest(method: .get, target: OpenAPIDocument.path))
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "application/json")
        return try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
    }

    @Test func everyAPIRouteIsInTheDocumentAndNothingElse() throws {
        let fixture = try PublicSiteFixture(publishing: [])
        let router = Self.serverRouter(fixture)
        let paths = try #require(try Self.served(router)["paths"] as? [String: [String: Any]])
        let methods = Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"])
        let documented = Set(
            paths.flatMap { path, item in item.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" } })
        let apiRoutes = router.registrations.filter { $0.pattern.hasPrefix("/api/") }
        // A prefix route under /api/ would have paths the document cannot list one by one.
        #expect(apiRoutes.allSatisfy { !$0.isPrefix })
        let routed = Set(apiRoutes.map { "\($0.method.rawValue) \($0.pattern)" })
        #expect(routed.subtracting(documented).isEmpty, "routed but not documented")
        #expect(documented.subtracting(routed).isEmpty, "documented but not routed")
        #expect(routed.count >= 15)
    }

    @Test func theDocumentIsOpenAPI31AndCacheable() throws {
        let fixture = try PublicSiteFixture(publishing: [])
        let response = fixture.router.respond(to: try HTTPRequest(method: .get, target: OpenAPIDocument.path))
        #expect(response.status == .ok)
        #expect(response.headers["Cache-Control"] == "public, max-age=3600")
        #expect(response.headers["X-Content-Type-Options"] == "nosniff")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        #expect(response.body == OpenAPIDocument.bytes)
    }

    /// Every `$ref` names a component that exists: a dangling one would make the document unusable to
    /// a client generator while still parsing as JSON.
    @Test func everyReferenceResolves() throws {
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.bytes)) as? [String: Any])
        let components = try #require(document["components"] as? [String: [String: Any]])
        var references: [String] = []
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                if let reference = object["$ref"] as? String { references.append(reference) }
                object.values.forEach(walk)
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(document)
        #expect(!references.isEmpty)
        for reference in references {
            let parts = reference.split(separator: "/").map(String.init)
            #expect(parts.count == 4 && parts[0] == "#" && parts[1] == "components", "\(reference)")
            guard parts.count == 4 else { continue }
            #expect(components[parts[2]]?[parts[3]] != nil, "\(reference) resolves to nothing")
        }
    }
}
