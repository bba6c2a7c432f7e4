import Foundation
import TestSupport
import Testing

/// Issue 12, M4, with the real binary: reports acknowledged by a running server are signed for, so a
/// data folder whose intake log was later cut back at a batch boundary (which recovery alone takes for
/// a clean end) makes candor-server refuse to start: one clear line naming both sizes and what to do,
/// and exit status 2, which its systemd unit does not restart.
@Suite("End to end: candor-server refuses a log cut back below its checkpoint")
struct LogCutBackTests {
    @Test func aServerWhoseLogLostReportsExitsWithStatus2() throws {
        let folder = NSTemporaryDirectory() + "candor-cut-\(UUID().uuidString.prefix(8))"
        let data = folder + "/data"
        let keys = folder + "/Keys"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
        _ = try TestInspector(name: "lan", folder: folder, keys: keys)
        let segment = data + "/intake/segment-0000000000000000.log"
        let server = try CandorServer(data: data, keys: keys)
        let port = try #require(server.port)
        let agency = "Phường Ba Đình"
        for n in 0..<2 {
            try Binaries.report(port: port, account: "Cán bộ đòi 300.000 đồng, lần \(n).", agency: agency)
        }
        let boundary = try Self.size(segment)
        let token = try Binaries.report(port: port, account: "Cán bộ đòi 300.000 đồng, lần 2.", agency: agency)
        // The receipt page signed for the last report (the background signer would have within a second,
        // and a clean stop does too: IntakeStoreCheckpointTests shows it with no page at all).
        #expect(server.stop() == 0)

        let handle = try #require(FileHandle(forUpdatingAtPath: segment))
        try handle.truncate(atOffset: boundary)
        try handle.close()
        let refused = try Self.runServer(data: data, keys: keys)
        #expect(refused?.status == 2)
        let stderr = refused?.stderr ?? ""
        #expect(
            stderr.hasPrefix(
                // The day mark and the reports: 3 records left of 4.
                "candor-server: the intake log has 3 records but its last signed checkpoint covers 4: "
                    + "records were removed."))
        #expect(stderr.contains("do not delete its checkpoint file"))
        #expect(!stderr.contains(token))
        #expect(try Self.size(segment) == boundary, "the refused start changed the log")
    }

    static func size(_ path: String) throws -> UInt64 {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber).uint64Value
    }

    /// Runs candor-server until it exits (20 s at most); nil, after killing it, if it was still running.
    static func runServer(data: String, keys: String) throws -> Transcript? {
        let run = try ChildProcess.run(
            try BuiltProducts.path("candor-server"),
            ["--data", data, "--keys", keys, "--listen", "127.0.0.1:0", "--origin", "e2e.candor.example/intake"],
            environment: Binaries.environment, timeout: 20)
        if run.wasStopped {
            Issue.record("candor-server started on a log that lost reports:\n\(run.stdout)")
            return nil
        }
        return run
    }
}
