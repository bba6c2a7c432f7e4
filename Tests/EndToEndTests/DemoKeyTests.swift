import Foundation
import TestSupport
import Testing

/// Issue 12, M5, with the real binary: the demo key, whose passphrase is published, never enters a
/// real Keys folder. `--demo` refuses `--keys`, and a start without `--demo` refuses a Keys folder that
/// lists the demo key (by its marker line, or by its key line copied without it).
@Suite("End to end: candor-server keeps the demo key out of real Keys folders")
struct DemoKeyTests {
    @Test func demoWithKeysIsRefusedAndWritesNothing() throws {
        let folder = NSTemporaryDirectory() + "candor-demo-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let keys = folder + "/Keys"
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
        _ = try TestInspector(name: "lan", folder: folder, keys: keys)

        let run = try start(["--demo", "--keys", keys, "--data", folder + "/data", "--listen", "127.0.0.1:0"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--demo cannot be combined with --keys"))
        #expect(!FileManager.default.fileExists(atPath: keys + "/demo.pub"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/data/demo-keys"))
    }

    @Test func aListedDemoKeyStopsAStartWithoutDemo() throws {
        let folder = NSTemporaryDirectory() + "candor-demo-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let data = folder + "/data"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try runDemoOnce(data: data)
        let demoPub = data + "/demo-keys/demo.pub"
        let demoText = try String(contentsOfFile: demoPub, encoding: .utf8)
        #expect(demoText.hasPrefix("# DEMO KEY made by candor-server --demo"))

        // 1. The demo's own folder given as --keys, without --demo.
        let plain = try start(["--keys", data + "/demo-keys", "--data", data, "--listen", "127.0.0.1:0"])
        #expect(plain.status == 1)
        #expect(plain.stderr.contains("\(demoPub) lists the demo inspector key, whose passphrase is published"))

        // 2. demo.pub copied into a real Keys folder beside a real key, with another data folder.
        let keys = folder + "/Keys"
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
        _ = try TestInspector(name: "lan", folder: folder, keys: keys)
        try demoText.write(toFile: keys + "/demo.pub", atomically: true, encoding: .utf8)
        let copied = try start(["--keys", keys, "--data", folder + "/other", "--listen", "127.0.0.1:0"])
        #expect(copied.status == 1)
        #expect(copied.stderr.contains("\(keys)/demo.pub lists the demo inspector key"))

        // 3. Only its key line, without the marker, renamed: recognised against DATA/demo-keys/demo.pub.
        try FileManager.default.removeItem(atPath: keys + "/demo.pub")
        let line = try #require(demoText.split(separator: "\n").first { $0.hasPrefix("candor-inspector ") })
        try (line.replacingOccurrences(of: " demo ", with: " minh ") + "\n").write(
            toFile: keys + "/minh.pub", atomically: true, encoding: .utf8)
        let renamed = try start(["--keys", keys, "--data", data, "--listen", "127.0.0.1:0"])
        #expect(renamed.status == 1)
        #expect(renamed.stderr.contains("\(keys)/minh.pub lists the demo inspector key"))
    }

    /// Starts `candor-server --demo` until it serves, then stops it: what a first `make run` leaves.
    private func runDemoOnce(data: String) throws {
        let run = try start(["--demo", "--data", data, "--listen", "127.0.0.1:0"], stopOnceServing: true)
        try #require(run.stdout.contains("demo inspector key file"), "the demo did not start: \(run.stderr)")
    }

    /// Runs candor-server with `arguments` until it exits, or until it serves (then stops it; its status
    /// is then -1 unless `stopOnceServing`): a server that should have refused to start must not hang
    /// the test.
    private func start(_ arguments: [String], stopOnceServing: Bool = false) throws -> Transcript {
        var run = try ChildProcess.run(
            try BuiltProducts.path("candor-server"), arguments, environment: Binaries.environment, timeout: 30,
            stopWhen: { $0.contains("Stop with") })
        if run.wasStopped && !stopOnceServing { run.status = -1 }
        return run
    }
}
