import Casework
import Catalogue
import Deployment
import Foundation
import HTTP
import HTTPServing
import InspectorWeb
import Ledger
import Sodium
import TestSupport
import Web

@testable import API
@testable import Keys
@testable import Mirroring
@testable import Stores
@testable import Transparency

/// An intake store with its signed inspector API on a free loopback port, the way candor-server wires
/// them, and an inspector's mirror to sync into. It can be stopped and restarted on the same data.
final class SyncHarness: @unchecked Sendable {
    static let origin = "test.candor/intake"

    let folder = TemporaryDirectory("sync")
    let key: InspectorPrivateKey
    /// Cases the server's read policy hides from every inspector: their records are sent withheld.
    let hiddenCases = Locked<Set<CaseTag>>([])
    let logKey: NoteVerifier
    private(set) var store: IntakeStore!
    private(set) var server: HTTPServer!
    private(set) var router: Router!

    var data: String { folder.child("data") }
    var mirrorPath: String { folder.child("mirror") }

    init() throws {
        key = try InspectorPrivateKey.generate(name: "lan")
        try FileManager.default.createDirectory(atPath: folder.child("data"), withIntermediateDirectories: true)
        logKey = try CheckpointSignerKey.loadOrCreate(in: folder.child("data"), name: Self.origin).verifier
        try start()
    }

    deinit { stop() }

    func openStore() throws -> IntakeStore {
        var configuration = IntakeStore.Configuration(catalog: try Catalog.bundled())
        configuration.checkpointSigner = try CheckpointSignerKey.loadOrCreate(in: data, name: Self.origin)
        configuration.checkpointOrigin = Self.origin
        configuration.signsReceiptsEagerly = false
        return try IntakeStore(
            dataDirectory: data, inspectorKeys: try InspectorKeys([key.publicKey]), configuration: configuration)
    }

    func start() throws {
        store = try openStore()
        var router = Router()
        let hidden = hiddenCases
        InspectorAPI.install(
            into: &router, authenticator: InspectorAuthenticator(keys: store.inspectorKeys), store: store,
            readable: { _, record in
                IntakeRecord.caseTag(of: record).map { tag in !hidden.withLock { $0.contains(tag) } } ?? true
            })
        self.router = router
        server = HTTPServer(address: .tcp(host: "127.0.0.1", port: 0), router: router)
        try server.start()
    }

    /// A server in front of the real one that hands every inspector request on and lets `tamper`
    /// change the body of the answer (target, body): a hostile server that signs what it always signed.
    func tamperingProxy(_ tamper: @escaping @Sendable (String, [UInt8]) -> [UInt8]) throws -> HTTPServer {
        let inner = router!
        var router = Router()
        router.route(.get, prefix: InspectorAPI.prefix, maxBodyBytes: 0) { request in
            var response = inner.respond(to: request)
            response.body = tamper(request.target, response.body)
            return response
        }
        let proxy = HTTPServer(address: .tcp(host: "127.0.0.1", port: 0), router: router)
        try proxy.start()
        return proxy
    }

    func stop() {
        server?.shutdown()
        store?.close()
        server = nil
        store = nil
    }

    var url: HTTPClient.ServerURL { try! HTTPClient.ServerURL("http://127.0.0.1:\(server.port!)") }

    /// Submits `count` reports (each one envelope record).
    func submit(_ count: Int) throws {
        for number in 0..<count {
            _ = try store.submit(report: Self.report(number))
        }
    }

    static func report(_ number: Int) -> Report {
        Report(
            province: "ha-noi", procedure: "doi-giay-phep-lai-xe", agency: "Bộ phận một cửa phường Ba Đình",
            misconduct: ["hoi-lo"], account: "Cán bộ đòi 500.000 đồng để nhận hồ sơ, lần \(number).", month: 4,
            year: 2026)
    }

    /// One sync into the harness's mirror, the way `candor-inspect sync` runs it.
    func sync(
        batchCount: UInt64 = 1000, interruptAfterBatches: Int? = nil, key: InspectorPrivateKey? = nil,
        through proxy: HTTPServer? = nil, witnesses: WitnessPolicy? = nil
    ) throws(MirroringError) -> Sync.Outcome {
        let mirror = try Mirror(directory: mirrorPath)
        defer { mirror.close() }
        let server = proxy.map { try! HTTPClient.ServerURL("http://127.0.0.1:\($0.port!)") } ?? url
        var sync = Sync(
            connection: InspectorConnection(server: server, key: key ?? self.key), mirror: mirror, logKey: logKey)
        sync.batchCount = batchCount
        sync.interruptAfterBatches = interruptAfterBatches
        sync.witnesses = witnesses
        return try sync.run()
    }

    /// The evidence folders the mirror holds.
    var evidenceFolders: [String] {
        let root = mirrorPath + "/evidence"
        return ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted().map { root + "/" + $0 }
    }
}

/// The error `body` throws, if it is a MirroringError.
func mirroringError<T>(_ body: () throws(MirroringError) -> T) -> MirroringError? {
    do throws(MirroringError) {
        _ = try body()
        return nil
    } catch {
        return error
    }
}
