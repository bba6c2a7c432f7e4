import Foundation
import TestSupport
import Testing

/// A real file system filling up under a real server (SECURITY.md, M1): a 32 MB ext4 image, loop
/// mounted, holds the data folder; reports with 1 MB attachments arrive until the free-disk reserve
/// (4 MB) stops them. Every write past it gets a 503 before any write could fail, nothing acknowledged
/// is lost, reads and the inspectors' API go on, and the server stops cleanly.
///
/// Mounting needs root (CAP_SYS_ADMIN) and a loop device: where they are missing the test says so and
/// passes without checking anything (the injected free-space source of `DiskReserveTests` in
/// WebTests covers the same rules everywhere).
@Suite("End to end: a full disk", .serialized)
final class DiskFullTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "candor-diskfull-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder + "/Keys", withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// Makes and mounts a `megabytes` ext4 image at FOLDER/mnt; false when this machine does not allow it.
    func mount(megabytes: Int) throws -> Bool {
        let image = folder + "/disk.img"
        let point = folder + "/mnt"
        try FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)
        let steps: [(String, [String])] = [
            ("/usr/bin/dd", ["if=/dev/zero", "of=\(image)", "bs=1M", "count=\(megabytes)", "status=none"]),
            ("/usr/sbin/mkfs.ext4", ["-q", "-F", image]),
            ("/usr/bin/mount", ["-o", "loop", image, point]),
        ]
        for (program, arguments) in steps {
            guard FileManager.default.isExecutableFile(atPath: program),
                try Binaries.run(program, arguments, in: folder).status == 0
            else { return false }
        }
        return true
    }

    func unmount() { _ = try? Binaries.run("/usr/bin/umount", [folder + "/mnt"], in: folder) }

    @Test func aFillingDiskStopsNewWritesBeforeAnyWriteFailsAndLosesNothing() throws {
        guard try mount(megabytes: 32) else {
            print("DiskFullTests: skipped, a loop-mounted ext4 image is not allowed here")
            return
        }
        defer { unmount() }
        let inspector = try TestInspector(name: "lan", folder: folder, keys: folder + "/Keys")
        let server = try CandorServer(
            data: folder + "/mnt/data", keys: folder + "/Keys", extra: ["--disk-reserve", "4", "--pow-bits", "0-0"])
        defer { server.stop() }

        func report(_ n: Int) throws -> RawResponse {
            let form = try server.request("GET", "/en/report")
            let ticket = try #require(HTMLForms.hiddenValue("ticket", in: form.text))
            let (type, body) = HTMLForms.multipart(
                [
                    ("ticket", ticket), ("province", "ha-noi"), ("procedure", "khac"), ("agency", "Ward office"),
                    ("misconduct", "khac"), ("account", "Report \(n): the clerk asked for money."), ("month", "1"),
                    ("year", "2026"),
                ], files: [("file", "scan.pdf", "application/pdf", [UInt8](repeating: UInt8(n & 0x7F), count: 1 << 20))]
            )
            return try server.request("POST", "/en/report", headers: [("Content-Type", type)], body: body)
        }
        var tokens: [(Int, String)] = []
        var refusal: RawResponse?
        for n in 0..<40 {
            let response = try report(n)
            guard response.status == 200 else {
                refusal = response
                break
            }
            tokens.append((n, try #require(HTMLForms.receiptToken(in: response.text))))
        }
        let full = try #require(refusal, "32 MB took 40 reports of 1 MB")
        #expect(tokens.count >= 10, "only \(tokens.count) reports fitted")
        print("DiskFullTests: \(tokens.count) reports of 1 MB fitted before the reserve")
        #expect(full.status == 503)
        #expect(full.text.contains("storage is nearly full"), "\(full.text.prefix(400))")
        #expect(Int(full.header("Retry-After") ?? "") ?? 0 > 0)
        #expect(server.process.isRunning, "the server stopped: a write failed instead of being refused")

        // A write as large through the API is refused in JSON (a small one may still fit above the
        // reserve); reads, status pages and the inspectors' API go on.
        let padding = String(repeating: "a", count: 1 << 20)
        let api = try server.request(
            "POST", "/api/v1/reports", headers: [("Content-Type", "application/json")],
            body: Array(#"{"challenge":"0.x","counter":0,"report":{"account":"\#(padding)"}}"#.utf8))
        #expect(api.status == 503)
        #expect(api.text.contains(#""error":"disk_full""#))
        #expect(try server.request("GET", "/").status == 200)
        for (n, token) in tokens {
            let (type, body) = Binaries.urlencoded([("token", token)])
            let page = try server.request("POST", "/en/status", headers: [("Content-Type", type)], body: body)
            #expect(page.status == 200 && page.text.contains("Report \(n): the clerk"), "report \(n) is not readable")
        }
        let checkpoint = try server.request(
            "GET", "/api/v1/inspect/checkpoint", headers: inspector.headers("GET", "/api/v1/inspect/checkpoint"))
        #expect(checkpoint.status == 200, "\(checkpoint.text)")
        #expect(server.stop() == 0, "the server did not stop cleanly")
    }
}
