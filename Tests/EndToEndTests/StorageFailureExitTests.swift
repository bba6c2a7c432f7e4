import Foundation
import TestSupport
import Testing

/// Issue 6, "Fault injection", with the real binary: once a write to the intake log fails, candor-server
/// answers the request that hit it, then exits with status 1 and one clear line on stderr, so that its
/// supervisor (systemd `Restart=on-failure`) restarts it; the restart recovers the log and every
/// acknowledged report is there.
@Suite("End to end: candor-server exits with status 1 after a storage failure")
struct StorageFailureExitTests {
    @Test func aFailedCheckpointWriteStopsTheServerAndARestartKeepsTheReport() throws {
        let folder = NSTemporaryDirectory() + "candor-exit-\(UUID().uuidString.prefix(8))"
        let data = folder + "/data"
        let keys = folder + "/Keys"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: keys, withIntermediateDirectories: true)
        _ = try TestInspector(name: "lan", folder: folder, keys: keys)
        let server = try CandorServer(data: data, keys: keys)
        defer { server.stop() }
        let account = "Cán bộ bàn số 4 đòi 300.000 đồng để nhận hồ sơ, trước sự cố lưu trữ."
        let token = try Binaries.report(port: try #require(server.port), account: account, agency: "Phường Ba Đình")

        // The intake folder becomes a plain file, so the checkpoint's temp file cannot be created
        // (ENOTDIR), as on a disk gone bad. (Tests may run as root, whom a chmod would not stop.)
        let intake = data + "/intake"
        try FileManager.default.moveItem(atPath: intake, toPath: intake + ".away")
        FileManager.default.createFile(atPath: intake, contents: Data())
        // The next report is appended (its segment is open) and acknowledged, but the checkpoint that
        // would cover it cannot be written: its page shows the token, without a signed receipt, and the
        // log stops. (Issue 12, M4: the form's receipt page signs for its report.)
        let second = "Lần hai: cán bộ bàn số 4 lại đòi tiền, trước sự cố lưu trữ."
        let port = try #require(server.port)
        let secondToken = try Binaries.report(port: port, account: second, agency: "Phường Ba Đình")

        let deadline = Date().addingTimeInterval(20)
        while server.process.isRunning, Date() < deadline { usleep(20_000) }
        #expect(server.stop() == 1)
        let stderr = server.stderr.text
        #expect(stderr.hasPrefix("candor-server: stopped after a storage failure: open failed on \(intake)/checkpoint"))
        #expect(stderr.contains("Restarting the server recovers the log and keeps every acknowledged report"))
        #expect(!stderr.contains(token) && !stderr.contains(account) && !stderr.contains(secondToken))

        // The supervisor's restart, on a healthy disk: the report is there.
        try FileManager.default.removeItem(atPath: intake)
        try FileManager.default.moveItem(atPath: intake + ".away", toPath: intake)
        let restarted = try CandorServer(data: data, keys: keys)
        defer { restarted.stop() }
        let status = try restarted.request(
            "POST", "/en/status", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Array("token=\(token)".utf8))
        #expect(status.status == 200)
        #expect(String(decoding: status.body, as: UTF8.self).contains(account))
        let secondStatus = try restarted.request(
            "POST", "/en/status", headers: [("Content-Type", "application/x-www-form-urlencoded")],
            body: Array("token=\(secondToken)".utf8))
        #expect(String(decoding: secondStatus.body, as: UTF8.self).contains(second))
        #expect(try restarted.request("GET", "/receipt/0").status == 200)
        #expect(try restarted.request("GET", "/receipt/1").status == 200)
    }
}
