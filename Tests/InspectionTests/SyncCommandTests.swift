import Casework
import Catalogue
import Foundation
import Ledger
import Sodium
import Testing

@testable import Stores
@testable import Transparency

#if canImport(Glibc)
    import Glibc
#endif

/// `candor-inspect sync` against the real `candor-server` binary: transcripts and exit statuses.
@Suite("candor-inspect sync: the real binaries", .serialized)
final class SyncCommandTests {
    let folder = TemporaryDirectory("sync-cli")
    let port: UInt16
    var server: Process?

    var data: String { folder.child("data") }
    var url: String { "http://127.0.0.1:\(port)" }

    init() throws {
        port = try Self.freePort()
    }

    deinit { stopServer() }

    static var serverBinary: String {
        URL(fileURLWithPath: CandorInspectTests.tool).deletingLastPathComponent().appendingPathComponent(
            "candor-server"
        ).path
    }

    /// A loopback port nothing listens on right now.
    static func freePort() throws -> UInt16 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        try #require(bound)
        return UInt16(bigEndian: address.sin_port)
    }

    func startServer() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.serverBinary), "build candor-server first")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.serverBinary)
        process.arguments = ["--demo", "--data", data, "--listen", "127.0.0.1:\(port)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        server = process
        // Ready once it accepts a connection.
        for _ in 0..<200 {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
                }
            }
            close(fd)
            if connected { return }
            try #require(process.isRunning, "candor-server exited early")
            usleep(25_000)
        }
        Issue.record("candor-server did not start listening on \(port)")
    }

    func stopServer() {
        guard let server, server.isRunning else { return }
        server.terminate()
        // A server that ignores SIGTERM must not hang the suite: give it 10 s, then SIGKILL it.
        for _ in 0..<400 where server.isRunning { usleep(25_000) }
        if server.isRunning { kill(server.processIdentifier, SIGKILL) }
        server.waitUntilExit()
        self.server = nil
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

    func sync(_ extra: [String] = []) throws -> CandorInspectTests.Transcript {
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
        #expect(first.stdout == "synced 4 new records; the log has 4 records, checkpoint verified\n")
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

    @Test func usageAndConnectionErrorsExit1() throws {
        try startServer()
        let noKey = try CandorInspectTests.run(["sync", "--server", url], in: folder.path)
        #expect(noKey.status == 1)
        #expect(noKey.stderr.contains("--key"))
        let badURL = try CandorInspectTests.run(
            ["sync", "--server", "https://x", "--key", "k", "--mirror", folder.child("m")], in: folder.path)
        #expect(badURL.status == 1)
        #expect(badURL.stderr.contains("https"))
        let noLogKey = try CandorInspectTests.run(
            [
                "sync", "--server", url, "--key", data + "/demo-keys/demo.candor-key", "--keys", folder.child("none"),
                "--mirror", folder.child("m2"),
            ], in: folder.path, passphrase: "demo")
        #expect(noLogKey.status == 1)
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.serverBinary)
        process.arguments = ["--demo", "--data", data, "--listen", "127.0.0.1:\(port)"]
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
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

    /// Changes the last record's payload in the last segment and recomputes its chained checksum
    /// (Records.md), so the server still opens the log: only the stored leaf hash gives it away.
    static func alterLastRecord(in ledger: String) throws {
        let segments = try FileManager.default.contentsOfDirectory(atPath: ledger).filter {
            $0.hasPrefix("segment-") && $0.hasSuffix(".log")
        }.sorted()
        let path = ledger + "/" + (try #require(segments.last))
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var offset = 128
        var last = offset
        while offset < bytes.count {
            last = offset
            let length = bytes[offset..<(offset + 4)].reversed().reduce(0) { $0 << 8 | Int($1) }
            offset += 48 + length + 32
        }
        let length = bytes[last..<(last + 4)].reversed().reduce(0) { $0 << 8 | Int($1) }
        bytes[last + 48 + length - 1] ^= 0x01  // the payload's last byte
        let previous = last == 128 ? Array(bytes[48..<80]) : Array(bytes[(last - 32)..<last])
        var hash = GenericHash()
        hash.update(previous)
        hash.update(Array(bytes[last..<(last + 48 + length)]))
        bytes.replaceSubrange((last + 48 + length)..<(last + 80 + length), with: hash.finalize())
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }
}
