import Casework
import Catalogue
import Foundation
import HTTP
import Ledger
import Outcomes
import Sodium
import TestSupport
import Testing

@testable import CitizenWeb
@testable import InspectorWeb
@testable import PublicWeb
@testable import Stores
@testable import Transparency
@testable import Web

/// The tlog-tiles endpoints of the outcomes log (PublicLog.swift), through the router, in process.
@Suite("PublicLog")
final class PublicLogTests {
    static let origin = "test.candor/outcomes"
    let folder = NSTemporaryDirectory() + "candor-public-log-\(UUID().uuidString.prefix(8))"
    let signingKey = try! Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: 0x51, count: 32)))
    let store: OutcomeStore
    var router = Router()

    init() throws {
        store = try OutcomeStore(dataDirectory: folder, origin: Self.origin, catalog: try Catalog.bundled())
        PublicLog.install(into: &router, outcomes: store)
    }

    deinit {
        store.close()
        try? FileManager.default.removeItem(atPath: folder)
    }

    var inspector: InspectorKey {
        try! InspectorKey(
            name: "lan",
            sealingKey: try! SealedBox.PrivateKey(seed: SecureBytes([UInt8](repeating: 9, count: 32))).publicKey,
            signingKey: signingKey.publicKey)
    }

    static func outcome(_ number: Int) -> PublicOutcome {
        PublicOutcome(
            id: String(format: "%016x", number + 1), province: "ha-noi", agency: "Phòng CSGT Công an phường Ba Đình",
            procedure: "doi-giay-phep-lai-xe", kinds: ["hoi-lo"], outcome: "can-bo-canh-cao", outcomeLabel: "Cảnh cáo",
            summary: "Cán bộ bị cảnh cáo, lần \(number).", monthReceived: "2026-04", monthResolved: "2026-05",
            daysToResolve: 21, deadlineMet: true)
    }

    @discardableResult
    func publish(_ count: Int) throws -> [[UInt8]] {
        var entries: [[UInt8]] = []
        for number in 0..<count {
            let entry = Self.outcome(Int(store.count) + number).entry(signedWith: signingKey)
            _ = try store.publish(entry, signer: inspector)
            entries.append(entry)
        }
        return entries
    }

    func get(_ target: String) throws -> HTTPResponse {
        router.respond(to: try HTTPRequest(method: .get, target: target))
    }

    @Test func theCheckpointIsTheSignedNoteAndNeverCached() throws {
        try publish(2)
        let response = try get("/checkpoint")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "text/plain; charset=utf-8")
        #expect(response.headers["Cache-Control"] == "no-cache")
        let text = String(decoding: response.body, as: UTF8.self)
        let signed = try SignedCheckpoint(
            parsing: text, origin: Self.origin, verifiers: [try NoteVerifier(verifierKey: store.verifierKey)])
        #expect(signed.checkpoint.size == 2)
    }

    @Test func tilesAndBundlesOfASmallTree() throws {
        let entries = try publish(3)
        let tile = try get("/tile/0/000.p/3")
        #expect(tile.status == .ok)
        #expect(tile.headers["Content-Type"] == "application/octet-stream")
        #expect(tile.headers["Cache-Control"] == "public, max-age=60")
        #expect(tile.body == entries.flatMap { RFC6962.leafHash($0) })
        let bundle = try get("/tile/entries/000.p/3")
        #expect(bundle.status == .ok)
        #expect(bundle.body == entries.flatMap { [UInt8($0.count >> 8), UInt8($0.count & 0xFF)] + $0 })
        // The tile an older checkpoint (size 2) needs is still served.
        #expect(try get("/tile/0/000.p/2").body == entries.prefix(2).flatMap { RFC6962.leafHash($0) })
        #expect(try get("/tile/entries/000.p/1").body.count == 2 + entries[0].count)
        // Beyond the tree: 404. Not a tile path: 400.
        for missing in [
            "/tile/0/000", "/tile/0/000.p/4", "/tile/0/001.p/1", "/tile/1/000.p/1", "/tile/entries/000",
            "/tile/entries/000.p/4", "/tile/entries/x001/000.p/1", "/tile/63/x018/x446/x744/x073/x709/x551/615",
        ] {
            #expect(try get(missing).status == .notFound, "\(missing)")
        }
        for malformed in [
            "/tile/0/00", "/tile/0/000.p/0", "/tile/00/000", "/tile/0/x000/000", "/tile/0/000/",
            "/tile/entries/000.p/03", "/tile/64/000", "/tile/x", "/tile/0/0001",
        ] {
            #expect(try get(malformed).status == .badRequest, "\(malformed)")
        }
        // Traversal never reaches the handler: the HTTP layer refuses it (400), or the parser does.
        for traversal in [
            "/tile/..%2f..%2fetc/passwd", "/tile/0/../../etc/passwd", "/tile/%2e%2e/000", "/tile/0/000%00",
        ] {
            let refused = (try? get(traversal)).map { $0.status == .badRequest } ?? true
            #expect(refused, "\(traversal)")
        }
    }

    @Test func aFullTileIsImmutable() throws {
        let entries = try publish(257)
        let tile = try get("/tile/0/000")
        #expect(tile.status == .ok)
        #expect(tile.headers["Cache-Control"] == "public, max-age=31536000, immutable")
        #expect(tile.body == entries.prefix(256).flatMap { RFC6962.leafHash($0) })
        #expect(try get("/tile/0/001.p/1").body == RFC6962.leafHash(entries[256]))
        let levelOne = try get("/tile/1/000.p/1")
        #expect(levelOne.headers["Cache-Control"] == "public, max-age=60")
        let tree = MerkleTree(leafHashes: entries.prefix(256).flatMap { RFC6962.leafHash($0) })
        #expect(levelOne.body == tree.rootHash())
        let bundle = try get("/tile/entries/000")
        #expect(bundle.headers["Cache-Control"] == "public, max-age=31536000, immutable")
        #expect(try TileLayout.entries(inBundle: bundle.body, count: 256) == Array(entries.prefix(256)))
        #expect(try get("/tile/0/001").status == .notFound)
        #expect(try get("/tile/entries/001").status == .notFound)
    }

    @Test func anEmptyLogHasACheckpointAndNoTiles() throws {
        #expect(try get("/checkpoint").status == .ok)
        #expect(try get("/tile/0/000.p/1").status == .notFound)
        #expect(try get("/tile/entries/000.p/1").status == .notFound)
    }
}
