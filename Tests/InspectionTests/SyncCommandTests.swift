import Casework
import Catalogue
import Deployment
import Foundation
import Ledger
import LedgerTesting
import Sodium
import TestSupport
import Testing

@testable import Stores
@testable import Transparency

/// `candor-inspect sync` against the real `candor-server` binary: transcripts and exit statuses.
@Suite("candor-inspect sync: the real binaries", .serialized)
final class SyncCommandTests {
    let folder = TemporaryDirectory("sync-cli")
    let port: UInt16
    var server: CandorServer?

    var data: String { folder.child("data") }
    var url: String { "http://127.0.0.1:\(port)" }

    init() throws {
        port = try RawConnection.freePort()
    }

    deinit { stopServer() }

    func startServer() throws {
        server = try CandorServer(arguments: ["--demo", "--data", data, "--listen", "127.0.0.1:\(port)"])
    }

    func stopServer() {
        // A server that ignores SIGTERM must not hang the suite: give it 10 s, then SIGKILL it.
        server?.stop(timeout: 10)
        server = nil
    }

    /// Appends reports to the server's data folder while it is stopped, as the running server would.
    func submit(_ count: Int) throws {
        var configuration = IntakeStore.Configuration(catalog: try Catalog.bundled())
        configuration.checkpointSigner = try CheckpointSignerKey.loadOrCreate(in: data, name: "candor.example/intake")
        configuration.checkpointOrigin = "candor.example/intake"
        configuration.signsReceiptsEagerly = false
        let store = try IntakeStore(
            dataDirectory: data, inspectorKeys: try InspectorKeys(directory: data + "/demo-keys"),
            configuration: configuration)
        defer { store.close() }
        for number in 0..<count { _ = try store.submit(report: SyncHarness.report(number)) }
    }

    func sync(_ extra: [String] = []) throws -> Transcript {
        try CandorInspectTests.run(
            [
                "sync", "--server", url, "--key", data + "/demo-keys/demo.candor-key", "--keys", data + "/demo-keys",
                "--mirror", folder.child("mirror"),
            ] + extra,
            in: folder.path, passphrase: "demo")
    }

    @Test func syncThenAnAlteredRecordIsCaught() throws {
        try startServer()  // makes the demo keys and DATA/demo-keys/log.key
        #expect(FileManager.default.fileExists(atPath: data + "/demo-keys/log.key"))
        stopServer()
        try submit(3)
        try startServer()
        let first = try sync()
        #expect(first.status == 0, "\(first.stderr)")
        // The day mark, then the 3 reports.
        #expect(first.stdout == "verified 4 records (4 new); downloaded 4\n")
        let again = try sync()
        #expect(again.status == 0)
        #expect(again.stdout == "up to date: 4 records\n")
        #expect(again.stderr.isEmpty)

        // Two more records, the last one altered on the server's disk before the client ever saw it.
        stopServer()
        try submit(2)
        try Self.alterLastRecord(in: data + "/intake")
        try startServer()
        let tampered = try sync()
        #expect(tampered.status == 2, "\(tampered.stderr)")
        #expect(tampered.stdout.isEmpty)
        #expect(tampered.stderr.contains("record 5 was altered: its contents do not match its leaf hash"))
        #expect(tampered.stderr.contains("evidence"))
        let evidence = folder.child("mirror/evidence")
        let stamps = try FileManager.default.contentsOfDirectory(atPath: evidence)
        #expect(stamps.count == 1)
        let files = try FileManager.default.contentsOfDirectory(atPath: evidence + "/" + stamps[0])
        #expect(Set(files).isSuperset(of: ["README.txt", "old.checkpoint", "new.checkpoint", "record-5.bin"]))
        // The verified state did not move: the checkpoint still covers 4 records.
        let note = try String(contentsOfFile: folder.child("mirror/checkpoint"), encoding: .utf8)
        #expect(try Checkpoint(text: SignedNote(parsing: note).text).size == 4)
        #expect(try sync().status == 2, "and it stays caught")
    }

    @Test func usageErrorsExit2AndConnectionErrors1() throws {
        try startServer()
        let noKey = try CandorInspectTests.run(["sync", "--server", url], in: folder.path)
        #expect(noKey.status == 2)
        #expect(noKey.stderr.contains("--key"))
        let badURL = try CandorInspectTests.run(
            ["sync", "--server", "https://x", "--key", "k", "--mirror", folder.child("m")], in: folder.path)
        #expect(badURL.status == 2)
        #expect(badURL.stderr.contains("https"))
        let noLogKey = try CandorInspectTests.run(
            [
                "sync", "--server", url, "--key", data + "/demo-keys/demo.candor-key", "--keys", folder.child("none"),
                "--mirror", folder.child("m2"),
            ], in: folder.path, passphrase: "demo")
        #expect(noLogKey.status == 2)
        #expect(noLogKey.stderr.contains("log verifier key"))
        stopServer()
        let down = try sync()
        #expect(down.status == 1)
        #expect(down.stderr.contains("cannot connect to \(url): connection refused — is candor-server running?"))
    }

    @Test func aRevokedKeyFileWithoutADateStopsTheServer() throws {
        try startServer()
        stopServer()
        let revoked = data + "/demo-keys/revoked"
        try FileManager.default.createDirectory(atPath: revoked, withIntermediateDirectories: true)
        let line = try String(contentsOfFile: data + "/demo-keys/demo.pub", encoding: .utf8)
            .split(separator: "\n").first { !$0.hasPrefix("#") }!
        try "# old key\n\(line)\n".write(toFile: revoked + "/demo.pub", atomically: true, encoding: .utf8)
        let run = try ChildProcess.run(
            try BuiltProducts.path("candor-server"), ["--demo", "--data", data, "--listen", "127.0.0.1:\(port)"])
        let stderr = run.stderr
        #expect(run.status != 0)
        #expect(stderr.contains("revoked/demo.pub"))
        #expect(stderr.contains("# revoked YYYY-MM-DD: reason"))
    }

    @Test func helpNamesEveryOption() throws {
        let help = try CandorInspectTests.run(["sync", "--help"], in: folder.path, passphrase: nil)
        #expect(help.status == 0)
        for option in ["--server", "--key", "--keys", "--mirror", "--log-key"] { #expect(help.stdout.contains(option)) }
        let overview = try CandorInspectTests.run(["help"], in: folder.path, passphrase: nil)
        #expect(overview.stdout.contains("candor-inspect sync"))
    }

    /// Changes the last record's payload and repairs the chained checksum, so the server still opens the
    /// log: only the stored leaf hash gives it away.
    static func alterLastRecord(in ledger: String) throws {
        try RecordTampering.rewriteLastPayload(in: ledger) { $0[$0.count - 1] ^= 0x01 }  // its last byte
    }
}
