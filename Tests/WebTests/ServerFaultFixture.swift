import Casework
import Catalogue
import Deployment
import Foundation
import HTTP
import HTTPServing
import Ledger
import LedgerTesting
import Sodium
import Synchronization
import TestSupport
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Stores
@testable import Web

extension FaultStep: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}

/// A real server (citizen site and inspectors' API) on a loopback port, over an intake log whose file
/// system fails `step` with EIO once armed. Segments are 4 KiB, so a few reports roll one over.
final class ServerFaultFixture {
    let data: String
    let step: FaultStep
    let inspector: InspectorAuthenticatorTests.Inspector
    let fileSystem: FaultInjectingFileSystem
    let store: IntakeStore
    let server: HTTPServer
    let client: TestClient
    private let faults = FaultSwitch()
    /// Acknowledged cases: the token shown to the citizen, and the account it was given for.
    private(set) var acknowledged: [(token: String, account: String, index: UInt64)] = []
    private var submissions = 0

    init(step: FaultStep) throws {
        self.step = step
        data = NSTemporaryDirectory() + "candor-faults-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        inspector = try .init("lan", seed: 3)
        let faults = self.faults
        fileSystem = FaultInjectingFileSystem(rule: faults.rule(step))
        var configuration = try Self.storeConfiguration(data)
        configuration.ledgerOptions.fileSystem = fileSystem
        configuration.ledgerOptions.onFatalError = { error in faults.record(error) }
        store = try IntakeStore(
            dataDirectory: data, inspectorKeys: try InspectorKeys([inspector.key]), configuration: configuration)
        var site = try CitizenSite.Configuration(secret: SecureBytes.random(count: 32))
        site.tickets = FormTicketIssuer(key: SecureBytes.random(count: 32), minimumFillSeconds: 0)
        site.proofOfWorkBits = 0...0
        var router = try CitizenSite(store: store, configuration: site).router()
        InspectorAPI.install(
            into: &router,
            authenticator: InspectorAuthenticator(keys: store.inspectorKeys, revoked: RevokedInspectorKeys([])),
            store: store)
        server = HTTPServer(address: .tcp(host: "127.0.0.1", port: 0), router: router)
        try server.start()
        client = TestClient(port: server.port!)
    }

    deinit {
        close()
        try? FileManager.default.removeItem(atPath: data)
    }

    static func storeConfiguration(_ data: String) throws -> IntakeStore.Configuration {
        var configuration = IntakeStore.Configuration(catalog: try Catalog.bundled())
        configuration.checkpointSigner = try CheckpointSignerKey.loadOrCreate(in: data, name: "test.candor/intake")
        configuration.signsReceiptsEagerly = false
        // Checkpoints are signed only when a request asks, so that an armed checkpoint fault is hit by the
        // request under test (the background signer's faults: LedgerTests/CheckpointCadenceTests).
        configuration.checkpointInterval = nil
        configuration.ledgerOptions.segmentSize = 4096
        return configuration
    }

    /// From now on the step fails with EIO, every time.
    func arm() { faults.arm() }

    /// What the ledger told its `onFatalError` observer (what candor-server stops on).
    var reportedFatalErrors: [LedgerError] { faults.reported }

    private var closed = false

    func close() {
        guard !closed else { return }
        closed = true
        server.shutdown()
        store.close()
    }

    // MARK: requests

    /// What one submission got: the token if it was acknowledged, and the response.
    struct Outcome {
        var token: String?
        var index: UInt64?
        var response: TestClient.Response
        var viaAPI: Bool
    }

    /// Submits the next report, through the web form and the JSON API in turn, and keeps the token of
    /// an acknowledged one.
    func submit() throws -> Outcome {
        submissions += 1
        let account =
            "Cán bộ bàn số \(submissions) đòi 500.000 đồng để nhận hồ sơ đổi giấy phép lái xe (lần \(submissions))."
        let outcome = submissions % 2 == 0 ? try submitByAPI(account) : try submitByForm(account)
        if let token = outcome.token, let index = outcome.index {
            acknowledged.append((token, account, index))
        }
        return outcome
    }

    private func submitByForm(_ account: String) throws -> Outcome {
        let form = try client.send("GET", "/report")
        #expect(form.status == 200)
        let ticket = try #require(HTMLForms.hiddenValue("ticket", in: form.text))
        let (contentType, body) = HTMLForms.multipart(
            [
                ("ticket", ticket), ("province", "ha-noi"), ("procedure", "doi-giay-phep-lai-xe"),
                ("agency", "Bộ phận một cửa phường Ba Đình"), ("misconduct", "hoi-lo"), ("account", account),
                ("month", "4"), ("year", "2026"),
            ], files: [])
        let response = try client.send("POST", "/report", headers: ["Content-Type": contentType], body: body)
        guard response.status == 200, let token = HTMLForms.receiptToken(in: response.text) else {
            return Outcome(response: response, viaAPI: false)
        }
        let link = response.text.range(of: "href=\"/receipt/").map {
            response.text[$0.upperBound...].prefix { $0.isNumber }
        }
        return Outcome(token: token, index: link.flatMap { UInt64($0) }, response: response, viaAPI: false)
    }

    private func submitByAPI(_ account: String) throws -> Outcome {
        let challenge = try json(try client.send("GET", "/api/v1/challenge"))["challenge"] as? String ?? ""
        let request: [String: Any] = [
            "challenge": challenge, "counter": 0,
            "report": [
                "province": "ha-noi", "procedure": "doi-giay-phep-lai-xe", "agency": "Bộ phận một cửa phường Ba Đình",
                "misconduct": ["hoi-lo"], "account": account, "month": 4, "year": 2026,
            ] as [String: Any],
        ]
        let response = try client.send(
            "POST", "/api/v1/reports", headers: ["Content-Type": "application/json"],
            body: Array(try JSONSerialization.data(withJSONObject: request)))
        let reply = try json(response)
        guard response.status == 201, let token = reply["token"] as? String else {
            return Outcome(response: response, viaAPI: true)
        }
        return Outcome(
            token: token, index: (reply["index"] as? NSNumber)?.uint64Value, response: response, viaAPI: true)
    }

    /// GET /receipt/INDEX: signs a checkpoint if the last one does not cover the record.
    func receipt(_ index: UInt64) throws -> TestClient.Response { try client.send("GET", "/receipt/\(index)") }

    /// The inspectors' GET /api/v1/inspect/checkpoint, signed: signs a checkpoint if records were added.
    func inspectorCheckpoint() throws -> TestClient.Response {
        let target = "/api/v1/inspect/checkpoint"
        let fields = inspector.fields(
            method: "GET", target: target, body: [], time: Int64(Date().timeIntervalSince1970),
            nonce: Random.bytes(count: 16))
        return try client.send("GET", target, headers: Dictionary(uniqueKeysWithValues: fields))
    }

    /// Adds a follow-up to an acknowledged case through the form (with a ticket, as the case page has).
    func addFollowUp(to token: String) throws -> TestClient.Response {
        let ticket = HTMLForms.hiddenValue("ticket", in: try client.send("GET", "/report").text) ?? ""
        let (contentType, body) = HTMLForms.multipart(
            [("token", token), ("ticket", ticket), ("text", "Thêm: có người làm chứng.")], files: [])
        return try client.send("POST", "/status/add", headers: ["Content-Type": contentType], body: body)
    }

    /// A response's JSON object (empty if it is not one).
    func json(_ response: TestClient.Response) throws -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] ?? [:]
    }
}

/// Whether faults are armed, and what the ledger reported, shared with the file system's rule.
final class FaultSwitch: Sendable {
    private let armed = Mutex(false)
    private let errors = Mutex<[LedgerError]>([])
    private let lastRename = Mutex<String?>(nil)

    /// The file system's rule: `step` fails with EIO once armed.
    func rule(_ step: FaultStep) -> FaultInjectingFileSystem.Rule {
        { [self] operation, path, _ in
            let renamed = lastRename.withLock { last in
                defer { if operation == .rename { last = path } }
                return last
            }
            return isArmed && step.matches(operation, path, lastRename: renamed) ? EIO : nil
        }
    }

    func arm() { armed.withLock { $0 = true } }
    var isArmed: Bool { armed.withLock { $0 } }
    func record(_ error: LedgerError) { errors.withLock { $0.append(error) } }
    var reported: [LedgerError] { errors.withLock { $0 } }
}
