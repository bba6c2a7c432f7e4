import Testing

@testable import HTTP

@Suite("Router: exact and prefix routes, 404, 405, 413, handler errors")
struct RouterTests {
    static func router() -> Router {
        var router = Router()
        router.route(.get, "/") { _ in .text("home") }
        router.route(.get, "/en/report") { _ in .text("exact get") }
        router.route(.post, "/en/report", maxBodyBytes: 10) { request in
            .text("posted \(try request.body.readAll().count)")
        }
        router.route(.get, prefix: "/en/") { request in .text("en prefix \(request.route ?? "")") }
        router.route(.get, prefix: "/en/cases/") { request in
            .text("cases \(request.path.dropFirst("/en/cases/".count))")
        }
        router.route(.put, prefix: "/static/") { _ in .text("put static") }
        router.route(.get, "/fail") { _ in throw HTTPError.notFound }
        router.route(.get, "/crash") { _ in throw CancellationError() }
        return router
    }

    func respond(_ method: HTTPMethod, _ target: String, body: [UInt8] = []) throws -> HTTPResponse {
        Self.router().respond(to: try HTTPRequest(method: method, target: target, body: body))
    }

    @Test(
        arguments: [
            (HTTPMethod.get, "/", 200, "home"),
            (.get, "/en/report", 200, "exact get"),
            (.get, "/en/other", 200, "en prefix /en/"),
            (.get, "/en/", 200, "en prefix /en/"),
            (.get, "/en/cases/7K2Q", 200, "cases 7K2Q"),
            (.head, "/en/report", 200, "exact get"),
            (.get, "/english", 404, nil),
            (.get, "/en", 404, nil),
            (.get, "/fail", 404, nil),
            (.get, "/crash", 500, "500 Internal Server Error\n"),
        ] as [(HTTPMethod, String, Int, String?)])
    func requestsReachTheRightHandler(method: HTTPMethod, target: String, status: Int, text: String?) throws {
        let response = try respond(method, target)
        #expect(response.status.code == status)
        if let text { #expect(String(decoding: response.body, as: UTF8.self) == text) }
    }

    @Test func a405ListsEveryMethodThatWouldBeServed() throws {
        let response = try respond(.delete, "/en/report")
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["Allow"] == "GET, HEAD, POST")
        #expect(try respond(.get, "/static/x").headers["Allow"] == "PUT")
    }

    @Test func eachRouteEnforcesItsBodyLimit() throws {
        #expect(try respond(.post, "/en/report", body: Array("0123456789".utf8)).body == Array("posted 10".utf8))
        let tooLarge = try respond(.post, "/en/report", body: Array("0123456789A".utf8))
        #expect(tooLarge.status == .contentTooLarge)
    }

    @Test func theDefaultLimitAppliesToRoutesWithoutTheirOwn() throws {
        var router = Router()
        router.defaultMaxBodyBytes = 4
        router.route(.post, "/") { request in .text("\(try request.body.readAll().count)") }
        let request = try HTTPRequest(method: .post, target: "/", body: [1, 2, 3, 4, 5])
        #expect(router.respond(to: request).status == .contentTooLarge)
    }

    @Test func aChunkedBodyOverTheLimitIs413WhileRead() throws {
        var router = Router()
        router.route(.post, "/", maxBodyBytes: 4) { request in .text("\(try request.body.readAll().count)") }
        let stream = Array("3\r\nabc\r\n3\r\ndef\r\n0\r\n\r\n".utf8)
        let body = HTTPRequestBody(
            framing: .chunked, input: InputBuffer(source: MemorySource(stream, chunkSize: 2)), limit: .max, pacing: nil)
        let head = HTTPRequestHead(method: .post, target: "/", headers: ["Host": "a"], framing: .chunked)
        #expect(router.respond(to: try HTTPRequest(head: head, body: body)).status == .contentTooLarge)
    }

    @Test func routesAreProgrammerDeclaredAndCheckedOnce() throws {
        var router = Router()
        router.route(.get, "/a") { _ in .text("a") }
        router.route(.post, "/a") { _ in .text("b") }
        #expect(router.respond(to: try HTTPRequest(method: .post, target: "/a", body: [1])).body == Array("b".utf8))
    }

    @Test func registrationsListEveryRouteExactPathsFirst() {
        var router = Router()
        router.route(.get, prefix: "/static/") { _ in .text("s") }
        router.route(.post, "/b") { _ in .text("b") }
        router.route(.get, "/a") { _ in .text("a") }
        router.route(.get, "/b") { _ in .text("b") }
        #expect(
            router.registrations == [
                Router.Registration(method: .get, pattern: "/a", isPrefix: false),
                Router.Registration(method: .post, pattern: "/b", isPrefix: false),
                Router.Registration(method: .get, pattern: "/b", isPrefix: false),
                Router.Registration(method: .get, pattern: "/static/", isPrefix: true),
            ])
    }
}
