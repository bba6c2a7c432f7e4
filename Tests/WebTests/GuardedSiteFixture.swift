import API
import Casework
import Catalogue
import Deployment
import Foundation
import HTTP
import Sodium
import TestSupport
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Stores
@testable import Web

/// A citizen site answered in process (no socket), with its guards within the test's reach: the free
/// space it sees, the budgets, and a count of the intake records it reads.
final class GuardedSiteFixture {
    let data: String
    let store: IntakeStore
    let site: CitizenSite
    let router: Router
    /// The free bytes the disk reserve sees.
    let freeBytes = Locked<UInt64>(1 << 40)
    /// How many times each record was read since the last reset.
    let reads = Locked<[UInt64: Int]>([:])

    struct Response {
        var status: Int
        var headers: HTTPHeaders
        var text: String
        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
        }
    }

    init(
        configureStore: (inout IntakeStore.Configuration) -> Void = { _ in },
        configureSite: (inout CitizenSite.Configuration) -> Void = { _ in }
    ) throws {
        data = NSTemporaryDirectory() + "candor-guards-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        let key = try InspectorKey(
            name: "lan", sealingKey: SealedBox.PrivateKey().publicKey, signingKey: Signing.PrivateKey().publicKey)
        var configuration = IntakeStore.Configuration(catalog: try Catalog.bundled())
        configuration.signsReceiptsEagerly = false
        let reads = self.reads
        configuration.onRecordRead = { index in reads.withLock { $0[index, default: 0] += 1 } }
        configureStore(&configuration)
        store = try IntakeStore(
            dataDirectory: data, inspectorKeys: try InspectorKeys([key]), configuration: configuration)
        var siteConfiguration = try CitizenSite.Configuration(secret: SecureBytes.random(count: 32))
        siteConfiguration.tickets = FormTicketIssuer(key: SecureBytes.random(count: 32), minimumFillSeconds: 0)
        siteConfiguration.proofOfWorkBits = 0...0
        let free = freeBytes
        siteConfiguration.diskReserve = DiskReserve(reserveBytes: 256 << 20) { free.withLock { $0 } }
        configureSite(&siteConfiguration)
        site = try CitizenSite(store: store, configuration: siteConfiguration)
        router = site.router()
    }

    deinit {
        store.close()
        try? FileManager.default.removeItem(atPath: data)
    }

    func send(_ method: HTTPMethod, _ target: String, contentType: String? = nil, body: [UInt8] = []) throws -> Response
    {
        var headers: HTTPHeaders = ["Host": "localhost"]
        if let contentType { headers["Content-Type"] = contentType }
        let response = router.respond(to: try HTTPRequest(method: method, target: target, headers: headers, body: body))
        return Response(
            status: response.status.code, headers: response.headers,
            text: String(decoding: response.body, as: UTF8.self))
    }

    func form(_ target: String, _ fields: [(String, String)]) throws -> Response {
        let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
        return try send(
            .post, target, contentType: "application/x-www-form-urlencoded",
            body: Array(body.joined(separator: "&").utf8))
    }

    func multipart(
        _ target: String, _ fields: [(String, String)],
        files: [(name: String, filename: String, type: String, bytes: [UInt8])] = []
    ) throws -> Response {
        let (contentType, body) = HTMLForms.multipart(fields, files: files)
        return try send(.post, target, contentType: contentType, body: body)
    }

    func json(_ target: String, _ object: [String: Any]) throws -> Response {
        try send(
            .post, target, contentType: "application/json",
            body: Array(try JSONSerialization.data(withJSONObject: object)))
    }

    /// A fresh ticket from the report form.
    func ticket() throws -> String {
        try #require(HTMLForms.hiddenValue("ticket", in: try send(.get, "/report").text))
    }

    /// A challenge solved, as `challenge` and `counter` members of an API body.
    func proofOfWork(_ challenge: String? = nil) throws -> [String: Any] {
        let text = try challenge ?? #require(try send(.get, "/api/v1/challenge").json["challenge"] as? String)
        return ["challenge": text, "counter": try #require(Hashcash.solve(text))]
    }

    /// A report through the form, with optional files; its receipt page.
    func submitReport(files: [(name: String, filename: String, type: String, bytes: [UInt8])] = []) throws -> Response {
        try multipart(
            "/report",
            [
                ("ticket", try ticket()), ("province", "ha-noi"), ("procedure", "khac"), ("agency", "UBND phường"),
                ("misconduct", "khac"), ("account", "Cán bộ đòi tiền."), ("month", "1"), ("year", "2026"),
            ], files: files)
    }

    /// A new case through the store; its token.
    func newCase() throws -> CaseToken {
        try store.submit(
            report: Report(
                province: "ha-noi", procedure: "khac", agency: "UBND phường", misconduct: ["khac"],
                account: "Đòi tiền.",
                month: 1, year: 2026)
        ).token
    }

    func resetReads() { reads.withLock { $0 = [:] } }
    var readCounts: [UInt64: Int] { reads.withLock { $0 } }
}
