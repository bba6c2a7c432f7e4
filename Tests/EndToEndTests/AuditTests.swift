import API
import Casework
import Catalogue
import Foundation
import HTTP
import HTTPServing
import Ledger
import LedgerTesting
import Outcomes
import Sodium
import Stores
import TestSupport
import Testing
import Transparency

/// Issue 5's audit, with the real binaries: outcomes are published into the data folder, candor-server
/// serves them as tlog-tiles, and candor-audit verifies them; then the log is tampered with in every way
/// the audit must catch, each an exit 2 naming it.
@Suite("End to end: candor-audit against a real candor-server", .serialized)
final class AuditTests {
    static let origin = "candor.example/outcomes"  // candor-server's default --outcomes-origin
    let folder = NSTemporaryDirectory() + "candor-audit-e2e-\(UUID().uuidString.prefix(8))"
    let signingKey = try! Signing.PrivateKey(seed: SecureBytes([UInt8](repeating: 0x42, count: 32)))
    var server: Process?
    var url = ""
    var published = 0

    var data: String { folder + "/data" }
    var keys: String { folder + "/Keys" }
    var state: String { folder + "/state" }

    init() throws {
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
        try ("# Lan, the test inspector\n" + inspector.line + "\n").write(
            toFile: keys + "/lan.pub", atomically: true, encoding: .utf8)
        let store = try openStore()
        try (store.verifierKey + "\n").write(toFile: keys + "/outcomes.key", atomically: true, encoding: .utf8)
        store.close()
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    var inspector: InspectorKey {
        try! InspectorKey(
            name: "lan",
            sealingKey: try! SealedBox.PrivateKey(seed: SecureBytes([UInt8](repeating: 3, count: 32))).publicKey,
            signingKey: signingKey.publicKey)
    }

    func openStore() throws -> OutcomeStore {
        try OutcomeStore(dataDirectory: data, origin: Self.origin, catalog: try Catalog.bundled())
    }

    static func outcome(_ number: Int, summary: String = "Cán bộ bị cảnh cáo") -> PublicOutcome {
        PublicOutcome(
            id: String(format: "%016x", 0xA000 + number), province: "ha-noi",
            agency: "Phòng CSGT Công an phường Ba Đình",
            procedure: "doi-giay-phep-lai-xe", kinds: ["hoi-lo"], outcome: "can-bo-canh-cao", outcomeLabel: "Cảnh cáo",
            summary: "\(summary), lần \(number).", monthReceived: "2026-04", monthResolved: "2026-05",
            daysToResolve: 21,
            deadlineMet: true)
    }

    /// Appends `count` signed outcomes to the data folder (the server must be stopped: it holds the log).
    func publish(_ count: Int, summary: String = "Cán bộ bị cảnh cáo") throws {
        let store = try openStore()
        defer { store.close() }
        for _ in 0..<count {
            published += 1
            _ = try store.publish(
                Self.outcome(published, summary: summary).entry(signedWith: signingKey), signer: inspector)
        }
    }

    func start() throws {
        let (process, url, _) = try Binaries.startServer(data: data, keys: keys)
        server = process
        self.url = url
    }

    func stop() {
        server?.terminate()
        server?.waitUntilExit()
        server = nil
    }

    func audit(_ url: String? = nil, key: String? = nil, extra: [String] = []) throws -> Transcript {
        try Binaries.run(
            "candor-audit",
            ["verify", url ?? self.url, "--key", key ?? keys + "/outcomes.key"]
                + (extra.contains("--state") ? [] : ["--state", state]) + extra,
            in: folder)
    }

    func copy(_ from: String, to: String) throws {
        try? FileManager.default.removeItem(atPath: to)
        try FileManager.default.copyItem(atPath: from, toPath: to)
    }

    func evidenceFolders() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: state)) ?? []).filter { $0.hasPrefix("evidence-") }
    }

    @Test func anHonestLogVerifiesAndGrows() throws {
        try publish(3)
        try start()
        let first = try audit()
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("verified 3 outcomes; checkpoint size 3, root "))
        #expect(first.stdout.contains("first run"))
        let again = try audit()
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("consistent with the last run (size 3)"))
        stop()
        try publish(2)
        try start()
        let grown = try audit()
        #expect(grown.status == 0, "\(grown.stderr)")
        #expect(grown.stdout.hasPrefix("verified 5 outcomes; checkpoint size 5, root "))
        #expect(grown.stdout.contains("consistent with the last run (size 3)"))
        let saved = try String(contentsOfFile: state + "/checkpoint", encoding: .utf8)
        #expect(saved.hasPrefix(Self.origin + "\n5\n"))
        // The keys folder defaults to the key file's folder.
        #expect(
            try Binaries.run(
                "candor-audit", ["verify", url, "--key", keys + "/outcomes.key", "--state", state], in: folder
            ).status == 0)
    }

    @Test func removedEntriesAreCaught() throws {
        try publish(3)
        try copy(data, to: folder + "/backup")
        try publish(2)
        try start()
        #expect(try audit().status == 0)
        stop()
        try copy(folder + "/backup", to: data)
        try start()
        let shrunk = try audit()
        #expect(shrunk.status == 2)
        #expect(shrunk.stderr.hasPrefix("REMOVED ENTRIES: the log shrank from 5 to 3 entries"), "\(shrunk.stderr)")
        #expect(evidenceFolders().count == 1)
        // A failed run keeps the old baseline.
        #expect(try String(contentsOfFile: state + "/checkpoint", encoding: .utf8).hasPrefix(Self.origin + "\n5\n"))
    }

    @Test func aForkIsCaughtAndItsCheckpointsKept() throws {
        try publish(3)
        try copy(data, to: folder + "/backup")
        try publish(2)
        try start()
        #expect(try audit().status == 0)
        stop()
        try copy(folder + "/backup", to: data)
        try publish(2, summary: "Một lịch sử khác")
        try start()
        let sameSize = try audit()
        #expect(sameSize.status == 2)
        #expect(
            sameSize.stderr.hasPrefix("FORKED CHECKPOINT: the log signed two different trees of 5 entries"),
            "\(sameSize.stderr)")
        let evidence = try #require(evidenceFolders().first)
        let kept = try FileManager.default.contentsOfDirectory(atPath: state + "/" + evidence).sorted()
        #expect(kept == ["finding.txt", "last-run.checkpoint", "served.checkpoint"])
        stop()
        try publish(1, summary: "Một lịch sử khác")
        try start()
        let grown = try audit()
        #expect(grown.status == 2)
        #expect(
            grown.stderr.hasPrefix("FORKED CHECKPOINT: the tree of 6 entries does not extend the tree of 5"),
            "\(grown.stderr)")
        #expect(evidenceFolders().count == 2)
    }

    @Test func aCheckpointSignedByAnotherKeyIsRefused() throws {
        try publish(1)
        try start()
        let other = try OutcomeStore(
            dataDirectory: folder + "/other", origin: Self.origin, catalog: try Catalog.bundled())
        try (other.verifierKey + "\n").write(toFile: folder + "/other.key", atomically: true, encoding: .utf8)
        other.close()
        let refused = try audit(key: folder + "/other.key", extra: ["--keys", keys])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("BAD CHECKPOINT SIGNATURE:"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: state + "/checkpoint"))
    }

    @Test func anEntryAlteredInTransitIsNamed() throws {
        try publish(3)
        try start()
        let upstream = try HTTPClient(server: HTTPClient.ServerURL(url))
        // A log (or a mirror) that serves entry 1 with one character of its summary changed.
        let proxy = try TamperingServer { path in
            let response = try upstream.send(method: "GET", target: path)
            guard path.hasPrefix("/tile/entries/") else { return response.body }
            var entries = try TileLayout.entries(inBundle: response.body, count: 3)
            let text = String(decoding: entries[1], as: UTF8.self).replacingOccurrences(
                of: "cảnh cáo", with: "khen thưởng")
            entries[1] = Array(text.utf8)
            return TileLayout.bundle(entries)
        }
        defer { proxy.server.shutdown() }
        let altered = try audit(proxy.url)
        #expect(altered.status == 2)
        #expect(
            altered.stderr.hasPrefix("ALTERED ENTRY: entry 1 does not hash to its leaf hash in tile tile/0/000.p/3"),
            "\(altered.stderr)")
    }

    /// Someone with the server's disk changes the last entry's summary and repairs the ledger's own
    /// chained checksum, so the server opens and serves it: the audit still names the entry.
    @Test func anEntryAlteredOnTheServersDiskIsNamed() throws {
        try publish(3)
        try start()
        #expect(try audit().status == 0)
        stop()
        try Self.alterLastEntry(in: data + "/" + OutcomeStore.ledgerFolderName, replacing: "Cán", with: "Mán")
        try start()
        let altered = try audit()
        #expect(altered.status == 2, "\(altered.stdout)\(altered.stderr)")
        #expect(altered.stderr.hasPrefix("ALTERED ENTRY: entry 2"), "\(altered.stderr)")
    }

    /// Replaces `old` by `new` (the same number of UTF-8 bytes) in the last record's payload and repairs
    /// the ledger's chained checksum, as a careful attacker would, so the ledger still opens.
    static func alterLastEntry(in ledger: String, replacing old: String, with new: String) throws {
        precondition(old.utf8.count == new.utf8.count)
        try RecordTampering.rewriteLastPayload(in: ledger) { payload in
            let text = String(decoding: payload, as: UTF8.self)
            try #require(text.contains(old))
            payload = Array(text.replacingOccurrences(of: old, with: new).utf8)
        }
    }

    @Test func anEntryRewrittenAndResignedByTheLogFailsItsInspectorSignature() throws {
        try publish(2)
        // The operator, holding the log's key, rewrites entry 0 and signs a new tree over it.
        let signer = try CheckpointSignerKey.loadOrCreate(
            in: data, name: Self.origin, fileName: OutcomeStore.signerFileName)
        let store = try openStore()
        var entries = try (0..<store.count).map { try store.entry(at: $0) }
        store.close()
        let text = String(decoding: entries[0], as: UTF8.self).replacingOccurrences(of: "cảnh cáo", with: "khen thưởng")
        entries[0] = Array(text.utf8)
        let tree = MerkleTree(leafHashes: entries.flatMap { RFC6962.leafHash($0) })
        let note = SignedCheckpoint(
            try Checkpoint(origin: Self.origin, size: tree.size, rootHash: tree.rootHash()), signedBy: signer
        ).serialized
        let served = entries
        let log = try TamperingServer { path in
            if path == "/checkpoint" { return Array(note.utf8) }
            let tile = try TilePath(parsing: path)
            if tile.level == nil { return TileLayout.bundle(Array(served[0..<tile.width])) }
            return TileLayout.tile(tile, hash: tree.completeSubtreeHash)!
        }
        defer { log.server.shutdown() }
        let forged = try audit(log.url)
        #expect(forged.status == 2)
        #expect(
            forged.stderr.hasPrefix(
                "ALTERED ENTRY: entry 0 (outcome 000000000000a001): the signature of lan does not verify"),
            "\(forged.stderr)")
    }

    @Test func anEntryByAnUnknownInspectorIsRefused() throws {
        try publish(1)
        try start()
        try FileManager.default.createDirectory(atPath: folder + "/NoInspectors", withIntermediateDirectories: true)
        let unknown = try audit(extra: ["--keys", folder + "/NoInspectors"])
        #expect(unknown.status == 2)
        #expect(
            unknown.stderr.hasPrefix("ALTERED ENTRY: entry 0 (outcome 000000000000a001) is signed by key id "),
            "\(unknown.stderr)")
        // A revoked inspector's outcomes stay valid (resolved 2026-05, revoked 2026-11-22)…
        try FileManager.default.createDirectory(atPath: folder + "/Revoked/revoked", withIntermediateDirectories: true)
        try ("# revoked 2026-11-22: laptop stolen\n" + inspector.line + "\n")
            .write(toFile: folder + "/Revoked/revoked/lan.pub", atomically: true, encoding: .utf8)
        #expect(try audit(extra: ["--keys", folder + "/Revoked"]).status == 0)
        // …but not when the key was revoked before the month the case was resolved in began.
        try FileManager.default.createDirectory(atPath: folder + "/Early/revoked", withIntermediateDirectories: true)
        try ("# revoked 2026-04-30: laptop stolen\n" + inspector.line + "\n")
            .write(toFile: folder + "/Early/revoked/lan.pub", atomically: true, encoding: .utf8)
        let early = try audit(extra: ["--keys", folder + "/Early", "--state", folder + "/early-state"])
        #expect(early.status == 2)
        #expect(early.stderr.contains("it was signed after the revocation"), "\(early.stderr)")
    }

    @Test func usageErrorsExitTwoAndConnectionErrorsOne() throws {
        let help = try Binaries.run("candor-audit", ["--help"], in: folder)
        #expect(help.status == 0)
        #expect(help.stdout.contains("candor-audit verify URL --key KEYFILE [--keys DIR] [--state DIR]"))
        #expect(try Binaries.run("candor-audit", [], in: folder).status == 2)
        #expect(try Binaries.run("candor-audit", ["verify", "http://127.0.0.1:1"], in: folder).status == 2)
        #expect(try Binaries.run("candor-audit", ["check", "http://127.0.0.1:1"], in: folder).status == 2)
        #expect(try audit("ftp://example").status == 2)
        let down = try audit("http://127.0.0.1:1")
        #expect(down.status == 1)
        #expect(down.stderr.contains("cannot connect"), "\(down.stderr)")
        let noKey = try audit("http://127.0.0.1:1", key: folder + "/missing.key")
        #expect(noKey.status == 2)
    }
}

/// A log server in the test process that answers every GET with `body(path)` (404 when it throws).
final class TamperingServer: Sendable {
    let server: HTTPServer

    init(_ body: @escaping @Sendable (String) throws -> [UInt8]) throws {
        var router = Router()
        let handler: Router.Handler = { request in
            guard let bytes = try? body(request.path) else { throw HTTPError.notFound }
            return .bytes(
                bytes,
                contentType: request.path == "/checkpoint" ? "text/plain; charset=utf-8" : "application/octet-stream")
        }
        router.route(.get, "/checkpoint", handler)
        router.route(.get, prefix: "/tile/", handler)
        server = HTTPServer(address: .tcp(host: "127.0.0.1", port: 0), router: router)
        try server.start()
    }

    var url: String { "http://127.0.0.1:\(server.port!)" }
}
