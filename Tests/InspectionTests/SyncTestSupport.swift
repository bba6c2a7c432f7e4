import Casework
import Catalogue
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
    let logKey: NoteVerifier
    private(set) var store: IntakeStore!
    private(set) var server: HTTPServer!

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
        InspectorAPI.install(
            into: &router, authenticator: InspectorAuthenticator(keys: store.inspectorKeys), store: store)
        server = HTTPServer(address: .tcp(host: "127.0.0.1", port: 0), router: router)
        try server.start()
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
    func sync(batchCount: UInt64 = 1000, interruptAfterBatches: Int? = nil, key: InspectorPrivateKey? = nil)
        throws(MirroringError) -> Sync.Outcome
    {
        let mirror = try Mirror(directory: mirrorPath)
        defer { mirror.close() }
        var sync = Sync(
            connection: InspectorConnection(server: url, key: key ?? self.key), mirror: mirror, logKey: logKey)
        sync.batchCount = batchCount
        sync.interruptAfterBatches = interruptAfterBatches
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
